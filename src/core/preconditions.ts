import type { ActorKind, Issue, Precondition, Stance } from './types';
import {
  isPossessive,
  registerWordSet,
  registerWordSet2,
  TokenSet,
  TokKind,
  WordSet,
  WordSet2,
  type FirstSteps,
  type Sentence,
  type Token,
} from './tokenize';
import type { IssueHit, PhraseNode, TrieNode } from './lexicon/compile';
import {
  CHALLENGE_CUES,
  KEPT_OUT_CUES,
  TARIFF_THREAT_CUES,
  UNCHANGED_CUES,
  type CueEntry,
} from './lexicon/cues';
import { getLexicon, W_COMM, W_CUE, W_HEAD, W_ISSUE, W_SPEECH } from './lexicon/compile';
import {
  counterpartBefore,
  isAnalystRole,
  type ActorInfo,
  type ActorResult,
  type TokMention,
} from './actors';
import { EXPORT_CONTROLLED, LEGISLATOR_ROLES, TITLE_MODS } from './lexicon/words';
import { MONTH_NAMES, TALKS_NOUNS } from './lexicon/topics';
const TITLE_MODS_TOK = new TokenSet(TITLE_MODS);

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));
const ARTICLES = words('a an');

/** Prepositions (and transitive verbs) that make the actor after them an object, not the holder. */
const OBJECT_PREPS = words(`
of to from with on against for by in into at about between toward towards over than like unlike among
near outside inside opposite beside behind
including under accused told warned urged asked pressed informed notified reminded criticized
criticised blamed sued threatened ordered invited persuade lobby met visited joined let allow allows
allowed enable enables authorize authorise permit force forcing want wants wanted wanting expect expects
expected urging asking pressing pushing buy buys bought buying purchase purchased purchasing more fewer less
ask asks urge urges press presses study studies studied have get
deny denies denied denying give gives gave giving
supply supplies supplied supplying sell sells selling sold send sends sent sending hand hands handed handing
show shows showed assure assures assured regretted regrets welcomed welcomes raised offer offers offered grant grants granted
`);
const OBJECT_PREPS_TOK = new TokenSet(OBJECT_PREPS);
/** Verbs whose object a titled name can be ("deny President Reagan ...", "urged Prime Minister X"). */
const OBJECT_VERBS_BEFORE_TITLE = words(
  'deny denies denied denying give gives gave giving grant grants granted granting told warned urged asked pressed',
);
/** The bare verb "push" (not "push for"), and what a market force pushes ("pushed prices down"). */
const PUSH_VERBS = words('push pushes pushed pushing');
const PRICE_LEVELS = words('price prices rate rates cost costs value values level levels');
/** Cues of a thing given in return ("in return for Chinese curbs on shipments"). */
const RETURN_CUES = new Set(['in return for', 'in exchange for']);
/** Words before a noun cue "demand" that make it market demand, not a party's demand. */
const MARKET_DEMAND = words(`
consumer strong weak domestic global market rising falling higher lower growing import export real
slowing robust firm soft increase increased increasing boost boosted boosting stimulate stimulated
stimulating stabilize stabilise meet meeting sluggish weaker stronger and depress depresses depressing
depressed dampen dampening curb curbing reduce reducing reduced in overseas external world
worldwide on amid with
`);
const MARKET_DEMAND_TOK = new TokenSet(MARKET_DEMAND);
/** Goods whose "demand for" is the market's ("demand for imports", "demand for oil"). */
const GOODS = words('imports exports goods products oil grain credit money capital');
/** Noun cues that only count with a named possessor ("a U.S. complaint", "Japan's complaint"). */
const POSSESSOR_ONLY = words('complaint complaints pressure offer offers');
const CONDITIONAL_MODALS = words('will would could can may might');
/** Cues that open a clause saying what the other side must do first. */
const CONDITION_CLAUSE = new Set([
  'once',
  'unless',
  'only if',
  'only when',
  'only after',
  'if',
  'until',
  'as long as',
  'provided that',
  'provided',
  'on condition that',
  'as soon as',
]);
/** Participles of a deal's own steps ("wants the agreement extended", "the pact ratified"). */
const DEAL_DONE = words('extended renewed ratified signed approved concluded finalised finalized completed');
/** Nouns for a body's members named as a directive's addressee ("members of the Parliament"). */
const MEMBER_NOUNS = words('members lawmakers legislators deputies');
/** Modals of the future in their negated contractions ("won't lift the tariffs until ..."; not
 * "cannot attain growth if ...", a forecast). */
const NEGATED_MODALS = words("won't wouldn't");
const NEGATED_MODALS_TOK = new TokenSet(NEGATED_MODALS);
/** Offer cues of readiness before a verb ("ready to accept ..."). */
const READY_TO = new Set(['ready to', 'willing to', 'prepared to']);
/** Offer cues of an acceptance ("could accept the quotas ..."). */
const ACCEPT_OFFERS = new Set(['could accept', 'can accept', 'would accept', 'will accept']);
/** Parties' adjectives before "leader" that make its holder a party's, not a government's. */
const PARTY_ADJECTIVES = words(
  'conservative labour labor liberal tory green democratic republican socialist',
);
/** Words after "as soon as" that make it a time, no term ("as soon as possible"). */
const SOON_ENDS = words('possible practicable feasible practical');
/** Readiness phrases that make a later `if` clause a condition ("prepared to act if ..."). */
/** Titles a lobby's officer holds ("the association's president"). */
const TITLE_WORDS = words(
  'president chairman chairwoman chair head director spokesman spokeswoman secretary manager counsel lawyer attorney',
);
/** Words that open a supposition, whose subject holds no position ("If the Australians want ..."). */
const SUPPOSITIONS = words('if unless whether');
/** Lower-case nouns of a state's bodies an unnamed voice speaks for ("a spokesman for the U.S.
 * embassy"). */
const STATE_BODY_NOUNS = words('embassy ministry government delegation mission consulate');
/** Nouns by which a story names a lobby again ("the association", "the federation", "the group"). */
const BODY_NOUNS = words(
  'association federation council union institute group confederation alliance board committee',
);
const READY = words('prepared ready willing threatened threatening threatens vowed');
/** Verbs of an offer before "to" that, like READY, make an "if" after them its terms ("has offered
 * to hold its exports at last year's level if the Commission drops the case"). */
const OFFER_VERBS_TO = words('offered offers offer');
/** Unnamed government voices ("officials said", "the ministry said"): the party in context. */
const UNNAMED_VOICES = words(
  'officials official ministry spokesperson spokesman spokeswoman negotiators diplomats delegation delegate delegates authorities ' +
    // ("Japan's trade minister said", "the Japanese ambassador said": a title with no name)
    'minister ministers secretary ambassador envoy commissioner negotiator premier chancellor',
);
/** Words of a relative clause that wants its noun enforceable ("that can be enforced"). */
const ENFORCEABLE = words('enforced enforceable binding');
const ENFORCEABLE_AUX = words('can could would will must are is be');
/** True when the relative pronoun at r opens "that can be enforced" / "which are binding". */
function enforceableRelative(toks: Token[], r: number): boolean {
  for (let q = r + 1; q < r + 5; q++) {
    const w = toks[q]?.lower ?? '';
    if (ENFORCEABLE.has(w)) return q > r + 1;
    if (!ENFORCEABLE_AUX.has(w)) return false;
  }
  return false;
}
/** True when the subject right before the cue at a (past auxiliaries and "not") is "you". */
function genericYouBefore(toks: Token[], a: number, first: number): boolean {
  let q = a - 1;
  while (q > first && a - q <= 3 && (AUX.has(toks[q]!.lower) || toks[q]!.lower === 'not')) q--;
  return q >= first && toks[q]!.lower === 'you';
}
/** The noun of "a condition for", "the precondition for". */
const CONDITION_NOUNS = words('condition conditions precondition preconditions prerequisite');
/** Nouns of a proposal refused ("rejected the idea of making ... a condition"). */
const IDEA_NOUNS = words(
  'idea ideas notion suggestion suggestions proposal proposals call calls demand demands',
);
/** True when the condition noun at a ends a "the idea of making X a condition" within a few
 * words: a proposal's content, named as the object of a refusal or a debate. */
function proposedCondition(toks: Token[], a: number, first: number): boolean {
  for (let k = a - 1; k >= Math.max(first + 2, a - 10); k--) {
    const w = toks[k]!.lower;
    if (toks[k]!.text === ',' || toks[k]!.text === ';') return false;
    if ((w === 'making' || w === 'make') && toks[k - 1]!.lower === 'of')
      return IDEA_NOUNS.has(toks[k - 2]!.lower);
  }
  return false;
}
/** Words of a title between "and" and the name it comes before ("and his Slovak counterpart,"). */
const TITLE_OWNERS = words('his her their');
/** The "and" before a person's title that ends at q ("and his Slovak counterpart," / "and Slovak
 * Foreign Minister"), within eight tokens and with a title head in it; else -1. */
function andBeforeTitle(toks: Token[], q: number, first: number): number {
  let head = false;
  for (let r = q; r > first && r > q - 8; r--) {
    const t = toks[r]!;
    if (t.lower === 'and') return head ? r : -1;
    if (t.text === ',' || (t.kind === TokKind.Word && t.cap)) {
      if ((t.w & W_HEAD) !== 0) head = true;
      continue;
    }
    if (t.kind !== TokKind.Word) return -1;
    if ((t.w & W_HEAD) !== 0) head = true;
    else if (!TITLE_OWNERS.has(t.lower) && !TITLE_MODS_TOK.has(t)) return -1;
  }
  return -1;
}
/** Verbs of entering a bloc or body. */
const JOIN_VERBS = words('join joins joined joining rejoin');
/** A state's head named by title, after its demonym ("the Argentine president"). */
const HEAD_VOICES = words('president leader');
/** Nouns of a body named before, in "a ministry official said" (its voice). */
const BODY_VOICE_NOUNS = words('ministry department agency');
/** Heads of a government body's name ("Ministry of ...", "Special Secretariat for ..."). */
const STATE_BODY_HEADS = words('ministry secretariat');
/** "National ... Commission", "State ... Board", "Federal ... Office": a state's body. */
const STATE_BODY_OPENERS = words('national state federal');
const STATE_BODY_NAMES = words('commission board office bureau authority agency');
/** Bodies besides the lobby nouns whose head speaks for them ("Exchange president X"). */
const TITLED_BODIES = words('exchange authority chamber board');
/** Plural nouns for a legislature's members ("two U.S. senators said"). */
const LEGISLATOR_PLURALS = words('senators congressmen congresswomen lawmakers legislators representatives');
const NUMBER_WORDS = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);
/** Counsel who speak for a client named after "for" ("Lawyers for the two firms said"). */
const CLIENT_VOICES = words('lawyers lawyer attorneys attorney counsel');
/** Plural nouns for bodies named before ("the two organizations said"). */
const BODY_PLURALS = words(
  'organizations organisations groups associations unions federations lobbies councils',
);
/** Nouns for firms named before ("the two firms", "the companies"). */
const FIRM_NOUNS = words('firms firm companies company producers');
/** True when a possessed noun is a thing, not a voice or body of the possessor ("Spain's entry",
 * not "China's ministry", "Japan's government", "Canada's trade minister"). */
function possessedThing(t: Token | undefined): boolean {
  if (!t || t.kind !== TokKind.Word || t.cap) return false;
  return POSSESSED_THINGS.has(t.lower);
}
const POSSESSED_THINGS = words(
  'entry accession membership decision move entrance exit withdrawal economy market',
);
/** The token after "but not" (and its "to") within 25 tokens of b, before `end`; -1 if none. */
function butNotAt(toks: Token[], b: number, end: number): number {
  for (let k = b; k < Math.min(end - 2, b + 25); k++) {
    if (toks[k]!.lower !== 'but') continue;
    if (toks[k + 1]!.lower === 'not') return toks[k + 2]!.lower === 'to' ? k + 3 : k + 2;
    // ("was willing to raise purchases to 12,000 tonnes but could not double them")
    if (BUT_MODALS.has(toks[k + 1]!.lower) && toks[k + 2]!.lower === 'not' && k + 3 < end) return k + 3;
  }
  return -1;
}
/** Modals of a step an offer stops short of ("but could not double them"). */
const BUT_MODALS = words('could would can will');
/**
 * True when the verb at `a` is coordinated with an earlier clause's ("... but turned down",
 * "... but would not change"): "but" right before it, past auxiliaries and negation, after token
 * `after`.
 */
function sharesSubjectAt(toks: Token[], a: number, after: number): boolean {
  let k = a - 1;
  while (k > after && (modalWord(toks[k]!, AUX) || modalWord(toks[k]!, NEGATION))) k--;
  return k > after && toks[k]!.lower === 'but';
}
/** Verbs whose object a possessor right after them is inside: a measure taken against a party's
 * thing ("cut Thailand's duty-free access"), a judgement of its proposal ("approved PepsiCo's plan"). */
const POSSESSOR_OBJECT_VERBS = words(
  'cut cuts limit limits restrict restricts suspend suspends remove removes withdraw withdraws end ends curb curbs lift lifts reduce reduces revoke revokes deny denies strip strips bar bars block blocks ' +
    // ("India has approved PepsiCo Inc's plan ..., but only on condition that ...": a verb that
    // judges a party's proposal takes it as its object)
    'approved approves approve welcomed welcomes accepted accepts endorsed endorses backed backs supported supports ' +
    'rejected rejects opposed opposes criticised criticized criticises criticizes',
);
/** Verbs of telling, which are directive cues only before a party and "to" (lexicon/cues.ts). */
const TELL_VERBS = words('told tells instructed instructs ordered orders');
/** Verbs of a deadline given a party (cues only before a party, a deadline and "to"). */
const DEADLINE_VERBS = words('gave given gives giving');
/** Numbers and units of a deadline ("two months", "30 days"), and steps time given to take is
 * no ultimatum on a matter for ("90 days to negotiate"). */
const DEADLINE_COUNTS = words(
  'a one two three four five six seven eight nine ten twelve fifteen thirty sixty ninety',
);
const DEADLINE_UNITS = words('day days week weeks month months year years');
const DEADLINE_TALK = words('negotiate talk discuss consider respond reply decide comment');
/** Terms binding a party (only before a party and "to", as TELL_VERBS, and only with a deal as the
 * subject): "the agreement binds China to remove ...", "the pact commits Vietnam to cut ...", the
 * bound party's offer. */
const BIND_VERBS = words('binds bound obliges obliged obligates obligated commits committed');
/** Pleas to a named party, cues only before a party and "to", as TELL_VERBS are ("appealed to
 * Beijing to lift ...", "is counting on Tokyo to open ..."; lexicon/cues.ts). */
const PLEA_PHRASES = new Set([
  'appealed to',
  'appeals to',
  'appealing to',
  'appeal to',
  'implored',
  'implores',
  'imploring',
  'implore',
  'counting on',
  'counts on',
  'counted on',
]);
/** Single voices of a government body named before them ("a Trade Ministry spokesman"). */
const VOICE_BODY = words('official officials spokesperson spokesman spokeswoman delegate delegates');
/** The U.S. legislature and its chambers, as lexicon ids. */
const LEGISLATURE_IDS = new Set(['us:congress', 'us:senate', 'us:house']);
/** Verbs that tell a speaker's words. */
const SPEAKER_VERBS = words('said says told');
/** Names of bodies that settle trade disputes: a demand made of one asks for its ruling. */
const DISPUTE_BODY_NAMES = ['surveillance body', 'dispute settlement body'];
const isDisputeBody = (name: string): boolean => {
  const l = name.toLowerCase();
  return DISPUTE_BODY_NAMES.some((n) => l.includes(n));
};

/** Demand verbs an addressee may be asked to use ("urged Bonn to press for ...", "to seek ..."). */
const INNER_DEMAND_VERBS = words('press pressing push pushing seek seeking demand ask insist lobby');
/** Verbs of going on before a gerund ("to keep pressing", "to continue pushing"). */
const KEEP_ON = words('keep continue');
/** Demand verbs that name what the target must do ("urged X to ..."), so even an act outside
 * the taxonomy ("urged London to engage") is a demand: issue `other`. */
const DIRECTIVE_DEMANDS = new Set([
  ...words(
    'urge urges urged urging need needs called calls call calling asked asks asking requested requesting pressed presses press pressing want wants wanted lobbied lobbying',
  ),
  ...TELL_VERBS,
  ...BIND_VERBS,
  ...DEADLINE_VERBS,
  // (the first words of PLEA_PHRASES: this set is asked by a cue's first token)
  ...[...PLEA_PHRASES].map((p) => p.split(' ')[0]!),
]);
const DIRECTIVE_DEMANDS_TOK = new TokenSet(DIRECTIVE_DEMANDS);
/** Cues of backing another party's position (lexicon/cues.ts). */
const SUPPORT_VERBS = new Set([
  'supported',
  'supports',
  'backed',
  'backs',
  'endorsed',
  'endorses',
  'spoke in support of',
  'speaks in support of',
  'spoke in favour of',
  'spoke in favor of',
]);
/** True when a position noun ("request", "call", "position", "timetable", "draft") heads the
 * object at b, within its first five words ("the U.S. and EC requests", "Nicaragua's request"). */
function positionBacked(toks: Token[], b: number, last: number): boolean {
  for (let k = b; k < Math.min(last, b + 6); k++) {
    const w = toks[k]!.lower;
    if (PROPOSALS.has(w) || BACKED_POSITIONS.has(w)) return w !== 'offer' && w !== 'offers';
    if (toks[k]!.kind === TokKind.Punct && toks[k]!.text !== "'" && toks[k]!.text !== '.') return false;
    if (w === 'by' || w === 'to' || w === 'for') return false;
  }
  return false;
}
const BACKED_POSITIONS = words('call calls draft bid move initiative stand stance idea');
/** Words before a demand noun that make it the one told before ("made a similar request"). */
const SIMILAR = words('similar same');
/** Backed positions on the talks' own calendar ("backed the U.S. timetable"). */
const TIMETABLE_NOUNS = words('timetable schedule');
/** Unnamed addressees a lobby or a legislator presses ("urged the government to ...", "called on
 * parliament to ...", "asked both governments to ..."): a directive object with no actor mention. */
const GOV_OBJECTS = words(
  'government governments administration ministers parliament lawmakers legislators leaders',
);
/** A government's bodies named by their common noun ("the department", "the ministry"). */
const GOV_BODIES = words('department ministry commission authorities cabinet');
/** Legislatures named as a directive's addressee ("urged Congress to ..."). */
const LEGISLATURES = words('congress senate house diet parliament');
/** A federation's provincial governments named as a directive's addressee ("called on both provinces to"). */
const PROVINCES = words('province provinces');
const MUTUAL = words('either each both neither');
/** The words of MUTUAL's kind that name both parties together ("both governments", "the two sides"). */
const JOINT = words('both two');
/** Verbs that name something a red line or condition ("had called a red line"). */
const NAMING = words('call calls called calling described describes deemed considers considered sees saw');
const QUESTION = words('if whether about why how what when where');
const QUESTION_TOK = new TokenSet(QUESTION);
const SPECULATION = words('likely unlikely possibly perhaps speculated speculation rumoured rumored');
const BE_FORMS = words('is are was were be been being');
const BE_FORMS_TOK = new TokenSet(BE_FORMS);
const APPOSITION = words('the a an which that who');
/** Issue words that name a kind of measure, not its subject ("restrictions on ... chips"). */
const GENERIC_MEASURES = words('restrictions restriction curbs curb controls limits ban bans measures');
const GENERIC_MEASURES_TOK = new TokenSet(GENERIC_MEASURES);
const EXPECT = words('expect expects expected hope hopes hoped');
/** Demand verbs whose "that" clause may name the party and its act in the subjunctive. */
const INSISTS = words('insist insists insisted insisting demand demands demanded demanding');
const INSISTS_TOK = new TokenSet(INSISTS);
/** Object pronouns that stand for a party expected to act ("we expect them to open ..."). */
const PARTY_OBJECTS = words('them it they');
/** Words for parties in general ("hope the leaders can ...", "expects both sides to ..."). */
const PARTY_GROUPS = words(
  'leaders sides side countries nations governments partners both each two other others all bloc',
);
/** Words before "if" that make it no condition ("even if", "as if", "asked if", "to see if"). */
const NOT_CONDITIONAL_IF = words(
  'even as asked ask asks know knew see saw wonder wondered determine decide check',
);
/** Verbs of a state that a conditional only describes ("will remain so if ...", "could change if
 * ..."): a forecast, not a term set to another party. */
const STATE_VERBS = words('remain remains stay stays change changes grow worsen improve continue continues');
/** Words of a non-trade matter (arms control) that make a cue's scope no trade position. */
const NON_TRADE = words('missile missiles nuclear warheads troops weapons disarmament');
/** Nouns for a party's own industry, pressed by its government ("asked chip makers to cut output"). */
const INDUSTRY_NOUNS = words(
  'makers manufacturers producers companies firms industry industries exporters businesses chipmakers carmakers automakers shoemakers steelmakers houses mills',
);
/** Nouns of a concession that an announcement cue ("will be announced") needs before it. */
const CONCESSIONS = words(
  'cuts cut reductions reduction relaxation liberalisation liberalization easing removal lifting opening',
);
/** The offer verb's forms that take "to" and a step after them ("offered to ..."). */
const OFFERED = words('offer offers offered offering');
/** Adverbs between an offer verb and its "to" ("offered instead to", "has offered also to"). */
const OFFER_ADVERBS = words('instead also again even');
/** Steps offered beside the matter in dispute ("offered to finance research", "to speed up the
 * building of terminals", "to train local crews"): the taxonomy's `other`. */
const SIDE_STEPS = words('finance fund speed build help provide supply train send set establish');
/** The step's verb after "offered (instead) to" at b, or -1 when no "to" follows the offer verb. */
function offeredTo(toks: Token[], b: number): number {
  let k = b;
  if (OFFER_ADVERBS.has(toks[k]?.lower ?? '')) k++;
  return toks[k]?.lower === 'to' && toks[k + 1]?.kind === TokKind.Word ? k + 1 : -1;
}
/** Conjunctions that open a conditional clause before its subject ("provided the EC dropped ..."). */
const IF_WORDS = words('if unless provided until whether');
/** True when one of the five words before the cue at k opens a conditional clause ("provided
 * the Commerce Department dropped its threat", "if Washington ended the investigation"). */
function conditionalSubject(toks: Token[], k: number, first: number): boolean {
  for (let q = k - 1; q >= Math.max(first, k - 5); q--) {
    if (IF_WORDS.has(toks[q]!.lower)) return true;
    if (toks[q]!.kind === TokKind.Punct) return false;
  }
  return false;
}
/** Words between a future modal and the verb it promises ("would also urge", "will keep urging"). */
const PROMISE_GAP = words('also keep continue further again');
/** True when a future modal ("would", "will") stands just before the verb at a, past "also" or
 * "keep" ("would also urge", "would keep urging"): a step promised, not one reported. */
function promisedStep(toks: Token[], a: number, first: number): boolean {
  let q = a - 1;
  while (q > first && a - q <= 3 && PROMISE_GAP.has(toks[q]!.lower)) q--;
  return q >= first && modalWord(toks[q]!, FUTURE_AUX);
}
/** Trade bodies that rule on disputes between the parties (never a party offering anything). */
const ARBITERS = new Set(['gatt', 'wto']);
/** Steps of GATT's dispute procedure that a party asks of the body ("asked GATT to rule on ..."). */
const DISPUTE_PROCEDURE = words('rule set adopt examine investigate establish convene appoint form');
/** Verbs of a concession on the matter in dispute itself ("ready to accept", "prepared to let"). */
const DISPUTE_CONCESSIONS = words('accept agree consult phase put let allow grant relax ease');
/** True when the offer's complement at b concedes on the matter in dispute: a concession verb, or
 * "discuss" with a concession noun next ("discuss a phased cut"; "discuss their concerns" is no
 * concession). */
function disputeConcession(toks: Token[], b: number, end: number): boolean {
  const v = toks[b]?.lower ?? '';
  if (DISPUTE_CONCESSIONS.has(v)) return true;
  if (v !== 'discuss') return false;
  for (let k = b + 1; k < Math.min(end, b + 6); k++) if (CONCESSIONS.has(toks[k]!.lower)) return true;
  return false;
}
/** Nouns for a programme drawn up by its holder ("a plan calling for tax cuts" is its own offer). */
const PLAN_NOUNS = words('plan plans package packages programme program proposals blueprint');
/** Verbs of a held view that report a clause as speech does ("agreed the bloc must ..."). */
const REPORTED_VIEW = words('agreed agrees believed believes argued argues felt feels stressed');
const IRREGULAR_PAST = words('took made gave withdrew broke chose sent kept met paid cut quit set');
/** Enforcement words whose object names the issue ("a review of the duties"). */
const REVIEWS = words('review reviews investigation investigations');
/** Issue words that, right before another issue phrase, only modify it ("import tariffs"). */
const ISSUE_MODIFIERS = words('discriminatory non-discriminatory protectionist reciprocal mutual import');
/** Issues a generic measure can be about (a "ban on purchases" stays market access). */
const SPECIFIC_ISSUES = new Set<Issue>(['export_controls', 'tech_transfer', 'ip_protection']);
/** First words of an appositive or relative clause after a name (", a tabloid run by ..."). */
const APPOSITIVE_OPENERS = words('a an which who whose where');
const APPOSITIVE_OPENERS_TOK = new TokenSet(APPOSITIVE_OPENERS);
/** Verbs of retaliation drawn from others ("would invite retaliation", "risked provoking retaliation"). */
const PROVOKE = words(`invite invites invited inviting provoke provokes provoked provoking trigger triggers
triggered triggering risk risks risked risking spark sparks sparked court courting draw draws drew`);
const PROVOKE_TOK = new TokenSet(PROVOKE);
/** Participles of an aside naming who acts for a side ("The Soviet side, represented by X,"). */
const AGENT_PARTICIPLES = words('represented led headed');
/** Nouns of a party's team that such an aside may follow. */
const SIDE_HEADS = words('side delegation team');
/** Prepositions that open an aside between a subject and its verb ("X, in a letter to Y, urged"). */
const ASIDE_PREPS = words('in at during after before under');
/** Verbs that give a position up ("has dropped, for now, its demand that ..."). */
const DROPPED = words(`
drop drops dropped dropping abandon abandons abandoned abandoning withdraw withdraws withdrew withdrawn
scrap scraps scrapped shelve shelves shelved waive waives waived soften softens softened
`);
const GIVE = words('give gives gave given giving');
const STOP_DOING = words('stop stops stopped stopping cease ceases ceased end ends ended quit');
const PARTY_NOUNS = words('side government authorities administration');
const OFFER_ADJ = words('main latest new improved final revised initial first');
/** Leave given by a body ("authority to retaliate", "permission to retaliate"). */
const LEAVE_NOUNS = words('authority authorization authorisation permission approval');
/** Modals that open a verb phrase of its own after ", and" ("..., and would cut duties"). */
const FUTURE_AUX = words('would will');
/** Where the look back for a shared modal's subject stops (a clause break). */
const MODAL_STOP = words(', ; : . that which who while if unless');
/** Nouns for a party's proposal, judged by another ("the U.S. offer was not enough"). */
const PROPOSALS = words(
  'demand demands offer offers proposal proposals request requests plan terms position clause clauses timetable schedule settlement formula compromise call calls suggestion suggestions appeal appeals idea',
);
const COORD_ADVERBS = words('also then later again');
/** Verbs whose object is the party a following "it must ..." is about ("told Washington it must"). */
const ADDRESSED = words('told tells tell warned warns reminded reminds informed');
/** The deals a sentence opened by "Under" can name ("Under the accord, India will ..."). */
const UNDER_DEAL_NOUNS = words(
  'deal agreement pact accord framework truce protocol arrangement understanding compromise settlement package accords agreements',
);
/** Pledges before a step's "to" in a deal's terms ("Under the accord Mexico agreed to end ..."). */
const STEP_PLEDGES = words('agreed undertook undertakes pledged promised committed');
/** Steps that receive a term, not give one ("Argentina will benefit from improved quotas"). */
const RECEIVE_VERBS = words('benefit receive get gain face enjoy see win obtain');
/** Deal terms: "the deal caps U.S. tariffs", "under the pact, Japanese duties will fall". */
const DEAL_NOUNS = words('deal agreement pact accord framework truce');
const DEAL_NOUNS_TOK = new TokenSet(DEAL_NOUNS);
/** Steps that make or keep a deal in force ("refused to renew the agreement"). */
const DEAL_ACTS = words('renew extend sign ratify join rejoin');
const IMPORT_FORMS = words('import imports importing imported');
const IMPORT_FORMS_TOK = new TokenSet(IMPORT_FORMS);
/** True when [b, end) has an import word followed within eight words by "at" and a rate: "at a
 * lower rate", "at 10 percent" ("to import industrial sugar at a lower rate"). */
function importAtRate(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < end; k++) {
    if (!IMPORT_FORMS_TOK.has(toks[k])) continue;
    for (let q = k + 1; q < Math.min(end, k + 9); q++) {
      if (toks[q]!.kind === TokKind.Punct) break;
      if (toks[q]!.lower !== 'at') continue;
      const n1 = toks[q + 1]?.lower ?? '';
      if (
        toks[q + 1]?.kind === TokKind.Number &&
        (toks[q + 2]?.lower === 'percent' || toks[q + 2]?.text === '%')
      )
        return true;
      if (n1 === 'a' || n1 === 'the' || n1 === 'lower' || n1 === 'reduced') {
        const r = n1 === 'a' || n1 === 'the' ? 2 : 1;
        const w = toks[q + r]?.lower ?? '';
        if (
          w === 'rate' ||
          ((w === 'lower' || w === 'reduced' || w === 'preferential' || w === 'zero') &&
            toks[q + r + 1]?.lower === 'rate')
        )
          return true;
      }
    }
  }
  return false;
}
/** Heads of a tax named again bare ("the levy", "its tax"). */
const LEVY_HEADS = words('levy tax');
/** Words after a levy that name what it falls on ("the levy on steel imports"). */
const LEVY_OBJECTS = words('on of against for');
/** True when [b, end) names a levy or tax by its head after a determiner ("drop the levy") and no
 * duty or tariff word. */
function bareLevyIn(toks: Token[], b: number, end: number): boolean {
  let bare = false;
  for (let k = b; k < end; k++) {
    const w = toks[k]!.lower;
    if (w.startsWith('tariff') || w.startsWith('dut')) return false;
    // (not "the levy on steel imports": a levy on goods is a duty)
    if (
      LEVY_HEADS.has(w) &&
      REF_DETERMINERS.has(toks[k - 1]?.lower ?? '') &&
      !LEVY_OBJECTS.has(toks[k + 1]?.lower ?? '')
    )
      bare = true;
  }
  return bare;
}
/** True when the text names a digital services tax ("digital services tax", "digital tax"). */
function digitalTaxStory(toks: Token[]): boolean {
  for (let k = 0; k < toks.length - 2; k++) {
    if (toks[k]!.lower !== 'digital') continue;
    const n = toks[k + 1]!.lower;
    if (n === 'tax' || n === 'taxes' || (n === 'services' && toks[k + 2]!.lower.startsWith('tax')))
      return true;
  }
  return false;
}
/** Steps that make a deal or put it in force, asked of a party ("to ratify the agreement"). */
const DEAL_STEPS_ASKED = words(
  'sign ratify approve conclude finalise finalize strike complete clinch seal pass implement',
);
/** True when the complement at b is "(<party>) to <deal step> (and <deal step>) <determiner>
 * (trade) <deal noun>" within its first eight words ("urged the Parliament to approve the deal",
 * "called on both sides to sign and ratify the pact"). */
function dealStepAsked(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < Math.min(end, b + 8); k++) {
    if (toks[k]!.lower !== 'to' || !DEAL_STEPS_ASKED.has(toks[k + 1]?.lower ?? '')) continue;
    // (not "urged Ottawa not to sign a deal unless ...": a deal refused until a term is met)
    if (toks[k - 1]?.lower === 'not') return false;
    let q = k + 2;
    if (toks[q]?.lower === 'and' && DEAL_STEPS_ASKED.has(toks[q + 1]?.lower ?? '')) q += 2;
    if (!DETERMINERS_TOK.has(toks[q]) && !ARTICLES.has(toks[q]?.lower ?? '')) return false;
    q++;
    if (toks[q]?.lower === 'trade' || toks[q]?.lower === 'free') q++;
    if (toks[q]?.lower === 'trade') q++;
    return DEAL_NOUNS_TOK.has(toks[q]);
  }
  return false;
}
/** True when [b, end) opens with "a/an/any (trade) deal/agreement that/which": a refused deal
 * described by a relative clause. */
function refusedDealThat(toks: Token[], b: number, end: number): boolean {
  const d = toks[b]?.lower;
  if (d !== 'a' && d !== 'an' && d !== 'any') return false;
  let q = b + 1;
  if (q < end && (toks[q]!.lower === 'trade' || toks[q]!.lower === 'final' || toks[q]!.lower === 'new')) q++;
  if (q >= end - 1 || !DEAL_NOUNS_TOK.has(toks[q])) return false;
  const r = toks[q + 1]!.lower;
  return r === 'that' || r === 'which';
}
/** Verbs of leaving the talks after an offer's "ready to" ("prepared to walk away"). */
const WALK_OUT = words('walk quit abandon');
/** A bare verb, the subjunctive after "insisted that <subject>": lower case, no -s or -ed ending,
 * no auxiliary, modal or form of "be". */
function subjunctiveVerb(v: Token | undefined): boolean {
  if (!v || v.kind !== TokKind.Word || v.cap) return false;
  const w = v.lower;
  return (
    w.length > 2 &&
    (!w.endsWith('s') || w.endsWith('ss')) &&
    !w.endsWith('ed') &&
    !AUX.has(w) &&
    !CONDITIONAL_MODALS.has(w) &&
    !BE_FORMS.has(w)
  );
}
/** Words of a stretch of time after "argued for" ("for some time", "for years", "for a while"). */
const DURATION_WORDS = words('some years months weeks decades long while time');
const DURATION_WORDS_TOK = new TokenSet(DURATION_WORDS);
/** The token after a deal named at `at` ("the deal", "any agreement", "pact"), else -1. */
function dealNounEnd(toks: Token[], at: number): number {
  if (DEAL_DETERMINERS.has(toks[at]?.lower ?? '')) at++;
  return DEAL_NOUNS_TOK.has(toks[at]) ? at + 1 : -1;
}
/** What a hoped-for deal does (`hopes the deal will lift ...`), and the words before its noun. */
const DEAL_MODALS = words('will would could can');
const DEAL_DETERMINERS = words('the a an this any');
/** Words between "benefit from" and a granted measure ("improved quotas", "reduced levies"). */
const BENEFIT_ADJ = words('improved reduced lower higher larger bigger new better increased');
const TERM_VERBS = words('caps cuts lowers reduces removes eliminates halves slashes lifts scraps limits');
/** Verbs of a concession won ("secured a cut in U.S. tariffs"), the nouns of one, and their links. */
const WON_VERBS = words('secured secures won wins obtained obtains clinched clinches gained gains');
const CONCESSION_NOUNS = words(
  'cut cuts reduction reductions exemption exemptions removal lifting easing lowering waiver waivers',
);
const WON_LINKS = words('in of from on to');
const FALL_VERBS = words('fall drop');
const ENTER_VERBS = words('enter');
/** Words between an importing party and the measure its imports enter under ("free of tariffs"). */
const ENTRY_LINKS = words('free of under limited new larger a without');
const MEASURE_ISSUES = new Set<Issue>(['tariffs', 'market_access']);
const ONCE_NOT = words('again more before');
/** A party's own body or voice after its possessor ("Ecuador's government", "Japan's trade minister"). */
const OWN_VOICES = words(
  'government administration authorities minister ministry negotiators officials delegation',
);
/** Group nouns after a party that keep it the subject ("Mercosur countries will ..."). */
/** Titles of a firm's head named before him ("Arianespace chairman Frederic d'Allest"). */
const FIRM_HEAD_TITLES = words('chairman president');
/** Other titles of a firm's voices ("a Pertamina director"). */
const FIRM_VOICE_TITLES = words('director executive manager');
/** Plural nouns for a counted group of states ("Five West African cotton producers"). */
const COUNTED_STATES = words('producers exporters countries nations states governments');
const GROUP_NOUNS = words(
  'countries members states nations governments government officials negotiators companies firms importers buyers organisations organizations enterprises',
);

/**
 * The demonym right before the group noun at k, or with one or two lower-case modifiers between
 * ("Soviet foreign trade organisations"): its index, or -1.
 */
function demonymBefore(toks: Token[], k: number, first: number, adjAt: ArrayLike<unknown>): number {
  for (let j = k - 1; j >= first && j >= k - 3; j--) {
    if (adjAt[j]) return j;
    const t = toks[j]!;
    if (t.cap || t.kind !== TokKind.Word) return -1;
  }
  return -1;
}
/** Nouns that point back to a measure named earlier ("withdraw the measures"). */
const MEASURE_REFS = words(
  'measures measure move moves decision decisions steps action actions claim claims award',
);
const REF_DETERMINERS = words('the these those its their such this that');
const DEGREE = words('as so too very also still equally strongly firmly fiercely bitterly adamantly');
/** Pronouns for a measure named before ("scrap it", "opposed to them"). */
const MEASURE_PRONOUNS = words('it them those');
const UNDO_VERBS = words(
  'withdraw lift remove scrap revoke reverse cancel drop suspend end rescind repeal halt stop abandon reconsider shelve kill block defeat veto reject dismiss',
);
const RETHINK = words('reconsider rethink');
const RETHINK_TOK = new TokenSet(RETHINK);
/** A measure's undoing named as a noun ("the lifting of the duties", "their removal"). */
const UNDO_NOUNS = words('lifting removal withdrawal scrapping abolition elimination repeal revocation');
/** Finite forms of undo verbs in a condition's clause ("unless Ottawa withdrew", "if it lifts"). */
const UNDO_FINITE = words(
  'lifts withdraws withdrew removes drops scraps revokes lifted withdrawn removed dropped scrapped revoked',
);
/** Verbs that ask a measure down or back under review ("to review anti-dumping duties"). */
const LOWER_VERBS = words('review lower reduce cut ease');
/** A bill, plan or proposal named before, taken up by reference ("urged Congress to throw out the bill"). */
/** (and a petition for relief: "urged the Commerce Department to throw out the petition") */
const LAW_REFS = words(
  'bill bills plan plans proposal proposals legislation scheme payments petition petitions',
);
/** Verbs with a particle that undo a bill or plan ("throw out", "hold up", "vote down"). */
const PARTICLE_UNDO_VERBS = words('throw hold vote strike');
const UNDO_PARTICLES = words('out up down');
const LAW_POWERS = words(
  'allows allow allowing permits permit permitting authorises authorizes authorise authorize',
);
const OBJECTIONS = words('objection objections opposition veto reservations resistance threat threats');
const INQUIRY = words('investigation investigations probe probes inquiry inquiries case cases');
const ARTICLE_WORDS = words('a an the its their new fresh formal');
const CLAIMS = words('argument arguments claim claims suggestion notion idea criticism');
/** Words that end the clause a retraction verb could govern. */
const RETRACT_STOP = words('; . that which but and while after before because since');
/** Purpose clauses after the demanded thing end the issue scope ("... to keep tariff-free access"). */
const PURPOSE = new Set([
  'to keep',
  'in order to',
  'so that',
  'so as to',
  'to help',
  'to avoid',
  'to protect',
  'subject to',
  'to escape',
  'to evade',
  'to stabilise',
  'to stabilize',
  // "will lift its export ban to comply with a GATT ruling": why a step is taken, not what it is
  'to comply',
  'to conform',
]);
/** Participles of a thing changed, whose "so that" says what the change is to do. */
const CHANGED = words(
  'reworked changed amended revised rewritten redrafted modified restructured redesigned adjusted',
);
/** Verbs whose "to" opens their own complement, never a purpose clause ("agreed to keep"). */
const INFINITIVE_TAKERS = words(
  'agree agrees agreed promise promises promised refuse refuses refused undertake undertook undertakes decide decided decides continue continues continued try tried tries',
);
/** First words of PURPOSE phrases. */
const PURPOSE_FIRST = new Set([...PURPOSE].map((p) => p.split(' ')[0]!));
const PURPOSE_FIRST_TOK = new TokenSet(PURPOSE_FIRST);
/** Second words of PURPOSE phrases: a "to" before any other word opens none, so the checks and
 * the string joins below are skipped for it (most "to"s after a cue). */
const PURPOSE_SECOND = new Set([...PURPOSE].map((p) => p.split(' ')[1]!));
/** Nouns of a power kept, whose infinitive is what may be done ("the right to protect"). */
const RIGHT_NOUNS = words('right');
/** Sentence openers that continue a list of positions set out by the last speaker. */
const ENUMERATORS = words('first second third fourth fifth finally secondly thirdly lastly');
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const PERSON_POSSESSIVES = new Set(['his', 'her']);
/** Nouns whose possessor is the subject of the infinitive after them ("Japan's failure to adhere"). */
const COMMITMENT_NOUNS = words(
  'pledge pledges promise promises commitment commitments decision failure willingness readiness refusal bid offer plan plans',
);
/** Verbs that tie a group to its leader ("a team he led", "a mission headed by X"). */
const LED = words('led headed');
const DETERMINERS = new Set(['the', 'its', 'their', 'those', 'these', 'his', 'her', 'our']);
const DETERMINERS_TOK = new TokenSet(DETERMINERS);
const HYPOTHETICAL = new Set(['if', 'whether']);
const HYPOTHETICAL_TOK = new TokenSet(HYPOTHETICAL);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nobody', 'none']);
const REPORT_VERBS = new Set(['quoted', 'reported', 'reports', 'quoting', 'cited', 'citing']);
const REPORT_VERBS_TOK = new TokenSet(REPORT_VERBS);
/** Words that make a sentence reported speech (report verbs, held views, "saying", "according"):
 * one Set lookup per word in the per-sentence scan instead of two lookups and two compares. */
const REPORTING = new Set([...REPORT_VERBS, ...REPORTED_VIEW, 'saying', 'according']);
/** Words allowed between a subject and a `direct` cue ("Taiwan has also cut ..."). */
const AUX = new Set([
  'also',
  'has',
  'had',
  'have',
  'further',
  'already',
  'recently',
  'then',
  'will',
  'would',
  'had',
  'just',
]);
/** Noun cues whose possessor is the holder ("U.S. pressure", "China's demands"). */
const NOUN_CUES = new Set([
  'wish list',
  'wish-list',
  'complaint',
  'complaints',
  'retaliation',
  'reprisals',
  'call for',
  'pressure',
  'demand',
  'demands',
  'insistence',
  'request',
  'requests',
  'refusal',
  'rejection',
  'offer',
  'offers',
  'red line',
  'red lines',
  'bottom line',
  'precondition',
  'preconditions',
  'opposition to',
  'charges that',
  'top priority',
  'main priority',
]);
/** Offer verbs that never carry a threat ("offered to raise duties on third countries"). */
const OFFER_VERBS = words('offer offers offered offering agreed agree agrees agreeing');
/** Words after an offer cue that make it a threat ("ready to impose curbs"): a condition. */
// ("ready to reimpose it should supplies be disrupted", "ready to trigger Article 16", "ready to
// defend the sector by all means", "ready to use its anti-coercion instrument": a measure held
// ready is a threat, no concession)
const THREAT = new Set([
  'impose',
  'retaliate',
  'slap',
  'raise',
  'hit',
  'defend',
  'sue',
  'challenge',
  'file',
  'invoke',
  'trigger',
  'reimpose',
  'use',
]);
/** What a party raises to let more goods in ("prepared to raise the beef quota"): no threat. */
/** (also what a party pays or buys: "prepared to raise its purchases of gas", "raise the payment it makes") */
/** (and the prices an exporter charges: "prepared to raise their prices", a dumping remedy offered) */
/** (and a limit or its growth: "prepared to raise the limit by about 10 pct", "raise growth rates") */
const RAISED_LIMITS = words(
  'quota quotas limit limits growth ceiling ceilings allocation allocations allowance allowances purchases payment payments imports orders prices share shares threshold thresholds',
);
const RAISED_CHARGES = words('tariff tariffs duty duties levy levies taxes tax surcharge');
/** Verbs that raise something (`will raise`, `would increase`: raisesLimit). */
const RAISE_VERBS = words('raise increase');
const RAISE_VERBS_TOK = new TokenSet(RAISE_VERBS);
const isGerund = (t: Token | undefined): boolean => !!t && t.lower.length > 5 && t.lower.endsWith('ing');
/** "raise" / "increase" at `k` whose object (within `span` words; `end` exclusive) is a quota or
 * ceiling, not a charge ("raise its limits for cotton", "increase the quota on beef"). */
function raisesLimit(toks: Token[], k: number, end: number, span = 4): boolean {
  if (!RAISE_VERBS_TOK.has(toks[k])) return false;
  for (let q = k + 1; q < Math.min(k + 1 + span, end); q++) {
    const w = toks[q]!.lower;
    if (RAISED_CHARGES.has(w)) return false;
    if (RAISED_LIMITS.has(w)) return true;
  }
  return false;
}
/** Verbs of procedure: agreeing to them concedes nothing ("agreed to take up the request", "agreed to meet again"). */
const PROCEDURE_VERBS = words('take study examine meet');
const POSSESSIVE_PRONOUNS = words('its their his her');
const HOLD_FORMS = words('hold holds held holding');
/** "hold Tokyo to" before token `to`: a verb of holding a party to its word, 2-4 tokens back. */
function heldTo(toks: Token[], to: number, first: number): boolean {
  for (let q = to - 2; q >= Math.max(first, to - 4); q--) if (HOLD_FORMS.has(toks[q]!.lower)) return true;
  return false;
}
/** Participles naming who backs a position told before them ("a call backed by X"). */
const BACKERS = words('backed sought supported endorsed echoed favoured favored');
/** Nouns of demands another party refused ("rejected demands from Canada that ..."). */
const DEMANDS_REFUSED = words('demands demand requests request calls call');
/** Verbs of refusing a demand named after them. */
const REFUSED_VERBS = words('rejected rejects refused refuses resisted resists dismissed dismisses');
/** Nouns for a position, before those participles ("a call backed by", "a point sought by"). */
const STANCE_NOUNS = words('call calls point demand demands request proposal position move idea step');
/** Words after "only" that limit an offer to terms ("only as part of", "only when", "only after"). */
const ONLY_ON = words('as when after once on in provided within');
const RELATIVE = words('that which who whose whom where');
/** Verbs that license an act of their object ("let the United States retaliate"). */
const LICENSE = words(
  'let lets allow allows allowed allowing enable enables authorize authorise permit force forcing',
);
/** Nouns a name can modify ("GATT discussions", "EU rules"): the name is not their voice. */
const NON_VOICE = words(`
discussions talks negotiations rules law laws round meeting meetings membership system standards
agreement deal framework process accord pact bill market markets exports imports goods products
sanctions tariffs duties quotas curbs restrictions levies barriers anti antidumping countervailing
panel panels ruling rulings case complaint
`);
/** Clause words that end an issue scope after a comma. */
const CLAUSE_BREAK = new Set(['which', 'who', 'while', 'whereas', 'although', 'though']);
/** Cues per sentence beyond which the rest are ignored (hostile text of repeated cue words). */
const MAX_CUES_PER_SENTENCE = 6;
const MAX_SCOPE = 40;
/** An industry's people told as a group ("American beekeepers", "tungsten miners", "shoe makers"). */
const INDUSTRY_PEOPLE = words(
  'producers growers makers manufacturers miners ranchers beekeepers farmers fishermen processors packers millers refiners steelmakers carmakers shipbuilders breeders planters exporters importers',
);
const INDUSTRY_PEOPLE_TOK = new TokenSet(INDUSTRY_PEOPLE);
/** Words in a lobby's name that say which industry it speaks for. */
const INDUSTRY_NAME_WORDS = words(
  'producers growers makers manufacturers miners ranchers beekeepers farmers fishermen processors packers millers refiners exporters importers industry industries breeders planters',
);
/** Bodies a trade case is taken to. */
const DISPUTE_BODIES = new Set(['gatt', 'wto']);
/** What is reopened in a dispute ("reopen the case", "reopen its investigation"). */
const CASE_NOUNS = words('case investigation inquiry complaint');
/** Words that carry a case to a dispute body ("take the matter to the GATT", "go back to GATT", "a
 * complaint to GATT"). */
/** Verbs of a matter raised at a dispute body ("would raise the sales in the GATT Council"). */
const MATTER_RAISING = words('raise raised raising air aired');
const CASE_TAKING = words(
  'take takes took taken taking bring brings brought bringing refer refers referred referring back appeal appealed complaint complaints',
);

interface CueAt {
  cue: CueEntry;
  a: number;
  b: number;
  /** A position given up ("has dropped its demand that ..."): not coded, but its complement is
   * still its own (no offer inside it, no scope of an earlier cue across it). */
  dropped?: boolean;
}

/** The longest phrase of the trie `root` at token i. `first`: the root's children by word entry
 * (the lexicon's `cueFirst` when `root` is its cue trie), or null. */
function phraseAt<T>(
  root: PhraseNode<T>,
  toks: Token[],
  i: number,
  end: number,
  first: FirstSteps<PhraseNode<T>> | null = null,
): { value: T; b: number } | null {
  let node: PhraseNode<T> = root;
  // (the longest match so far as two locals: one object made at the end, not one per match)
  let value: T | null = null;
  let b = -1;
  // (`next` compared with null, not tested for truth: a Map's truthiness is a generic check)
  for (let k = i; k < end && node.next !== null; k++) {
    const child = k === i && first !== null ? first.child(toks[k]!) : node.next.get(toks[k]!.lower);
    if (child === undefined) {
      // ('was "fully compatible" with WTO rules': a quote mark inside a phrase is passed over)
      if (k > i && toks[k]!.kind === TokKind.Punct && isQuote(toks[k]!.text)) continue;
      break;
    }
    node = child;
    if (node.value !== null) {
      value = node.value;
      b = k + 1;
    }
  }
  return value === null ? null : { value, b };
}

/** phraseAt for a phrase whose first word is at i and whose rest starts at q (a time told between
 * them: "agreed last week to ..."): the walk goes on from the first word's node. */
function phraseAtGap<T>(
  root: PhraseNode<T>,
  toks: Token[],
  i: number,
  q: number,
  end: number,
): { value: T; b: number } | null {
  const first = root.next?.get(toks[i]!.lower);
  return first ? phraseAt(first, toks, q, end) : null;
}
/** The token after "in turn" / "in return" at k, with the commas that may set it off (", in
 * turn,"), else k. */
function inTurnEnd(toks: Token[], k: number): number {
  let q = toks[k]?.text === ',' ? k + 1 : k;
  if (toks[q]?.lower !== 'in') return k;
  const w = toks[q + 1]?.lower;
  if (w !== 'turn' && w !== 'return') return k;
  q += 2;
  if (toks[q]?.text === ',') q++;
  // (a comma on one side only is no aside: "will in return, ...")
  return (toks[k]!.text === ',') === (toks[q - 1]!.text === ',') ? q : k;
}
/** Verbs whose "to" a time may follow ("agreed last week to", "offered on Monday to"). */
const GAP_VERBS = words(
  'agreed agrees offered offers refused refuses promised pledged decided undertook declined vowed threatened proposed',
);
const MONTH_WORDS = new Set<string>(MONTH_NAMES);
const PRESS_FOR_VERBS = words('pressed pushed lobbied pressing pushing lobbying');
/** The length of the shortest word of GAP_VERBS and PRESS_FOR_VERBS: a shorter cue word ("to",
 * "said", "is", "will"; most of those the cue loop visits) is passed without their set lookups. */
/** The "for" after a stretch of time or talks told at k ("through most of the meeting for",
 * "during the talks for"), else k: at most eight words, no punctuation. */
function stretchAsideEnd(toks: Token[], k: number): number {
  const w = toks[k]?.lower ?? '';
  if (w !== 'through' && w !== 'during' && w !== 'throughout') return k;
  for (let j = k + 1; j < toks.length && j <= k + 8; j++) {
    const t = toks[j]!;
    if (t.kind === TokKind.Punct && t.text !== '-') return k;
    if (t.lower === 'for') return j;
  }
  return k;
}
/** The end of a time told at k ("last week", "on Monday", "last December", "in March", "earlier this
 * month"), else k. */
function timeAsideEnd(toks: Token[], k: number): number {
  const q = pastAside(toks, k);
  if (q > k) return q;
  const w = toks[k]?.lower ?? '';
  if (
    (w === 'last' || w === 'in' || w === 'this' || w === 'early' || w === 'late') &&
    MONTH_WORDS.has(toks[k + 1]?.lower ?? '')
  )
    return k + 2;
  return k;
}

/** The longest issue phrase at token i, as phraseAt, where a phrase kept with a lead word ("the
 * yen") matches only right after one of its leads. (phraseAt's loop with the lead test inside:
 * a predicate argument to phraseAt would be a call per trie node on every issue scan.) */
function issueAt(
  issues: FirstSteps<PhraseNode<IssueHit>>,
  toks: Token[],
  i: number,
  end: number,
): { value: IssueHit; b: number } | null {
  let node: PhraseNode<IssueHit> = issues.root;
  let value: IssueHit | null = null;
  let b = -1;
  for (let k = i; k < end && node.next !== null; k++) {
    const child = k === i ? issues.child(toks[k]!) : node.next.get(toks[k]!.lower);
    if (child === undefined) break;
    node = child;
    const v = node.value;
    if (v !== null && (v.lead === null || (i > 0 && v.lead.includes(toks[i - 1]!.lower)))) {
      value = v;
      b = k + 1;
    }
  }
  return value === null ? null : { value, b };
}

/** The last cue found so far, or undefined (never a read at index -1: that turns the array read
 * megamorphic for the rest of the process). */
const lastCue = (cues: CueAt[]): CueAt | undefined => (cues.length > 0 ? cues[cues.length - 1] : undefined);

/**
 * True when a run of a-z letters in `role` (lower case) is a legislator's role word: what
 * `role.split(/[^a-z]+/).some(w => LEGISLATOR_ROLES.has(w))` says, without the regular
 * expression and the array (holders are resolved once per cue; the split was ~2% of the time).
 */
function hasLegislatorWord(role: string): boolean {
  for (let k = 0; k < role.length;) {
    const c = role.charCodeAt(k);
    if (c < 97 || c > 122) {
      k++;
      continue;
    }
    const a = k;
    while (k < role.length && role.charCodeAt(k) >= 97 && role.charCodeAt(k) <= 122) k++;
    if (LEGISLATOR_ROLES.has(role.slice(a, k))) return true;
  }
  return false;
}

/** True when a role names a member of a house of representatives ("Representative", "U.S.
 * Representative"): the title capitalised, not a trade representative; "the U.S. representative,
 * Michael Samuels," in lower case is a delegate, who voices his government. */
function legislatorRepresentative(role: string): boolean {
  return role.includes('Representative') && !role.toLowerCase().includes('trade');
}

/** How many mentions back a title's body is looked for ("the association's president"): a bound
 * for linear time on a text of thousands of people; articles name far fewer. */
const ORG_LOOKBACK = 500;
/** Words that join a role to the organisation it serves ("president of", "head at", "chair for"). */
const ROLE_ORG_PREPS = new Set(['of', 'for', 'at']);

/** The organisations roleOrganisation may name, by name and by initials, each with its first
 * index in the actor list (built once per list: one look-up per word of a role, where a scan of
 * every actor per person made a text of many officials and bodies quadratic). */
interface RoleOrgIndex {
  byName: Map<string, number>;
  byInitials: Map<string, number> | null;
}
const roleOrgIndexes = new WeakMap<readonly ActorInfo[], RoleOrgIndex>();
function roleOrgIndex(actors: readonly ActorInfo[]): RoleOrgIndex {
  let ix = roleOrgIndexes.get(actors);
  if (ix === undefined) {
    const byName = new Map<string, number>();
    for (let i = 0; i < actors.length; i++) {
      const o = actors[i]!;
      if (o.kind !== 'organization' && o.kind !== 'company') continue;
      if (!(o.own || !o.sideId || o.kind === 'company')) continue;
      if (!byName.has(o.name)) byName.set(o.name, i);
    }
    ix = { byName, byInitials: null };
    roleOrgIndexes.set(actors, ix);
  }
  return ix;
}

/**
 * The organisation a role ends with when it is a lobby, a firm or a body with no side, joined by
 * of/for/at ("president of the Prairie Growers Association", "chief executive at Acme Corp"),
 * else null.
 */
export function roleOrganisation(whole: string, actors: readonly ActorInfo[]): ActorInfo | null {
  const ix = roleOrgIndex(actors);
  const role = withoutPlace(whole);
  // each name the role ends with, after a space; the first in the actor list that passes wins
  let best = -1;
  for (let sp = role.indexOf(' '); sp > 0; sp = role.indexOf(' ', sp + 1)) {
    const i = ix.byName.get(role.slice(sp + 1));
    if (i === undefined || (best >= 0 && i >= best)) continue;
    // the word before the name (past "the"): of/for/at
    let e = sp;
    let s = role.lastIndexOf(' ', e - 1) + 1;
    let w = role.slice(s, e).toLowerCase();
    if (w === 'the' && s > 1) {
      e = s - 1;
      s = role.lastIndexOf(' ', e - 1) + 1;
      w = role.slice(s, e).toLowerCase();
    }
    // ("vice-president of the British merchants' association UKASTA": the body named after the
    // lobby noun that describes it)
    if (ROLE_ORG_PREPS.has(w) || (UNNAMED_LOBBY.has(w) && role.includes(' of '))) best = i;
  }
  if (best >= 0) return actors[best]!;
  // "a People's Party MP who sits on ...", "a Labour Party lawmaker": a party's member named by
  // the party before the title
  const open = role.startsWith('a ') ? 2 : role.startsWith('an ') ? 3 : role.startsWith('the ') ? 4 : -1;
  if (open > 0)
    for (let sp = role.indexOf(' ', open); sp > 0; sp = role.indexOf(' ', sp + 1)) {
      const i = ix.byName.get(role.slice(open, sp));
      if (i === undefined) continue;
      const nx = role.indexOf(' ', sp + 1);
      if (PARTY_MEMBER_TITLES.has(role.slice(sp + 1, nx > 0 ? nx : role.length).toLowerCase()))
        return actors[i]!;
    }
  // "president of NAWG": the role names the body by its initials, the story by its full name
  const sp = role.lastIndexOf(' ');
  const last = role.slice(sp + 1);
  if (sp > 0 && last.length >= 2 && last.length <= 8 && /^[A-Z]+$/.test(last)) {
    const before = role.slice(role.lastIndexOf(' ', sp - 1) + 1, sp).toLowerCase();
    if (ROLE_ORG_PREPS.has(before)) {
      if (ix.byInitials === null) {
        ix.byInitials = new Map();
        for (let i = 0; i < actors.length; i++) {
          const o = actors[i]!;
          if (o.kind !== 'organization' && o.kind !== 'company') continue;
          const ini = initialsOf(o.name);
          if (!ix.byInitials.has(ini)) ix.byInitials.set(ini, i);
        }
      }
      const i = ix.byInitials.get(last);
      if (i !== undefined) return actors[i]!;
    }
  }
  return null;
}

/** A role without the place it ends with ("president of the Rice Exporters Association in
 * Mumbai": the body is the role's last name before " in" and one to three capitalised words). */
function withoutPlace(role: string): string {
  const at = role.lastIndexOf(' in ');
  if (at < 0) return role;
  const place = role.slice(at + 4).split(' ');
  if (place.length > 3) return role;
  for (const w of place) {
    const c = w.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) return role;
  }
  return role.slice(0, at);
}
/** Titles of a party's members after the party's name ("a People's Party MP"). */
const PARTY_MEMBER_TITLES = words(
  'mp mps mep meps lawmaker lawmakers legislator senator member leader deputy',
);
/** Small words a body's initials skip ("National Association of Wheat Growers" is NAWG). */
const INITIALS_SKIP = new Set(['of', 'and', 'the', 'for', 'in', 'on', '&']);
/** The initials of a name's words, small words skipped ("U.S. Wheat Associates": "USWA"). */
function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(' ')) {
    if (!w || INITIALS_SKIP.has(w)) continue;
    for (const part of w.split('.')) if (part) out += part[0]!.toUpperCase();
  }
  return out;
}

/**
 * The party whose position a mention voices: a government official, ministry or embassy gives
 * the country/bloc; legislators, lobbies and (state) outlets keep their own voice; analysts hold
 * none (ANNOTATION.md conventions: their recommendations are not coded).
 */
/** Lower-case lobby nouns: in a role they name a lobby with no name of its own. */
const UNNAMED_LOBBY = words('association federation confederation lobby');
/** True when a role ends in a lower-case lobby noun ("head of the growers' federation"). */
function unnamedLobbyRole(role: string): boolean {
  let sp = role.length - 1;
  while (sp >= 0 && role.charCodeAt(sp) > 32) sp--; // (wire text wraps lines inside a role)
  return UNNAMED_LOBBY.has(role.slice(sp + 1));
}
/** Head nouns that name a lobby, whatever side the text gives it ("American Farm Bureau Federation",
 * "Argentine Grain Exporters Centre"; a "National Trade Centre" is a government's by its word). */
const LOBBY_NAME_HEADS = words(
  'association federation confederation chamber chambers alliance coalition centre center',
);
/** Words that make a body a government's ("Federal Institute of ...", "State Chamber ..."). */
const GOVERNMENT_NAME_WORDS = words(
  'ministry ministries government state federal national commission department',
);
/** True when an organisation's name makes it a lobby: a lobby head noun and no government word. */
function lobbyName(name: string): boolean {
  let lobby = false;
  for (const w of name.toLowerCase().split(' ')) {
    if (GOVERNMENT_NAME_WORDS.has(w)) return false;
    if (LOBBY_NAME_HEADS.has(w)) lobby = true;
  }
  return lobby;
}
export function holderOf(
  actor: ActorInfo,
  sideActor: (id: string) => ActorInfo | null,
  orgOf?: (person: ActorInfo) => ActorInfo | null,
): ActorInfo | null {
  if (actor.kind === 'country' || actor.kind === 'bloc') return actor;
  // an outlet holds what it says in its own voice (state media editorials); one that only
  // reports others is skipped before this point
  if (actor.kind === 'media') return actor;
  if (actor.kind === 'person') {
    if (isAnalystRole(actor.role)) return null;
    // "president of the Prairie Growers Association": a lobby or firm holds its own positions,
    // voiced by its head (ANNOTATION.md conventions); a government body gives its side as before
    const org = orgOf && actor.role ? orgOf(actor) : null;
    if (org) return holderOf(org, sideActor);
    // "president of Colombia's exporters' association": the head of an unnamed lobby holds its
    // positions himself, not his country
    if (actor.role && unnamedLobbyRole(actor.role)) return actor;
    const role = (actor.role ?? '').toLowerCase();
    if (hasLegislatorWord(role) || legislatorRepresentative(actor.role ?? '')) return actor;
    if (!actor.sideId) return actor.role ? actor : null;
    return sideActor(actor.sideId) ?? actor;
  }
  // "The State Bank of Vietnam said it would refrain from ...": a central bank is an agency of
  // its government (a name found in the text, so not in the lexicon's list of bodies)
  const bankOf = actor.kind === 'organization' && actor.sideId ? centralBankOf(actor.name) : null;
  if (bankOf) {
    const state = sideActor(actor.sideId!);
    if (state && bankOf === state.name.split(' ').pop()) return state;
  }
  // firms, lobbies and legislatures hold their own demands (ANNOTATION.md conventions)
  if (actor.own || !actor.sideId || actor.kind === 'company') return actor;
  // "The American Farm Bureau Federation asked ...": a body named as a lobby by its head noun
  if (actor.kind === 'organization' && lobbyName(actor.name)) return actor;
  return sideActor(actor.sideId) ?? actor;
}

/**
 * Finds preconditions sentence by sentence: a cue (demand/condition/offer/reject), the holder
 * (nearest subject actor before it, else the quoted speaker, else the last holder for a pronoun),
 * the target (first other party after it), and the issues named in the cue's scope.
 */
export function findPreconditions(
  text: string,
  toks: Token[],
  sentences: Sentence[],
  ar: ActorResult,
  ensureActor: (id: string) => ActorInfo | null,
  /** Publication time (ms) or null: the era decides what bare "sanctions" are. */
  published: number | null = null,
): Precondition[] {
  const lex = getLexicon();
  const cueFirst = lex.cueFirst;
  const byId = new Map<string, ActorInfo>();
  for (const a of ar.actors) byId.set(a.id, a);
  /** The actor for a side id, created (without mentions) when only a person or demonym names it. */
  const sideActor = (id: string): ActorInfo | null => {
    let s = byId.get(id);
    if (!s) {
      s = ensureActor(id) ?? undefined;
      if (s) byId.set(id, s);
    }
    return s ?? null;
  };
  /** The non-government organisation a person's role names ("president of <Org>", "head of the
   * <Org>"), memoised per person: only lobbies, firms and bodies with no side, so officials of a
   * ministry keep their country. */
  let orgMemo: Map<ActorInfo, ActorInfo | null> | null = null;
  const orgOf = (p: ActorInfo): ActorInfo | null => {
    orgMemo ??= new Map();
    let org = orgMemo.get(p);
    if (org === undefined) {
      org = roleOrganisation(p.role!, ar.actors) ?? possessiveTitleOrg(p) ?? bodyTitleOrg(p);
      orgMemo.set(p, org);
    }
    return org;
  };
  /** Actor -> the index of its first mention, built on first use (one pass over the mentions:
   * a scan per person made a text of many people quadratic). */
  let firstMentions: Map<ActorInfo, number> | null = null;
  const firstMentionOf = (p: ActorInfo): number => {
    if (firstMentions === null) {
      firstMentions = new Map();
      for (let i = 0; i < ar.mentions.length; i++) {
        const x = ar.mentions[i]!.actor;
        if (!firstMentions.has(x)) firstMentions.set(x, i);
      }
    }
    return firstMentions.get(p) ?? -1;
  };
  /** The firm or body with no government side named last in the ORG_LOOKBACK mentions before
   * mention `first` that `named` accepts: the body a person's title points back to. */
  const orgNamedBefore = (first: number, named: (a: ActorInfo) => boolean): ActorInfo | null => {
    for (let i = first - 1; i >= Math.max(0, first - ORG_LOOKBACK); i--) {
      const a = ar.mentions[i]!.actor;
      if ((a.kind !== 'organization' && a.kind !== 'company') || (a.sideId && !a.own)) continue;
      if (named(a)) return a;
    }
    return null;
  };
  /** "the association's president, Robert Lanier," / "The federation's president Andre Margot" /
   * "Its president, George Langstaff,":
   * the lobby or firm named last before the person's first mention whose name holds that noun
   * ("the group's president": the last such body named). Asked once per person (memoised above). */
  const possessiveTitleOrg = (p: ActorInfo): ActorInfo | null => {
    const first = firstMentionOf(p);
    if (first < 0) return null;
    let k = ar.mentions[first]!.a - 1;
    if (k > 0 && toks[k]!.text === ',') k--; // (no read at index -1)
    // "Minette Batters, its president, says": the title after the name
    const e = ar.mentions[first]!.b;
    const itsAfter =
      toks[e]?.text === ',' &&
      toks[e + 1]?.lower === 'its' &&
      TITLE_WORDS.has(toks[e + 2]?.lower ?? '') &&
      toks[e + 3]?.text === ',';
    if (!itsAfter && (k < 1 || !TITLE_WORDS.has(toks[k]!.lower))) return null;
    // "Its president, George Langstaff, said": the body named last before him
    const its = itsAfter || toks[k - 1]!.lower === 'its';
    if (!its && (k < 3 || !isPossessive(toks[k - 1]))) return null;
    const noun = its ? 'group' : toks[k - 2]!.lower;
    if (!its && (!BODY_NOUNS.has(noun) || toks[k - 3]!.lower !== 'the')) return null;
    return orgNamedBefore(first, (a) => noun === 'group' || a.name.toLowerCase().includes(noun));
  };
  /** "association chairman Kenji Morita told ...": a title after a lower-case body noun speaks for
   * the lobby or firm named last before the person's first mention whose name holds that noun. */
  const bodyTitleOrg = (p: ActorInfo): ActorInfo | null => {
    const first = firstMentionOf(p);
    if (first < 0) return null;
    const k = ar.mentions[first]!.a - 1;
    if (k < 1 || !TITLE_WORDS.has(toks[k]!.lower)) return null;
    const n = toks[k - 1]!;
    if (n.kind !== TokKind.Word || mentionAt(k - 1) >= 0) return null;
    // ("Quintette president Gordon Whitlock": a lower-case title after a firm's first word alone,
    // not "International Trade Secretary Liz Truss")
    if (!(BODY_NOUNS.has(n.lower) || TITLED_BODIES.has(n.lower)))
      return n.cap && !toks[k]!.cap && !(k > 1 && toks[k - 2]!.cap && toks[k - 2]!.kind === TokKind.Word)
        ? orgNamedBefore(first, (a) => {
            const sp = a.name.indexOf(' ');
            return sp > 0 && a.name.slice(0, sp).toLowerCase() === n.lower;
          })
        : null;
    // ("Exchange president Michio Takeuchi": a capital opens the sentence or the title phrase only)
    if (n.cap && k - 1 > 0 && toks[k - 2]!.kind === TokKind.Word && !toks[k - 2]!.cap) return null;
    return orgNamedBefore(first, (a) => a.name.toLowerCase().split(' ').includes(n.lower));
  };
  /** Sides whose prime minister the story names: there a "Premier" heads a province or state. */
  let pmSides: Set<string> | null = null;
  /** People named "<Place> Premier <Name>" in the text. */
  let placePremiers: Set<ActorInfo> | null = null;
  /** A provincial or state premier ("Ontario Premier Doug Ford", or a bare "Premier" where the
   * story names the country's prime minister too): like a legislator pressing their own
   * government, they hold their own positions (ANNOTATION.md conventions). A national premier
   * ("Chinese Premier Li Qiang") speaks for the country. */
  const subnationalPremier = (a: ActorInfo): boolean => {
    const role = a.role;
    if (a.kind !== 'person' || !role) return false;
    const at = role.toLowerCase().lastIndexOf('premier');
    if (at < 0) return false;
    if (at > 0) {
      // "Ontario Premier": a place word that names no country ("Chinese Premier" does)
      const qual = role.slice(0, at).trim();
      const c = qual.charCodeAt(0);
      // ("Vice Premier Liu He", "Former Premier": a title, not a province)
      for (const w of qual.toLowerCase().split(' ')) if (PREMIER_TITLES.has(w)) return false;
      return c >= 65 && c <= 90 && !namesState(lex.actors, qual);
    }
    // "Manitoba Premier Jane Tanaka": the place word before the title in the text (the people
    // so named are collected in one pass over the mentions, the first time one is asked about)
    if (!placePremiers) {
      placePremiers = new Set();
      for (const m of ar.mentions) {
        if (m.a < 2 || m.actor.kind !== 'person' || toks[m.a - 1]!.lower !== 'premier') continue;
        const q = toks[m.a - 2]!;
        if (
          q.kind === TokKind.Word &&
          q.cap &&
          mentionAt(m.a - 2) < 0 &&
          !ar.adjAt[m.a - 2] &&
          !PREMIER_TITLES.has(q.lower) &&
          !namesState(lex.actors, q.text)
        )
          placePremiers.add(m.actor);
      }
    }
    if (placePremiers.has(a)) return true;
    if (!pmSides) {
      pmSides = new Set();
      for (const x of ar.actors)
        if (x.kind === 'person' && x.sideId && (x.role ?? '').toLowerCase().includes('prime minister'))
          pmSides.add(x.sideId);
    }
    return !!a.sideId && pmSides.has(a.sideId);
  };
  /** A government body of no side named by its office ("Ministry of Trade and Industry", "Special
   * Secretariat for Informatics", "National Foreign Investment Commission"), not an international
   * or a lobby's body. */
  // (this and the memos below made on first use: most calls need few of them)
  let stateBodyMemo: Map<ActorInfo, boolean> | null = null;
  /** The state a side-less government body speaks for (stateNear, found once per body). */
  let stateSideMemo: Map<ActorInfo, ActorInfo> | null = null;
  const stateBody = (a: ActorInfo): boolean => {
    if (a.kind !== 'organization' || a.sideId) return false;
    // (asked for every side resolved: the name's words are split once per actor)
    const memo = (stateBodyMemo ??= new Map());
    let known = memo.get(a);
    if (known === undefined) memo.set(a, (known = stateBodyName(a)));
    return known;
  };
  // (the name's words walked with indexOf, as `split(' ')` cuts them: the array and the three
  // scans over it were ~0.3% of the profile)
  const stateBodyName = (a: ActorInfo): boolean => {
    const name = a.name.toLowerCase();
    let head = false;
    let named = false;
    let opener = false;
    for (let s = 0; s <= name.length;) {
      let e = name.indexOf(' ', s);
      if (e < 0) e = name.length;
      const w = name.slice(s, e);
      if (w === 'international' || w === 'european' || w === 'world') return false;
      if (STATE_BODY_HEADS.has(w)) head = true;
      if (STATE_BODY_NAMES.has(w)) named = true;
      if (s === 0) opener = STATE_BODY_OPENERS.has(w);
      s = e + 1;
    }
    return head || (opener && named);
  };
  /** "Opposition leader Kristin Einarsdottir": an opposition politician holds her own positions,
   * like a legislator (the word before the title of her first mention). */
  const oppositionTitle = (p: ActorInfo): boolean => {
    const fm = firstMentionOf(p);
    if (fm < 0) return false;
    const m = ar.mentions[fm]!;
    // "Conservative leader Pierre Poilievre": a party's leader, named by the party
    const t2 = m.a >= 2 ? toks[m.a - 2]! : null;
    if (t2 && t2.cap && toks[m.a - 1]!.lower === 'leader' && PARTY_ADJECTIVES.has(t2.lower)) return true;
    for (let k = m.a - 1; k >= Math.max(0, m.a - 3); k--) {
      if (toks[k]!.lower === 'opposition') return true;
      if (toks[k]!.kind !== TokKind.Word) return false;
    }
    return false;
  };
  /** A government official's title before a person's first mention ("Trade Minister",
   * "Central bank governor", "Ambassador"), not a legislator's or a lobby's. */
  const officialTitle = (p: ActorInfo): boolean => {
    const fm = firstMentionOf(p);
    if (fm < 0 || ar.mentions[fm]!.a < 1) return false;
    const m = ar.mentions[fm]!;
    const t = toks[m.a - 1]!.lower;
    if (t === 'minister' || t === 'ambassador' || t === 'envoy') return true;
    return t === 'governor' && toks[m.a - 2]?.lower === 'bank';
  };
  /** resolveHolder's answers per actor: it depends only on the actor's fields (and side actors,
   * each created once), and it is asked once per sentence and per cue. */
  const holderMemo = new Map<ActorInfo, ActorInfo | null>();
  /** "Ontario Industry Minister Paul Renaud", "British Columbia Forests Minister X": a minister of
   * a province speaks for the province, which holds its own positions (the wire labels). */
  const provincialMinisterOf = (a: ActorInfo): ActorInfo | null => {
    if (a.kind !== 'person' || !a.role) return null;
    const role = a.role.toLowerCase();
    return role.includes('minister') ? provinceOfRole(role) : null;
  };
  /** The province the lexicon knows whose name opens a (lower-case) role, made an actor; else null. */
  const provinceOfRole = (role: string): ActorInfo | null => {
    const id = provinceOpening(lex.actors, role);
    return id ? ensureActor(id) : null;
  };
  const resolveHolder = (a: ActorInfo): ActorInfo | null => {
    let h = holderMemo.get(a);
    if (h === undefined) {
      h =
        a.kind === 'person' && ((a.role && subnationalPremier(a)) || oppositionTitle(a))
          ? a
          : (provincialMinisterOf(a) ?? holderOf(a, sideActor, orgOf));
      // "The National Foreign Investment Commission turned down ...": a government body the text
      // gives no side speaks for the state the story is told from
      if (h && h === a && stateBody(a)) h = stateNear(a) ?? h;
      // "Central bank governor Chang Chi-cheng", "Trade Minister X" of no side: the state beside him
      if (h && h === a && a.kind === 'person' && !a.sideId && officialTitle(a)) h = stateNear(a, true) ?? h;
      holderMemo.set(a, h);
    }
    return h;
  };
  const resolveSide = (a: ActorInfo): ActorInfo | null => {
    if (a.kind === 'country' || a.kind === 'bloc') return a;
    if (a.sideId) return sideActor(a.sideId) ?? a;
    if (stateBody(a)) {
      const memo = (stateSideMemo ??= new Map());
      let st = memo.get(a);
      if (st === undefined) memo.set(a, (st = stateNear(a) ?? a));
      return st;
    }
    return a.kind === 'media' ? null : a;
  };
  const mentionAt = (k: number): number => (k >= 0 && k < toks.length ? ar.mentionAt[k]! : -1);
  /** The issue of the measure a bare "the controls", "its curbs" in [b, end) points back to: the
   * last phrase before b with the same generic head that names one issue ("its controls on
   * exports of rare earths" -> export controls), else null. */
  const genericReferent = (b: number, end: number): Issue | null => {
    for (let k = b + 1; k < end; k++) {
      if ((toks[k]!.w2 & WordSet2.GenericHead) === 0 || !REF_DETERMINERS.has(toks[k - 1]!.lower)) continue;
      const w = toks[k]!.lower;
      // the bare noun only: "the controls on rare earths" names its own matter
      const next = toks[k + 1];
      if (next && next.kind === TokKind.Word && !LIST_JOINS_TOK.has(next)) continue;
      for (let p = k - 2; p > 0 && k - p <= 600; p--) {
        if (toks[p]!.lower !== w) continue;
        // (with its object: "its controls on exports of rare earths")
        const found = collectIssues(
          lex.issueFirst,
          toks,
          Math.max(0, p - 3),
          Math.min(k - 1, p + 5),
          ar.mentionAt,
        );
        if (found.size === 1) {
          const [i] = found;
          if (i !== 'market_access' && i !== 'other') return i!;
        }
      }
    }
    return null;
  };
  /** True when [b - 1, end) halts purchases ("stop buying", "halt its imports of") of goods from a
   * country that is neither the holder nor a party of the story ("Russian crude", "oil from Russia"). */
  const haltedThirdPartyPurchases = (b: number, end: number, holder: ActorInfo): boolean => {
    // (from the cue's own last word: "would not stop buying oil from Russia")
    for (let k = b - 1; k < end - 1; k++) {
      if (!HALT_VERBS.has(toks[k]!.lower)) continue;
      let q = k + 1;
      if (POSSESSIVE_PRONOUNS.has(toks[q]!.lower)) q++;
      if (!BUYING.has(toks[q]?.lower ?? '')) continue;
      for (let j = q + 1; j < end && j <= q + 5; j++) {
        const mi = mentionAt(j);
        const side =
          mi >= 0 ? resolveSide(ar.mentions[mi]!.actor) : ar.adjAt[j] ? sideActor(ar.adjAt[j]!.id) : null;
        if (!side) continue;
        const pair = mainParties();
        return side.kind === 'country' && side.id !== holder.id && !pair?.some((p) => p.id === side.id);
      }
    }
    return false;
  };
  /** A country, bloc, government body or person named at b (after "the"), or a government by its
   * common noun, then "to" and a verb: "told Greece to phase out ...", "told the government to
   * drop ...", "told Minister Ito to ...", not "told reporters", "told Reuters", "told the meeting
   * that". */
  const partyToAct = (b: number): boolean => {
    if (governmentObject(b)) return true;
    let at = toks[b]?.lower === 'the' ? b + 1 : b;
    // "told Chinese Premier Li Qiang to": past a person's nationality and title
    let titled = false;
    for (let n = 0; n < 4 && mentionAt(at) < 0 && toks[at]?.cap && toks[at]!.kind === TokKind.Word; n++) {
      at++;
      titled = true;
    }
    const mi = mentionAt(at);
    if (mi < 0) return false;
    const m = ar.mentions[mi]!;
    const kind = m.actor.kind;
    if (
      titled
        ? kind !== 'person'
        : kind !== 'country' && kind !== 'bloc' && kind !== 'organization' && kind !== 'person'
    )
      return false;
    const v = toks[m.b + 1];
    return toks[m.b]?.lower === 'to' && !!v && v.kind === TokKind.Word && !v.cap;
  };
  /** A country, bloc or organisation named at b (after "the"), then a deadline ("two months",
   * "30 days", "until March 1"), "to" and a verb: "has given Italy two months to allow the sale of
   * ...", an ultimatum; not a reprieve ("another 90 days", "more time") nor time to talk. */
  const partyGivenDeadline = (b: number): boolean => {
    const mi = mentionAt(toks[b]?.lower === 'the' ? b + 1 : b);
    if (mi < 0) return false;
    const m = ar.mentions[mi]!;
    const kind = m.actor.kind;
    if (kind !== 'country' && kind !== 'bloc' && kind !== 'organization') return false;
    let q = m.b;
    if (toks[q]?.lower === 'until') {
      const lim = Math.min(toks.length, q + 7);
      for (q++; q < lim && toks[q]!.lower !== 'to'; q++) if (toks[q]!.kind === TokKind.Punct) return false;
    } else {
      const n = toks[q];
      if (!n || !(n.kind === TokKind.Number || DEADLINE_COUNTS.has(n.lower))) return false;
      if (!DEADLINE_UNITS.has(toks[q + 1]?.lower ?? '')) return false;
      q += 2;
    }
    const v = toks[q + 1];
    return toks[q]?.lower === 'to' && !!v && v.kind === TokKind.Word && !v.cap && !DEADLINE_TALK.has(v.lower);
  };
  /** The party whose own measure is named at b: "the U.S. tariff", "Japan's duties", "American
   * quotas" (partyAt, then a measure noun), else null. */
  const measureOwnerAt = (b: number): ActorInfo | null => {
    const at = toks[b]?.lower === 'the' ? b + 1 : b;
    const owner = partyAt(at);
    if (!owner) return null;
    const mi = mentionAt(at);
    const next = mi >= 0 ? ar.mentions[mi]!.b : at + 1;
    return OWN_MEASURES.has(toks[isPossessive(toks[next]) ? next + 1 : next]?.lower ?? '') ? owner : null;
  };
  /** True when a mention of GATT or the WTO starts at token k and is asked, within the next eight
   * tokens, "to" take a step of its dispute procedure ("to rule", "to set up a panel"). */
  const arbiterAsked = (k: number): boolean => {
    const mi = mentionAt(k);
    if (mi < 0 || ar.mentions[mi]!.a !== k || !ARBITERS.has(ar.mentions[mi]!.actor.id)) return false;
    const b = ar.mentions[mi]!.b;
    for (let q = b; q < Math.min(toks.length - 1, b + 8); q++)
      if (toks[q]!.lower === 'to') return DISPUTE_PROCEDURE.has(toks[q + 1]!.lower);
    return false;
  };
  /** True when token k opens a conditional clause: "if", "unless", or "provided (that)" before a
   * party or "the" ("data provided by", "as provided in" open none). */
  const conditionOpens = (k: number): boolean => {
    const w = toks[k]!.lower;
    if (w === 'if' || w === 'unless') return !NOT_CONDITIONAL_IF.has(toks[k - 1]!.lower);
    if (w !== 'provided' && w !== 'providing') return false;
    const at = toks[k + 1]?.lower === 'that' ? k + 2 : k + 1;
    return mentionAt(at) >= 0 || toks[at]?.lower === 'the' || !!ar.adjAt[at];
  };
  /**
   * The lobby of an industry told as the subject of the cue at a ("American beekeepers asked",
   * "Tungsten miners in Portugal and Britain have asked"): the first organisation named from the
   * cue to the end of the next two sentences whose name holds an industry word ("the American
   * Honey Producers Association"), else null.
   */
  const industryLobby = (S: Sentence, si: number, a: number): ActorInfo | null => {
    let k = a - 1;
    while (k > S.first && modalWord(toks[k]!, AUX)) k--;
    let industry = false;
    for (let q = k; q >= Math.max(S.first, k - 8); q--) {
      const w = toks[q]!.lower;
      if (toks[q]!.kind === TokKind.Punct) break;
      // ("said the quota protected small growers in Okinawa and could not be removed": an
      // industry in the predicate before "and" is no subject)
      if (w === 'and') return null;
      const mi = mentionAt(q);
      if (mi >= 0 && ar.mentions[mi]!.actor.kind !== 'country' && ar.mentions[mi]!.actor.kind !== 'bloc')
        return null;
      if (INDUSTRY_PEOPLE.has(w)) {
        industry = true;
        break;
      }
    }
    if (!industry) return null;
    const end = sentences[Math.min(sentences.length - 1, si + 2)]!.last;
    for (let q = a; q < end; q++) {
      const mi = mentionAt(q);
      if (mi < 0) continue;
      const actor = ar.mentions[mi]!.actor;
      // (a government's body is no lobby: "Ministry of International Trade and Industry")
      if (actor.kind !== 'organization' || resolveHolder(actor)?.id !== actor.id) continue;
      for (const w of actor.name.toLowerCase().split(' ')) if (INDUSTRY_NAME_WORDS.has(w)) return actor;
      q = ar.mentions[mi]!.b - 1;
    }
    return null;
  };
  /** Strong issues of a modal's subject at a: the words back to "that", a verb of speech, a
   * comma or the sentence's start, when no party is among them ("said the steel tariffs must").
   * Empty otherwise. */
  const modalSubjectIssues = (a: number): Set<Issue> => {
    let k = a - 1;
    while (k >= 0 && a - k <= 6) {
      const t = toks[k]!;
      if (t.kind === TokKind.Punct || t.lower === 'that' || (t.w & W_SPEECH) !== 0 || t.nl > 0) break;
      // (a party as the subject is the target, read elsewhere; "how much the subsidy should be
      // cut": an open question asks nothing)
      if (mentionAt(k) >= 0 || QUESTION_TOK.has(t)) return new Set();
      k--;
    }
    if (k === a - 1 || a - k > 6 || !strongIssueIn(lex.issueFirst, toks, k + 1, a, ar.mentionAt))
      return new Set();
    return collectIssues(lex.issueFirst, toks, k + 1, a, ar.mentionAt);
  };
  /** The country or bloc named after "exports to" in [b, end), before any punctuation ("EU exports
   * to Mercosur"), else null. */
  const exportsToParty = (b: number, end: number): ActorInfo | null => {
    for (let k = b; k < end - 2; k++) {
      if (toks[k]!.kind === TokKind.Punct) return null;
      if (toks[k]!.lower !== 'exports' || toks[k + 1]!.lower !== 'to') continue;
      const mi = mentionAt(toks[k + 2]!.lower === 'the' ? k + 3 : k + 2);
      const a = mi >= 0 ? resolveSide(ar.mentions[mi]!.actor) : null;
      return a && (a.kind === 'country' || a.kind === 'bloc') ? a : null;
    }
    return null;
  };
  /** The issues of a measure kept before a cue at a: "the ban would stay (in place) until",
   * "the duties remain until" (the subject before the verb of staying), else none. */
  const keptMeasureIssues = (a: number): Set<Issue> => {
    let k = a - 1;
    if ((toks[k]?.lower === 'place' || toks[k]?.lower === 'force') && toks[k - 1]?.lower === 'in') k -= 2;
    const v = toks[k]?.lower ?? '';
    if (KEPT_VERBS.has(v) && CONDITIONAL_MODALS.has(toks[k - 1]?.lower ?? '')) k--;
    else if (v !== 'stays' && v !== 'remains') return new Set();
    const own = modalSubjectIssues(k);
    if (own.size > 0) return own;
    // ("the ban on onion exports would stay": a ban is kept market access, its exports' curbs
    // read as export controls where the story is of an export ban)
    for (let q = k - 1; q >= Math.max(0, k - 6); q--) {
      const t = toks[q]!;
      if (t.kind === TokKind.Punct || t.lower === 'that' || (t.w & W_SPEECH) !== 0 || mentionAt(q) >= 0)
        break;
      if (BAN_WORDS.has(t.lower) && (q === k - 1 || toks[q + 1]!.lower === 'on'))
        return new Set(['market_access']);
    }
    return own;
  };
  /** True when the words right before a cue at a (past auxiliaries, and "in <Place>") are an
   * industry's people with nothing before them that names a party ("a cut growers in Mindanao have
   * sought"; not "U.S. growers have sought", "Japan's farmers want"). */
  const unattributedIndustrySubject = (a: number, first: number): boolean => {
    let k = a - 1;
    while (k > first && modalWord(toks[k]!, AUX)) k--;
    // ("growers in Mindanao": past a place that is no party, one to three capitalised words)
    let p = k;
    while (p > first && k - p < 3 && toks[p]!.cap && toks[p]!.kind === TokKind.Word && mentionAt(p) < 0) p--;
    if (p < k && toks[p]!.lower === 'in') k = p - 1;
    if (k <= first || !INDUSTRY_PEOPLE_TOK.has(toks[k])) return false;
    // (a thing sought before them, "a cut", "the relief": the group opens a relative clause on it;
    // not "said farmers needed ...", "from makers ready to ...")
    const before = toks[k - 1]!;
    if (
      before.kind === TokKind.Word &&
      !before.cap &&
      k - 2 >= first &&
      ARTICLES.has(toks[k - 2]!.lower) &&
      mentionAt(k - 1) < 0
    )
      return true;
    // ("'We lost Taiwan overnight' - Honduran shrimp farmers want ...": a subject of its own after a
    // dash or colon, its demonym and trade words only; the names before the dash are not its party)
    let q = k - 1;
    while (q > first && k - q <= 3 && toks[q]!.kind === TokKind.Word && (ar.adjAt[q] || !toks[q]!.cap)) q--;
    return (
      q < k - 1 && q > first && (toks[q]!.text === '-' || toks[q]!.text === ':' || toks[q]!.text === '–')
    );
  };
  /**
   * "U.S. apple growers have asked ...", "Japan's knitwear makers asked ...", "U.S. producers of
   * soda ash asked ...": an industry named by its trade (after its country, at most) as the subject
   * of the cue at a is the lobby that speaks for it: one named in this sentence or the next with an
   * industry word in its name, else a lobby or firm that speaks (the speaker of either sentence, a
   * body holding its own positions). Null when the subject is no industry or no such lobby is named.
   */
  const industrySubjectLobby = (S: Sentence, si: number, a: number): ActorInfo | null => {
    // (a cue opening its sentence has no subject before it)
    if (a <= S.first) return null;
    let k = a - 1;
    while (k > S.first && modalWord(toks[k]!, AUX)) k--;
    // "Salmon farmers in Scotland and Ireland called on ...": past the places after "in"
    let placed = false;
    for (let j = k, n = 0; j > S.first && n < 4; n++) {
      const mj = mentionAt(j);
      // (a place that is no actor: "Scotland")
      if (mj < 0 && !(toks[j]!.cap && toks[j]!.kind === TokKind.Word && !ar.adjAt[j])) break;
      if (mj >= 0 && ar.mentions[mj]!.actor.kind !== 'country') break;
      j = mj >= 0 ? ar.mentions[mj]!.a - 1 : j - 1;
      // (a mention may start before the sentence, even at the text's first token)
      if (j < S.first) break;
      if (toks[j]!.lower === 'in' && INDUSTRY_PEOPLE_TOK.has(toks[j - 1])) {
        k = j - 1;
        placed = true;
        break;
      }
      if (toks[j]!.lower !== 'and' && toks[j]!.text !== ',') break;
      j--;
    }
    let q = k;
    // "producers of soda ash": the trade's goods after "of" (lower-case words only)
    for (let n = 0; n < 4 && q > S.first && !INDUSTRY_PEOPLE_TOK.has(toks[q]); n++) {
      const t = toks[q]!;
      if (t.kind !== TokKind.Word || t.cap || mentionAt(q) >= 0) return null;
      q--;
    }
    if (!INDUSTRY_PEOPLE_TOK.has(toks[q]) || (q < k && toks[q + 1]!.lower !== 'of')) return null;
    // the subject opens its clause: its country (a name, possessive or demonym) and lower-case modifiers
    let r = q - 1;
    while (
      r >= S.first &&
      toks[r]!.kind === TokKind.Word &&
      // (a capital only as the sentence's first word: "Salmon farmers in Scotland")
      (!toks[r]!.cap || (r === S.first && mentionAt(r) < 0 && !ar.adjAt[r])) &&
      !ARTICLES.has(toks[r]!.lower) &&
      q - r <= 3
    )
      r--;
    if (r >= S.first && isPossessive(toks[r])) r--;
    const mi = r >= S.first ? mentionAt(r) : -1;
    if (mi >= 0) {
      if (ar.mentions[mi]!.actor.kind !== 'country') return null;
      r = ar.mentions[mi]!.a - 1;
    } else if (r >= S.first && ar.adjAt[r]) r--;
    else if (!placed) return null;
    if (r >= S.first && toks[r]!.kind === TokKind.Word && !ARTICLES.has(toks[r]!.lower)) return null;
    const own = (x: ActorInfo): boolean =>
      (x.kind === 'organization' || x.kind === 'company') && resolveHolder(x)?.id === x.id;
    const end = sentences[Math.min(sentences.length - 1, si + 1)]!.last;
    for (let j = a; j < end; j++) {
      const mj = mentionAt(j);
      if (mj < 0) continue;
      const x = ar.mentions[mj]!.actor;
      j = ar.mentions[mj]!.b - 1;
      if (x.kind !== 'organization' || !own(x)) continue;
      for (const w of x.name.toLowerCase().split(' ')) if (INDUSTRY_NAME_WORDS.has(w)) return x;
    }
    for (const T of [S, sentences[si + 1]]) {
      if (!T) continue;
      const sp = speakerIn(T, null) ?? ((T.w & W_SPEECH) !== 0 ? leadingSubject(toks, T, ar) : null);
      if (sp && own(sp)) return sp;
    }
    return null;
  };
  /** "Two U.S. senators" (a country's mention m before a plural noun for legislators, after a
   * number at most): the people of a legislator's role named from m to the end of the next three
   * sentences, as many as the number says (else all), else none. */
  const legislatorsNamed = (m: { a: number; b: number }, si: number): ActorInfo[] => {
    if (!LEGISLATOR_PLURALS.has(toks[m.b]?.lower ?? '')) return firmsNamed(m, si);
    const n = NUMBER_WORDS.get(toks[m.a - 1]?.lower ?? '') ?? 6;
    const out: ActorInfo[] = [];
    const end = sentences[Math.min(sentences.length - 1, si + 3)]!.last;
    for (let k = m.b; k < end && out.length < n; k++) {
      const mi = mentionAt(k);
      if (mi < 0) continue;
      const x = ar.mentions[mi]!.actor;
      k = ar.mentions[mi]!.b - 1;
      if (x.kind === 'person' && x.role && hasLegislatorWord(x.role.toLowerCase()) && !out.includes(x))
        out.push(x);
    }
    return out;
  };
  /** "Four U.S. oil companies have asked ...": a number, a country's mention m, at most two words
   * and a plural noun for firms; the firms the next sentence names, when it names as many as the
   * number says, else none. */
  const firmsNamed = (m: { a: number; b: number }, si: number): ActorInfo[] => {
    const n = NUMBER_WORDS.get(toks[m.a - 1]?.lower ?? '');
    if (!n || !sentences[si + 1]) return [];
    let k = m.b;
    while (k < m.b + 2 && toks[k]?.kind === TokKind.Word && !toks[k]!.cap && !FIRM_NOUNS.has(toks[k]!.lower))
      k++;
    if (!FIRM_NOUNS.has(toks[k]?.lower ?? '') || !toks[k]!.lower.endsWith('s')) return [];
    return namedInSentence(sentences[si + 1]!, 'company', n);
  };
  /** The distinct actors of `kind` sentence T names, when it names exactly n of them, else none. */
  const namedInSentence = (T: Sentence, kind: ActorInfo['kind'], n: number): ActorInfo[] => {
    const out: ActorInfo[] = [];
    for (let q = T.first; q < T.last && out.length <= n; q++) {
      const mi = mentionAt(q);
      if (mi < 0) continue;
      const x = ar.mentions[mi]!.actor;
      q = ar.mentions[mi]!.b - 1;
      if (x.kind === kind && !out.includes(x)) out.push(x);
    }
    return out.length === n ? out : [];
  };
  /** "Five West African cotton producers" (a plural noun for states at k, a number at most five
   * words before it, after `first`): the countries the next sentence names, when it names as many
   * as the number says, else none. */
  const statesNamedNext = (k: number, first: number, si: number): ActorInfo[] => {
    let n: number | undefined;
    for (let q = k - 1; q >= Math.max(first, k - 5) && n === undefined; q--) {
      if (toks[q]!.kind !== TokKind.Word) return [];
      n = NUMBER_WORDS.get(toks[q]!.lower);
    }
    const T = sentences[si + 1];
    return n && T ? namedInSentence(T, 'country', n) : [];
  };
  /** A dispute-settlement step in tokens [a, b): a case taken or brought "(back) to (the) GATT/WTO"
   * or "before" it (not "its accession to the GATT", "ambassador to the GATT"), arbitration, or a
   * case reopened. */
  const disputeStepIn = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) {
      const w = toks[k]!.lower;
      if (w === 'arbitration' || (w === 'reopen' && CASE_NOUNS.has(toks[k + 2]?.lower ?? ''))) return true;
      // ("would raise the sales in the GATT Council unless ...": a matter raised at the body)
      // ("would raise the matter with the Textiles Surveillance Body if ...": a matter raised with
      // a body that exists only to settle disputes)
      const raisedIn = w === 'in' || w === 'at' || w === 'with';
      if ((w !== 'to' && w !== 'before' && !raisedIn) || k + 1 >= b) continue;
      const at = toks[k + 1]!.lower === 'the' ? k + 2 : k + 1;
      const mi = mentionAt(at);
      if (mi < 0) continue;
      const body = ar.mentions[mi]!.actor;
      if (!DISPUTE_BODIES.has(body.id) && !isDisputeBody(body.name)) continue;
      if (w === 'with' && !isDisputeBody(body.name)) continue;
      for (let q = k - 1; q >= Math.max(a, k - 6); q--)
        if ((raisedIn ? MATTER_RAISING : CASE_TAKING).has(toks[q]!.lower)) return true;
    }
    return false;
  };
  /** The party of an unnamed voice at token q: "Chinese officials", "the Japanese trade
   * ministry", "China's commerce ministry", "EU negotiators". */
  const voiceParty = (q: number, first: number): ActorInfo | null => {
    // "A ministry official said": the body named with that noun in this sentence or the one
    // before ("MITI", "the Ministry of Industry and Trade") speaks, for its side (one named further
    // back is often the other side's: "the Commerce Department found ... In Ottawa, ... a
    // department official said")
    const body = toks[q - 1];
    if (
      q - 2 >= first &&
      body &&
      BODY_VOICE_NOUNS.has(body.lower) &&
      !body.cap &&
      ARTICLES.has(toks[q - 2]!.lower)
    ) {
      const from = sentenceBefore(first);
      for (let i = mentionBefore(q - 1); i >= 0 && ar.mentions[i]!.a >= from; i--) {
        const a = ar.mentions[i]!.actor;
        if (a.kind === 'organization' && a.name.toLowerCase().includes(body.lower)) return resolveHolder(a);
      }
      return null;
    }
    // "Any cut would depend on ..., the official said": the voice told with its side in the two
    // sentences before ("A U.S. official familiar with the meeting said ...")
    if (toks[q - 1]?.lower === 'the' && (q - 2 < first || toks[q - 2]!.kind === TokKind.Punct)) {
      const from = sentenceBefore(sentenceBefore(first));
      const noun = toks[q]!.lower;
      for (let k = first - 1; k > from; k--) {
        if (toks[k]!.lower !== noun) continue;
        const adj = ar.adjAt[k - 1];
        const mi = adj ? -1 : mentionAt(k - 1);
        const m = mi >= 0 ? ar.mentions[mi]! : null;
        const art = toks[(m ? m.a : k - 1) - 1]?.lower ?? '';
        if (!ARTICLES.has(art)) continue;
        if (adj) return sideActor(adj.id);
        if (m && (m.actor.kind === 'country' || m.actor.kind === 'bloc')) return m.actor;
      }
    }
    for (let j = q - 1; j >= first && q - j <= 3; j--) {
      const adj = ar.adjAt[j];
      if (adj) return sideActor(adj.id);
      const mi = mentionAt(j);
      if (mi >= 0) {
        const a = ar.mentions[mi]!.actor;
        // "senior LDP officials said": a party, lobby or legislature speaks through its officials
        if (a.kind === 'organization' && (a.own || !a.sideId)) return resolveHolder(a);
        // "a Trade and Industry Ministry spokesman said": a government body's voice is its side's
        if (a.kind === 'organization' && VOICE_BODY.has(toks[q]!.lower)) return resolveHolder(a);
        return a.kind === 'country' || a.kind === 'bloc' ? a : null;
      }
      const t = toks[j]!;
      if (t.kind === TokKind.Punct && !isPossessive(t)) break;
    }
    // "In New Delhi, officials at the commerce ministry said": a country's capital fronted
    // before the voice (its comma at most six words before it) is where the voice sits
    if (toks[first]?.lower === 'in') {
      const mi = mentionAt(first + 1);
      const m = mi >= 0 ? ar.mentions[mi]! : null;
      if (m && m.actor.kind === 'country' && toks[m.b]?.text === ',' && q - m.b <= 6) return m.actor;
    }
    return null;
  };

  /** "A spokesman for the U.S. embassy (in Canberra) said", "an official of the Japanese
   * delegation said": the country or bloc of the state body (a lower-case noun after its
   * demonym or name) an unnamed voice speaks for, with the body's noun at v; else null. */
  const voiceForStateBody = (v: number, first: number): ActorInfo | null => {
    const t = toks[v]!;
    if (t.cap || !STATE_BODY_NOUNS.has(t.lower)) return null;
    const adj = ar.adjAt[v - 1];
    const mi = adj ? -1 : mentionAt(v - 1);
    const m = mi >= 0 ? ar.mentions[mi]! : null;
    const side = adj
      ? sideActor(adj.id)
      : m && (m.actor.kind === 'country' || m.actor.kind === 'bloc')
        ? m.actor
        : null;
    if (!side) return null;
    const a = m ? m.a : v - 1;
    const f = toks[a - 1]?.lower === 'the' ? a - 2 : a - 1;
    if (f <= first || (toks[f]!.lower !== 'for' && toks[f]!.lower !== 'of' && toks[f]!.lower !== 'at'))
      return null;
    return UNNAMED_VOICES.has(toks[f - 1]!.lower) ? side : null;
  };

  /** True when the cue at k follows "hope(d)/expect(ed) (that) <party>" right after the cue prev. */
  const hopedOf = (prev: CueAt | undefined, k: number): boolean => {
    if (!prev || !EXPECT.has(prev.cue.phrase) || k - prev.b > 6 || k === prev.b) return false;
    for (let q = prev.b; q < k; q++)
      if (mentionAt(q) < 0 && toks[q]!.lower !== 'that' && toks[q]!.lower !== 'the') return false;
    return true;
  };
  /** The province (an actor of role "province") named last before token k, else null. */
  const provinceBefore = (k: number): ActorInfo | null => {
    // (from the last mention before k, not from the text's end)
    for (let i = mentionBefore(k); i >= 0; i--) {
      const m = ar.mentions[i]!;
      if (m.actor.role === 'province') return m.actor;
      // "Saskatchewan Premier Grant Devine told reporters the province ...": the province his
      // role names (the place inside a role is no mention of its own: "Ontario Energy Minister
      // Karen Ostrowski said the province ..." names no Ontario actor, so the lexicon's is made)
      if (m.actor.kind === 'person' && m.actor.role) {
        const role = m.actor.role.toLowerCase();
        for (const x of ar.actors)
          if (x.role === 'province' && role.startsWith(x.name.toLowerCase() + ' ')) return x;
        const p = provinceOfRole(role);
        if (p) return p;
      }
    }
    return null;
  };

  /** A party named at token b, past "that" and "the" ("Japan", "that the EU", "the Japanese side",
   * "them", "the leaders", "both sides"). */
  const partyNext = (b: number): boolean => {
    let at = toks[b]?.lower === 'that' ? b + 1 : b;
    if (toks[at]?.lower === 'the') at++;
    if (
      mentionAt(at) >= 0 ||
      PARTY_OBJECTS.has(toks[at]?.lower ?? '') ||
      PARTY_GROUPS.has(toks[at]?.lower ?? '')
    )
      return true;
    return (
      !!ar.adjAt[at] &&
      (PARTY_NOUNS.has(toks[at + 1]?.lower ?? '') ||
        GROUP_NOUNS.has(toks[at + 1]?.lower ?? '') ||
        // "would expect the Swiss to lower their barriers": a people named by its demonym
        (at > b && toks[at + 1]?.lower === 'to'))
    );
  };

  /** True when a deal acts right at b (`the deal will`, `that the agreement would`), or a relative
   * clause's verb follows (`which London hopes will lift`: the clause's subject is the deal). */
  const dealWill = (k: number, b: number): boolean => {
    if (DEAL_MODALS.has(toks[b]?.lower ?? '')) {
      // (the relative word a few words before the hoping party)
      for (let q = k - 1; q >= Math.max(0, k - 5); q--) if (RELATIVE.has(toks[q]!.lower)) return true;
      return false;
    }
    const e = dealNounEnd(toks, toks[b]?.lower === 'that' ? b + 1 : b);
    return e >= 0 && DEAL_MODALS.has(toks[e]?.lower ?? '');
  };

  /** True when, in the clause before the `and` at q, a party or pronoun is the subject of the same
   * modal (`Japan would try to ... and would`): the predicate after the `and` is that party's too. */
  const modalSubject = (q: number, modal: string): boolean => {
    for (let r = q - 1; r > Math.max(0, q - 15); r--) {
      const w = toks[r]!.lower;
      if (MODAL_STOP.has(w)) return false;
      if (w === modal) return mentionAt(r - 1) >= 0 || PRONOUNS.has(toks[r - 1]!.lower);
    }
    return false;
  };

  /** The end of "the U.S. measures", "Japan's decision", "the Moroccan steps" at b (a determiner, a
   * party or demonym, a measure noun), else -1. */
  const ownedMeasureEnd = (b: number): number => {
    let k = REF_DETERMINERS.has(toks[b]?.lower ?? '') ? b + 1 : b;
    const mi = mentionAt(k);
    if (mi >= 0) k = ar.mentions[mi]!.b;
    else if (ar.adjAt[k]) k++;
    else return -1;
    if (isPossessive(toks[k])) k++;
    return MEASURE_REFS.has(toks[k]?.lower ?? '') ? k + 1 : -1;
  };

  /** The holder of a view verb before token a ("Feiter, adviser to X, agreed the EC must ..."): the
   * mention before the verb, past one appositive. */
  const viewHolder = (first: number, a: number): ActorInfo | null => {
    let v = -1;
    for (let k = a - 1; k > first; k--)
      if (REPORTED_VIEW.has(toks[k]!.lower)) {
        v = k;
        break;
      }
    if (v < 0) return null;
    let k = v - 1;
    if (toks[k]?.text === ',') {
      const r = appositiveStart(toks, k, first);
      k = r >= 0 ? r - 1 : k - 1;
    }
    const mi = k >= first ? mentionAt(k) : -1;
    return mi >= 0 ? resolveHolder(ar.mentions[mi]!.actor) : null;
  };

  /** A lobby or firm named in the story whose name has the plural noun lw as a word ("millers":
   * "Rice Millers' Association"), else null. */
  // (remembered per word: a text of many bodies and as many "the farmers' union said" would scan
  // every actor at each)
  let lobbyNamed: Map<string, ActorInfo | null> | null = null;
  const lobbyNamedBy = (lw: string): ActorInfo | null => {
    const memo = (lobbyNamed ??= new Map());
    let found = memo.get(lw);
    if (found === undefined) memo.set(lw, (found = lobbyNamedScan(lw)));
    return found;
  };
  const lobbyNamedScan = (lw: string): ActorInfo | null => {
    for (const a of ar.actors) {
      if (a.kind !== 'organization' || (a.sideId && !a.own && !unnamedLobbyRole(a.name))) continue;
      const name = a.name.toLowerCase();
      const at = name.indexOf(lw);
      if (at < 0 || (at > 0 && name.charCodeAt(at - 1) !== 32)) continue;
      const end = name.charCodeAt(at + lw.length);
      if (Number.isNaN(end) || end === 32 || end === 39 || end === 0x2019) return a;
    }
    return null;
  };

  /** The last organisation named before token k that holds its own positions (a lobby, a
   * union, a council of firms), else null. */
  const lobbyBefore = (k: number, noun = ''): ActorInfo | null => {
    const last = mentionBefore(k);
    // "the council asked ...": the last body named with that noun, if any ("Tanners' Council of
    // America", not the "1974 Trade Act" named since)
    if (noun) {
      const at = lastLobbyWithNoun(last, noun);
      if (at >= 0) return resolveHolder(ar.mentions[at]!.actor);
      // ("the committee" of no committee named: a legislature's or a body's unnamed, no lobby; "the
      // conference" of none: a meeting)
      if (noun === 'committee' || noun === 'conference') return null;
    }
    const at = last >= 0 ? kindBefore('organization')[last]! : -1;
    if (at < 0) return null;
    const a = ar.mentions[at]!.actor;
    const h = resolveHolder(a);
    return h && h.id === a.id ? h : null;
  };

  /** The organisation (or bloc) last named before token k (within 200 mentions) with `noun` among
   * its name's words ("Board of Foreign Trade" for "board", "Gulf Cooperation Council" for
   * "council"), else null. */
  const bodyNamedWith = (k: number, noun: string, kind: ActorKind = 'organization'): ActorInfo | null => {
    const last = mentionBefore(k);
    for (let i = last; i >= 0 && last - i < 200; i--) {
      const a = ar.mentions[i]!.actor;
      if (namedWithWord(a, noun, kind)) return a;
    }
    return null;
  };

  /** "A Pertamina director, X, told Reuters the company ...", "a Hamersley spokesman said the
   * company ...": the firm whose name (its first word or an alias) stands right before a voice or
   * head title in tokens [first, k), as the holder it resolves to, else null (the name is read
   * into the title, so it is no mention of its own). */
  const firmOfVoiceIn = (first: number, k: number): ActorInfo | null => {
    for (let j = first; j + 1 < k; j++) {
      const t = toks[j]!;
      if (!t.cap || mentionAt(j) >= 0) continue;
      const title = toks[j + 1]!.lower;
      if (!VOICE_BODY.has(title) && !FIRM_HEAD_TITLES.has(title) && !FIRM_VOICE_TITLES.has(title)) continue;
      for (const a of ar.actors)
        if (
          a.kind === 'company' &&
          (a.name.split(' ')[0] === t.text || a.mentions.some((m) => m.text === t.text))
        )
          return resolveHolder(a);
    }
    return null;
  };
  /** The last firm named before token k, as the holder it resolves to, else null. */
  const firmBefore = (k: number): ActorInfo | null => {
    const last = mentionBefore(k);
    const at = last >= 0 ? kindBefore('company')[last]! : -1;
    return at >= 0 ? resolveHolder(ar.mentions[at]!.actor) : null;
  };

  /** The first token of the sentence before the one that starts at token `first` (0 for the first). */
  const sentenceBefore = (first: number): number => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.first < first) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? sentences[lo - 1]!.first : 0;
  };
  /** The index of the sentence holding token k, else -1 (by bisection, as sentenceBefore). */
  const sentenceIndexAt = (k: number): number => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.first <= k) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && k < sentences[lo - 1]!.last ? lo - 1 : -1;
  };
  /** The index of the last mention that starts before token k (mentions are sorted by start), else -1. */
  const mentionBefore = (k: number): number => {
    const ms = ar.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.a < k) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  /** Per actor kind, for each mention index i the last mention at or before i of that kind (-1:
   * none), built once on first use: "the last firm named before ..." is one lookup, not a scan. */
  let kindIndex: Map<string, Int32Array> | null = null;
  const kindBefore = (kind: ActorInfo['kind']): Int32Array => {
    kindIndex ??= new Map();
    let at = kindIndex.get(kind);
    if (!at) {
      at = new Int32Array(ar.mentions.length);
      let lastOf = -1;
      for (let i = 0; i < ar.mentions.length; i++) {
        if (ar.mentions[i]!.actor.kind === kind) lastOf = i;
        at[i] = lastOf;
      }
      kindIndex.set(kind, at);
    }
    return at;
  };
  /** A lobby or body holding its own positions whose name has the noun as a word ("council":
   * "Tanners' Council of America"). */
  const lobbyWithNoun = (a: ActorInfo, noun: string): boolean => {
    if (!orgNamedWith(a, noun)) return false;
    const h = resolveHolder(a);
    return !!h && h.id === a.id;
  };
  /** True when `a` is of `kind` with `noun` among its name's words (split once per actor). */
  const namedWithWord = (a: ActorInfo, noun: string, kind: ActorKind): boolean => {
    if (a.kind !== kind) return false;
    let names = nameWords.get(a);
    if (!names) nameWords.set(a, (names = new Set(a.name.toLowerCase().split(/[\s']+/))));
    return names.has(noun);
  };
  /** True when `a` is an organisation with `noun` among its name's words. */
  const orgNamedWith = (a: ActorInfo, noun: string): boolean => namedWithWord(a, noun, 'organization');
  const nameWords = new Map<ActorInfo, Set<string>>();
  /** Per noun, the mentions scanned so far (those before `upto`) and the last that matched (-1). */
  let nounScan: Map<string, { upto: number; found: number }> | null = null;
  /** The last mention at or before index `last` of a lobby named with the noun, else -1; asked
   * with growing indexes (sentences come in order), each mention is tested once per noun. */
  const lastLobbyWithNoun = (last: number, noun: string): number => {
    nounScan ??= new Map();
    let memo = nounScan.get(noun);
    if (!memo) nounScan.set(noun, (memo = { upto: 0, found: -1 }));
    if (last + 1 < memo.upto) {
      // (an earlier index than asked before: scan back plainly)
      for (let i = last; i >= 0; i--) if (lobbyWithNoun(ar.mentions[i]!.actor, noun)) return i;
      return -1;
    }
    for (let i = last; i >= memo.upto; i--)
      if (lobbyWithNoun(ar.mentions[i]!.actor, noun)) {
        memo.found = i;
        break;
      }
    memo.upto = last + 1;
    return memo.found;
  };

  /** "asked Japanese chip makers to cut output", "pressing producers to ...": the addressee is an
   * industry (its demonym's id, or '' with none), else null. */
  const industryObject = (b: number): string | null => {
    let k = b;
    if (DETERMINERS_TOK.has(toks[k])) k++;
    let adj = '';
    if (ar.adjAt[k]) adj = ar.adjAt[k++]!.id;
    for (let n = 0; n < 3; n++, k++) {
      const t = toks[k];
      if (!t || t.kind !== TokKind.Word || mentionAt(k) >= 0) return null;
      if (INDUSTRY_NOUNS.has(t.lower)) {
        const nx = toks[k + 1]?.lower;
        return nx === 'to' || nx === 'not' ? adj : null;
      }
      if (t.cap) return null;
    }
    return null;
  };

  /** "hoped Canada could soon drop ...", "I hope we can end these quotas soon": the
   * holder's own party (or "we") as the subject of a modal and a step of its own after a hope. */
  const ownHopedStep = (b: number, end: number, holder: ActorInfo): boolean => {
    for (let k = b; k < Math.min(end, b + 8); k++) {
      const t = toks[k]!;
      const mi = mentionAt(k);
      let own = false;
      let after = k + 1;
      if (mi >= 0) {
        const side = resolveSide(ar.mentions[mi]!.actor);
        own = !!side && (side.id === holder.id || side.id === holder.sideId);
        after = ar.mentions[mi]!.b;
      } else if (t.lower === 'we') own = true;
      else if (t.kind === TokKind.Punct || t.lower === 'that' || t.lower === 'the' || !t.cap) continue;
      if (!own) return false;
      return (
        CONDITIONAL_MODALS.has(toks[after]?.lower ?? '') && HOPED_STEPS.has(toks[after + 1]?.lower ?? '')
      );
    }
    return false;
  };

  /** "Japan would offer to cut ...", "it offers to buy ...": "offer" at k as a verb with an
   * infinitive, after a modal, a pronoun or a party, or after a modal with any object (not the
   * noun "its offer"). */
  const offerVerb = (k: number, b: number): boolean => {
    const w = toks[k]!.lower;
    if (w !== 'offer' && w !== 'offers') return false;
    const p = toks[k - 1]?.lower ?? '';
    // ("India will offer preferential access on over 90 percent of its tariff lines": a bare
    // "offer" after a modal is the verb, whatever its object)
    if (w === 'offer' && CONDITIONAL_MODALS.has(p)) return true;
    if (toks[b]?.lower !== 'to') return false;
    return CONDITIONAL_MODALS.has(p) || PRONOUNS.has(p) || p === 'also' || mentionAt(k - 1) >= 0;
  };

  /** The mention index of the agent in "from/by (the) <party>" at b, else -1. */
  const agentAfter = (b: number): number => {
    const w = toks[b]?.lower;
    if (w !== 'from' && w !== 'by') return -1;
    const at = toks[b + 1]?.lower === 'the' ? b + 2 : b + 1;
    return mentionAt(at);
  };

  /** True when a party (mention or demonym) is named in tokens [a, b). */
  const partyBetween = (a: number, b: number): boolean => {
    for (let k = Math.max(0, a); k < b; k++) if (mentionAt(k) >= 0 || ar.adjAt[k]) return true;
    return false;
  };

  /** "if Paris withdrew ...", "until Beijing took ...": a named party, then a past-tense verb. */
  const partyActs = (b: number): boolean => {
    const mi = mentionAt(b);
    if (mi < 0) return false;
    const v = toks[ar.mentions[mi]!.b];
    return (
      !!v && v.kind === TokKind.Word && !v.cap && (v.lower.endsWith('ed') || IRREGULAR_PAST.has(v.lower))
    );
  };

  /** True when the words from b up to o name a directive's addressee ending right before o (a
   * party, a government, a body or a group: "the department", "Japan"), at most four words. */
  const addresseeBefore = (o: number, b: number): boolean =>
    o - b <= 4 &&
    (mentionAt(o - 1) >= 0 ||
      GOV_OBJECTS.has(toks[o - 1]!.lower) ||
      // ("urged the department to keep the ban in force")
      GOV_BODIES.has(toks[o - 1]!.lower) ||
      PARTY_GROUPS.has(toks[o - 1]!.lower));

  /** "urged London to ...", "pressed the Commission to ...": a named party, then "to". */
  const directiveObject = (b: number): boolean => {
    let at = toks[b]?.lower === 'the' ? b + 1 : b;
    // "called on French members of the European Parliament to ...": a body's members are the body
    if (ar.adjAt[at] && MEMBER_NOUNS.has(toks[at + 1]?.lower ?? '')) at++;
    if (MEMBER_NOUNS.has(toks[at]?.lower ?? '') && toks[at + 1]?.lower === 'of')
      at = toks[at + 2]?.lower === 'the' ? at + 3 : at + 2;
    // "called on Prime Minister Mark Carney to ...": past a title before a person's name
    for (let q = at; q < at + 3 && mentionAt(q) < 0 && toks[q]?.kind === TokKind.Word && toks[q]!.cap; q++)
      if (mentionAt(q + 1) >= 0 && ar.mentions[mentionAt(q + 1)]!.actor.kind === 'person') {
        at = q + 1;
        break;
      }
    const mi = mentionAt(at);
    // ("urged Japan on Monday to ...": past a day between them; "called on MERCOSUR members to
    // ...": past the members of a bloc)
    if (mi >= 0) {
      let e = ar.mentions[mi]!.b;
      if (MEMBER_NOUNS.has(toks[e]?.lower ?? '') || toks[e]?.lower === 'governments') e++;
      return toks[pastAside(toks, e)]?.lower === 'to';
    }
    // "urged the European side to ...": a demonym and a government noun
    return (
      !!ar.adjAt[at] &&
      PARTY_NOUNS.has(toks[at + 1]?.lower ?? '') &&
      toks[pastAside(toks, at + 2)]?.lower === 'to'
    );
  };

  /** "(that) (the) Britain(, as a new member,) will ...", "the European side would ...": a named
   * party at b, then a modal of the future. */
  const partyWill = (b: number): boolean => {
    let at = toks[b]?.lower === 'that' ? b + 1 : b;
    if (toks[at]?.lower === 'the') at++;
    const mi = mentionAt(at);
    if (mi >= 0) at = ar.mentions[mi]!.b;
    else if (ar.adjAt[at] && PARTY_NOUNS.has(toks[at + 1]?.lower ?? '')) at += 2;
    else return false;
    // an apposition: ", as a new member,"
    if (toks[at]?.text === ',') {
      let r = at + 1;
      while (r < at + 8 && toks[r] && toks[r]!.text !== ',' && toks[r]!.text !== '.') r++;
      if (toks[r]?.text !== ',') return false;
      at = r + 1;
    }
    const w = toks[at]?.lower ?? '';
    return w === 'will' || w === 'would';
  };

  /** "that Japan pay ...", "that the Community lift ...": "that", a named party, then a bare verb
   * (subjunctiveVerb). */
  const partySubjunctive = (b: number): boolean => {
    if (toks[b]?.lower !== 'that') return false;
    let at = b + 1;
    if (toks[at]?.lower === 'the') at++;
    const mi = mentionAt(at);
    return mi >= 0 && subjunctiveVerb(toks[ar.mentions[mi]!.b]);
  };

  /** "insisted that any agreement cover the bloc as a whole": a deal at b (past "that"), then a
   * verb in the subjunctive, which says what the deal must do. */
  const dealSubjunctive = (b: number): boolean => {
    if (toks[b]?.lower !== 'that') return false;
    const e = dealNounEnd(toks, b + 1);
    return e >= 0 && subjunctiveVerb(toks[e]);
  };

  /** "the government/administration/Congress to ...", "the department/ministry to ...": a
   * directive's addressee at b is a government named by its common noun (or its legislature). */
  const ownGovernmentAddressed = (b: number): boolean => {
    if (governmentObject(b)) return true;
    let at = b;
    if (toks[at]?.lower === 'the' || toks[at]?.lower === 'both') at++;
    const w = toks[at]?.lower ?? '';
    return (
      (GOV_BODIES.has(w) || LEGISLATURES.has(w) || PROVINCES.has(w)) &&
      toks[pastAside(toks, at + 1)]?.lower === 'to'
    );
  };

  /** True when the party or demonym right before token k follows a market word ("in U.S. demand",
   * "weak Japanese demand"). */
  const marketBeforeParty = (k: number): boolean => {
    // (no read at index -1: ar.adjAt is holey, and one would make its reads megamorphic)
    if (k < 2) return false;
    const mi = mentionAt(k - 1);
    const a = mi >= 0 ? ar.mentions[mi]!.a : ar.adjAt[k - 1] ? k - 1 : -1;
    return a > 0 && MARKET_DEMAND_TOK.has(toks[a - 1]) && toks[a - 1]!.lower !== 'and';
  };

  /** True when the mention at k is followed by a lower-case finite-looking verb ("Washington
   * eyes", "Beijing took"), i.e. it opens a clause of its own. */
  const partyVerbAfter = (k: number): boolean => {
    const v = toks[ar.mentions[mentionAt(k)]!.b];
    return (
      !!v &&
      v.kind === TokKind.Word &&
      !v.cap &&
      (v.lower.endsWith('s') || v.lower.endsWith('ed') || AUX.has(v.lower) || CONDITIONAL_MODALS.has(v.lower))
    );
  };

  /** "urged the government to ...", "called on parliament to ...", "asked both governments to
   * ...", "urged ministers not to ...": an unnamed government addressee, then "to". */
  const governmentObject = (b: number): boolean => {
    let at = b;
    const w = toks[at]?.lower;
    if (w === 'the' || w === 'both' || w === 'its' || w === 'their') at++;
    // ("urged fellow leaders to sign without further delay")
    if (toks[at]?.lower === 'two' || toks[at]?.lower === 'federal' || toks[at]?.lower === 'fellow') at++;
    if (!GOV_OBJECTS.has(toks[at]?.lower ?? '') || mentionAt(at) >= 0) return false;
    const to = pastAside(toks, at + 1); // ("urged the government on Monday to ...")
    const nx = toks[to]?.lower;
    return nx === 'to' || (nx === 'not' && toks[to + 1]?.lower === 'to');
  };

  /** The two most-mentioned countries/blocs: the parties "the two sides" stands for. */
  let parties: [ActorInfo, ActorInfo] | null | undefined;
  /** The first country or bloc of the story when it is named in the headline or the lede. */
  let home: ActorInfo | null | undefined;
  const homeState = (): ActorInfo | null => {
    if (home !== undefined) return home;
    home = null;
    const lede = sentences[Math.min(1, sentences.length - 1)]!;
    let best: ActorInfo | null = null;
    for (const a of ar.actors) {
      if (a.kind !== 'country' && a.kind !== 'bloc') continue;
      const start = a.mentions[0]?.start ?? Infinity;
      if (start < lede.end && (!best || start < best.mentions[0]!.start)) best = a;
    }
    home = best;
    return home;
  };

  /** The state named nearest a body's first mention: in its sentence (a country or a demonym,
   * after it or before), else the last one named in the sentence before ("South Korean officials
   * said ... But it refused ..., a Communications Ministry official said"), else null. */
  const stateNear = (body: ActorInfo, sameSentence = false): ActorInfo | null => {
    // (the first mention by index and its sentence by bisection: a scan of each per body made a
    // text of many officials quadratic)
    const fi = firstMentionOf(body);
    if (fi < 0) return null;
    const m = ar.mentions[fi]!;
    const si = sentenceIndexAt(m.a);
    if (si < 0) return null;
    const stateAt = (k: number): ActorInfo | null => {
      const mi = mentionAt(k);
      if (mi >= 0) {
        const x = ar.mentions[mi]!.actor;
        return x.kind === 'country' ? x : null;
      }
      return ar.adjAt[k] ? sideActor(ar.adjAt[k]!.id) : null;
    };
    const S = sentences[si]!;
    for (let d = 1; d < S.last - S.first; d++) {
      const after = m.b - 1 + d;
      if (after < S.last) {
        const x = stateAt(after);
        if (x) return x;
      }
      const before = m.a - d;
      if (before >= S.first) {
        const x = stateAt(before);
        if (x) return x;
      }
    }
    if (si === 0 || sameSentence) return null;
    const P = sentences[si - 1]!;
    for (let k = P.last - 1; k >= P.first; k--) {
      const x = stateAt(k);
      if (x) return x;
    }
    return null;
  };

  const mainParties = (): [ActorInfo, ActorInfo] | null => {
    if (parties !== undefined) return parties;
    const states = ar.actors
      .filter((a) => a.kind === 'country' || a.kind === 'bloc')
      .sort((x, y) => y.mentions.length - x.mentions.length);
    const [a, b, c] = states;
    parties = a && b && (!c || c.mentions.length < b.mentions.length) ? [a, b] : null;
    return parties;
  };

  /** The other party of a coordinated subject ending at the mention at token a ("Canada and
   * Mexico agreed", "Britain and the European Union agreed"), or null. */
  const coordinatedParty = (a: number, first: number, h: ActorInfo): ActorInfo | null => {
    let q = a - 1;
    if (toks[q]?.lower === 'the') q--;
    // "Peter Szijjarto and his Slovak counterpart, Juraj Blanar, asked", "X and Slovak Foreign
    // Minister Juraj Blanar asked": past the second party's title
    if (toks[q]?.lower !== 'and') q = andBeforeTitle(toks, q, first);
    if (toks[q]?.lower !== 'and' || q - 1 < first) return null;
    // "Hyster Co, the largest U.S. maker of forklift trucks, and the machinists' union asked": past
    // the first party's appositive
    let e = q - 1;
    if (toks[e]?.text === ',') {
      const r = appositiveStart(toks, e, first);
      if (r < 0) return null;
      e = r - 1;
    }
    const mi = mentionAt(e);
    if (mi < 0) return null;
    const mm = ar.mentions[mi]!;
    if (isObjectAt(toks, mm.a, first) && !ledBy(toks, mm.a)) return null;
    const other = resolveHolder(mm.actor);
    if (!other || other.id === h.id) return null;
    if (other.kind === 'country' || other.kind === 'bloc') return other;
    // "the National Pork Producers Council and the American Meat Institute asked ...": two lobbies
    // (or a firm and a union, each holding its own position)
    const own = (x: ActorInfo): boolean => x.kind === 'organization' || x.kind === 'company';
    return own(other) && own(h) ? other : null;
  };

  /** The parties of a coordinated subject ending at the mention at token a, nearest first:
   * "Brazil, Argentina and Uruguay", "the U.S. Chamber of Commerce and the National Farmers
   * Union" (any kind that holds positions); at most six. */
  const coordinatedList = (a: number, first: number, h: ActorInfo): ActorInfo[] => {
    const out: ActorInfo[] = [];
    let q = a - 1;
    if (toks[q]?.lower === 'the') q--;
    if (toks[q]?.lower !== 'and') return out;
    q--;
    for (let n = 0; n < 6 && q >= first; n++) {
      const mi = mentionAt(q);
      if (mi < 0) break;
      const mm = ar.mentions[mi]!;
      // ("producers led by Malaysia, Indonesia and Thailand want": the agents of "led by")
      if (isObjectAt(toks, mm.a, first) && !ledBy(toks, mm.a)) break;
      const other = resolveHolder(mm.actor);
      if (!other || other.id === h.id) break;
      if (!out.some((x) => x.id === other.id)) out.push(other);
      q = mm.a - 1;
      if (toks[q]?.lower === 'the') q--;
      if (toks[q]?.text !== ',') break;
      q--;
      if (toks[q]?.lower === 'the') q--;
    }
    return out;
  };

  /** The parties of ", along with A, B and C" after token `from` (the list closing its clause: at
   * the sentence's end or a comma), other than h; none when any is a possessor ("along with
   * Britain's levy") or no party that holds positions. */
  const alongWithList = (from: number, last: number, h: ActorInfo): ActorInfo[] => {
    for (let k = Math.max(from, 1); k < last - 2; k++) {
      if (toks[k]!.lower !== 'along' || toks[k + 1]!.lower !== 'with' || toks[k - 1]!.text !== ',') continue;
      const at = toks[k + 2]!.lower === 'the' ? k + 3 : k + 2;
      const mi = mentionAt(at);
      if (mi < 0) return [];
      const mm = ar.mentions[mi]!;
      if (isPossessive(toks[mm.b])) return [];
      const first = resolveHolder(mm.actor);
      if (!first) return [];
      const out = first.id === h.id ? [] : [first];
      const more = agentList(mm.b, last, h);
      let end = mm.b;
      for (const x of more) {
        if (!out.some((o) => o.id === x.id)) out.push(x);
      }
      // the list's end: past the listed mentions
      for (let q = end; q < last;) {
        const mj = mentionAt(q);
        if (mj >= 0) q = end = ar.mentions[mj]!.b;
        else if (toks[q]!.lower === ',' || toks[q]!.lower === 'and' || toks[q]!.lower === 'the') q++;
        else break;
      }
      if (end < last && (toks[end]!.kind !== TokKind.Punct || isPossessive(toks[end]))) return [];
      return out;
    }
    return [];
  };

  /** The parties listed after the first agent of a passive, which ends at b ("by Britain,
   * Portugal and France"): each after a comma or "and", up to the list's end. */
  const agentList = (b: number, last: number, h: ActorInfo): ActorInfo[] => {
    const out: ActorInfo[] = [];
    let q = b;
    for (let n = 0; n < 6 && q < last; n++) {
      const sep = toks[q]!.lower;
      if (sep !== ',' && sep !== 'and') break;
      let at = q + 1;
      if (sep === ',' && toks[at]?.lower === 'and') at++;
      if (toks[at]?.lower === 'the') at++;
      const mi = mentionAt(at);
      if (mi < 0) break;
      const other = resolveHolder(ar.mentions[mi]!.actor);
      if (!other) break;
      if (other.id !== h.id && !out.some((x) => x.id === other.id)) out.push(other);
      q = ar.mentions[mi]!.b;
      if (sep === 'and' || toks[at - 1]?.lower === 'and') break;
    }
    return out;
  };

  /** Up to n actors of a kind named last before token k (last first, each once), as `pick` maps
   * them (null: skipped), through the per-kind index. */
  const namedBefore = (
    kind: ActorInfo['kind'],
    k: number,
    n: number,
    pick: (a: ActorInfo) => ActorInfo | null,
  ): ActorInfo[] => {
    const out: ActorInfo[] = [];
    const of = kindBefore(kind);
    const before = mentionBefore(k);
    for (let i = before >= 0 ? of[before]! : -1; i >= 0 && out.length < n; i = i > 0 ? of[i - 1]! : -1) {
      const x = pick(ar.mentions[i]!.actor);
      if (x && !out.includes(x)) out.push(x);
    }
    return out;
  };

  /** "Lawyers for the two firms said", "Counsel for Acme Corp said": the clients of an unnamed
   * counsel that opens a sentence with a speech verb: the party named after "for", or for "the
   * (two) firms/companies" the last firms named before (as many as the number says, else one). */
  const clientsIn = (S: Sentence): ActorInfo[] => {
    if ((S.w & W_SPEECH) === 0) return [];
    if (!CLIENT_VOICES.has(toks[S.first]!.lower) || toks[S.first + 1]?.lower !== 'for')
      return bodiesSpeakIn(S);
    let at = S.first + 2;
    if (toks[at]?.lower === 'the') at++;
    const mi = mentionAt(at);
    let end = at;
    const out: ActorInfo[] = [];
    if (mi >= 0) {
      const h = resolveHolder(ar.mentions[mi]!.actor);
      if (h) out.push(h);
      end = ar.mentions[mi]!.b;
    } else {
      const n = NUMBER_WORDS.get(toks[at]!.lower);
      if (n) at++;
      if (!FIRM_NOUNS.has(toks[at]?.lower ?? '')) return [];
      end = at + 1;
      // (the firms named before the sentence, last first)
      out.push(...namedBefore('company', S.first, n ?? 1, (a) => a));
    }
    // the speech verb right after the clients
    return (toks[end]!.w & W_SPEECH) !== 0 ? out : [];
  };

  /** "..., the two organizations said", "the three groups told reporters": the bodies (or firms)
   * named last before, as many as the number says, speak together. */
  const bodiesSpeakIn = (S: Sentence): ActorInfo[] => {
    // (the words that are no speech verb, most, stepped over in a loop of their own with the
    // tokens and the bit in locals, as in speakerIn: it runs over most sentences of a wire story)
    const tk = toks;
    const speechBit = W_SPEECH;
    const last = S.last;
    for (let k = S.first + 3; k < last; k++) {
      while ((tk[k]!.w & speechBit) === 0) if (++k === last) return [];
      if (toks[k - 3]!.lower !== 'the') continue;
      const n = NUMBER_WORDS.get(toks[k - 2]!.lower);
      const noun = toks[k - 1]!.lower;
      const kind = BODY_PLURALS.has(noun) ? 'organization' : FIRM_NOUNS.has(noun) ? 'company' : null;
      if (!n || !kind) continue;
      // (bodies that hold their own positions)
      const out = namedBefore(kind, k - 3, n, (a) => {
        const h = resolveHolder(a);
        return h && h.id === a.id ? h : null;
      });
      return out.length === n ? out : [];
    }
    return [];
  };

  /** True when an unnamed single voice speaks in S ("a Trade Ministry spokesman said"). */
  const singleVoiceIn = (S: Sentence): boolean => {
    for (let k = S.first + 1; k < S.last; k++) {
      if ((toks[k]!.w & W_SPEECH) === 0) continue;
      if (VOICE_BODY.has(toks[k - 1]!.lower) && mentionAt(k - 1) < 0) return true;
      // ("a Commission spokesman in Brussels said")
      const v = voicePastPlace(toks, k - 1, S.first);
      if (v < k - 1 && VOICE_BODY.has(toks[v]!.lower) && mentionAt(v) < 0) return true;
      // "An official of India's Commerce Ministry said", "a spokesman for the Commission in
      // Brussels said": the voice before the body it speaks for
      // ("a spokesman for the Ministry of International Trade and Industry (MITI) said": past the
      // body's acronym in brackets)
      const acronym = toks[v]!.text === ')' && toks[v - 2]?.text === '(' && mentionAt(v - 1) >= 0;
      const from = acronym ? v - 3 : v;
      let q = from;
      while (
        q > S.first &&
        from - q <= 6 &&
        (mentionAt(q) >= 0 || isPossessive(toks[q]) || toks[q]!.lower === 'the')
      )
        q--;
      if (
        q < from &&
        q > S.first &&
        (toks[q]!.lower === 'of' || toks[q]!.lower === 'for') &&
        VOICE_BODY.has(toks[q - 1]!.lower)
      )
        return true;
    }
    return false;
  };

  /** The subject of the first verb of a sentence opening at `first`, when that verb (a past
   * form, before `end`) follows a plain subject: a party named or an unnamed voice of one ("U.S.
   * officials welcomed ..."), no punctuation between; else null. */
  const sharedSubjectSpeaker = (first: number, end: number): ActorInfo | null => {
    for (let j = first + 1; j < end && j - first <= 6; j++) {
      const t = toks[j]!;
      if (t.kind === TokKind.Punct) return null;
      if (mentionAt(j) >= 0 || !pastForm(t)) continue;
      const m = mentionAt(j - 1);
      if (m >= 0 && ar.mentions[m]!.a === first) return ar.mentions[m]!.actor;
      if (UNNAMED_VOICES.has(toks[j - 1]!.lower)) return voiceParty(j - 1, first);
      return null;
    }
    return null;
  };

  /** The speaker of a sentence: "..., X said" / "said X" / "X said ..." / "he said" (the last
   * person) / "Chinese officials said". */
  const speakerIn = (S: Sentence, person: ActorInfo | null): ActorInfo | null => {
    // "According to Japan's trade ministry, China must ...": the source the sentence opens with
    if (toks[S.first]!.lower === 'according' && toks[S.first + 1]?.lower === 'to') {
      const at = toks[S.first + 2]?.lower === 'the' ? S.first + 3 : S.first + 2;
      const mi = mentionAt(at);
      if (mi >= 0 && ar.mentions[mi]!.actor.kind !== 'media') return ar.mentions[mi]!.actor;
    }
    if ((S.w & W_SPEECH) === 0) return null; // no speech verb in the sentence
    const last = S.last;
    // (the tokens and the bit in locals for the inner loop below: a closure's or module's
    // variable is a context load and a check at each step)
    const tk = toks;
    const speechBit = W_SPEECH;
    for (let k = S.first; k < last; k++) {
      // (the words that are no speech verb, most, stepped over in a loop of their own: the loop's
      // head, where the compiler keeps the function's state, costs several times as much a token)
      while ((tk[k]!.w & speechBit) === 0) if (++k === last) return null;
      // "U.S. officials welcomed the cuts but said Korea must ...": a speech verb joined by "but"
      // or "and" to the first verb of the sentence shares that verb's subject
      // (the position test first: a sentence may open with its speech verb, at the text's start)
      if (k - 1 > S.first + 1 && (toks[k - 1]!.lower === 'but' || toks[k - 1]!.lower === 'and')) {
        const h = sharedSubjectSpeaker(S.first, k - 1);
        if (h) return h;
      }
      let before = k - 1 >= S.first ? mentionAt(k - 1) : -1;
      // "Jane Doe, a member of the trade committee, (has) said": the name before the appositive
      let comma = k - 1;
      while (comma > S.first && k - comma <= 2 && modalWord(toks[comma]!, AUX)) comma--;
      if (before < 0 && toks[comma]?.text === ',') {
        for (let r = comma - 1; r > S.first && comma + 1 - r < 20; r--) {
          if (toks[r]!.text !== ',') continue;
          let mr = mentionAt(r - 1);
          // "Senator Pete Wilson of California, who chaired the hearing, said": past "of <Place>"
          if (mr < 0) {
            let q = r - 1;
            while (q > S.first && r - q <= 3 && toks[q]!.cap && toks[q]!.kind === TokKind.Word) q--;
            if (q < r - 1 && toks[q]!.lower === 'of') {
              const mp = mentionAt(q - 1);
              if (mp >= 0 && ar.mentions[mp]!.actor.kind === 'person') mr = mp;
            }
          }
          // a person anywhere; another party when it opens the sentence ("China, the world's
          // largest steel producer, said ...")
          const mm = mr >= 0 ? ar.mentions[mr]! : null;
          if (mm && (mm.actor.kind === 'person' || (mm.a === S.first && mm.actor.kind !== 'media')))
            before = mr;
          break;
        }
      }
      if (before >= 0) return ar.mentions[before]!.actor;
      // "The White House said China must ...": a seat of government opening the sentence speaks for
      // its country (not a trailing "..., the White House said", whose sentence may open with a
      // pronoun of another party: "It will also buy ..., the White House said")
      const seat = ar.seatAt.size > 0 ? ar.seatAt.get(k - 1) : undefined;
      if (seat !== undefined && seat.a <= S.first + 1) {
        const h = sideActor(seat.id);
        if (h) return h;
      }
      const pl = toks[k - 1]?.lower;
      if (k - 1 >= S.first && (pl === 'he' || pl === 'she') && person) return person;
      // "Chinese officials (have) said", "the Japanese trade ministry said": the demonym's country
      // (before the party after the verb: in "U.S. officials said Japan should ..." Japan is the
      // complement's subject)
      let q = k - 1;
      while (q > S.first && modalWord(toks[q]!, AUX) && k - q <= 3) q--;
      // "The United States has told Japan that ...", "Japan had said ...": the party before the
      // auxiliaries
      if (q < k - 1 && q >= S.first) {
        const mq = mentionAt(q);
        if (mq >= 0) return ar.mentions[mq]!.actor;
      }
      // ("A Commission spokesman in Brussels said": past where the voice spoke)
      const v = q >= S.first ? voicePastPlace(toks, q, S.first) : q;
      if (v >= S.first && UNNAMED_VOICES.has(toks[v]!.lower)) {
        const named = voiceParty(v, S.first);
        if (named) return named;
      }
      // ("A spokesman for the U.S. embassy in Canberra said": the state of the body the voice is for)
      if (v > S.first + 2) {
        const st = voiceForStateBody(v, S.first);
        if (st) return st;
      }
      // ("A spokesman for the Commission in Brussels said": the body the voice is for)
      if (v < q && v > S.first) {
        const mv = mentionAt(v);
        if (mv >= 0) {
          const m = ar.mentions[mv]!;
          const f = toks[m.a - 1]?.lower === 'the' ? m.a - 2 : m.a - 1;
          if (toks[f]?.lower === 'for' && UNNAMED_VOICES.has(toks[f - 1]?.lower ?? '')) return m.actor;
        }
      }
      // "The machinists' union said ...", "the farm lobby said ...": a lobby's noun stands for the
      // lobby named with its members' word, else the last lobby named with that noun
      if (q > S.first && LOBBY_SUBJECTS.has(toks[q]!.lower) && !toks[q]!.cap) {
        let d = q - 1;
        let members: string | null = null;
        const ap = toks[d]!.text;
        // ("the machinists' union", "the cattlemen's association")
        if ((ap === "'" || ap === '\u2019' || isPossessive(toks[d])) && !toks[d]!.space && d - 1 > S.first) {
          members = toks[d - 1]!.lower;
          d -= 2;
        }
        if (toks[d]?.lower === 'the') {
          const org = (members !== null ? lobbyNamedBy(members) : null) ?? lobbyBefore(q, toks[q]!.lower);
          if (org) return org;
        }
      }
      // "The board urged the government to take the case to GATT" (the New Zealand Dairy Board
      // named before): a body's or a bloc's head noun after "the" is the last body named with it,
      // as for the subject of a first cue
      // (not a speech verb: "The bureau said ... could widen unless ..." is a report)
      if (q > S.first && toks[q - 1]!.lower === 'the' && !toks[q]!.cap && !SAID_VERBS.has(toks[k]!.lower)) {
        const lw = toks[q]!.lower;
        const gov = GOV_BODY_SUBJECTS.has(lw);
        if (gov || BLOC_HEAD_SUBJECTS.has(lw)) {
          const named = bodyNamedWith(q, lw, gov ? 'organization' : 'bloc');
          const h = named && gov ? resolveHolder(named) : named;
          if (h) return h;
        }
      }
      // ("It urged Japan to ...": after a pronoun subject the party after the verb is addressed)
      if (q >= S.first && PRONOUNS.has(toks[q]!.lower)) continue;
      // "..., said Japan's trade minister": the speaker after the verb (not after "told": the
      // party told)
      const after = k + 1 < S.last && !TELL_VERBS.has(toks[k]!.lower) ? mentionAt(k + 1) : -1;
      if (after >= 0) return ar.mentions[after]!.actor;
      // "..., said Chinese commerce ministry spokeswoman He Yongqian": a person after the role
      // words that open the speaker's name (lower-case or capitalised words, no punctuation)
      if (!TELL_VERBS.has(toks[k]!.lower) && toks[k - 1]?.kind === TokKind.Punct) {
        for (let r = k + 1; r < Math.min(S.last, k + 8); r++) {
          if (toks[r]!.kind !== TokKind.Word) break;
          const mr = mentionAt(r);
          if (mr < 0) continue;
          const actor = ar.mentions[mr]!.actor;
          if (actor.kind === 'person') return actor;
          // (a demonym or a country's name inside the role, "said Chinese ...": go on to the name)
          if (actor.kind !== 'country' && actor.kind !== 'bloc') break;
        }
      }
    }
    return null;
  };

  /**
   * The issue named most often (strong words, at least twice) before token `end`: what "the
   * measures" of a later sentence refer to. Counted incrementally (sentences come in order), so
   * the whole text is scanned at most once however many references there are.
   */
  const issueCounts = new Map<Issue, number>();
  let issuesScanned = 0;
  const mainIssueBefore = (end: number, min = 2): Issue | null => {
    countIssuesBefore(end);
    let best: Issue | null = null;
    let n = min - 1;
    for (const [issue, c] of issueCounts)
      if (c > n) {
        best = issue;
        n = c;
      }
    return best;
  };
  /** Counts the strong issue words before token `end` not counted yet (into issueCounts). */
  const countIssuesBefore = (end: number): void => {
    let k = issuesScanned;
    while (k < end) {
      // (the tokens with no issue bit, most, stepped over in a loop of their own, as in speakerIn)
      if ((toks[k]!.w & W_ISSUE) === 0) {
        const tk = toks; // (locals in the inner loop, as in speakerIn)
        const issueBit = W_ISSUE;
        do k++;
        while (k < end && (tk[k]!.w & issueBit) === 0);
        continue;
      }
      const m = ar.mentionAt[k]! < 0 ? issueAt(lex.issueFirst, toks, k, end) : null;
      if (m) {
        const i = m.value.issue;
        if (m.value.strong && i !== 'balance') issueCounts.set(i, (issueCounts.get(i) ?? 0) + 1);
        k = m.b;
      } else k++;
    }
    issuesScanned = Math.max(issuesScanned, k);
  };

  /** 'export_controls' when the story has named export controls before token `end` (what its
   * bare "restrictions" and "curbs" then are), else null. */
  const controlsTopic = (end: number): Issue | null => {
    countIssuesBefore(end); // (each issue word is counted once)
    return (issueCounts.get('export_controls') ?? 0) > 0 ? 'export_controls' : null;
  };

  /** The matter of the ban the headline (the first line) names: export controls for an export
   * ban or embargo ("India's rice export ban ...", "Petro's coal embargo on Israel ..."), market
   * access for another ban ("a ban on Serbian goods empties shelves"), else null. Asked once. */
  let headlineBan: Issue | null | undefined;
  /** Whether the text names a digital services tax, found on first use. */
  let digitalTax: boolean | undefined;
  const banStory = (): Issue | null => {
    if (headlineBan === undefined) {
      let e = 1;
      while (e < toks.length && toks[e]!.nl === 0) e++;
      headlineBan = collectIssues(lex.issueFirst, toks, 0, e, ar.mentionAt).has('export_controls')
        ? 'export_controls'
        : null;
      for (let k = 0; k < e && headlineBan === null; k++)
        if (BAN_WORDS.has(toks[k]!.lower) || HEADLINE_CURBS.has(toks[k]!.lower))
          headlineBan = 'market_access';
    }
    return headlineBan;
  };
  /** Whether the text names a party's ban on its own exports ("export ban", "ban on exports of
   * nickel ore"), found on first use. */
  let exportBan: boolean | undefined;
  const exportBanStory = (): boolean => {
    if (exportBan === undefined) {
      exportBan = false;
      for (let k = 0; k < toks.length - 1 && !exportBan; k++) {
        const w = toks[k]!.lower;
        // (every word tested below starts with 'b' or 'e': one char read instead of a set look-up
        // for each of the text's tokens)
        const c0 = w.charCodeAt(0);
        if (c0 !== 98 && c0 !== 101) continue;
        if (w === 'export' && BAN_WORDS.has(toks[k + 1]!.lower)) exportBan = true;
        else if ((w === 'ban' || w === 'bans') && toks[k + 1]!.lower === 'on')
          for (let q = k + 2; q < toks.length && q - k <= 6; q++)
            if (toks[q]!.lower === 'exports') exportBan = true;
        // ("banned all onion exports", "banning exports of rice": the verb and its object)
        if (BAN_VERB_FORMS.has(w))
          for (let q = k + 1; q < toks.length && q - k <= 4 && toks[q]!.kind !== TokKind.Punct; q++)
            if (toks[q]!.lower === 'exports') exportBan = true;
      }
    }
    return exportBan;
  };
  /** True at a mention of a firm under export controls (Huawei, ZTE, SMIC). */
  const controlledAt = (k: number): boolean => {
    const mi = ar.mentionAt[k]!;
    return mi >= 0 && EXPORT_CONTROLLED.has(ar.mentions[mi]!.actor.id);
  };

  /** The party named by a mention or demonym at token k (its country for a demonym), or null. */
  const partyAt = (k: number): ActorInfo | null => {
    const mi = mentionAt(k);
    if (mi >= 0) {
      const side = resolveSide(ar.mentions[mi]!.actor);
      return side && (side.kind === 'country' || side.kind === 'bloc') ? side : null;
    }
    const adj = ar.adjAt[k];
    return adj != null ? sideActor(adj.id) : null;
  };
  /** For the measure word at k, "<goods of A> will enter <B> free of tariffs / under quotas": B's
   * term granted to A, else null (only when the measure comes right after B, past "free of",
   * "under", "limited"). */
  const enteredFreely = (
    k: number,
  ): { holder: ActorInfo; issue: Issue; verb: string; target: ActorInfo | null } | null => {
    let q = k - 1;
    while (q > 0 && k - q <= 3 && (toks[q]!.w2 & WordSet2.EntryLink) !== 0) q--;
    const mi = mentionAt(q);
    if (mi < 0) return null;
    let e = ar.mentions[mi]!.a - 1;
    if (toks[e]?.lower === 'the') e--;
    if (!ENTER_VERBS.has(toks[e]?.lower ?? '') || !FUTURE_AUX.has(toks[e - 1]?.lower ?? '')) return null;
    const importer = partyAt(q);
    const m = issueAt(lex.issueFirst, toks, k, Math.min(toks.length, k + 4));
    if (!importer || !m || !m.value.strong || !MEASURE_ISSUES.has(m.value.issue)) return null;
    // whose goods: the first other party named before the verb ("British-made medicines")
    let exporter: ActorInfo | null = null;
    for (let j = e - 2; j >= 0 && j >= e - 10 && !exporter; j--) {
      if (toks[j]!.text === '.') break;
      const p = partyAt(j);
      if (p && p.id !== importer.id) exporter = p;
    }
    // (else the story's other party: "South American beef" in a story of the EU and Mercosur)
    if (!exporter) {
      exporter = otherOfPair(mainParties(), importer);
    }
    return exporter ? { holder: importer, issue: m.value.issue, verb: 'enter', target: exporter } : null;
  };
  /**
   * The party that "made (it) clear (that)" before the pronoun at p ("Thai negotiators have made
   * clear they ...", "Ottawa has made it clear that they ..."): a mention, or a demonym before a
   * noun; null when the words before p are not that shape.
   */
  const madeClearSubject = (p: number, first: number): ActorInfo | null => {
    let q = p - 1;
    if (toks[q]?.lower === 'that') q--;
    if (toks[q]?.lower !== 'clear') return null;
    q--;
    if (toks[q]?.lower === 'it') q--;
    if (!MAKE_TOK.has(toks[q])) return null;
    q--;
    while (q > first && p - q < 10 && modalWord(toks[q]!, AUX)) q--;
    if (q < first) return null;
    const mi = mentionAt(q);
    if (mi >= 0) return resolveHolder(ar.mentions[mi]!.actor);
    const adj = q - 1 >= first ? ar.adjAt[q - 1] : null;
    return adj != null ? sideActor(adj.id) : null;
  };
  /**
   * The terms of "Under the accord[, ...], <party> will <step> ..." (also "would", "agreed to",
   * "undertook to", "is to"): each party subject of a step to come in a sentence opened by
   * "under" and a deal noun, with the issues its clause names (to the next party subject, ";" or
   * ", while"). Clauses holding an offer cue are left to it; a party "allowed to" act or that
   * "will benefit from" a term receives it, not offers; a clause naming no issue gives nothing.
   */
  const underDealSteps = (
    S: Sentence,
    cues: readonly CueAt[],
  ): { holder: ActorInfo; issues: Set<Issue> }[] => {
    const found: { holder: ActorInfo; issues: Set<Issue> }[] = [];
    let d = S.first + 1;
    // ("In return the United States will end its review ...": the other side's terms of the deal
    // just told; not "In return for ...", a cue of its own)
    if (!inReturnOpener(toks, S)) {
      while (d < Math.min(S.last, S.first + 6) && !UNDER_DEAL_NOUNS.has(toks[d]!.lower)) d++;
      if (d >= Math.min(S.last, S.first + 6)) return found;
    }
    /** The token after a step's auxiliary starting at q ("will", "agreed to", "is to"), or -1. */
    const stepAfter = (q: number): number => {
      const w = toks[q]?.lower ?? '';
      if (w === 'will' || w === 'would') return toks[q + 1]?.lower === 'be' ? -1 : q + 1;
      if ((w === 'is' || w === 'are') && toks[q + 1]?.lower === 'to') return q + 2;
      if (STEP_PLEDGES.has(w) && toks[q + 1]?.lower === 'to') return q + 2;
      if (w === 'has' || w === 'have') return stepAfter(q + 1);
      return -1;
    };
    const subjects: [number, number, ActorInfo][] = []; // (step start, clause start, holder)
    for (let k = d + 1; k < S.last; k++) {
      const mi = mentionAt(k);
      // ("the Soviet side will let Korean companies ...": a demonym's side or government)
      const adj = mi < 0 && PARTY_NOUNS.has(toks[k + 1]?.lower ?? '') ? ar.adjAt[k] : null;
      if (mi < 0 && adj == null) continue;
      const m = mi >= 0 ? ar.mentions[mi]! : { a: k, b: k + 2, actor: sideActor(adj!.id) };
      if (!m.actor) continue;
      let q = m.b;
      // ("Brazil's foreign trade department, CACEX, will issue ...", "the NFDC, which has held a
      // monopoly since 1983, will import ...": an aside after the subject)
      if (toks[q]?.text === ',') {
        let c = q + 1;
        while (c < S.last && c - q <= 14 && toks[c]!.text !== ',') c++;
        if (toks[c]?.text === ',') q = c + 1;
      }
      const step = stepAfter(q);
      k = m.b - 1;
      if (step < 0 || step >= S.last || RECEIVE_VERBS.has(toks[step]!.lower)) continue;
      const h = resolveHolder(m.actor);
      if (!h || (h.kind !== 'country' && h.kind !== 'bloc')) continue;
      subjects.push([step, m.a, h]);
    }
    // (the cues are in text order, as the clauses are: one pointer walks them for all clauses)
    let c = 0;
    for (let i = 0; i < subjects.length; i++) {
      const [step, , holder] = subjects[i]!;
      let end = i + 1 < subjects.length ? subjects[i + 1]![1] : S.last;
      for (let q = step; q < end; q++)
        if (toks[q]!.text === ';' || (toks[q]!.text === ',' && toks[q + 1]?.lower === 'while')) {
          end = q;
          break;
        }
      while (c < cues.length && cues[c]!.a < step - 3) c++;
      let offerCue = false;
      for (let j = c; j < cues.length && cues[j]!.a < end && !offerCue; j++)
        offerCue = cues[j]!.cue.stance === 'offer';
      if (offerCue) continue;
      const issues = collectIssues(lex.issueFirst, toks, step, end, ar.mentionAt);
      if (issues.size > 0) found.push({ holder, issues });
    }
    return found;
  };
  /**
   * A deal term in sentence S, where no party is the subject (ANNOTATION.md: agreed terms are
   * each side's offers). Three shapes: a deal that cuts a party's measure ("an agreement that caps
   * U.S. tariffs on European goods"); a party's measure that falls under a deal ("under the pact,
   * Japanese duties on beef will fall"); a measure on a party's goods that will fall ("the levy on
   * Japanese cars would drop to 15 percent": the other main party's offer).
   */
  const dealTerm = (
    S: Sentence,
  ): { holder: ActorInfo; issue: Issue; verb: string; target: ActorInfo | null } | null => {
    if ((S.w & W_ISSUE) === 0) return null; // only issue words are visited below
    /** The party whose goods the measure covers ("tariffs on most European exports"). */
    const coveredAfter = (b: number, holder: ActorInfo): ActorInfo | null => {
      for (let q = b; q < Math.min(S.last, b + 6); q++) {
        const p = partyAt(q);
        if (p && p.id !== holder.id) return p;
      }
      return null;
    };
    /** A measure (tariffs, quotas) starting at token e, past a possessive. */
    const measureAt = (e: number): { issue: Issue; b: number } | null => {
      if (isPossessive(toks[e])) e++;
      const m = e < S.last ? issueAt(lex.issueFirst, toks, e, S.last) : null;
      return m && m.value.strong && MEASURE_ISSUES.has(m.value.issue)
        ? { issue: m.value.issue, b: m.b }
        : null;
    };
    /** 1c: "<party> (also) won an exemption from the (steel) tariffs" with the measure at e: the
     * other main party's offer, the winner its target. */
    const wonFrom = (
      e: number,
    ): { holder: ActorInfo; issue: Issue; verb: string; target: ActorInfo | null } | null => {
      // the link, past "the" and up to four words of the measure's name ("the steel and aluminium tariffs")
      let p = e - 1;
      while (p > e - 6 && p > S.first && (toks[p]!.w2 & WordSet2.WonLink) === 0) p--;
      if (
        p <= S.first + 1 ||
        (toks[p]!.w2 & WordSet2.WonLink) === 0 ||
        (toks[p - 1]!.w2 & WordSet2.ConcessionNoun) === 0
      )
        return null;
      for (let q = p + 1; q < e; q++) if (toks[q]!.kind !== TokKind.Word || mentionAt(q) >= 0) return null;
      let w = p - 2;
      if (w > S.first && ARTICLES.has(toks[w]!.lower)) w--;
      if (w <= S.first || !WON_VERBS.has(toks[w]!.lower) || NEGATION.has(toks[w - 1]!.lower)) return null;
      const m = measureAt(e);
      if (!m) return null;
      const winner = partyAt(toks[w - 1]!.lower === 'also' ? w - 2 : w - 1);
      const holder = winner ? otherOfPair(mainParties(), winner) : null;
      return winner && holder ? { holder, issue: m.issue, verb: toks[w]!.lower, target: winner } : null;
    };
    /** Where the owner named at o starts (a mention's first token, else o). */
    const ownerStartOf = (o: number): number => (mentionAt(o) >= 0 ? ar.mentions[mentionAt(o)]!.a : o);
    /** For a tariff word at k whose rate starts at r ("a 20 percent [U.S.] tariff"): the party that
     * "will face" it, its goods or itself, in a sentence that names a deal or the rate it came down
     * from; else null. */
    const facedRate = (k: number, r: number): ActorInfo | null => {
      if ((toks[k]!.w2 & WordSet2.RateTariff) === 0) return null; // (RATE_TARIFFS)
      let q = r - 1;
      if (toks[q]?.lower === 'percent' || toks[q]?.lower === 'pct' || toks[q]?.text === '%') q--;
      if (toks[q]?.kind !== TokKind.Number) return null;
      q--;
      if (toks[q]?.lower === 'a' || toks[q]?.lower === 'an') q--;
      if (toks[q]?.lower !== 'face' || !FUTURE_AUX.has(toks[q - 1]?.lower ?? '')) return null;
      let p = q - 2;
      if (GOODS_NOUNS.has(toks[p]?.lower ?? '')) p--;
      // ("Sri Lankan goods": a two-word demonym is read at its first word)
      const faced = p >= S.first ? (partyAt(p) ?? (p > S.first ? partyAt(p - 1) : null)) : null;
      if (!faced) return null;
      for (let d = S.first; d < S.last; d++)
        if (
          DEAL_NOUNS_TOK.has(toks[d]) ||
          toks[d]!.lower === 'arrangement' ||
          (toks[d]!.lower === 'down' && toks[d + 1]?.lower === 'from')
        )
          return faced;
      return null;
    };
    // only issue words are visited (a bit test per token, in a loop of their own as in speakerIn;
    // punctuation and numbers carry no bits); the verb and deal are looked up around them
    const last = S.last;
    const tk = toks; // (locals in the inner loop, as in speakerIn)
    const issueBit = W_ISSUE;
    for (let k = S.first; k < last; k++) {
      while ((tk[k]!.w & issueBit) === 0) if (++k === last) return null;
      // the party owning the measure, right before it ("U.S. tariffs", "Japan's duties")
      let o = k - 1;
      if (isPossessive(toks[o])) o--;
      const owner = o >= S.first ? partyAt(o) : null;
      // 4. "Chile will benefit from larger quotas for wine": a term granted by the other party
      let f = k - 1;
      if (((toks[f]?.w ?? 0) & WordSet.BenefitAdj) !== 0) f--; // (BENEFIT_ADJ)
      if (
        owner === null &&
        toks[f]?.lower === 'from' &&
        toks[f - 1]?.lower === 'benefit' &&
        f - 2 > S.first
      ) {
        const m4 = measureAt(k);
        let w = f - 2;
        if (modalWord(toks[w]!, CONDITIONAL_MODALS)) w--;
        const mi = mentionAt(w);
        const beneficiary = mi >= 0 ? partyAt(w) : null;
        const holder = m4 && beneficiary ? otherOfPair(mainParties(), beneficiary) : null;
        if (m4 && beneficiary && holder)
          return { holder, issue: m4.issue, verb: 'benefit', target: beneficiary };
      }
      // 5. "British-made medicines will enter the United States free of tariffs", "South American
      // beef will enter the EU under limited quotas": goods let in by the importing party
      if (owner === null) {
        const entry = enteredFreely(k);
        if (entry !== null) return entry;
      }
      // 1c. "China won an exemption from the steel tariffs": a concession won from a measure with no
      // owner named is the other main party's offer, as in 1a
      if (owner === null) {
        const won = wonFrom(k);
        if (won !== null) return won;
      }
      // 6. "Under the deal, Sri Lankan goods will face a 20 percent U.S. tariff", "the Philippines
      // will face a 19 percent tariff on its exports, down from 20": the rate a deal leaves on a
      // party's goods is the other main party's term
      const faced = facedRate(k, owner === null ? k : ownerStartOf(o));
      if (faced !== null) {
        const holder = owner ?? otherOfPair(mainParties(), faced);
        if (holder && holder.id !== faced.id)
          return { holder, issue: 'tariffs', verb: 'face', target: faced };
      }
      // cheap shape checks first: an owner, or "the <measure> on ..." (pattern 3)
      if (owner === null && toks[k + 1]?.lower !== 'on' && toks[k + 2]?.lower !== 'on') continue;
      const m = measureAt(k);
      if (!m) continue;
      const ownerStart = owner ? (mentionAt(o) >= 0 ? ar.mentions[mentionAt(o)]!.a : o) : -1;
      // 1. "... an agreement (on Sunday) that caps U.S. tariffs on ...", "the deal cuts Japanese duties"
      if (owner) {
        const v = ownerStart - 1;
        const verb = toks[v]?.lower ?? '';
        if (v > S.first && TERM_VERBS.has(verb)) {
          let dealBefore = DEAL_NOUNS_TOK.has(toks[v - 1]);
          if (!dealBefore && RELATIVE.has(toks[v - 1]!.lower))
            for (let d = v - 2; d >= Math.max(S.first, v - 6) && toks[d]!.text !== ','; d--)
              if (DEAL_NOUNS_TOK.has(toks[d])) dealBefore = true;
          if (dealBefore) return { holder: owner, issue: m.issue, verb, target: coveredAfter(m.b, owner) };
        }
      }
      // 1a. "Japan secured a cut in U.S. tariffs", "won an exemption from U.S. duties": a concession
      // won from the measure's owner is that owner's offer
      if (owner) {
        let p = ownerStart - 1;
        if (toks[p]?.lower === 'the') p--;
        if (
          p > S.first + 1 &&
          (toks[p]!.w2 & WordSet2.WonLink) !== 0 &&
          (toks[p - 1]!.w2 & WordSet2.ConcessionNoun) !== 0
        ) {
          let w = p - 2;
          if (w >= S.first && ARTICLES.has(toks[w]!.lower)) w--;
          // (not "has not secured a cut", "failed to win ...": base forms are not in WON_VERBS)
          // (no read before the sentence's first token: one at index -1 would make the reads generic)
          if (
            w >= S.first &&
            WON_VERBS.has(toks[w]!.lower) &&
            !(w > S.first && NEGATION.has(toks[w - 1]!.lower))
          ) {
            const winner = w > S.first ? partyAt(w - 1) : null;
            return { holder: owner, issue: m.issue, verb: toks[w]!.lower, target: winner };
          }
        }
      }
      // 1b. "the deal lowers tariffs on Japanese cars": a measure with no owner, on one main party's
      // goods, cut by a deal, is the other main party's (as in 3 below)
      if (!owner && toks[m.b]?.lower === 'on') {
        const v = toks[k - 1]?.lower === 'the' ? k - 2 : k - 1;
        const verb = toks[v]?.lower ?? '';
        if (v > S.first && TERM_VERBS.has(verb) && DEAL_NOUNS_TOK.has(toks[v - 1])) {
          const covered = partyAt(m.b + 1);
          const holder = covered ? otherOfPair(mainParties(), covered) : null;
          if (covered && holder) return { holder, issue: m.issue, verb, target: covered };
        }
      }
      // the measure must fall: "will fall", "would drop"
      let falls = '';
      // (the same clause: a comma, or a party taking over as subject, ends the search)
      for (let q = m.b; q < Math.min(S.last, m.b + 10); q++) {
        if (toks[q]!.text === ',' || (q > m.b + 2 && mentionAt(q) >= 0 && !partyAt(q - 1))) break;
        if (FALL_VERBS.has(toks[q]!.lower) && CONDITIONAL_MODALS.has(toks[q - 1]?.lower ?? '')) {
          falls = toks[q]!.lower;
          break;
        }
      }
      if (!falls) {
        k = m.b - 1;
        continue;
      }
      // 2. "under the agreement, U.S. tariffs on Japanese cars will fall to 15 percent"
      let underDeal = false;
      for (let q = Math.max(S.first, k - 8); q < k; q++)
        if (toks[q]!.lower === 'under' && DEAL_NOUNS_TOK.has(toks[q + 2])) underDeal = true;
      if (owner && underDeal)
        return { holder: owner, issue: m.issue, verb: falls, target: coveredAfter(m.b, owner) };
      // 3. "the levy on Japanese automobiles would drop from 27.5 percent to 15 percent"
      if (!owner && toks[m.b]?.lower === 'on') {
        const covered = partyAt(m.b + 1);
        const holder = otherOfPair(mainParties(), covered);
        if (covered && holder) return { holder, issue: m.issue, verb: falls, target: covered };
      }
      return null;
    }
    return null;
  };

  /** True when every market-access word from b to end is "investment(s) in" another party
   * ("more Swiss investment in the United States"); only scanned when an offer holds market access. */
  const outwardInvestmentOnly = (b: number, end: number, holder: ActorInfo): boolean => {
    let outward = false;
    for (let k = b; k < end; k++) {
      if ((toks[k]!.w & W_ISSUE) === 0 || ar.mentionAt[k]! >= 0) continue;
      const m = issueAt(lex.issueFirst, toks, k, end);
      if (!m) continue;
      if (m.value.issue === 'market_access') {
        const w = toks[k]!.lower;
        if ((w !== 'investment' && w !== 'investments') || m.b !== k + 1) return false;
        if (toks[m.b]?.lower !== 'in') return false;
        let at = m.b + 1;
        if (toks[at]?.lower === 'the') at++;
        const p = partyAt(at);
        if (!p || p.id === holder.id || p.id === holder.sideId) return false;
        outward = true;
      }
      k = m.b - 1;
    }
    return outward;
  };
  /** The story's bloc whose name has the capitalised word t among its words ("Gulf" for the Gulf
   * Cooperation Council), when t is no actor of its own, else null. */
  let blocs: ActorInfo[] | null = null;
  let blocMemo: Map<string, ActorInfo | null> | null = null;
  const blocNamedBy = (t: Token): ActorInfo | null => {
    if (!t.cap || t.kind !== TokKind.Word || t.text.length < 3) return null;
    // (memoised by word, over the story's blocs only: linear however many such subjects there are)
    blocMemo ??= new Map();
    const memo = blocMemo.get(t.text);
    if (memo !== undefined) return memo;
    blocs ??= ar.actors.filter((a) => a.kind === 'bloc');
    let found: ActorInfo | null = null;
    for (const a of blocs) {
      const i = a.name.indexOf(t.text);
      if (i < 0) continue;
      const e = i + t.text.length;
      if (
        (i === 0 || a.name.charCodeAt(i - 1) === 32) &&
        (e === a.name.length || a.name.charCodeAt(e) === 32)
      ) {
        found = a;
        break;
      }
    }
    blocMemo.set(t.text, found);
    return found;
  };
  /** The legislator who opens sentence S as its speaker ("Senator X, a Missouri Republican,
   * said") when the legislature `body` is named right after the speech verb, else null. */
  const legislatorSpeaking = (S: Sentence, body: ActorInfo): ActorInfo | null => {
    const end = Math.min(S.last, S.first + 20);
    let speaker: ActorInfo | null = null;
    for (let k = S.first; k < end; k++) {
      const mi = mentionAt(k);
      if (mi >= 0 && !speaker) {
        const x = ar.mentions[mi]!.actor;
        const role = x.role?.toLowerCase() ?? '';
        if (x.kind !== 'person' || !(hasLegislatorWord(role) || legislatorRepresentative(x.role ?? '')))
          return null;
        speaker = x;
        k = ar.mentions[mi]!.b - 1;
        continue;
      }
      if (!speaker || !SPEAKER_VERBS.has(toks[k]!.lower)) continue;
      const at = toks[k + 1]?.lower === 'that' ? k + 2 : k + 1;
      const t = toks[at]?.lower === 'the' ? at + 1 : at;
      const bi = mentionAt(t);
      return bi >= 0 && ar.mentions[bi]!.actor.id === body.id ? speaker : null;
    }
    return null;
  };
  const out: Precondition[] = [];
  /** Holder id -> issue -> the stances recorded (stanceBit): most calls of emit repeat a
   * position, and a joined string key was built and hashed at each. */
  const seen = new Map<string, Map<Issue, number>>();
  /** The other of the story's two main parties for holder h (the first, when h is neither), else null. */
  const counterpartOf = (h: ActorInfo): ActorInfo | null => {
    const pair = mainParties();
    return pair ? (pair[0].id === h.id ? pair[1] : pair[0]) : null;
  };
  /** Records a position once per (holder, issue, stance); false when it was already recorded.
   * The rule shown is `<rule>+issue:<issue>`, joined only for a position recorded. */
  const emit = (
    h: ActorInfo,
    tg: ActorInfo | null,
    issue: Issue,
    stance: Stance,
    S: Sentence,
    rule: string,
  ): boolean => {
    // "asked the Textiles Surveillance Body to review a limit": what is asked of a dispute body is
    // a ruling, whatever the measure it rules on
    if (
      tg !== null &&
      (stance === 'demand' || stance === 'condition') &&
      issue !== 'enforcement' &&
      isDisputeBody(tg.name)
    )
      issue = 'enforcement';
    // "Senator John Danforth said Congress would move to restrict sales ... unless ...": what a
    // legislator says his legislature would do is his own position
    if (LEGISLATURE_IDS.has(h.id)) h = legislatorSpeaking(S, h) ?? h;
    // "Malaysia Airlines will buy 30 Boeing jets", "Etihad Airways, the state-owned carrier,
    // committed to buy 28 Boeing aircraft": since 2000 a national firm's purchase told in a trade
    // story is a term its government brings to the deal (the 1980s wire's firms bargain over their
    // own contracts and hold their own purchases)
    if (
      stance === 'offer' &&
      issue === 'purchases' &&
      h.kind === 'company' &&
      h.sideId &&
      published !== null &&
      published >= FIRM_PURCHASES_STATE_FROM
    )
      h = sideActor(h.sideId) ?? h;
    let stances = seen.get(h.id);
    if (!stances) seen.set(h.id, (stances = new Map()));
    const had = stances.get(issue) ?? 0;
    const bit = stanceBit(stance);
    if ((had & bit) !== 0) return false;
    stances.set(issue, had | bit);
    out.push({
      holder: h.id,
      target: tg && tg.id !== h.id ? tg.id : null,
      issue,
      stance,
      text: text.slice(S.start, S.end),
      start: S.start,
      end: S.end,
      rule: `${rule}+issue:${issue}`,
    });
    return true;
  };
  /** Issues of the positions found in each sentence (what a later "it" or "the measures" points to). */
  const sentenceIssues = new Map<number, Issue[]>();
  const namedIssues = new Map<number, Issue[]>();
  /** The issues a back-reference in the next sentence points to: the positions sentence si held,
   * else its one issue (two or more issues with no position leave the referent open). */
  const issuesOfSentence = (si: number): Issue[] => {
    const held = sentenceIssues.get(si) ?? namedIssues.get(si);
    if (held) return held;
    const S = sentences[si]!;
    if ((S.w & W_ISSUE) === 0) return [];
    // strong words only: "its farm plan" names no issue a pronoun could stand for
    const found = new Set<Issue>();
    for (let k = S.first; k < S.last; k++) {
      const m =
        (toks[k]!.w & W_ISSUE) !== 0 && ar.mentionAt[k]! < 0
          ? issueAt(lex.issueFirst, toks, k, S.last)
          : null;
      if (!m) continue;
      // ("This is not a tariff, it is how we keep our television alive": a kind denied names no matter)
      const denied = k - 2 >= S.first && ARTICLES.has(toks[k - 1]!.lower) && toks[k - 2]!.lower === 'not';
      if (m.value.strong && m.value.issue !== 'balance' && !denied) found.add(m.value.issue);
      k = m.b - 1;
    }
    const one = found.size === 1 ? [...found] : [];
    namedIssues.set(si, one); // (scanned once however many cues the next sentence holds)
    return one;
  };
  /** True when the words at b join a bloc or body named by its name: "join the CPTPP" after the
   * cue, or the cue's own "join" right before b ("would not join the RCEP"); past a party told to
   * ("wants India to join the CPTPP"), which partyTold requires. */
  const joinsBodyAt = (b: number, partyTold: boolean): boolean => {
    let q = b;
    if (!JOIN_VERBS.has(toks[q - 1]?.lower ?? '')) {
      const mi = mentionAt(q);
      if (mi >= 0 && toks[ar.mentions[mi]!.b]?.lower === 'to') q = ar.mentions[mi]!.b + 1;
      else if (toks[q]?.lower === 'to' && !partyTold) q++;
      if (!JOIN_VERBS.has(toks[q]?.lower ?? '')) return false;
      q++;
    }
    if (toks[q]?.lower === 'the') q++;
    const mi = mentionAt(q);
    if (mi < 0) return false;
    const k = ar.mentions[mi]!.actor.kind;
    return k === 'bloc' || k === 'organization';
  };
  /** The issues the bulleted items from sentence `from` on name ("- not impose customs duties on
   * electronic transmissions;"), strong words only, up to twelve items. */
  const bulletIssues = (from: number): Issue[] => {
    const out = new Set<Issue>();
    for (let si = from; si < sentences.length && si < from + 12; si++) {
      const T = sentences[si]!;
      const t = toks[T.first]!;
      // (a marker, or a list item's lower-case fragment as a page's <li> gives it: "allow data to
      // flow freely ...")
      const marker = t.text === '-' || t.text === '\u2022' || t.text === '*';
      if (t.nl === 0 || !(marker || (t.kind === TokKind.Word && !t.cap))) break;
      for (let k = marker ? T.first + 1 : T.first; k < T.last; k++) {
        const m =
          (toks[k]!.w & W_ISSUE) !== 0 && ar.mentionAt[k]! < 0
            ? issueAt(lex.issueFirst, toks, k, T.last)
            : null;
        if (!m) continue;
        if (m.value.strong) out.add(m.value.issue);
        k = m.b - 1;
      }
    }
    return [...out];
  };
  /** The issues named in the sentence before sentence `si` (none for the first). */
  const issuesBefore = (si: number): Issue[] => (si > 0 ? issuesOfSentence(si - 1) : []);
  /**
   * Adds the matter in dispute to `issues`: the positions (else the one issue) of the sentence
   * before sentence `si`, else the story's main issue before token `first`.
   */
  const addIssueInDispute = (issues: Set<Issue>, si: number, first: number): void => {
    const carried = issuesBefore(si);
    for (const i of carried) issues.add(i);
    const main = carried.length === 0 ? mainIssueBefore(first, 2) : null;
    if (main) issues.add(main);
  };
  /** addIssueInDispute, then, when that gave none, the issue the story named most so far even if
   * named once. */
  const addIssueOrMain = (issues: Set<Issue>, si: number, first: number): void => {
    addIssueInDispute(issues, si, first);
    if (issues.size > 0) return;
    const main = mainIssueBefore(first, 1);
    if (main) issues.add(main);
  };
  /** Adds the issues of the last sentence that held a demand (or condition), whoever held it. */
  const lastDemandIssues = (issues: Set<Issue>): void => {
    let at = -1;
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i]!;
      if (at >= 0 && o.start !== at) break;
      if (o.stance === 'demand' || o.stance === 'condition') {
        at = o.start;
        issues.add(o.issue);
      }
    }
  };
  /** For a backed position at [b, end) ("the U.S. and EC requests", "Nicaragua's request"): the
   * issue of the demands its owners (the parties named before the position noun) held so far,
   * when they name one issue; a timetable backed is other. */
  const backedIssues = (issues: Set<Issue>, b: number, end: number): void => {
    const owners = new Set<string>();
    let requestNoun = false;
    for (let k = b; k < Math.min(end, b + 8); k++) {
      const w = toks[k]!.lower;
      if (PROPOSALS.has(w) || BACKED_POSITIONS.has(w)) {
        requestNoun = w === 'request' || w === 'requests';
        // ("backed the U.S. timetable": a timetable of the talks is none of the taxonomy)
        if (TIMETABLE_NOUNS.has(w)) {
          issues.add('other');
          return;
        }
        break;
      }
      const p = partyAt(k);
      if (p) owners.add(p.id);
    }
    // (only an owner whose demands so far name one issue: the request backed is then plain)
    const held = new Set<Issue>();
    for (const o of out)
      if (owners.has(o.holder) && (o.stance === 'demand' || o.stance === 'condition')) held.add(o.issue);
    if (held.size === 1) for (const i of held) issues.add(i);
    // ("spoke in support of the U.S. request" after the U.S. asked for a panel on its complaint:
    // a request before a dispute body is the dispute step)
    else if (held.has('enforcement') && requestNoun) issues.add('enforcement');
  };
  /** Whether the story names an export-control body, a boycott or apartheid (looked up once, when first needed). */
  let controlStory: boolean | undefined;
  const isControlStory = (): boolean => (controlStory ??= exportControlStory(ar, toks, published));
  /** Whether the story names dumping or a countervailing duty (asked once, when needed). */
  let remedyCase: boolean | undefined;
  /** Whether the story names a subsidy or state aid (asked once, when needed). */
  let subsidyStory: boolean | undefined;
  let contractStory: boolean | undefined;
  let lastHolder: ActorInfo | null = null;
  let lastCoHolders: ActorInfo[] = [];
  /** The sentence that set lastHolder. */
  let lastHolderSentence = -1;
  let lastPerson: ActorInfo | null = null;
  /** True when a person's mention starts in tokens [a, b). */
  const personBefore = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) {
      const mi = ar.mentionAt[k]!;
      if (mi >= 0 && ar.mentions[mi]!.actor.kind === 'person') return true;
    }
    return false;
  };
  /** Sentences where lastPerson was last named and where a holder was last found. */
  let personSentence = -1;
  let heldSentence = -1;
  let lastBloc: ActorInfo | null = null;
  let lastSpeaker: ActorInfo | null = null;
  let speakerSentence = -1;
  /** The party of the last unnamed single voice ("a ministry spokesman said"), and its sentence. */
  let lastVoice: ActorInfo | null = null;
  let voiceSentence = -1;
  /** Per quote mark (QUOTE_MARKS), its first place in the text at or after quoteFrom[q]
   * (text.length: none; looked up again only when asked about a place outside that range, so a
   * mark the text lacks is looked for once): a sentence with none skips the scans of its tokens
   * for quote marks (each mark is a token of its own, so the text tells where they are). */
  const quoteFrom = [0, 0, 0];
  const quoteAt = [-1, -1, -1];
  const quoteIn = (S: Sentence): boolean => {
    for (let q = 0; q < 3; q++) {
      if (quoteAt[q]! < 0 || S.start < quoteFrom[q]! || S.start > quoteAt[q]!) {
        const at = text.indexOf(QUOTE_MARKS[q]!, S.start);
        quoteFrom[q] = S.start;
        quoteAt[q] = at < 0 ? text.length : at;
      }
      if (quoteAt[q]! < S.end) return true;
    }
    return false;
  };
  /** A cursor over the mentions (sorted by start; sentences come in order) and the largest end of
   * those it has passed: they bound the tokens of a sentence a mention can cover, so the backward
   * scan for its last person and bloc skips the stretches (and sentences) with none. */
  /** The person a Q&A interview questions (intervieweeOf), found on first use. */
  let interviewee: ActorInfo | null | undefined;
  let mentionCursor = 0;
  let coverEnd = 0;

  /** The first sentence of the paragraph the loop is in (a line break before its first token). */
  let paraStart = 0;
  /** Whether a quote opened in the paragraph is still open after the sentence before. */
  let paraQuoteOpen = false;
  for (let si = 0; si < sentences.length; si++) {
    const S = sentences[si]!;
    if (toks[S.first]!.nl > 0) {
      paraStart = si;
      paraQuoteOpen = false;
    }
    // (a quote that a paragraph opens with and an earlier sentence of it left open: "\"Washington
    // wants lower rates. We have offered to bind our tariffs ...": the second sentence is quoted too)
    const insideQuote = paraQuoteOpen;
    if (opensWithQuote(toks[sentences[paraStart]!.first]!) && closesQuote(toks, S))
      paraQuoteOpen = !paraQuoteOpen;
    if (S.caps) continue; // wire headlines in capitals repeat the body in telegraph style
    let quoted = false;
    let reported = false;
    // speaker of the sentence; a quote opened here and closed in a later sentence is that
    // sentence's speaker's ("Changes must be agreed multilaterally. They cannot ...," he said.)
    // ("A ministry spokesman said ... he said": "he" is the unnamed voice heard since the last person)
    const heRef = voiceSentence > personSentence ? lastVoice : lastPerson;
    let speaker = speakerIn(S, heRef);
    // "A larger quota would require Canada to cut its tariff, they said.": "they said" closing the
    // sentence is the voices of the sentence before ("EC Commission officials said ...")
    // (`=== null` rather than `!speaker` here and at other hot sites: an object-or-null's
    // truthiness is a generic check of ~12 instructions, a compare with null two)
    if (
      speaker === null &&
      lastSpeaker !== null &&
      lastSpeaker.kind !== 'person' &&
      speakerSentence === si - 1 &&
      theySaid(toks, S)
    )
      speaker = lastSpeaker;
    if (speaker === null && quoteIn(S) && opensQuote(toks, S)) {
      for (let s2 = si + 1; s2 < Math.min(si + 4, sentences.length); s2++) {
        const S2 = sentences[s2]!;
        if (quoteIn(S2) && closesQuote(toks, S2)) {
          speaker = speakerIn(S2, heRef);
          break;
        }
      }
    }
    // a Q&A interview's answer, a quoted paragraph no one is said to speak, is the interviewee's
    // (so is, printed without quote marks, a paragraph right after one that asks: "What do you want
    // from Kazakhstan?\n\nKazakhstan must lift these extra checks ...")
    const answersQuestion = paraStart > 0 && toks[sentences[paraStart]!.first - 1]!.text === '?';
    if (
      speaker === null &&
      (((insideQuote || quoteIn(S)) && opensWithQuote(toks[sentences[paraStart]!.first]!)) || answersQuestion)
    ) {
      if (interviewee === undefined) interviewee = intervieweeOf(toks, sentences, ar.mentions);
      if (interviewee !== null) {
        speaker = interviewee;
        if (answersQuestion) quoted = true;
      }
    }
    // ("...," said X, an economist. "The cost may come later, if Washington asks for more.": a
    // whole quote after, in the same paragraph, a sentence that closed a quote its speaker said
    // goes on in that speaker's voice)
    if (
      speaker === null &&
      speakerSentence === si - 1 &&
      lastSpeaker !== null &&
      toks[S.first]!.nl === 0 &&
      opensWithQuote(toks[S.first]!) &&
      !opensQuote(toks, S) &&
      quoteIn(sentences[si - 1]!)
    )
      speaker = lastSpeaker;
    let listed = false;
    // "Liu set out three concerns ... First, ... must be removed": the list carries the speaker
    if (
      speaker === null &&
      lastSpeaker !== null &&
      ENUMERATORS.has(toks[S.first]?.lower ?? '') &&
      toks[S.first + 1]?.text === ','
    ) {
      speaker = lastSpeaker;
      reported = true;
      listed = true;
    }
    // "Lawyers for the two firms said ...": the clients speak through their counsel
    // ("..., the two organizations said": the bodies named before, whoever speakerIn found)
    const clients: ActorInfo[] =
      speaker !== null ? ((S.w & W_SPEECH) !== 0 ? bodiesSpeakIn(S) : []) : clientsIn(S);
    if (clients.length > 0) speaker = clients[0]!;
    if (speaker !== null) {
      lastSpeaker = speaker;
      speakerSentence = si;
    }
    if (speaker !== null && speaker.kind !== 'person' && singleVoiceIn(S)) {
      lastVoice = speaker;
      voiceSentence = si;
    }
    // cues in this sentence
    const cues: CueAt[] = [];
    // (a sentence with no word that starts a cue is not walked, nor one that asks: "Q: What does
    // Kenya want out of it?" takes no position)
    const cueEnd = (S.w & W_CUE) !== 0 && !isDirectQuestion(toks, S) ? S.last : S.first;
    for (let k = S.first; k < cueEnd && cues.length < MAX_CUES_PER_SENTENCE;) {
      // (the tokens with no cue bit, most, stepped over in a loop of their own, as in speakerIn;
      // punctuation and numbers carry no bits)
      if ((toks[k]!.w & W_CUE) === 0) {
        const tk = toks; // (locals in the inner loop, as in speakerIn)
        const cueBit = W_CUE;
        do k++;
        while (k < cueEnd && (tk[k]!.w & cueBit) === 0);
        continue;
      }
      const t = toks[k]!;
      if (t.kind === TokKind.Word && mentionAt(k) === -1) {
        let m = phraseAt(lex.cues, toks, k, S.last, cueFirst);
        // "Canada agreed last December to the 15 pct charge", "Japan agreed last week to open
        // ...": a time told between the verb and its "to" leaves the cue whole
        if ((t.w2 & WordSet2.GapVerb) !== 0) {
          const q = timeAsideEnd(toks, k + 1);
          if (q > k + 1 && toks[q]?.lower === 'to') {
            const g = phraseAtGap(lex.cues, toks, k, q, S.last);
            if (g && (!m || g.b > m.b)) m = g;
          }
        }
        // "had pressed through most of the four-week meeting for a firm pledge": a stretch of
        // the talks told between the verb and its "for"
        if ((t.w2 & WordSet2.PressForVerb) !== 0) {
          const q = stretchAsideEnd(toks, k + 1);
          if (q > k + 1) {
            const g = phraseAtGap(lex.cues, toks, k, q, S.last);
            if (g && (!m || g.b > m.b)) m = g;
          }
        }
        // "Ecuador will in turn phase out duties", "would, in return, cut ...": the other side's
        // step answered, told between the modal and its verb
        if (t.lower === 'will' || t.lower === 'would') {
          const q = inTurnEnd(toks, k + 1);
          if (q > k + 1) {
            const g = phraseAtGap(lex.cues, toks, k, q, S.last);
            if (g && (!m || g.b > m.b)) m = g;
          }
        }
        // "Canada will raise its limits for cotton fabrics": a cue's own raise is an offer only of a
        // quota or ceiling; else the cue before it stands alone ("agreed to raise to 150 mln dlrs
        // the size of ...": "agreed to"), or its verb opens another phrase ("would raise the matter
        // at the GATT")
        if (
          m !== null &&
          m.value.stance === 'offer' &&
          RAISE_VERBS_TOK.has(toks[m.b - 1]) &&
          !raisesLimit(toks, m.b - 1, S.last, 5)
        ) {
          m = phraseAt(lex.cues, toks, k, m.b - 1, cueFirst);
          if (m === null) {
            k++;
            continue;
          }
        }
        if (m !== null) {
          let cue = m.value;
          let keep = true;
          // ("South Korea to cut tariffs ...": only in the text's first line, right after a party)
          if (cue.headline && !(S.first === 0 && (toks[S.last]?.nl ?? 1) >= 1 && mentionAt(k - 1) >= 0))
            keep = false;
          if (keep && cue.direct) {
            // only right after its subject: "Taiwan (has also) cut ..."
            let q = k - 1;
            while (q >= S.first && modalWord(toks[q]!, AUX) && k - q <= 3) q--;
            // ("Ecuador in turn will phase out ...": past the aside)
            if (
              q > S.first + 1 &&
              (toks[q]!.lower === 'turn' || toks[q]!.lower === 'return') &&
              toks[q - 1]!.lower === 'in'
            )
              q -= 2;
            // skip a relative clause: "China, whose delegation was led by ..., also agreed to"
            if (q > S.first && toks[q]!.text === ',') {
              let r = q - 1;
              while (r > S.first && toks[r]!.text !== ',' && q - r < 15) r--;
              if (toks[r]!.text === ',') q = r - 1;
            }
            // "a team he led agreed to buy ...": the leader is the subject
            if (q > S.first && LED.has(toks[q]!.lower)) {
              const p = toks[q - 1]!.lower;
              if (PERSON_PRONOUNS.has(p) || mentionAt(q - 1) >= 0) q--;
            }
            // "Mercosur countries will phase out ...", "Chinese negotiators agreed to ..."
            let group = false;
            if (
              q > S.first &&
              GROUP_NOUNS.has(toks[q]!.lower) &&
              (mentionAt(q - 1) >= 0 || ar.adjAt[q - 1])
            ) {
              q--;
              group = true;
            } else if (q > S.first && GROUP_NOUNS.has(toks[q]!.lower)) {
              // ("Soviet foreign trade organisations will buy ...": modifiers between)
              const dj = demonymBefore(toks, q, S.first, ar.adjAt);
              if (dj >= 0) {
                q = dj;
                group = true;
              }
            }
            // "Ecuador's government (has also) offered to buy ...", "Japan's trade minister agreed
            // to buy ...": a party's own body or voice, its possessor named
            if (!group && q - 1 > S.first && OWN_VOICES.has(toks[q]!.lower)) {
              let p = q - 1;
              if (!isPossessive(toks[p]) && toks[p]!.kind === TokKind.Word && !toks[p]!.cap) p--;
              if (isPossessive(toks[p]) && mentionAt(p - 1) >= 0) q = p - 1;
            }
            keep =
              q >= S.first &&
              (mentionAt(q) >= 0 ||
                (group && !!ar.adjAt[q]) ||
                PRONOUNS.has(toks[q]!.lower) ||
                // "said the government will send trade missions to buy ...": the speaker's government
                // ("Lula ... His government offered to buy ...": the person's, resolved with the holder)
                (PARTY_NOUNS.has(toks[q]!.lower) &&
                  (toks[q - 1]?.lower === 'the' || PERSON_POSSESSIVES.has(toks[q - 1]?.lower ?? ''))) ||
                bothSides(toks, q) ||
                // "while the bloc would remove tariffs": the bloc named last
                (toks[q]!.lower === 'bloc' && toks[q - 1]?.lower === 'the' && !!lastBloc) ||
                // "a trade deal that cuts the U.S. tariff on Pakistani goods": a deal's term that
                // lowers a party's own measure (that party's offer, below)
                (dealTermBefore(toks, k, S.first) && measureOwnerAt(m.b) !== null) ||
                // "refused to lift the quotas but agreed to cut ...": the subject of the last position
                // (not after a demand: "insisting that the EC comply ... and cut" is what is demanded)
                ((toks[q]!.lower === 'but' || toks[q]!.lower === 'and') &&
                  cues.length > 0 &&
                  lastCue(cues)!.cue.stance !== 'demand' &&
                  !NOUN_CUES.has(lastCue(cues)!.cue.phrase) &&
                  // ("..., and would cut import duties": a modal of its own makes it a predicate
                  // of the same subject, not the next item of a list)
                  (toks[q - 1]?.text !== ',' || FUTURE_AUX.has(toks[q + 1]?.lower ?? ''))) ||
                // "Bonn would respect the ruling and would allow ...": a second predicate of the same
                // modal shares the subject of the first
                ((toks[q]!.lower === 'and' || toks[q]!.lower === 'but') &&
                  FUTURE_AUX.has(toks[q + 1]?.lower ?? '') &&
                  modalSubject(q, toks[q + 1]!.lower)));
            // "relations have improved since Beijing lifted most of the curbs": a step told as the
            // time or cause of something else is background
            if (
              keep &&
              mentionAt(q) >= 0 &&
              BACKGROUND_OPENERS.has(toks[ar.mentions[mentionAt(q)]!.a - 1]?.lower ?? '')
            )
              keep = false;
          }
          // "the law was (fully) in line with GATT rules", not "must be compatible with ..."
          if (cue.copula) {
            let q = k - 1;
            if (toks[q]?.lower.endsWith('ly')) q--;
            // (past a quote mark: 'was "fully compatible" with')
            if (toks[q]?.kind === TokKind.Punct && isQuote(toks[q]!.text)) q--;
            const be = toks[q]?.lower ?? '';
            if (!BE_FORMS.has(be) || be === 'be' || be === 'been' || be === 'being') keep = false;
          }
          // "the retaliatory tariffs", "its retaliation": an existing measure, not a threat
          if (
            cue.stance === 'condition' &&
            cue.phrase.startsWith('retaliat') &&
            DETERMINERS_TOK.has(toks[k - 1])
          )
            keep = false;
          // "will hold Tokyo to its promise": the promise is the other party's, held to it, no offer
          if (
            cue.stance === 'offer' &&
            toks[k - 2]?.lower === 'to' &&
            POSSESSIVE_PRONOUNS.has(toks[k - 1]?.lower ?? '') &&
            heldTo(toks, k - 2, S.first)
          )
            keep = false;
          // "provided the Commerce Department dropped its threat", "provided they agreed to hold
          // their shipments": a step in a conditional clause is asked of its subject, not offered by it
          if (
            keep &&
            cue.stance === 'offer' &&
            (conditionalSubject(toks, k, S.first) ||
              // ("withdrew its objections to higher quotas for Chilean beef": objections to a
              // measure of others, no step in the dispute with the party)
              (cue.phrase.endsWith('objections') && toks[m.b]?.lower === 'to') ||
              (cue.phrase.endsWith('objection') && toks[m.b]?.lower === 'to'))
          )
            keep = false;
          // "hoped to lift": the speaker's own plan, not a demand on anyone
          if (
            (cue.phrase === 'hope' || cue.phrase === 'hopes' || cue.phrase === 'hoped') &&
            toks[m.b]?.lower === 'to'
          )
            keep = false;
          // "expects imports to fall", "an expected upturn": a forecast; "expects Japan to open ...",
          // "expected that Tokyo would ..." name the party expected to act
          // ("hopes for lower tariffs" names the thing wanted)
          // "is prepared to walk away if ...": a threat to leave the talks, no offer
          if (cue.stance === 'offer' && WALK_OUT.has(toks[m.b]?.lower ?? '')) keep = false;
          // "have argued for some time that any cut must ...": a stretch of time, not a thing
          // argued for
          if (
            cue.phrase.startsWith('argu') &&
            (DURATION_WORDS_TOK.has(toks[m.b]) ||
              (toks[m.b]?.lower === 'a' && DURATION_WORDS_TOK.has(toks[m.b + 1])))
          )
            keep = false;
          // ("London hopes the deal will lift the levy", "a deal which London hopes will lift ...":
          // what the party wants the deal to do)
          if (EXPECT.has(cue.phrase) && !partyNext(m.b) && toks[m.b]?.lower !== 'for' && !dealWill(k, m.b))
            keep = false;
          // "encouraged by the progress": a feeling, not a request ("encourage Tokyo to ..." is one)
          // ("would encourage the carmakers to ...": a government's step promised to its own industry)
          if (
            cue.phrase.startsWith('encourag') &&
            !partyNext(m.b) &&
            !governmentObject(m.b) &&
            !(promisedStep(toks, k, S.first) && industryObject(m.b) !== null)
          )
            keep = false;
          // "asked whether/if/about ...": a question, not a request
          if (cue.phrase.startsWith('ask') && QUESTION_TOK.has(toks[m.b])) keep = false;
          // "officials, who asked not to be named, said": a source's anonymity, not a request
          if (
            cue.phrase.startsWith('ask') &&
            toks[m.b]?.lower === 'not' &&
            toks[m.b + 1]?.lower === 'to' &&
            toks[m.b + 2]?.lower === 'be' &&
            ANONYMOUS.has(toks[m.b + 3]?.lower ?? '')
          )
            keep = false;
          // "the needed facilities": an adjective, not a verb
          if (
            (cue.phrase === 'needed' || cue.phrase.startsWith('need')) &&
            (DETERMINERS_TOK.has(toks[k - 1]) || APPOSITION.has(toks[k - 1]?.lower ?? ''))
          )
            keep = false;
          // "cut the hard currency earnings needed for purchases": a participle after a common noun
          // says what the thing is for, and asks nothing
          if (cue.phrase === 'needed' && toks[m.b]?.lower === 'for' && participleAfterNoun(toks, k, S.first))
            keep = false;
          if (
            (cue.phrase === 'demand' || cue.phrase === 'demands') &&
            (MARKET_DEMAND_TOK.has(toks[k - 1]) ||
              // "depressing its demand for imports", "demand for imports": the economy's demand
              (DETERMINERS_TOK.has(toks[k - 1]) && MARKET_DEMAND_TOK.has(toks[k - 2])) ||
              // "citing weak steel demand": a market word before the good demanded
              (k >= 2 &&
                toks[k - 1]!.kind === TokKind.Word &&
                !toks[k - 1]!.cap &&
                toks[k - 2]!.lower !== 'and' &&
                MARKET_DEMAND_TOK.has(toks[k - 2])) ||
              (toks[m.b]?.lower === 'for' && GOODS.has(toks[m.b + 1]?.lower ?? '')) ||
              // "a slowdown in U.S. demand for computers": market words before a party's singular
              // demand
              (cue.phrase === 'demand' && marketBeforeParty(k)) ||
              marketDemandVerb(toks, m.b, S.last))
          )
            keep = false;
          // "would not negotiate in public", "will not negotiate through the media": a manner of
          // talking refused, no concession
          if (
            cue.stance === 'reject' &&
            cue.phrase.endsWith(' negotiate') &&
            (toks[m.b]?.lower === 'publicly' ||
              (toks[m.b]?.lower === 'in' && toks[m.b + 1]?.lower === 'public') ||
              (toks[m.b]?.lower === 'through' && toks[m.b + 2]?.lower === 'media'))
          )
            keep = false;
          // "Brazil will take 20,000 barrels a day of Nigerian crude": goods taken in an amount are
          // a purchase promised; "it will take two years", "talks will take place" are none
          if (takeCue(cue)) keep = goodsTaken(toks, m.b - 1, S.last, false);
          // "would put its farm tariffs on the table": only a matter put on the bargaining table
          if (keep && cue.phrase.endsWith(' put')) keep = onTheTableAhead(toks, m.b, S.last);
          // "Tokyo would consider tariff cuts on some items", "would consider letting foreign lines
          // open offices": a step weighed is a concession offered; not a measure threatened ("would
          // consider action under Section 301", "retaliatory measures", "imposing quotas of its
          // own") nor one weighed "only if"/"only as part of" a wider deal (a condition, read there)
          if (keep && cue.phrase.endsWith(' consider') && !concessionWeighed(toks, m.b, S.last)) keep = false;
          // "would lift tariffs on its cars to 25 percent from 15 percent": "lift" to a level is a
          // rise, not the measure's removal
          if (
            keep &&
            cue.stance === 'offer' &&
            LIFT_FORMS_TOK.has(toks[m.b - 1]) &&
            liftedToHigherLevel(toks, m.b, S.last)
          )
            keep = false;
          // "would consider a smaller cut provided New Zealand agreed ...", "ready to cut tariffs
          // provided Washington ...": a bare "provided" is a condition only before a party (or its
          // pronoun), not as a verb ("Japan provided Brazil with loans", "the data provided by ...")
          if (cue.phrase === 'provided') {
            const nx = toks[m.b]?.lower ?? '';
            keep =
              mentionAt(k - 1) < 0 &&
              !AUX.has(toks[k - 1]?.lower ?? '') &&
              (partyNext(m.b) ||
                nx === 'it' ||
                nx === 'they' ||
                // "ready to double those purchases, provided the finished clothes enter ...
                // duty-free": after a comma, before a noun phrase, the clause is a condition
                (toks[k - 1]?.text === ',' && PROVIDED_NOUN_OPENERS.has(nx)) ||
                // "ready to cut more of its tariffs provided the origin rules are tightened
                // first", "will support it provided the text is public": a clause of "be" after
                // "the" is the condition's own
                (nx === 'the' && beClauseAt(toks, m.b + 1, S.last)));
          }
          // "X will retaliate / would respond if Y ...": a conditional threat or promise needs a
          // modal in the main clause before it
          if (cue.phrase === 'if' || cue.phrase === 'until' || cue.phrase === 'once') {
            let modalBefore = false;
            // (an offer's terms may come later: "has offered to hold its oven exports to the
            // Community at last year's level if ...", 14 tokens)
            for (let q = Math.max(S.first, k - 16); q < k; q++)
              if (
                (k - q <= 12 &&
                  (modalWord(toks[q]!, CONDITIONAL_MODALS) ||
                    NEGATED_MODALS_TOK.has(toks[q]) ||
                    (modalWord(toks[q]!, READY) && toks[q + 1]?.lower === 'to'))) ||
                (OFFER_VERBS_TO.has(toks[q]!.lower) && toks[q + 1]?.lower === 'to')
              )
                modalBefore = true;
            const prevCue = lastCue(cues)?.cue.phrase;
            const coordinated =
              (prevCue === 'if' || prevCue === 'unless' || prevCue === 'until') &&
              (toks[k - 1]?.lower === 'and' || toks[k - 1]?.lower === 'or');
            keep =
              (modalBefore && k > S.first + 2) ||
              coordinated ||
              (cue.phrase === 'if' && frontedIfComma(toks, S, k) >= 0);
            // "even if", "as if": concessive or comparative; "asked if", "to see if": a question
            if (cue.phrase === 'if' && NOT_CONDITIONAL_IF.has(toks[k - 1]?.lower ?? '')) keep = false;
            // "would push us, if not into a slump, into weaker growth": "if not X" between commas
            // grades a word, it sets no term ("if not, we will act" stays a condition)
            if (cue.phrase === 'if' && toks[k + 1]?.lower === 'not' && ifNotAside(toks, k)) keep = false;
            // "would remain in force until at least 1990", "until the end of June": a time, no term
            if (cue.phrase === 'until' && timeAfter(toks, k + 1)) keep = false;
            // "there was little they could do until the markets calmed": helplessness, no term set
            if (cue.phrase === 'until' && toks[k - 1]?.lower === 'do') {
              for (let q = k - 2; q >= Math.max(S.first, k - 6); q--)
                if (HELPLESS.has(toks[q]!.lower)) keep = false;
            }
            // "will remain so if ...", "could change if ...": a forecast of a state, not a term
            const sv = toks[k - 1]?.lower === 'so' ? toks[k - 2]?.lower : toks[k - 1]?.lower;
            if (cue.phrase === 'if' && STATE_VERBS.has(sv ?? '')) keep = false;
            // "was prepared to hold back output if that was what it took to end the dispute", "if
            // that will keep its exports in the scheme": the step's own purpose, no term set on anyone
            if (
              cue.phrase === 'if' &&
              (toks[k + 1]?.lower === 'that' || toks[k + 1]?.lower === 'this') &&
              (BE_FORMS_TOK.has(toks[k + 2]) || FUTURE_AUX.has(toks[k + 2]?.lower ?? ''))
            )
              keep = false;
            // "once again", "at once", "once more": no condition
            if (
              cue.phrase === 'once' &&
              (ONCE_NOT.has(toks[k + 1]?.lower ?? '') || toks[k - 1]?.lower === 'at')
            )
              keep = false;
          }
          // "to bring the agreement into force as soon as possible": a time, no term
          if (cue.phrase === 'as soon as' && SOON_ENDS.has(toks[m.b]?.lower ?? '')) keep = false;
          // "the lower rate would apply once Washington published the change", "would enter into
          // force once governments ... had ratified it": when a measure takes effect, no term set
          if ((cue.phrase === 'once' || cue.phrase === 'as soon as') && inForceBefore(toks, S.first, k))
            keep = false;
          // ("many of them as soon as the deal takes effect": the same told after the cue)
          if ((cue.phrase === 'once' || cue.phrase === 'as soon as') && takesEffectAfter(toks, m.b, S.last))
            keep = false;
          // "pushing levies on Canadian softwood above 45%", "push Mercosur signing into January":
          // a level or a date moved, nothing asked of anyone
          if (PUSH_CUES.has(cue.phrase) && pushedPast(toks, m.b, S.last)) keep = false;
          // "its complaint", "the complaints": without a named possessor it is no cue, only an
          // issue word ("agreed to suspend its complaint at the WTO")
          if (POSSESSOR_ONLY.has(cue.phrase) && !offerVerb(k, m.b) && agentAfter(m.b) < 0) {
            let q = k - 1;
            if (q > S.first && OFFER_ADJ.has(toks[q]!.lower)) q--; // "Japan's main offers"
            if (isPossessive(toks[q])) q--;
            // "American pressure" names its holder; "American complaints about ..." are no filing
            if (
              (q < S.first || (mentionAt(q) < 0 && !(!cue.phrase.startsWith('complaint') && ar.adjAt[q]))) &&
              !(cue.phrase.startsWith('offer') && presentedOffer(toks, k, S.first))
            )
              keep = false;
          }
          // "Beijing hoped Washington would remove the tariffs", "insists that Tokyo agree to
          // open ...": an offer inside a demand's complement is what is demanded
          if (keep && (cue.stance === 'offer' || cue.modal) && inComplement(toks, lastCue(cues), k))
            keep = false;
          // "urged the administration to keep the quota tight and to reject ...": a refusal asked
          // of another party is part of the demand, not the holder's own rejection
          if (keep && cue.stance === 'reject' && askedToRefuse(toks, lastCue(cues), k)) keep = false;
          // "has no plans to take retaliatory action against the duties": a threat denied, not a refusal
          if (keep && cue.stance === 'reject' && toks[m.b - 1]?.lower === 'to')
            for (let q = m.b; q < Math.min(S.last, m.b + 4); q++)
              if (toks[q]!.lower.startsWith('retaliat')) keep = false;
          // ("has ruled out counter-tariffs", "rejected retaliation": so is a counter-measure refused
          // as the cue's object)
          if (keep && cue.stance === 'reject' && counterMeasureAt(toks, m.b)) keep = false;
          // "refused to budge at first but gave way on Friday": a refusal the sentence says was dropped
          if (keep && cue.stance === 'reject' && refusalGivenUp(toks, m.b, S.last, mentionAt)) keep = false;
          // "hoped Washington would not let its producers harm the trade": a step of the other party's
          // refused inside a demand's complement is what is demanded, not that party's refusal
          if (keep && refusedStep(cue.phrase) && inComplement(toks, lastCue(cues), k)) keep = false;
          // "hoped Washington would not let ...": a refusal hoped of another party is the hope's content
          if (keep && cue.stance === 'reject' && hopedOf(lastCue(cues), k)) keep = false;
          // "EC charges that Canada is refusing to open its fisheries": a refusal alleged by another
          // party is the accuser's complaint, not the accused's position
          const acc = lastCue(cues);
          if (keep && cue.stance === 'reject' && acc && ACCUSATIONS.has(acc.cue.phrase) && k - acc.b <= 6)
            keep = false;
          // "accused the United States of undercutting ... by offering it subsidised grain": what a
          // party is accused of doing is the accuser's complaint, not an offer
          if (keep && cue.stance === 'offer' && accusedOf(toks, S.first, k)) keep = false;
          // "The Community promised to stop undercutting our farmers and it has not kept that
          // promise": a promise told as broken is a complaint, neither an offer nor a refusal
          if (keep && cue.phrase.startsWith('promise') && promiseBroken(toks, S.first, S.last)) keep = false;
          // "Norway cut its gas deliveries to Italy": reducing one's own supplies is no concession
          if (keep && cue.direct && cue.stance === 'offer' && REDUCE_VERBS.has(cue.phrase)) {
            for (let q = m.b; q < Math.min(S.last, m.b + 4); q++)
              if (SUPPLY_NOUNS.has(toks[q]!.lower)) {
                keep = false;
                break;
              }
          }
          // "after a complaint by Europrint", "upheld a complaint from the Commission": the case's
          // origin told by its agent, not a position taken
          if (
            keep &&
            (cue.phrase === 'complaint' || cue.phrase === 'complaints') &&
            (toks[m.b]?.lower === 'by' || toks[m.b]?.lower === 'from')
          )
            keep = false;
          // "supported the U.S. request", "backed the call for ...": backing is a position only
          // when a position is backed ("government-backed credit", "backed by sanctions" are not)
          if (keep && SUPPORT_VERBS.has(cue.phrase) && !positionBacked(toks, m.b, S.last)) keep = false;
          // "would not pay British producers more than the Sleipner price": a price refused only
          // against another ("than"), not "will not pay more for their medicines so that ..."
          if (keep && cue.phrase.endsWith(' pay more') && !thanAhead(toks, m.b, S.last)) keep = false;
          // "has told Greece to phase out ...": telling is a directive only to a party, then "to"
          if (
            keep &&
            (TELL_VERBS.has(cue.phrase) || BIND_VERBS.has(cue.phrase) || PLEA_PHRASES.has(cue.phrase)) &&
            !partyToAct(m.b)
          )
            keep = false;
          // "will address New Delhi's complaints over its curbs", "India's complaint is simple
          // arithmetic": a grievance over a measure or a complaint described is no dispute step
          // (not "a U.S. complaint that ...", "China's complaint at the WTO")
          if (
            keep &&
            (cue.phrase === 'complaint' || cue.phrase === 'complaints') &&
            GRIEVANCE_NEXT.has(toks[m.b]?.lower ?? '')
          )
            keep = false;
          // "is ready to return to the table whenever Washington is": talking again is no concession
          if (keep && cue.stance === 'offer' && READY_TO.has(cue.phrase) && backToTable(toks, m.b))
            keep = false;
          // "a test of its readiness to welcome foreign capital": readiness put to the test is no
          // offer made
          if (keep && READINESS_NOUNS.has(cue.phrase) && readinessTested(toks, k)) keep = false;
          // "has given Italy two months to allow ...": giving is a directive only as a deadline
          if (keep && DEADLINE_VERBS.has(cue.phrase) && !partyGivenDeadline(m.b)) keep = false;
          // (binding terms only of a deal: "a programme that ... commits Brazil to buy ..." names no
          // deal noun as its subject, and a party "obliged" by another is rarely news copy's phrasing)
          if (keep && BIND_VERBS.has(cue.phrase) && !dealSubject(toks, k, S.first)) keep = false;
          // "told a press conference", "press reports that ...": the noun, no pressure
          if (
            keep &&
            cue.phrase === 'press' &&
            (PRESS_NOUNS.has(toks[m.b]?.lower ?? '') || ARTICLES.has(toks[k - 1]?.lower ?? ''))
          )
            keep = false;
          // "will keep its exports below 10,000 tonnes": only a measure held at a level is a promise;
          // "would keep its tariffs in place" keeps a measure as it is, a refusal (as "would stay in
          // place" is)
          if (
            keep &&
            cue.stance === 'offer' &&
            cue.phrase.endsWith(' keep') &&
            !heldAtLevel(toks, m.b, S.last)
          ) {
            // ("will keep the ban because ...": its own restriction kept, with no level, is refused
            // to be lifted)
            if (keptInPlace(toks, m.b, S.last) || keptMeasureAt(toks, m.b)) cue = KEEP_IN_PLACE;
            else keep = false;
          }
          // "rejects Chinese minimum-price offer", "turned down Japan's request": the object
          const pr = lastCue(cues);
          // "would not make payments into EU budgets in return for the exemption": what a refusal
          // would not give in return sets no condition
          if (keep && EXCHANGE_CUES.has(cue.phrase) && pr?.cue.stance === 'reject' && k - pr.b <= 8)
            keep = false;
          if (keep && pr?.cue.stance === 'reject' && cue.stance === 'offer' && k - pr.b <= 4) keep = false;
          // "asked that the quotas be removed and that Japan cut its tariff": a step asked for in a
          // demand's "that" clause is no step taken
          if (keep && cue.direct && cue.stance === 'offer' && pr?.cue.stance === 'demand' && k - pr.b <= 20) {
            let that = -1;
            for (let q = k - 1; q >= pr.b && that < 0; q--) if (toks[q]!.lower === 'that') that = q;
            if (that >= 0 && !clauseJoinBetween(toks, that + 1, k)) keep = false;
          }
          // "refunds had pushed world dairy prices to their lowest level": prices pushed, no demand
          if (keep && PUSH_VERBS.has(cue.phrase))
            for (let q = m.b; q < Math.min(S.last, m.b + 4); q++)
              if (PRICE_LEVELS.has(toks[q]!.lower)) {
                keep = false;
                break;
              }
          // "U.S. and India agree to speed up trade talks", "agreed that their teams would start
          // talks on the tariffs": talks agreed on are a step of procedure, no concession
          // ("agreed on Wednesday to start negotiating": a day or manner between the verb and its "to")
          if (
            keep &&
            (AGREE_CUES.has(cue.phrase) ||
              (cue.phrase.startsWith('agreed ') && cue.phrase.endsWith(' to'))) &&
            talksAgreed(toks, m.b, S.last)
          )
            keep = false;
          // "opened investigations into ...", "opened a Section 301 investigation": no concession
          // ("an investigation that the USTR opened under Section 301": the inquiry before the clause)
          if (keep && cue.direct && (inquiryNext(toks, m.b) || inquiryAntecedent(toks, k, S.first)))
            keep = false;
          // "eased fears of a trade embargo", "lowered tensions": a mood relieved, no concession
          if (keep && cue.direct && cue.stance === 'offer' && MOODS.has(toks[m.b]?.lower ?? '')) keep = false;
          // "Ghana also lifted its farm-gate price": what a government pays its own farmers, no
          // concession to another party
          if (keep && cue.direct && cue.stance === 'offer' && homePriceAt(toks, m.b, S.last)) keep = false;
          // "noted that Israel had cut its own duties on schedule", "Since the Community removed its
          // duty on newsprint ...": a step told as background (pluperfect, or a "since" clause) is
          // no offer
          if (
            keep &&
            cue.direct &&
            cue.stance === 'offer' &&
            !cue.phrase.includes(' ') &&
            (backgroundStep(toks, k, S.first) || datedBefore(toks, m.b, S.last, published))
          )
            keep = false;
          // "withdrew (its) objections to ...": dropping a refusal, not a concession of its own
          if (
            keep &&
            cue.direct &&
            (OBJECTIONS.has(toks[m.b]?.lower ?? '') ||
              (DETERMINERS_TOK.has(toks[m.b]) && OBJECTIONS.has(toks[m.b + 1]?.lower ?? '')))
          )
            keep = false;
          // "We do not oppose the decision, but ...": an opposition denied is no refusal
          if (
            keep &&
            cue.stance === 'reject' &&
            OPPOSE_VERBS.has(cue.phrase) &&
            (toks[k - 1]?.lower === 'not' || toks[k - 1]?.lower === "n't") &&
            DO_FORMS.has(toks[k - 2]?.lower ?? '')
          )
            keep = false;
          // "moves seen as retaliation": a description of a measure, not a threat
          if (keep && cue.phrase.startsWith('retaliat') && toks[k - 1]?.lower === 'as') keep = false;
          // "from which it was removed in retaliation four years ago": a passive past step taken in
          // retaliation is a measure told, no threat
          if (
            keep &&
            cue.phrase === 'retaliation' &&
            toks[k - 1]?.lower === 'in' &&
            toks[k - 2]?.lower.endsWith('ed') === true &&
            PAST_BE.has(toks[k - 3]?.lower ?? '')
          )
            keep = false;
          // "duties it slapped on American cars in 2018, in retaliation for ...": the reason a
          // measure was taken in a past year, no threat
          if (
            keep &&
            cue.phrase === 'retaliation' &&
            toks[k - 1]?.lower === 'in' &&
            toks[m.b]?.lower === 'for' &&
            pastYearBefore(toks, S.first, k)
          )
            keep = false;
          // "has no plans for retaliatory steps for now": a threat denied in its clause
          if (keep && cue.stance === 'condition' && cue.phrase.startsWith('retaliat'))
            for (let q = k - 1; q >= Math.max(S.first, k - 8) && toks[q]!.kind === TokKind.Word; q--)
              if (modalWord(toks[q]!, NEGATION)) keep = false;
          // "more tariff cuts will be announced": an announcement is an offer only of a concession
          if (keep && cue.scope === 'before' && cue.stance === 'offer') {
            let concession = false;
            for (let q = k - 1; q >= Math.max(S.first, k - 24) && !concession; q--)
              concession = CONCESSIONS.has(toks[q]!.lower);
            keep = concession;
          }
          // "the limits to the impact Germany could accept": a relative clause on a noun, no offer
          if (keep && cue.stance === 'offer' && cue.phrase.endsWith('accept')) {
            const mi = mentionAt(k - 1);
            const a0 = mi >= 0 ? ar.mentions[mi]!.a : -1;
            const w = toks[a0 - 1];
            if (
              a0 > S.first + 1 &&
              w?.kind === TokKind.Word &&
              !w.cap &&
              (DETERMINERS_TOK.has(toks[a0 - 2]) || ARTICLES.has(toks[a0 - 2]!.lower))
            )
              keep = false;
          }
          // "the February 22 agreement to stabilise rates": a dated deal described, no party's pledge
          // (a day of the month, not a year: "a 2019 agreement to open" is still the possessor's)
          // ("the Plaza agreement to lower the dollar": a named accord, no party's name before it)
          if (
            keep &&
            cue.phrase.startsWith('agreement') &&
            ((toks[k - 1]?.kind === TokKind.Number && toks[k - 1]!.text.length <= 2) ||
              (toks[k - 1]?.cap && mentionAt(k - 1) < 0 && !ar.adjAt[k - 1] && !isPossessive(toks[k - 1])))
          )
            keep = false;
          // "demanded the early debate on the proposal": a procedural request, no position on it
          if (keep && cue.stance === 'demand' && !cue.implies && !cue.modal)
            for (let q = m.b; q < Math.min(S.last, m.b + 3); q++)
              if (toks[q]!.lower === 'debate') keep = false;
          // "will fight for its farmers": support, not opposition
          if (keep && cue.phrase.endsWith('fight') && toks[m.b]?.lower === 'for') keep = false;
          // "phased in over as long as fifteen years": a length of time, no term
          if ((cue.phrase === 'as long as' || cue.phrase === 'so long as') && spanAfter(toks, m.b))
            keep = false;
          // "what needs to be done": a generic clause, no party asked
          if (keep && cue.modal && toks[k - 1]?.lower === 'what') keep = false;
          // "to drop the rule that foreign firms must form a joint venture": what a rule says, the
          // matter of the cue before it
          if (keep && cue.modal && ruleContentBefore(toks, k, S.first)) keep = false;
          // "exports should grow by about five pct next year": a forecast of a market, no demand
          if (keep && cue.modal && FORECAST_MOVES.has(toks[m.b]?.lower ?? '')) keep = false;
          // "shipments should pick up when its buying year begins": a recovery forecast, the
          // particle closing the verb ("should pick up the bill" takes an object: kept)
          if (keep && cue.modal && intransitivePickUp(toks, m.b)) keep = false;
          // "Coconut products would earn about 700 mln dlrs if world prices held", "traffic would
          // double within ten years if the limit were raised": an outcome forecast on a supposition
          if (keep && cue.phrase === 'if' && outcomeBefore(toks, S.first, k)) keep = false;
          // "expects West Germany's trade surplus to narrow to about 105 billion marks", "officials
          // expect it to top five billion": a forecast of a figure, no demand
          if (keep && cue.phrase.startsWith('expect') && expectedMove(toks, m.b, S.last)) keep = false;
          // "the bloc should insist on ...", "Japan must agree to ...": the modal carries the position
          const pm = lastCue(cues);
          if (
            keep &&
            pm?.cue.modal &&
            !cue.modal &&
            (k === pm.b || (k === pm.b + 1 && modalWord(toks[pm.b]!, AUX)))
          )
            keep = false;
          // "has dropped, for now, its demand", "to stop pressing": no position, and no scope end
          // "agreed ... to stop pressing foreign companies to ...": ending a practice is no cue
          // ("the duties would be ended as soon as ...": a conditional clause after the verb is a term)
          if (keep && STOP_DOING.has(toks[k - 1]?.lower ?? '') && !CONDITION_CLAUSE.has(cue.phrase))
            keep = false;
          // "declined to comment on the tariffs" is no refusal: "declined" counts only bare ("has so
          // far declined.") or as "declined to do so" ("declined to cut ...", a phrase of its own, is one)
          if (keep && cue.phrase.startsWith('declin') && !cue.phrase.includes(' ') && !bareRefusal(toks, m.b))
            keep = false;
          // "as Japan's crude steel output declined, ...": a figure that fell, no party refusing
          if (
            keep &&
            cue.phrase.startsWith('declin') &&
            !cue.phrase.includes(' ') &&
            FALLING_FIGURES.has(toks[k - 1]?.lower ?? '')
          )
            keep = false;
          // "rejected the argument that ...": a claim, not an issue
          // ("rejected any suggestion that they were export subsidies": a charge against its own
          // measures denied is a refusal, as "were not dumping" is)
          // ("rejected the suggestion." with no "that" after it: a proposal refused)
          if (
            keep &&
            cue.stance === 'reject' &&
            CLAIMS.has(toks[m.b + 1]?.lower ?? '') &&
            (!PROPOSALS.has(toks[m.b + 1]!.lower) || toks[m.b + 2]?.lower === 'that') &&
            !chargeDenied(toks, m.b + 2, S.last)
          )
            keep = false;
          // "in retaliation for Brazil's refusal to ...": the retaliating side's grievance, told in its
          // voice, is no position of the party blamed; what is refused is the retaliation's issue
          if (keep && cue.stance === 'reject' && NOUN_CUES.has(cue.phrase)) {
            const pc = lastCue(cues);
            if (pc && pc.cue.stance === 'condition' && RETALIATION.has(pc.cue.phrase) && k - pc.b <= 4)
              keep = false;
          }
          // "the offer fell short of what we sought", "a proposal Washington says would cover only a
          // small share of the trade" judge a proposal; "exports fell short of forecasts" is a statistic
          if (
            keep &&
            cue.scope === 'before' &&
            (cue.phrase.endsWith('short of') || cue.phrase.startsWith('only a'))
          ) {
            let judged = false;
            for (let q = k - 1; q >= Math.max(S.first, k - 6) && !judged; q--)
              judged = PROPOSALS.has(toks[q]!.lower) || DEAL_NOUNS_TOK.has(toks[q]);
            keep = judged;
          }
          // "the duties would stay." keeps a measure; "would stay until ...", "would stay above 80
          // billion dlrs", "would stay outside any concessions" go on to a condition or a forecast
          // ("the new duty would stay in place for imports": a measure kept "in place"/"in force"
          // goes on with what it covers, unless a condition follows: KEPT_UNTIL)
          if (
            keep &&
            KEPT_CUES.has(cue.phrase) &&
            toks[m.b] &&
            toks[m.b]!.kind !== TokKind.Punct &&
            !(
              (cue.phrase.endsWith(' place') || cue.phrase.endsWith(' force')) &&
              !KEPT_UNTIL.has(toks[m.b]!.lower)
            ) &&
            // ("the rule would stay in force until 1990": a date is no condition)
            !untilDate(toks, m.b)
          )
            keep = false;
          // "since China began requiring licences for the metals": a requirement a party started
          // imposing is its measure, not a demand on anyone
          if (
            keep &&
            cue.stance === 'demand' &&
            cue.phrase.startsWith('requir') &&
            (BEGIN_VERBS.has(toks[k - 1]?.lower ?? '') ||
              // ("would end the case-by-case licensing it has required since July 2019": a
              // requirement in force since a date is a measure told)
              toks[m.b]?.lower === 'since')
          )
            keep = false;
          // "will challenge the tariffs at the WTO": only before a dispute body, and not as the threat
          // of an "if" clause ("would challenge any duties at the WTO if Beijing went ahead")
          if (keep && CHALLENGE.has(cue.phrase) && !challengeAtBody(toks, m.b, S.last)) keep = false;
          // "kept dairy out of the deal": only goods kept out by a verb of keeping out ("exports from
          // the deal", "benefits from the agreement" are none)
          if (keep && KEPT_OUT.has(cue.phrase) && !keptOutBefore(toks, k, S.first)) keep = false;
          // "Beijing said the demand for currency commitments was unacceptable": a demand named by a
          // bare determiner and judged in its clause is the other side's, told by the judge (not
          // coded; its complement still names what the judgement is on)
          if (keep && cue.stance === 'reject' && cue.scope === 'before') {
            const pc = lastCue(cues);
            if (
              pc &&
              !pc.dropped &&
              pc.cue.stance === 'demand' &&
              NOUN_CUES.has(pc.cue.phrase) &&
              BARE_DETERMINERS.has(toks[pc.a - 1]?.lower ?? '') &&
              k - pc.b <= 12 &&
              clausePunctEnd(toks, pc.b, k) === k
            )
              pc.dropped = true;
          }
          if (keep) {
            const dropped = retracted(toks, k, S.first, NOUN_CUES.has(cue.phrase));
            cues.push(dropped ? { cue, a: k, b: m.b, dropped } : { cue, a: k, b: m.b });
          } else if (POSSESSOR_ONLY.has(cue.phrase) || takeCue(cue)) {
            // (a word of a dropped cue may open another: "would take the matter to the GATT")
            k++;
            continue;
          }
          k = m.b;
          continue;
        }
      }
      k++;
    }
    // quoted or reported speech: only cues need it, so sentences without one skip the scan (which
    // ends at the first report word when the sentence has no quote mark)
    const noQuote = cues.length > 0 && !quoteIn(S);
    if (cues.length > 0)
      for (let k = S.first; k < S.last && !((quoted || noQuote) && reported); k++) {
        const t = toks[k]!;
        // quote marks are punctuation tokens, report verbs words: one kind test, not both
        if (t.kind === TokKind.Punct) {
          if (isQuote(t.text)) quoted = true;
          continue;
        }
        if (reported) continue;
        const lw = t.lower;
        if (
          (t.w & (W_SPEECH | WordSet.Reporting)) !== 0 ||
          // "had made clear that ...": a statement too
          (lw === 'clear' && MAKE_TOK.has(toks[k - 1]))
        )
          reported = true;
      }
    let sentenceHolder: ActorInfo | null = null;
    /** sentenceHolder's target, and where its cue starts. */
    let sentenceTarget: ActorInfo | null = null;
    let sentenceCueAt = -1;
    /** The parties holding a position together with sentenceHolder ("Malawi and Burundi said"). */
    let sentenceCoHolders: ActorInfo[] = [];
    /** controlsTopic before this sentence, for collectIssues to ask only when it meets a generic measure. */
    const topicBefore = (): Issue | null => controlsTopic(S.first);
    // Where a cue's scope (the words after it that say what it is on) ends: at nextCue or
    // MAX_SCOPE tokens on, else earlier at a clause break, a second act of the same subject, a
    // condition set on it or a purpose ("to protect ..."). (A function of its own, as cueIssues is,
    // to keep cueAt well below the optimizer's size limit.)
    const scopeEndOf = (
      cu: CueAt,
      stance: Stance,
      nextCue: CueAt | undefined,
      relativeClause: boolean,
    ): number => {
      let scopeEnd = Math.min(nextCue ? nextCue.a : S.last, cu.b + MAX_SCOPE);
      for (let k = cu.b; k < scopeEnd; k++) {
        const lw = toks[k]!.lower;
        // "replace the accord, which runs out in December, with one that ...": an aside between
        // commas whose sentence goes on with a preposition of the cue's verb
        if (lw === ',' && !relativeClause && APPOSITIVE_OPENERS_TOK.has(toks[k + 1])) {
          const r = asideEnd(toks, k, scopeEnd);
          if (r > 0) {
            k = r;
            continue;
          }
        }
        if (
          lw === ';' ||
          (lw === ':' && newSubject(toks, k + 1, mentionAt)) ||
          (lw === 'and' && k > cu.b && newClauseAfterAnd(toks, k + 1, mentionAt)) ||
          // "rejected the offers as too low and imposed provisional duties": a second act of the
          // same subject is no part of what the cue names
          (lw === 'and' && k > cu.b + 1 && SECOND_ACTS.has(toks[k + 1]?.lower ?? '')) ||
          // "refused to include dairy in the tariff cuts, and that food rules would not change"
          // ("until there was evidence that X had stopped ... and that Y ...": both are the condition)
          (lw === 'and' && toks[k + 1]?.lower === 'that' && stance !== 'condition') ||
          // "seek lower tariffs as Washington eyes more investment": a clause of another subject
          (lw === 'as' && k > cu.b && mentionAt(k + 1) >= 0 && partyVerbAfter(k + 1)) ||
          (lw === 'but' && k > cu.b + 1) ||
          // "could not cut the duties sharply, because its own makers had surplus capacity": the
          // reason given is no part of what is asked or refused
          (lw === 'because' && k > cu.b + 1) ||
          // "would not accept a limit on volumes in place of a dumping case": the alternative set
          // against what is refused is no part of it (a demand's alternative is what it asks
          // against: "wanted the case settled through dialogue rather than tariffs")
          (stance === 'reject' && k > cu.b + 1 && alternativeOpens(toks, k)) ||
          // "Romania should let more citizens leave if it wished to go on selling in the American
          // market": what a modal asks ends at a conditional clause (the reason, not the request)
          (cu.cue.modal === true && (lw === 'if' || lw === 'unless') && k > cu.b + 1) ||
          // "was prepared to limit its shipments if the duty were cut", "willing to discuss a
          // ceiling, provided the duty proposal was withdrawn": the terms an offer or demand is
          // made on are the condition's, not what is offered or asked
          (stance !== 'condition' && k > cu.b + 1 && conditionOpens(k)) ||
          (lw === ',' &&
            (relativeClause || CLAUSE_BREAK.has(toks[k + 1]?.lower ?? '') || sideClause(toks, k + 1)))
        ) {
          scopeEnd = k;
          break;
        }
      }
      // "would not trade away the farmers for a lower car tariff": what is not given up ends at "for"
      if (cu.cue.phrase.endsWith('away'))
        for (let k = cu.b; k < scopeEnd; k++)
          if (toks[k]!.lower === 'for') {
            scopeEnd = k;
            break;
          }
      for (let k = cu.b + 1; k < scopeEnd; k++) {
        // no string joins for other words
        if (
          (toks[k]!.w & WordSet.AfterCue) === 0 ||
          !PURPOSE_FIRST_TOK.has(toks[k]) ||
          !PURPOSE_SECOND.has(toks[k + 1]?.lower ?? '')
        )
          continue;
        // "the decision to keep the duties": the complement of a measure noun, not a purpose
        // ("Brazil's refusal to protect software": the complement of a commitment noun)
        if (
          MEASURE_REFS.has(toks[k - 1]!.lower) ||
          PROPOSALS.has(toks[k - 1]!.lower) ||
          COMMITMENT_NOUNS.has(toks[k - 1]!.lower) ||
          // ("insisted on keeping the right to protect young industries": what the right the cue
          // asks for is to do)
          (RIGHT_NOUNS.has(toks[k - 1]!.lower) && k - cu.b <= 4)
        )
          continue;
        // "asked Brussels to keep its access", "called on the Commission to keep enough quota":
        // right after a directive's addressee, "to keep" is what is asked, not a purpose
        // ("expected the bloc to protect its access": the same after an expectation of a party)
        if (
          // ("would press the United States to keep the preferences": `press` is a directive)
          (DIRECTIVE_DEMANDS_TOK.has(toks[cu.a]) ||
            EXPECT.has(toks[cu.a]!.lower) ||
            toks[cu.a]!.lower === 'ask') &&
          addresseeBefore(asideBefore(toks, k), cu.b)
        )
          continue;
        // "if exporters agreed to keep their shipments at an orderly level": the complement of a
        // verb that takes one ("agreed", "promised", "refused"), not a purpose
        if (INFINITIVE_TAKERS.has(toks[k - 1]!.lower)) continue;
        const two = toks[k]!.lower + ' ' + (toks[k + 1]?.lower ?? '');
        // "wants the programme reworked so that beneficiaries lower their barriers": what the
        // change asked for is to do, not why it is asked
        if (two === 'so that' && CHANGED.has(toks[k - 1]!.lower)) continue;
        if (
          PURPOSE.has(two) ||
          PURPOSE.has(toks[k]!.lower + ' ' + (toks[k + 1]?.lower ?? '') + ' ' + (toks[k + 2]?.lower ?? ''))
        ) {
          scopeEnd = k;
          break;
        }
      }
      return scopeEnd;
    };
    // The issues a cue's position is on: the words of its scope [cu.b, scopeEnd), read again by
    // what they name (a price, a case's remedy, money, a dispute step), else the matter it refers
    // back to (the sentence before, the story's main issue). Empty: no position. (A function of
    // its own, as cueAt's stages are: together they were near the optimizer's size limit.)
    const cueIssues = (
      c: number,
      stance: Stance,
      holder: ActorInfo,
      target: ActorInfo | null,
      nextCue: CueAt | undefined,
      scopeEnd: number,
      openClaim: boolean,
      passiveAgent: boolean,
    ): Set<Issue> => {
      const cu = cues[c]!;
      const modal = !!cu.cue.modal;
      // where a measure kept before an "until" clause begins, when the clause is on it
      let keptFrom = -1;
      // ("India kept its farm sector out of the deal, a red line its negotiators held": a noun cue
      // set off as the clause's appositive names that whole clause, across the cue inside it)
      const appositive =
        NOUN_CUES.has(cu.cue.phrase) &&
        cu.a - 2 >= S.first &&
        toks[cu.a - 2]!.text === ',' &&
        ARTICLES.has(toks[cu.a - 1]!.lower);
      const prevCueEnd = c > 0 && !appositive ? cues[c - 1]!.b : S.first;
      // a fronted "if" clause names the measure the threat is tied to; the main clause after its
      // comma ("Brazil would answer under its reciprocity law") only when the clause names none
      const ifComma =
        cu.cue.phrase === 'if'
          ? frontedIfComma(toks, S, cu.a)
          : cu.cue.phrase === 'unless'
            ? frontedUnlessEnd(toks, S, cu.a)
            : -1;
      const ifIssues =
        ifComma > cu.b
          ? collectIssues(
              lex.issueFirst,
              toks,
              cu.b,
              ifComma,
              ar.mentionAt,
              controlledAt,
              topicBefore,
              isControlStory,
              banStory,
            )
          : null;
      const issues = ifIssues?.size
        ? ifIssues
        : openClaim
          ? new Set<Issue>(['market_access'])
          : cu.cue.implies
            ? new Set<Issue>([cu.cue.implies])
            : cu.cue.scope === 'before'
              ? new Set<Issue>()
              : collectIssues(
                  lex.issueFirst,
                  toks,
                  cu.b,
                  scopeEnd,
                  ar.mentionAt,
                  controlledAt,
                  topicBefore,
                  isControlStory,
                  banStory,
                );
      // "will scrap its duties on U.S. goods, accept U.S. safety standards and ...": each step of
      // a list of the cue's steps names its own matter, a weak word included (the whole scope
      // hears only its strong words)
      if (issues.size > 0 && !cu.cue.implies && cu.cue.scope !== 'before' && stance !== 'reject')
        for (let k = cu.b + 2; k < scopeEnd; k++) {
          if (!listedStepAt(toks, k)) continue;
          let e = k + 1;
          while (e < scopeEnd && !listedStepAt(toks, e)) e++;
          for (const i of collectIssues(lex.issueFirst, toks, k, e, ar.mentionAt)) issues.add(i);
          k = e - 1;
        }
      // "said the tariffs must be removed", "the tariffs should stay in place until a deal ...": a
      // modal whose subject is a measure and whose verb undoes or keeps it is a demand on that
      // measure (a condition's clause after it names what the measure waits on, not the matter)
      if (modal && !cu.cue.implies && cu.cue.scope !== 'before' && measureFateAt(toks, cu.b)) {
        const own = modalSubjectIssues(cu.a);
        // ("said the duty must stay" in a countervailing duty case: the remedy's matter)
        if (
          own.size === 1 &&
          own.has('tariffs') &&
          DUTY_NOUNS.has(toks[cu.a - 1]!.lower) &&
          (remedyCase ??= dumpingNamed(toks))
        ) {
          own.clear();
          own.add('subsidies');
        }
        if (own.size > 0) {
          issues.clear();
          for (const i of own) issues.add(i);
        }
      }
      // "will protect 216 European food names" is a promise; "will protect its farmers" none
      if (cu.cue.phrase.endsWith(' protect') && !issues.has('ip_protection')) issues.clear();
      // "called on the government to keep beef and pork out of any trade deal", "asked the
      // government to keep cars off the list": goods a party asks to keep out of a deal's
      // liberalisation are a plea to keep their tariffs (the modern labels' reading; the 1980s wire
      // codes such pleas by the goods' market)
      if (
        stance === 'demand' &&
        cu.cue.scope !== 'before' &&
        published !== null &&
        published >= EXPORT_CURBS_CONTROLS_FROM &&
        askedKeptOutOfDeal(toks, cu.b, S.last)
      ) {
        issues.clear();
        issues.add('tariffs');
      }
      // "asked to keep importing wheat at 10 percent rather than 35 percent", "a request to import
      // industrial sugar at a lower rate": goods let in at a rate are a tariff matter
      if (
        issues.size === 1 &&
        issues.has('market_access') &&
        cu.cue.scope !== 'before' &&
        importAtRate(toks, cu.b, scopeEnd)
      ) {
        issues.clear();
        issues.add('tariffs');
      }
      // "had urged Ottawa to drop the levy", "has offered to fold the levy into any international
      // agreement" in a story of a digital services tax: the tax named again by its head is that
      // tax (market access, as the labels code a digital tax), not a duty
      if (
        issues.size === 1 &&
        issues.has('tariffs') &&
        cu.cue.scope !== 'before' &&
        bareLevyIn(toks, cu.b, scopeEnd) &&
        (digitalTax ??= digitalTaxStory(toks))
      ) {
        issues.clear();
        issues.add('market_access');
      }
      // "said it would suspend imports of Taiwanese pineapples", "would cut imports of coal": a
      // party curbing what it buys imposes a measure, it concedes nothing
      if (stance === 'offer' && verbObjectAt(toks, cu.b, CURB_VERBS, OWN_BUYING, 1)) issues.clear();
      // "U.S. to suspend Thai trade preferences", "would withdraw GSP benefits": taking away what
      // the other party enjoys is a sanction, no concession
      if (stance === 'offer' && verbObjectAt(toks, cu.b, TAKE_AWAY_VERBS, BENEFIT_NOUNS, 4)) issues.clear();
      // "unless China backs away from the controls": a generic measure named by a determiner
      // alone is the one the story named last with that head ("its export controls")
      if (issues.size === 0 && cu.cue.scope !== 'before') {
        const i = genericReferent(cu.b, scopeEnd);
        if (i) issues.add(i);
      }
      // "asked Italy to scrap its pasta law, which bars imports of soft wheat pasta": a measure
      // named by its kind alone, then told in a relative clause set off by a comma, is what that
      // clause says it does (the clause ends the scope, as an aside, but names the matter)
      if (
        issues.size === 0 &&
        cu.cue.scope !== 'before' &&
        scopeEnd - 1 > cu.b &&
        toks[scopeEnd]?.text === ',' &&
        toks[scopeEnd + 1]?.lower === 'which' &&
        MEASURE_KINDS.has(toks[scopeEnd - 1]!.lower)
      ) {
        let e = scopeEnd + 2;
        while (e < S.last && e < scopeEnd + 16 && toks[e]!.kind !== TokKind.Punct) e++;
        for (const i of collectIssues(lex.issueFirst, toks, scopeEnd + 2, e, ar.mentionAt)) issues.add(i);
      }
      // "agreed to buy more American energy and to cut its own tariffs": a cue that names its
      // matter in its verb ("buy") keeps the matter of a second infinitive joined to it
      if (cu.cue.implies && !openClaim)
        for (let k = cu.b; k < scopeEnd - 2; k++)
          if (toks[k]!.lower === 'and' && toks[k + 1]!.lower === 'to') {
            for (const i of collectIssues(lex.issueFirst, toks, k + 2, scopeEnd, ar.mentionAt)) issues.add(i);
            break;
          }
      // "urged the Commission to turn down the Korean offer", "Washington had rejected the
      // proposal": an offer told before, refused or asked to be, is on that offer's matter (the
      // last offer the story recorded)
      if (
        issues.size === 0 &&
        ((stance === 'demand' && offerRefusedAt(toks, cu.b, scopeEnd)) ||
          (stance === 'reject' && offerNamedAt(toks, cu.b)))
      )
        // (all the issues that offer was read on: "offered to raise the minimum prices and to
        // tighten inspections")
        for (let o = out.length - 1, at = -1; o >= 0; o--)
          if (out[o]!.stance === 'offer' && (at < 0 || out[o]!.start === at)) {
            issues.add(out[o]!.issue);
            at = out[o]!.start;
          } else if (at >= 0) break;
      // "would cut its tariffs provided Washington did not press for a faster rise in the Taiwan
      // dollar": a cue inside a conditional clause is part of what the condition asks, so the
      // clause's words past it, to its end, name the issue
      if (
        issues.size === 0 &&
        CONDITION_CLAUSE.has(cu.cue.phrase) &&
        cu.cue.stance === 'condition' &&
        nextCue &&
        scopeEnd === nextCue.a &&
        nextCue.cue.stance === 'demand' &&
        // (not "if Washington would drop its demand for lower rice tariffs": a demand named as a thing)
        !NOUN_CUES.has(nextCue.cue.phrase)
      ) {
        let end = nextCue.b;
        const last = Math.min(S.last, nextCue.b + MAX_SCOPE);
        while (end < last && toks[end]!.text !== ',' && toks[end]!.text !== ';') end++;
        for (const i of collectIssues(lex.issueFirst, toks, nextCue.b, end, ar.mentionAt)) issues.add(i);
      }
      // "were willing to take the full contract tonnage", "expected West German companies to take
      // more Soviet manufactured goods": goods taken in an amount are a purchase (with no issue
      // word, or only the volume's own market word)
      if (
        (stance === 'offer' || stance === 'demand') &&
        !cu.cue.implies &&
        cu.cue.scope !== 'before' &&
        (issues.size === 0 || (issues.size === 1 && issues.has('market_access'))) &&
        goodsTaken(toks, cu.b, scopeEnd, issues.size === 1)
      ) {
        issues.clear();
        issues.add('purchases');
      }
      // "could not accept any cut in tonnage below last year's level": in a story of supply
      // contracts, the tonnage a buyer takes is a purchase, not a quota's access
      if (
        issues.size === 1 &&
        issues.has('market_access') &&
        tonnageOnly(toks, cu.b, scopeEnd) &&
        (contractStory ??= namesContract(toks))
      ) {
        issues.clear();
        issues.add('purchases');
      }
      // "Israel had demanded a cut of at least five dlrs", "refused to go below its official
      // selling price": a contract's price asked, refused or set as a condition names no taxonomy
      // issue: `other`, not the story's market or purchase words around it (in a dumping case a
      // price is an undertaking, read below)
      if (
        stance !== 'offer' &&
        !cu.cue.implies &&
        cu.cue.scope !== 'before' &&
        !cu.cue.modal &&
        !NEEDS_TOK.has(toks[cu.a])
      ) {
        const p = priceObjectAt(toks, cu.b, Math.min(scopeEnd, cu.b + 10));
        if (
          p >= 0 &&
          // (an issue named of the object itself, a duty, a subsidy, a patent or a dispute step,
          // stands; market, purchase and other words around a price give way)
          (issues.size === 0 ||
            (!issues.has('tariffs') &&
              !issues.has('subsidies') &&
              !issues.has('ip_protection') &&
              !issues.has('enforcement') &&
              onlyOther(collectIssues(lex.issueFirst, toks, cu.b, p + 1, ar.mentionAt)))) &&
          !(remedyCase ??= dumpingNamed(toks))
        ) {
          issues.clear();
          issues.add('other');
        }
      }
      // "was ready to raise its purchases if prices came down to world levels", "provided the log
      // price came down": a conditional clause naming no issue of its own, but a contract's price
      // as its subject or object, waits on that price (`other`), not on the matter of the step
      // it is tied to (in a dumping case a price is an undertaking's, read below)
      if (
        issues.size === 0 &&
        stance === 'condition' &&
        CONDITION_CLAUSE.has(cu.cue.phrase) &&
        priceInClauseOpening(toks, cu.b, Math.min(scopeEnd, cu.b + 5)) &&
        // (not a price held against costs, "only if the seller's price covers its full costs": the
        // pricing below cost of a dumping or subsidy charge)
        !wordIn(toks, cu.b, Math.min(scopeEnd, cu.b + MAX_SCOPE), COST_NOUNS) &&
        !(remedyCase ??= dumpingNamed(toks))
      )
        issues.add('other');
      // "prepared to set minimum export prices", "urged the government to reject any price deal":
      // in a dumping or subsidy case a price floor, a price deal or an undertaking is the case's
      // remedy (ANNOTATION.md: dumping -> subsidies), not the market or contract words around it
      if (
        !cu.cue.implies &&
        cu.cue.scope !== 'before' &&
        !NEEDS_TOK.has(toks[cu.a]) &&
        !CONDITION_CLAUSE.has(cu.cue.phrase) &&
        (issues.size === 0 || caseWordsOnly(issues) || onlyOther(issues)) &&
        priceUndertakingAt(toks, cu.a, Math.min(scopeEnd, cu.b + 8)) &&
        (remedyCase ??= dumpingNamed(toks))
      ) {
        // (a dispute step named with it stands: "... and to tighten inspections at the border")
        const step = issues.has('enforcement');
        issues.clear();
        issues.add('subsidies');
        if (step) issues.add('enforcement');
      }
      // "agreed to levy the new tax if a U.S. forest lobby would drop its request for a countervail
      // duty", "agreed last December to the 15 pct charge": in a dumping or subsidy case, a tax or
      // charge a party takes on its own exports is the case's remedy (subsidies), no tariff
      if (
        stance === 'offer' &&
        !cu.cue.implies &&
        cu.cue.scope !== 'before' &&
        (issues.size === 0 || (issues.size === 1 && issues.has('tariffs'))) &&
        ownChargeAt(toks, cu.b, Math.min(scopeEnd, cu.b + 6)) &&
        ((remedyCase ??= dumpingNamed(toks)) || subsidyNamed(toks))
      ) {
        issues.clear();
        issues.add('subsidies');
      }
      // "agreed to extend government-backed credit on part of the sales", "wants the Community to
      // raise the annual payment it makes": credit, a payment, a fund or a debt named as the
      // object is money, `other`, not the market or purchase words after it
      // (not a need, "needs money to service its debt", nor a conditional clause's subject, "as
      // long as the country's foreign debt stayed above ...", nor "more than money")
      if (
        !cu.cue.implies &&
        cu.cue.scope !== 'before' &&
        !NEEDS_TOK.has(toks[cu.a]) &&
        !CONDITION_CLAUSE.has(cu.cue.phrase) &&
        (issues.size === 0 || weakIssuesOnly(issues))
      ) {
        const p = objectHeadAt(toks, cu.b, Math.min(scopeEnd, cu.b + 8), MONEY_HEADS);
        if (
          p >= 0 &&
          (issues.size === 0 || onlyOther(collectIssues(lex.issueFirst, toks, cu.b, p + 1, ar.mentionAt)))
        ) {
          issues.clear();
          issues.add('other');
        }
      }
      // "threatened to retaliate against U.S. farm exports if Washington withdrew Argentina's trade
      // preferences": a retaliation on goods named only by their trade is a condition on the
      // measure its conditional clause names (ANNOTATION.md: a threat tied to a measure)
      if (
        stance === 'condition' &&
        RETALIATE_VERBS.has(cu.cue.phrase) &&
        issues.size > 0 &&
        weakIssuesOnly(issues) &&
        nextCue &&
        CONDITION_CLAUSE.has(nextCue.cue.phrase) &&
        nextCue.a < S.last &&
        nextCue.a - cu.b <= 10
      ) {
        const named = collectIssues(lex.issueFirst, toks, nextCue.b, S.last, ar.mentionAt);
        if (!weakIssuesOnly(named)) {
          issues.clear();
          for (const i of named) if (i !== 'market_access' && i !== 'purchases') issues.add(i);
        }
      }
      // "Chile will not cut its copper production to support prices", "ready to cut its own output
      // by five pct": a producer's volume named alone is the overcapacity side of a subsidy or
      // dumping row only in a story that names one; among producers managing supply it is other
      if (
        issues.size === 1 &&
        issues.has('subsidies') &&
        wordIn(toks, S.first, S.last, VOLUME_WORDS) &&
        !strongIssueIn(lex.issueFirst, toks, S.first, S.last, ar.mentionAt, 'balance') &&
        !(remedyCase ??= dumpingNamed(toks)) &&
        !(subsidyStory ??= subsidyNamed(toks) || wordIn(toks, 0, toks.length, AID_WORDS))
      ) {
        issues.clear();
        issues.add('other');
      }
      // "Weglokoks has offered 43 dlrs a tonne", "offered 5.5 pct of catch value": a price offered
      // by its figure is a contract's term, `other`, not the goods' market words after it
      if (
        stance === 'offer' &&
        (issues.size === 0 || weakIssuesOnly(issues)) &&
        OFFER_NOUN_VERBS.has(cu.cue.phrase) &&
        priceFigureAt(toks, cu.b)
      ) {
        issues.clear();
        issues.add('other');
      }
      // "would take the matter to the GATT if the duties were applied", "would go back to GATT if
      // ...", "urged the government to take the beef issue to the GATT": a complaint or case
      // threatened or asked for is on dispute settlement (ANNOTATION.md: a GATT complaint is
      // enforcement), whatever the conditional clause or the case's goods name
      // (a case threatened unless the other side acts is on the measure the condition names too:
      // "would go back to the WTO if the tariffs were not removed")
      if ((stance === 'condition' || stance === 'demand') && !cu.cue.implies) {
        if (CONDITION_CLAUSE.has(cu.cue.phrase)) {
          if (
            disputeStepIn(clauseBefore(toks, Math.max(prevCueEnd, cu.a - MAX_SCOPE), cu.a, mentionAt), cu.a)
          )
            issues.add('enforcement');
        } else if (
          cu.cue.scope !== 'before' &&
          (disputeStepIn(cu.b, scopeEnd) ||
            // "asked the GATT Council to set up a working party", "will ask GATT to rule on Japan's
            // duty": what is asked of the body that rules on disputes is a step in the dispute
            (stance === 'demand' && arbiterAsked(toks[cu.b]?.lower === 'the' ? cu.b + 1 : cu.b)))
        ) {
          issues.clear();
          issues.add('enforcement');
        }
      }
      // "said the ban would stay until domestic prices eased": a measure kept until a state of
      // things that no party brings about is a condition on that measure, not on the state's
      // words ("until Canada drops its levy", a party acting, names the condition's own matter)
      if (
        stance === 'condition' &&
        (cu.cue.phrase === 'until' || cu.cue.phrase === 'till') &&
        (issues.size === 0 || onlyOther(issues)) &&
        !partyActs(cu.b)
      ) {
        const own = keptMeasureIssues(cu.a);
        if (own.size > 0) {
          keptFrom = Math.max(S.first, cu.a - 10);
          issues.clear();
          for (const i of own) issues.add(i);
        }
      }
      // "the volume of goods it buys has to reflect demand": a modal's subject names the issue
      // "threatened to impose tariffs unless Mexico curbed migration": with nothing in the
      // conditional clause, the condition is on the measure threatened before it
      // "the tariffs could be avoided if Paris withdrew the tax": what another party must do, named
      // outside the taxonomy, is the condition's issue, not the measure before it
      if (
        issues.size === 0 &&
        stance === 'condition' &&
        CONDITION_CLAUSE.has(cu.cue.phrase) &&
        cu.cue.phrase !== 'unless' && // "threatened duties unless Lima curbed ...": the threat's issue
        (partyActs(cu.b) || (STRICT_CONDITIONS.has(cu.cue.phrase) && groupAgrees(toks, cu.b)))
      )
        issues.add('other');
      // "more tariff cuts on 300 products will be announced": the issue named at the concession noun
      if (cu.cue.scope === 'before' && stance === 'offer') {
        for (let q = cu.a - 1; q >= Math.max(S.first, cu.a - 24); q--)
          if (CONCESSIONS.has(toks[q]!.lower)) {
            for (const i of collectIssues(
              lex.issueFirst,
              toks,
              Math.max(S.first, q - 3),
              Math.min(cu.a, q + 4),
              ar.mentionAt,
            ))
              issues.add(i);
            break;
          }
        if (issues.size === 0) return issues;
      }
      // "said the overall ceiling would not be raised": what will not be changed is the subject
      // of the cue's clause, its matter; nothing else before the cue ("said the 100 pct rate was
      // needed to protect farmers and could not be lowered": no protection asked for)
      if (issues.size === 0 && UNCHANGED.has(cu.cue.phrase)) {
        // (from before any cue in the clause: "the rate was needed to protect ... and could not be")
        const from = clauseBefore(toks, Math.max(S.first, cu.a - MAX_SCOPE), cu.a, mentionAt);
        const [a0, b0] = subjectPhraseBefore(toks, from, cu.a);
        for (const i of collectIssues(lex.issueFirst, toks, a0, b0, ar.mentionAt)) issues.add(i);
        // "Siew said the rule would stay in force until 1990", "the rule would stay": a rule kept
        // as it is, named by no issue word, is on the matter in dispute (the positions or one issue
        // of the sentence before, else the story's main issue so far)
        if (
          issues.size === 0 &&
          KEPT_CUES.has(cu.cue.phrase) &&
          KEPT_RULE_NOUNS.has(toks[cu.a - 1]?.lower ?? '') &&
          REF_DETERMINERS.has(toks[cu.a - 2]?.lower ?? '')
        )
          addIssueOrMain(issues, si, S.first);
        if (issues.size === 0) return issues;
      }
      if (
        issues.size === 0 &&
        (cu.cue.scope !== 'after' || (modal && listed) || stance === 'condition' || passiveAgent)
      ) {
        for (const i of collectIssues(
          lex.issueFirst,
          toks,
          clauseBefore(toks, Math.max(prevCueEnd, cu.a - MAX_SCOPE), cu.a, mentionAt),
          cu.a,
          ar.mentionAt,
          undefined,
          topicBefore,
        ))
          issues.add(i);
      }
      // "a request that Brazil and Argentina refused", "..., which China rejected.": a refusal with
      // no object of its own refuses what its clause named before it
      // (and an acceptance: "a safeguard clause ..., which Hungary has accepted in principle")
      // (and a demand: "a safeguard clause ..., a clause Poland and France had pressed for")
      const rel =
        issues.size === 0 &&
        (stance === 'reject' ||
          (stance === 'offer' && ACCEPT_CUES.has(cu.cue.phrase)) ||
          (stance === 'demand' && !modal && !NOUN_CUES.has(cu.cue.phrase)))
          ? relativeRefusal(toks, cu.a, cu.b, S, mentionAt, stance === 'demand')
          : -1;
      if (rel > 0)
        for (const i of collectIssues(
          lex.issueFirst,
          toks,
          Math.max(S.first, rel - MAX_SCOPE),
          rel,
          ar.mentionAt,
        ))
          issues.add(i);
      // "opposed to the proposed tax on vegetable oils", "declared themselves against the tax", "a
      // tax which Bonn is against": a tax refused by its bare noun is a barrier to the goods it hits
      // (market access, as the dev gold codes the EC's oils and fats tax); demands about a tax stay
      // unread (an export tax or a tax difference is a tariff matter to the labels)
      if (
        issues.size === 0 &&
        stance === 'reject' &&
        (rel > 0
          ? taxNamed(toks, Math.max(S.first, rel - 6), rel)
          : taxNamed(toks, cu.b, Math.min(scopeEnd, cu.b + 4)))
      )
        issues.add('market_access');
      // "its weight limit for lorries, which the EC wants lifted to 40 tonnes": a want with no
      // object of its own wants done what the clause named just before it
      // "Pakistan is pressing for 7 pct growth in its quotas, while U.S. negotiators have offered no
      // more than 2 pct": a counter-offer of an amount, contrasted with a position told just before
      // in its sentence, is on that position's issue
      if (issues.size === 0 && stance === 'offer' && c > 0 && amountNext(toks, cu.b)) {
        const told = sentenceIssues.get(si);
        if (told && joinedBetween(toks, cues[c - 1]!.b, cu.a, CONTRAST_JOINERS))
          for (const i of told) issues.add(i);
      }
      // "was ready to agree to short-term cuts in support ..., but it refused to write the word
      // elimination into any text": a refusal that names no issue, set against a position told
      // just before in its sentence, holds out on that position's matter ("France is pressing for
      // the quota to be binding, while Britain ... will not accept a rule telling broadcasters ...")
      if (issues.size === 0 && stance === 'reject' && c > 0) {
        const told = sentenceIssues.get(si);
        if (told && joinedBetween(toks, cues[c - 1]!.b, cu.a, SET_AGAINST_JOINERS))
          for (const i of told) issues.add(i);
      }
      // "wants a permanent solution for its public stockholding, and will not sign a farm text
      // without one": a condition (or refusal) whose term is a pronoun for the thing just asked is
      // on that thing's matter
      if ((stance === 'condition' || stance === 'reject') && c > 0) {
        const told = sentenceIssues.get(si);
        if (told && withoutPronounAt(toks, cu.b, Math.min(S.last, cu.b + 10))) {
          issues.clear();
          for (const i of told) issues.add(i);
        }
      }
      // "would take the case to the GATT if the duties were confirmed", "would ask for
      // consultations unless ...": a condition on an enforcement step told just before it in its
      // clause is that step's (the labels code the threat as enforcement, not the measure's issue)
      if (
        stance === 'condition' &&
        c > 0 &&
        CONDITION_CLAUSE.has(cu.cue.phrase) &&
        cues[c - 1]!.cue.implies === 'enforcement' &&
        cues[c - 1]!.a >= S.first &&
        !clauseBreakBetween(toks, cues[c - 1]!.b, cu.a)
      ) {
        issues.clear();
        issues.add('enforcement');
      }
      const relWant = issues.size === 0 && stance === 'demand' ? relativeWant(toks, cu, S) : -1;
      if (relWant > 0)
        for (const i of collectIssues(
          lex.issueFirst,
          toks,
          Math.max(S.first, relWant - 12),
          relWant,
          ar.mentionAt,
        ))
          issues.add(i);
      // "Japan and Canada supported the U.S. and EC requests", "Mexico spoke in support of
      // Nicaragua's request", "France supported the request": backing a position that names no
      // issue is on the backed party's own demands told before, else on the matter in dispute
      if (issues.size === 0 && stance === 'demand' && SUPPORT_VERBS.has(cu.cue.phrase))
        backedIssues(issues, cu.b, S.last);
      // "Sweden has made a similar request", "Morocco and Algeria have made similar requests for
      // citrus fruit": the same demand as the one told last, on its matter
      if (issues.size === 0 && stance === 'demand' && SIMILAR.has(toks[cu.a - 1]?.lower ?? ''))
        lastDemandIssues(issues);
      // "urged Canada to withdraw the measures": a measure named earlier, by reference; "will not
      // exempt them from it", "Taipei wants it lowered": a pronoun object. The referent is the
      // issue of the sentence before (its positions, else its one issue), else the article's main
      // issue so far
      // ("Beijing has offered to phase them out": an offer to undo "them" refers back too)
      const pronounRef =
        stance === 'demand' || stance === 'reject'
          ? pronounObject(toks, cu.b, scopeEnd)
          : stance === 'offer' && undonePronounAt(toks, cu.b, scopeEnd);
      // "refused to exempt Indonesia from it": a weak word beside the pronoun (`exempt`) is not
      // what "it" names; the referent wins over it
      if (
        pronounRef &&
        issues.size > 0 &&
        !cu.cue.implies &&
        !strongIssueIn(lex.issueFirst, toks, cu.b, scopeEnd, ar.mentionAt)
      ) {
        const carried = issuesBefore(si);
        if (carried.length > 0) issues.clear();
      }
      // "the measure was being urged by Britain": a measure named before, as the subject of a
      // passive demand, is the matter in dispute
      if (issues.size === 0 && passiveAgent) {
        let q = cu.a - 1;
        while (q > S.first + 1 && cu.a - q <= 3 && (BE_FORMS_TOK.has(toks[q]) || modalWord(toks[q]!, AUX)))
          q--;
        // ("the offer had been turned down by Washington": a proposal told before, refused)
        // (told earlier in the same sentence: "had offered to open a quota, and regretted that the
        // offer had been turned down": that position's issue)
        if (MEASURE_REFS.has(toks[q]!.lower) && REF_DETERMINERS.has(toks[q - 1]!.lower))
          addIssueInDispute(issues, si, S.first);
        else if (
          stance === 'reject' &&
          PROPOSALS.has(toks[q]!.lower) &&
          REF_DETERMINERS.has(toks[q - 1]!.lower)
        )
          for (const i of sentenceIssues.get(si) ?? issuesBefore(si)) issues.add(i);
      }
      // "Uruguay renews its call for a deeper cut in the common external tariff. Argentina again
      // refuses, its delegates citing ... its shortage of foreign currency": a bare refusal refuses
      // the position held just before; its reason clause names no matter of its own
      if (issues.size > 0 && stance === 'reject' && bareRefusalAt(toks, cu)) {
        const held = sentenceIssues.get(si) ?? (si > 0 ? sentenceIssues.get(si - 1) : undefined);
        if (held && held.length > 0) {
          issues.clear();
          for (const i of held) issues.add(i);
        }
      }
      // "regret over the Mexican measures, which put duties on ...": a party's measures,
      // described by the relative clause after them
      const owned = issues.size === 0 && stance === 'reject' ? ownedMeasureEnd(cu.b) : -1;
      if (owned > 0)
        for (const i of collectIssues(
          lex.issueFirst,
          toks,
          owned,
          Math.min(S.last, owned + MAX_SCOPE),
          ar.mentionAt,
        ))
          issues.add(i);
      if (
        issues.size === 0 &&
        (stance !== 'offer' || pronounRef) &&
        (pronounRef ||
          owned > 0 ||
          refersToMeasure(toks, cu.b, scopeEnd) ||
          (stance === 'reject' && (rejectsReference(toks, cu.b) || bareRefusalAt(toks, cu))))
      ) {
        // "China still restricts imports of ..., and Canberra wants those lifted": a clause joined
        // before the cue's own names the referent, ahead of the sentence before
        // "those amendments face trouble because the committee will oppose them": the main clause
        // before "because" names what the pronoun stands for
        const joined = pronounRef ? joinedClauseBefore(toks, S.first, cu.a) : -1;
        // "X has asked for a panel, but Y has refused": a bare refusal refuses the request made
        // earlier in its own sentence, ahead of the sentence before
        const asked = bareRefusalAt(toks, cu) ? sentenceIssues.get(si) : undefined;
        const carried = asked
          ? [...asked]
          : joined > S.first
            ? [...collectIssues(lex.issueFirst, toks, S.first, joined, ar.mentionAt)]
            : si > 0
              ? issuesOfSentence(si - 1)
              : [];
        if (carried.length === 0 && joined > S.first && si > 0) carried.push(...issuesOfSentence(si - 1));
        if (carried.length > 0) for (const i of carried) issues.add(i);
        else if (
          !pronounRef ||
          // "had no intention of changing it": a refused "it" with nothing named before it (a bare
          // "refused to scrap it" takes the sentence before's issue, below)
          (stance === 'reject' && !BARE_REFUSALS.has(cu.cue.phrase)) ||
          rejectsReference(toks, cu.b) ||
          bareRefusalAt(toks, cu) ||
          refersToMeasure(toks, cu.b, scopeEnd) ||
          (stance === 'demand' && undoesPronoun(toks, cu.b, scopeEnd))
        ) {
          // "urged the Commission to reject the petition, saying duties would only raise prices":
          // undoing a measure because of the duties it brings is a plea not to impose tariffs
          // (not "..., saying merchants were made to subsidise steelmakers": a grievance)
          const why = stance === 'demand' ? reasonClause(toks, scopeEnd, S.last) : -1;
          if (why > 0 && collectIssues(lex.issueFirst, toks, why, S.last, ar.mentionAt).has('tariffs'))
            issues.add('tariffs');
          // (a rejected "it" has no other referent: the one issue named so far will do)
          const main = issues.size > 0 ? null : mainIssueBefore(S.first, stance === 'reject' ? 1 : 2);
          if (main) issues.add(main);
        }
      }
      // "rejected claims that it had backed beoutQ", "denied accusations of ...": a charge denied
      // with no matter named in it is about the story's main matter
      // "has no plans to join for now", "ruling out membership", "would not join the association":
      // staying out of a deal or body is a refusal of its own, `other`
      if (issues.size === 0 && stance === 'reject' && membershipAt(toks, cu.b)) issues.add('other');
      if (issues.size === 0 && stance === 'reject' && chargeDeniedAt(toks, cu.b)) {
        const main = mainIssueBefore(S.first, 1);
        if (main) issues.add(main);
      }
      // "has threatened retaliatory steps from next month": a threat with no measure named is
      // about the matter of the sentence before (its one issue), else it enforces a broken deal
      if (
        issues.size === 0 &&
        stance === 'condition' &&
        cu.cue.phrase.startsWith('retaliat') &&
        threatenedAct(toks, cu.a, S.first)
      ) {
        const carried = issuesBefore(si);
        issues.add(carried.length === 1 ? carried[0]! : 'enforcement');
      }
      // "would ask the Council for authority to retaliate": leave to retaliate, sought from the trade
      // body, is a step of its dispute settlement
      if (
        issues.size === 0 &&
        stance === 'condition' &&
        cu.cue.phrase === 'retaliate' &&
        toks[cu.a - 1]?.lower === 'to' &&
        LEAVE_NOUNS.has(toks[cu.a - 2]?.lower ?? '')
      )
        issues.add('enforcement');
      // "Russia refused to renew the agreement", "declined to sign the pact": the deal itself
      // refused is the matter, none of the taxonomy (ahead of the sentence before's issue)
      if (
        issues.size === 0 &&
        stance === 'reject' &&
        BARE_REFUSALS.has(cu.cue.phrase) &&
        toks[cu.b]?.lower === 'to' &&
        DEAL_ACTS.has(toks[cu.b + 1]?.lower ?? '') &&
        DETERMINERS_TOK.has(toks[cu.b + 2]) &&
        DEAL_NOUNS_TOK.has(toks[cu.b + 3])
      )
        issues.add('other');
      // "urged the Parliament to ratify the agreement quickly", "wants Ottawa to strike a deal",
      // "called on both sides to sign and ratify the deal": a deal asked to be made or put in
      // force, naming no matter of the taxonomy, is other
      if (issues.size === 0 && stance === 'demand' && dealStepAsked(toks, cu.b, scopeEnd))
        issues.add('other');
      // "Indonesia refused to abandon its strategy" (a refusal to act), "Mexico would not reopen the
      // reserved sectors" (one's own step refused ahead of time): with no issue word, they refuse
      // what the sentence before was about (its positions, else its one issue)
      if (
        issues.size === 0 &&
        stance === 'reject' &&
        ((BARE_REFUSALS.has(cu.cue.phrase) && toks[cu.b]?.lower === 'to') || refusedStep(cu.cue.phrase))
      )
        for (const i of issuesBefore(si)) issues.add(i);
      // "We cannot accept a plan that would ruin our growers", "the offer fell short of what was
      // sought": a refused proposal that names no issue is on the matter under discussion, the
      // positions (else the one issue) of the sentence before, else the story's main issue so far
      if (
        issues.size === 0 &&
        stance === 'reject' &&
        (cu.cue.scope === 'before'
          ? proposalIn(toks, Math.max(S.first, cu.a - 4), cu.a)
          : proposalIn(toks, cu.b, Math.min(scopeEnd, cu.b + 4)) ||
            // "had no intention of cutting off its backing", "would not give up its policy": a
            // refusal to undo something of one's own in the dispute
            ownObject(toks, cu.b, Math.min(scopeEnd, cu.b + 4)))
      ) {
        addIssueInDispute(issues, si, S.first);
      }
      // "could not accept a cut of that size", "would not accept such a rise": a change refused by
      // reference to one asked for before is on the matter of the last demand told
      if (issues.size === 0 && stance === 'reject' && cu.cue.scope !== 'before' && changeReferred(toks, cu.b))
        lastDemandIssues(issues);
      // "Ecuador rejected the charges", "said the case was without foundation": a charge denied in a
      // story about dumping or countervailing duties is a refusal on subsidies
      if (
        issues.size === 0 &&
        stance === 'reject' &&
        (cu.cue.scope === 'before'
          ? chargeIn(toks, Math.max(S.first, cu.a - 4), cu.a)
          : DENIALS.has(cu.cue.phrase) && chargeIn(toks, cu.b, Math.min(scopeEnd, cu.b + 3))) &&
        ((remedyCase ??= dumpingNamed(toks)) ||
          // ("... which Arianespace says are also subsidised. Arianespace's chairman rejected the
          // charges": a charge of subsidies told in the sentence just before)
          (si > 0 && subsidyWordIn(toks, sentences[si - 1]!.first, sentences[si - 1]!.last)))
      )
        issues.add('subsidies');
      // "though it is willing to speed up reviews of Gulf bids": an offer to act, with no issue
      // word, concedes on what the sentence before was about (its positions, else its one issue)
      // ("agreed to restart trade negotiations": talks are no concession)
      // "had offered (instead) to finance research": the bare offer verb before its "to" too
      const offeredVerb =
        !cu.cue.phrase.endsWith(' to') && OFFERED.has(cu.cue.phrase) ? offeredTo(toks, cu.b) : -1;
      const stepAt = offeredVerb > 0 ? offeredVerb : cu.b;
      if (
        issues.size === 0 &&
        stance === 'offer' &&
        !cu.cue.direct &&
        (cu.cue.phrase.endsWith(' to') || offeredVerb > 0) &&
        !talksIn(toks, stepAt, scopeEnd) &&
        // ("agreed to take up the request again", "agreed to study it": a step of procedure)
        !PROCEDURE_VERBS.has(toks[stepAt]?.lower ?? '')
      ) {
        // ("would give copyright protection, and ... was ready to discuss its terms": an offer held
        // earlier in the same sentence is nearer than the sentence before)
        // ("had offered to finance research": only a measure undone carries the matter before)
        // ("offered to lower the price of fine ore": a price moved is a contract's, `other`, read below)
        const carried =
          offeredVerb < 0 ||
          (HOPED_STEPS.has(toks[offeredVerb]!.lower) && !pricesObject(toks, offeredVerb + 1))
            ? (sentenceIssues.get(si) ?? issuesBefore(si))
            : [];
        for (const i of carried) issues.add(i);
        // "said Ottawa was prepared to discuss a phased cut in the differential", "was ready to
        // accept growth of six pct": a concession on the matter in dispute, with no one issue in the
        // sentence before either, is on the story's main matter so far, its most-named issue even if
        // named once (not "ready to use all the tools", "willing to pay for ...": what those name is
        // no matter in dispute; after an offer verb, "offered to let ...", only a measure undone is)
        if (
          issues.size === 0 &&
          (offeredVerb < 0
            ? disputeConcession(toks, stepAt, scopeEnd)
            : HOPED_STEPS.has(toks[offeredVerb]!.lower) && !pricesObject(toks, offeredVerb + 1))
        ) {
          const main = mainIssueBefore(S.first, 1);
          if (main) issues.add(main);
        }
        // "Japan had offered instead to finance research on the disease": a step offered outright
        // that names nothing of the taxonomy is an offer of something else
        if (issues.size === 0 && offeredVerb > 0 && SIDE_STEPS.has(toks[offeredVerb]!.lower))
          issues.add('other');
      }
      // "urged the government to stand firm", "called on Tokyo not to back down": holding out is
      // asked on the matter in dispute, the positions (else the one issue) of the sentence before,
      // else the story's main issue so far
      if (
        issues.size === 0 &&
        stance === 'demand' &&
        DIRECTIVE_DEMANDS_TOK.has(toks[cu.a]) &&
        standFirm(toks, cu.b, scopeEnd)
      ) {
        // (with no one issue before and none named twice, the one named most so far: holding out
        // is on the matter of the story, not on something else)
        addIssueOrMain(issues, si, S.first);
      }
      // "Washington wanted the licensing system scrapped", "wants the review cut to a year": a
      // measure of the other side wanted undone, named by no issue word, is on the matter in dispute
      // (the positions or one issue of the sentence before, else the story's most-named issue)
      if (
        issues.size === 0 &&
        stance === 'demand' &&
        toks[cu.a]!.lower.startsWith('want') &&
        measureWantedUndone(toks, cu.b, scopeEnd) &&
        !taxUndone(toks, cu.b, scopeEnd) // (a tax is a tariff matter, below)
      ) {
        addIssueOrMain(issues, si, S.first);
      }
      // "Mexico wants the agreement extended without major changes", "wants the deal ratified":
      // the deal itself wanted done is a step of the talks, none of the taxonomy
      if (issues.size === 0 && stance === 'demand' && toks[cu.a]!.lower.startsWith('want')) {
        for (let k = cu.b; k < Math.min(scopeEnd, cu.b + 8); k++)
          if (DEAL_NOUNS_TOK.has(toks[k]) && DEAL_DONE.has(toks[k + 1]?.lower ?? '')) {
            issues.add('other');
            break;
          }
        // "Moscow also wants trade under the pact to be settled in roubles": a thing wanted done, in
        // the passive, with no matter of the taxonomy named
        if (issues.size === 0 && passiveWanted(toks, cu.b, Math.min(scopeEnd, cu.b + 10)))
          issues.add('other');
      }
      // "Peking is seeking at least six pct", "had sought a share of 0.5 pct", "sought a cut to
      // 150,000 tonnes": a figure asked for, with no issue word, is a position on the story's main
      // matter, its most-named issue so far (a quota's growth or share, a catch; the sentence
      // before often names the other side's terms instead)
      if (
        issues.size === 0 &&
        stance === 'demand' &&
        !cu.cue.modal &&
        SEEK_VERBS.has(toks[cu.b - 1]!.lower) && // (the last word of "is seeking" too)
        figureSought(toks, cu.b, scopeEnd)
      ) {
        const main = mainIssueBefore(S.first, 1);
        if (main) issues.add(main);
      }
      // "was willing to add 2,000 tonnes for New Zealand", "was prepared to allow an increase of
      // about five pct": a figure offered, with no issue word, is a concession on the story's main
      // matter (a quota's volume or growth), as a figure sought is
      // (an infinitive offered, not a noun: "offered a cut of only 10 pct" in a price, "by offering
      // discounts of 80 pct")
      if (
        issues.size === 0 &&
        stance === 'offer' &&
        (toks[cu.b - 1]!.lower === 'to' || toks[cu.b]?.lower === 'to') &&
        // (not a rate charged: "agreed to charge 10 percent, rather than 25 percent" is a duty)
        !CHARGE_VERBS.has(toks[toks[cu.b]?.lower === 'to' ? cu.b + 1 : cu.b]?.lower ?? '') &&
        figureSought(toks, cu.b, scopeEnd)
      ) {
        const main = mainIssueBefore(S.first, 1);
        if (main) issues.add(main);
      }
      // "tabled a compromise calling for a freeze next year followed by substantial reductions":
      // a freeze or a cut asked for with nothing named to freeze or cut is on the story's main matter
      // ("opposed any increase", "would oppose further changes", "refused to accept a freeze": a
      // change refused, likewise)
      if (
        issues.size === 0 &&
        (stance === 'demand' || stance === 'reject') &&
        !cu.cue.modal &&
        (bareChangeSought(toks, cu.b, scopeEnd) || dealChangeSought(toks, cu.b, scopeEnd))
      ) {
        const main = mainIssueBefore(S.first, 1);
        if (main) issues.add(main);
      }
      // "insisted that the replacement measures be in force first": measures of the dispute, so
      // its matter
      if (
        issues.size === 0 &&
        stance === 'demand' &&
        SUBJUNCTIVE_INSISTS.has(toks[cu.a]!.lower) &&
        subjunctiveBe(toks, cu.b, scopeEnd) === 2
      )
        addIssueInDispute(issues, si, S.first);
      // "the Wheat Growers urged the government to stand firm", "the association urged the
      // department to throw the petition out": a lobby's (an organisation's; firms' pleas were not
      // measured) plea to its own government that names no issue is on the matter in dispute (the
      // positions of the sentence before, else the story's main issue; before the fallback to `other`
      // below, which a directive to a named party would otherwise take)
      if (
        issues.size === 0 &&
        (stance === 'demand' || stance === 'condition') &&
        holder.kind === 'organization' &&
        ownGovernmentAddressed(cu.b) &&
        // (a plea to hold the line, "to hold Turkish deliveries at this year's level", "to refuse
        // any agreement that cut the yarn trade"; not to act, "to sign quickly", "to go back to
        // the table", "to obtain bank guarantees": the labels code those `other`)
        pleaToHoldOut(toks, cu.b, scopeEnd) &&
        // (not when the plea's content is a position of its own: "urged the government to lodge a
        // formal complaint" carries its issue there)
        !(nextCue && nextCue.a - cu.b <= 8)
      )
        addIssueInDispute(issues, si, S.first);
      // "urged London to engage with the offer": a directive with no taxonomy issue
      // "hoped the European side would work with it ...", "hope Britain, as a new member, will
      // support ...": a hope that a named party will act is a demand on it, as a directive is
      if (
        issues.size === 0 &&
        stance === 'demand' &&
        ((DIRECTIVE_DEMANDS_TOK.has(toks[cu.a]) &&
          ((target && directiveObject(cu.b)) || governmentObject(cu.b))) ||
          (target && EXPECT.has(toks[cu.a]!.lower) && partyWill(cu.b)) ||
          // "also insisted that Japan pay more for the right to fish": a named party told, in the
          // subjunctive, what it must do
          (target && INSISTS_TOK.has(toks[cu.a]) && partySubjunctive(cu.b)) ||
          // "has insisted that any agreement cover the bloc as a whole": what the deal must do
          (INSISTS_TOK.has(toks[cu.a]) && dealSubjunctive(cu.b)) ||
          // "insisted that the services talks be kept separate", "that it be made up by March": a
          // passive subjunctive says what must be done, whoever is to do it
          (SUBJUNCTIVE_INSISTS.has(toks[cu.a]!.lower) && subjunctiveBe(toks, cu.b, scopeEnd) === 1)) &&
        // "urged the government to lodge a formal complaint", "asked Washington to strip X of some
        // benefits unless ...": the complement's own cue (an enforcement step, a condition) says
        // what is asked ("urged Ottawa to press for a quota", "to seek redress": so does a demand verb)
        !(
          nextCue &&
          nextCue.a === scopeEnd &&
          (nextCue.cue.implies === 'enforcement' ||
            CONDITION_CLAUSE.has(nextCue.cue.phrase) ||
            (nextCue.cue.stance === 'demand' && !nextCue.cue.modal && toks[nextCue.a - 1]?.lower === 'to'))
        )
      ) {
        // ("urged the administration to keep the ban", "asked Oslo to end the delays": an act on
        // the matter in dispute, else the story's main matter; "urged both sides to go back to the
        // table", "to sign quickly": the talks themselves, none of the taxonomy)
        if (!asksOutsideTaxonomy(toks, cu.b, scopeEnd)) addIssueOrMain(issues, si, S.first);
        // "urged Washington to settle with New Delhi quickly so that the duties are lifted": a
        // purpose clause names what the step is for (not "so that producers can begin shipping
        // under the new tariffs": a use of the deal's terms)
        else {
          let so = scopeEnd;
          while (so < S.last && so - scopeEnd < 3 && toks[so]!.lower !== 'so') so++;
          if (
            toks[so]?.lower === 'so' &&
            toks[so + 1]?.lower === 'that' &&
            !wordIn(toks, so + 2, S.last, UNDER_TERMS)
          )
            for (const x of collectIssues(
              lex.issueFirst,
              toks,
              so + 2,
              S.last,
              ar.mentionAt,
              controlledAt,
              topicBefore,
              isControlStory,
              banStory,
            ))
              issues.add(x);
        }
        if (issues.size === 0) issues.add('other');
      }
      // "pledged the $350 billion fund", "promised to steer $550 billion into ...": a sum pledged,
      // with no taxonomy issue, is an investment offer (`other`, as "will invest" is)
      // ("promised to steer $550 billion into ... and to open ...": the sum is the first thing pledged)
      if (stance === 'offer' && !issues.has('purchases') && PLEDGES.has(toks[cu.a]!.lower)) {
        for (let k = cu.b; k < Math.min(scopeEnd, cu.b + 5); k++)
          if (SUMS.has(toks[k]!.lower)) {
            issues.add('other');
            break;
          }
      }
      // "willing to offer limited concessions", "putting farmers on an equal footing": a balanced
      // deal is something parties ask for, not something one of them offers
      if (stance === 'offer') issues.delete('balance');
      // "the price at which Minsk will buy oil this year was still unsettled": a step told inside
      // a relative clause on a price or rate names what is unsettled, no pledge
      if (stance === 'offer' && priceRelativeBefore(toks, cu.a, S.first)) issues.clear();
      // "said it would buy more Canadian wood for public housing": buying one's own goods is no
      // purchase offer to another party
      if (stance === 'offer' && issues.has('purchases') && ownGoods(toks, ar, holder, cu.b, scopeEnd))
        issues.delete('purchases');
      // "would consider cutting its purchases of U.S. goods unless ...", "would review its purchases
      // of American soybeans if the bill became law": buying less from the other side is a threat,
      // never an offer; as a condition it is on the measure in dispute (a retaliation threat tied to
      // a measure is a condition on that measure's issue), not on purchases
      if (
        issues.has('purchases') &&
        (stance === 'offer' || stance === 'condition') &&
        ownBuyingCut(toks, S.first, scopeEnd)
      ) {
        issues.delete('purchases');
        if (stance === 'condition' && issues.size === 0) {
          addIssueInDispute(issues, si, S.first);
          // (else the one issue named so far; with none, the threat stays on purchases)
          if (issues.size === 0) issues.add(mainIssueBefore(S.first, 1) ?? 'purchases');
        }
      }
      // "as the United States cuts its imports": a party buying less is a market trend, not a
      // concession (cutting its exports, a restraint, still is one)
      if (stance === 'offer' && cu.cue.direct && issues.has('market_access') && ownImportsCut(toks, cu.b))
        issues.delete('market_access');
      // "will cut Japanese fishing allocations": cutting another party's quota restricts it, no
      // concession ("will cut Thailand's duty-free access": nor its preferences)
      if (
        stance === 'offer' &&
        issues.size === 1 &&
        (issues.has('market_access') || issues.has('tariffs')) &&
        REDUCE_CUE_VERBS.has(toks[cu.b - 1]!.lower) &&
        othersQuotaNext(toks, ar, holder, cu.b)
      )
        issues.clear();
      // "an offer including more Swiss investment in the United States": investing in the other
      // party is an investment pledge (`other`), not access to the holder's market
      if (
        stance === 'offer' &&
        issues.has('market_access') &&
        outwardInvestmentOnly(cu.b, scopeEnd, holder)
      ) {
        issues.delete('market_access');
        issues.add('other');
      }
      // a party's curbs on its own exports: since the 2000s ("commit not to restrict oil and gas
      // exports to Japan", "lift its restrictions on rare earth exports") an export control; in the
      // 1980s wire ("end export restrictions on logs") a matter of access to the goods, as quotas
      // were (not in a story of COCOM or boycotts, nor "restrictions on exports of high technology")
      if (published !== null && (issues.has('market_access') || issues.has('export_controls'))) {
        const modern = published >= EXPORT_CURBS_CONTROLS_FROM;
        if (
          (modern
            ? issues.has('market_access')
            : issues.has('export_controls') && !isControlStory() && !technologyIn(toks, cu.b, scopeEnd)) &&
          (exportCurbIn(toks, cu.b, scopeEnd) ||
            // ("wants Jakarta to lift the ban", "ruled out a return to open exports": in a story of
            // an export ban, the ban or the exports named bare)
            (modern &&
              exportBanStory() &&
              wordIn(toks, keptFrom >= 0 ? keptFrom : cu.b, scopeEnd, BAN_OR_EXPORTS)) ||
            // ("was prepared to keep approving licences for civilian buyers", "companies seeking
            // licences"): in a story whose headline names export controls, licences alone are
            // export licences (not where a headline names none: Kyiv's export licences on grain
            // asked by a neighbour are its market's shield, market access)
            (modern &&
              issues.size === 1 &&
              licenceIn(toks, cu.b, scopeEnd) &&
              banStory() === 'export_controls'))
        ) {
          issues.delete(modern ? 'market_access' : 'export_controls');
          issues.add(modern ? 'export_controls' : 'market_access');
        }
      }
      // "lift trade sanctions against Japan" (1987): before export-control regimes named firms and
      // chips, a trade story's sanctions were punitive tariffs
      if (
        issues.has('export_controls') &&
        published !== null &&
        published < TARIFF_SANCTIONS_BEFORE &&
        sanctionsNear(toks, Math.max(S.first, cu.a - MAX_SCOPE), scopeEnd) &&
        // (a story that names an export-control body, COCOM, a boycott or apartheid is about export-control
        // or political sanctions)
        !isControlStory()
      ) {
        issues.delete('export_controls');
        issues.add('tariffs');
      }
      // "wanted the duties imposed without delay", "wants the duties made permanent": a petitioner
      // asking for the remedy of a dumping or subsidy case told before asks to punish dumping
      if (
        stance === 'demand' &&
        issues.size === 1 &&
        issues.has('tariffs') &&
        (remedyWanted(toks, cu.b, scopeEnd) ||
          // ("we want the duties, and we want them before ...": the remedy wanted again by pronoun)
          (pronounRef && remedyWantedBefore(toks, S.first, cu.a))) &&
        (remedyCase ??= dumpingNamed(toks))
      ) {
        issues.delete('tariffs');
        issues.add('subsidies');
      }
      // "wanted the tax lifted from its mills", "called for the tax difference to be removed": a
      // levy asked away, with no other issue named, is on tariffs
      if (
        issues.size === 0 &&
        (stance === 'demand' || stance === 'condition') &&
        taxUndone(toks, cu.b, scopeEnd)
      )
        issues.add('tariffs');
      // "asked the government to impose anti-dumping duties on honey", "wants countervailing duties
      // on lamb": the remedy of a dumping or subsidy case, asked for, is a demand on subsidies (not
      // "urged it to suspend the anti-dumping duties", "not to impose countervailing duties": a plea
      // against duties is on tariffs)
      if (
        (stance === 'demand' || stance === 'condition') &&
        issues.has('tariffs') &&
        (remedyAskedFor(toks, cu.b, scopeEnd) ||
          // ("The council had asked for duties on fresh pork as well as on live animals": duties
          // asked for in a dumping or subsidy case are its remedy)
          (dutiesAskedFor(toks, cu.b) && (remedyCase ??= dumpingNamed(toks))))
      ) {
        issues.delete('tariffs');
        issues.add('subsidies');
      }
      // "asked the EC not to impose anti-dumping duties", "to withdraw the countervailing duty": a
      // plea against a remedy's duties is on tariffs (ANNOTATION.md), whatever the case's dumping
      // or subsidy words say
      if (
        (stance === 'demand' || stance === 'condition') &&
        issues.has('subsidies') &&
        remedyPleadedAway(toks, cu.b, scopeEnd)
      ) {
        issues.delete('subsidies');
        issues.add('tariffs');
      }
      // "asked Washington to drop the case", "if the Commission closes the case without duties": a
      // dumping or subsidy case asked away is a plea against its duties (tariffs), whatever market
      // or dispute words the sentence names (a case suspended, not ended, stays a dispute step)
      if (
        (stance === 'demand' || stance === 'condition') &&
        !issues.has('tariffs') &&
        // (the case's own words name dumping or a subsidy: "drops an anti-dumping investigation")
        caseWordsOnly(issues) &&
        caseEndedAt(toks, cu.b, scopeEnd) &&
        (remedyCase ??= dumpingNamed(toks))
      ) {
        issues.clear();
        issues.add('tariffs');
      }
      // "insisted that any deal include a binding way to settle rows over U.S. anti-dumping
      // duties", "accepted binational panels to settle disputes over trade remedies": a way to
      // settle disputes is on dispute settlement, whatever the disputes are about
      // (not when another matter is named before it: "a framework of rules committing countries to
      // treat foreign banks ..., and backed by a dispute settlement procedure")
      if (issues.has('enforcement') && issues.size > 1) {
        const at = settlementMachineryAt(toks, cu.b, scopeEnd);
        if (at >= 0 && onlyEnforcement(collectIssues(lex.issueFirst, toks, cu.b, at, ar.mentionAt))) {
          issues.clear();
          issues.add('enforcement');
        }
      }
      // "Japan offered to lower the duty to 12 pct but turned down a cut to five pct": a refusal
      // that shares the subject of the sentence's earlier position ("but", no subject of its own)
      // and names no matter of its own is on that position's matter ("and" there joined demands
      // with other matters: 9 false pairs)
      if (
        issues.size === 0 &&
        stance === 'reject' &&
        sentenceCueAt >= 0 &&
        sharesSubjectAt(toks, cu.a, sentenceCueAt)
      )
        for (const issue of sentenceIssues.get(si) ?? []) issues.add(issue);
      // "Weglokoks has offered 43 dlrs", "offered to cut its price for Daqing crude by 3.50 dlrs":
      // a price offered names no taxonomy issue: a contract's price is `other`, and in a dumping
      // case a price undertaking ("offered to raise its European prices by 10 pct") is on dumping
      // (a price cut offered there is none)
      // (the verb "offered", "offers": not "won contracts by offering discounts", "could accept a
      // cut of two dlrs", "prepared to discuss the prices")
      if (
        issues.size === 0 &&
        stance === 'offer' &&
        (toks[cu.a]!.lower === 'offered' || toks[cu.a]!.lower === 'offers') &&
        toks[cu.b]?.lower !== 'at' &&
        priceIn(toks, cu.b, Math.min(scopeEnd, cu.b + 8))
      ) {
        if (!(remedyCase ??= dumpingNamed(toks))) issues.add('other');
        else if (RAISE_WORDS.has(toks[cu.b]!.lower) || RAISE_WORDS.has(toks[cu.b + 1]?.lower ?? ''))
          issues.add('subsidies');
      }
      // "This is an unacceptable situation for us and its enactment would leave us no choice but
      // to ... defend our access to the European market": a judgment of "this" or "it" opening the
      // sentence is on what the sentence goes on to name
      if (
        issues.size === 0 &&
        stance === 'reject' &&
        cu.cue.scope === 'before' &&
        pronounJudged(toks, S.first, cu.a)
      )
        for (const i of collectIssues(lex.issueFirst, toks, cu.b, S.last, ar.mentionAt)) issues.add(i);
      // "has threatened tariffs of up to 100 percent on branded drugs": tied to no other matter, a
      // threat of tariffs is on the tariffs themselves
      if (issues.size === 0 && THREATENED_TARIFFS.has(cu.cue.phrase)) issues.add('tariffs');
      // "had agreed to aim for a 'July package' covering tariffs, non-tariff barriers and currency":
      // the topics of a package or talks to come are an agenda, no one party's terms (ANNOTATION.md:
      // readouts that list topics are not coded)
      if (stance === 'offer' && issues.size >= 2 && agendaCovered(toks, cu.b, scopeEnd)) issues.clear();
      return issues;
    };
    // one cue: its stance, holder and target, its scope (scopeEndOf) and issues (cueIssues), and
    // the positions it records (the two stages functions of their own: one function this size
    // would be too large for the optimizing compiler to handle well)
    const cueAt = (c: number): void => {
      const cu = cues[c]!;
      // "Washington dropping its demand to scrap ...": a demand given up is a concession on it
      const conceded =
        !!cu.dropped &&
        cu.cue.stance === 'demand' &&
        NOUN_CUES.has(cu.cue.phrase) &&
        givenUp(toks, cu.a, S.first);
      if (cu.dropped && !conceded) return;
      let stance: Stance = conceded ? 'offer' : cu.cue.stance;
      // "its procurement was open to all", "the market is open to foreign firms": a claim that a
      // market is open denies the charge of closing it (a rejection on market access), no offer
      const openClaim =
        stance === 'offer' && OPEN_CLAIMS.has(cu.cue.phrase) && MARKET_NOUNS.has(toks[cu.a - 1]?.lower ?? '');
      if (openClaim) stance = 'reject';
      // negated demand/offer ("did not ask", "not willing to") is not coded
      // speculation ("it was likely South Korea would drop barriers") and passives with no agent
      // ("companies were being asked to ...") are not coded
      let speculative = false;
      for (let k = Math.max(S.first, cu.a - 8); k < cu.a; k++)
        if ((toks[k]!.w & WordSet.Speculation) !== 0) speculative = true; // (SPECULATION)
      // ("is unlikely to accept the U.S. demand for ...": a named party's demand is a fact)
      if (
        speculative &&
        NOUN_CUES.has(cu.cue.phrase) &&
        (mentionAt(cu.a - 1) >= 0 || (isPossessive(toks[cu.a - 1]) && mentionAt(cu.a - 2) >= 0))
      )
        speculative = false;
      // "the Commission could offer to speed up procedures": an offer that might be made is speculation
      if (
        stance === 'offer' &&
        OFFERED.has(toks[cu.a]!.lower) &&
        MAYBE_MODALS.has(toks[cu.a - 1]?.lower ?? '')
      )
        speculative = true;
      if (speculative) return;
      // "could not say whether it should be higher": an open question, not a demand
      if (cu.cue.modal) {
        let open = false;
        for (let k = cu.a - 1; k >= Math.max(S.first, cu.a - 6) && toks[k]!.text !== ','; k--)
          if (toks[k]!.lower === 'whether') open = true;
        if (open) return;
      }
      // "the resources now committed to agriculture": a participle after a noun, not a pledge
      if (cu.cue.phrase === 'committed to' && !pledgeSubject(toks, cu.a, S.first, mentionAt)) return;
      // "currently requires a 35-cent tariff", "has been requiring bonds", "a directive that will
      // require plants to ...": a rule in force described, not a party's demand
      if (REQUIRE_VERBS.has(cu.cue.phrase) && standingRequirement(toks, cu.a, S.first)) return;
      // "now pays an agreed to 5 pct levy": a participle adjective after an article
      if (cu.cue.phrase === 'agreed to' && ARTICLES.has(toks[cu.a - 1]?.lower ?? '')) return;
      // "has rejected the idea of making equal standards a condition for tariff-free access": a
      // condition proposed and refused is the refusal's object, not a condition set
      if (CONDITION_NOUNS.has(toks[cu.a]!.lower) && proposedCondition(toks, cu.a, S.first)) return;
      // "You cannot change the habits of every captain in two years": a generic "you" holds nothing
      if (genericYouBefore(toks, cu.a, S.first)) return;
      // "Bogota insists the ban is covered by the agreement's exceptions": an insistence on a
      // fact, told in the indicative, demands nothing (a claim; "insists the ban be lifted" does)
      if (INSISTS_TOK.has(toks[cu.a]) && insistedFact(toks, cu.b, S.last)) return;
      // "says she is disappointed by the outcome on fish and farm trade": regret over how a
      // meeting ended refuses no one's proposal
      if (
        toks[cu.a]!.lower === 'disappointed' &&
        OUTCOME_NOUNS.has(
          toks[cu.b]?.lower === 'the' ? (toks[cu.b + 1]?.lower ?? '') : (toks[cu.b]?.lower ?? ''),
        )
      )
        return;
      // "said it needed time to study it", "needs more time": asking for time is no position
      if (
        cu.cue.stance === 'demand' &&
        toks[cu.a]!.lower.startsWith('need') &&
        (toks[cu.b]?.lower === 'time' || (toks[cu.b]?.lower === 'more' && toks[cu.b + 1]?.lower === 'time'))
      )
        return;
      // "components that the industry needs, on the list": a relative clause's verb with its object
      // before it (nothing follows but a break) describes a want, it demands nothing of anyone
      if (
        cu.cue.stance === 'demand' &&
        toks[cu.a]!.lower.startsWith('need') &&
        cu.b === cu.a + 1 &&
        (cu.b >= S.last || toks[cu.b]!.kind === TokKind.Punct)
      )
        return;
      // "looked to Washington to do its part": only with the party looked to ("will look to expand
      // exports" is an aim of one's own)
      if (cu.cue.phrase.startsWith('look') && !lookedToParty(toks, cu.b, S.last)) return;
      // "Section 301, which allows retaliation against unfair practices": a law's power described,
      // not a threat
      if (cu.cue.phrase.startsWith('retaliat') && LAW_POWERS.has(toks[cu.a - 1]?.lower ?? '')) return;
      // "saying the bill would invite retaliation against farm exports": retaliation feared from
      // others is a warning about a measure, not the speaker's threat
      if (
        cu.cue.phrase.startsWith('retaliat') &&
        (PROVOKE_TOK.has(toks[cu.a - 1]) || PROVOKE_TOK.has(toks[cu.a - 2]))
      )
        return;
      // "wanted it understood that ...", "wants it known": a statement, not a demand
      if (
        cu.cue.stance === 'demand' &&
        toks[cu.b]?.lower === 'it' &&
        MADE_KNOWN.has(toks[cu.b + 1]?.lower ?? '') &&
        toks[cu.a]!.lower.startsWith('want')
      )
        return;
      // "companies were asked to ...", "the improved terms were offered after Argentina said ...":
      // a passive with no agent names no holder
      if (
        (cu.cue.stance === 'demand' || cu.cue.phrase === 'offered' || cu.cue.phrase === 'promised') &&
        cu.cue.phrase.endsWith('ed') &&
        BE_FORMS_TOK.has(toks[cu.a - 1]) &&
        toks[cu.b]?.lower !== 'by'
      )
        return;
      let negated = false;
      // ("would not, however, agree to cut ...": the three words before the cue are read past an
      // aside of up to three words between commas)
      const negFrom = cu.a - 3 - commaAsideLength(toks, cu.a, S.first);
      for (let k = Math.max(S.first, negFrom); k < cu.a; k++)
        if (modalWord(toks[k]!, NEGATION)) negated = true;
      // "has given no sign that it will remove the levy": an offer or demand denied from outside
      if (stance !== 'reject' && deniedClause(toks, cu.a, S.first)) return;
      // a judgement ("unjustified", "unacceptable") denied ("were not unjustified") or told of a
      // past moment ("in March, when she called them unjustified") is no present refusal
      if (stance === 'reject' && cu.cue.scope === 'before' && (negated || pastWhen(toks, cu.a, S.first)))
        return;
      // "returned without an agreement to lower the tariff": an offer that was not made
      if (stance === 'offer' && (toks[cu.a - 1]?.lower === 'without' || toks[cu.a - 2]?.lower === 'without'))
        return;
      // a negated offer is a refusal ("was not willing to renegotiate", "would not offer more")
      if (negated && stance === 'offer' && !cu.cue.direct && toks[cu.b]?.lower !== 'only') stance = 'reject';
      else if (stance !== 'reject' && negated) return;
      // (not after "offered to" / "agreed to": "offered to raise its own tariffs on third countries"
      // is a concession to the other side, not a threat)
      // (nor after a promise not to: "committed not to raise tariffs" forgoes the threat)
      if (stance === 'offer' && !OFFER_VERBS.has(toks[cu.a]!.lower) && !cu.cue.phrase.endsWith(' not to')) {
        for (let k = cu.b; k < Math.min(cu.b + 2, S.last); k++)
          if (THREAT.has(toks[k]!.lower) && !raisesLimit(toks, k, S.last)) stance = 'condition';
      }
      const modal = !!cu.cue.modal;
      // "has drawn up a plan calling for tax cuts": a programme's terms are its author's offer
      // ("a plan calling for Japan to ..." stays a demand on the party named)
      if (
        stance === 'demand' &&
        cu.cue.phrase.endsWith(' for') &&
        cu.cue.phrase.startsWith('call') &&
        PLAN_NOUNS.has(toks[cu.a - 1]?.lower ?? '') &&
        !partyNext(cu.b) &&
        // (not "The plan calls for ...", a plan told before and opening the sentence: what it asks
        // of the others, "an immediate freeze on export subsidies")
        !planSubject(toks, S.first, cu.a)
      )
        stance = 'offer';
      // holder: the possessor of a noun cue ("U.S. pressure"), else the nearest subject-like actor
      let holder: ActorInfo | null = null;
      let subjectEnd = -1;
      let pronoun = false;
      /** The pronoun is "they": a coordinated subject it stands for holds the position together. */
      let plural = false;
      const clauseStart = c > 0 ? Math.max(S.first, cues[c - 1]!.b) : S.first;
      // "It urged Ottawa to seek compensation ...": a cue in the "to" complement of a directive
      // shares the directive's pronoun subject, before the directive's cue
      const pronounStart =
        c > 0 &&
        cues[c - 1]!.cue.stance === 'demand' &&
        DIRECTIVE_DEMANDS.has(toks[cues[c - 1]!.a]!.lower) &&
        toks[cu.a - 1]?.lower === 'to' &&
        inComplement(toks, cues[c - 1], cu.a)
          ? c > 1
            ? Math.max(S.first, cues[c - 2]!.b)
            : S.first
          : clauseStart;
      // "more tariff cuts will be announced, the minister said": the speaker announces its own step
      if (cu.cue.scope === 'before' && stance === 'offer') {
        if (!speaker) return;
        holder = resolveHolder(speaker);
      }
      // ("Korean calls for Japan to ease import curbs": the plural noun after a demonym)
      if (NOUN_CUES.has(cu.cue.phrase) || (cu.cue.phrase === 'calls for' && ar.adjAt[cu.a - 1])) {
        let q = cu.a - 1;
        if (q > S.first && OFFER_ADJ.has(toks[q]!.lower)) q--;
        if (isPossessive(toks[q])) q--;
        const mi = q >= S.first ? mentionAt(q) : -1;
        // ("filed two WTO complaints": the body a complaint goes to is not who makes it)
        if (mi >= 0 && !ARBITERS.has(ar.mentions[mi]!.actor.id)) {
          holder = resolveHolder(ar.mentions[mi]!.actor);
          subjectEnd = ar.mentions[mi]!.b;
        } else if (q >= S.first && ar.adjAt[q]) {
          // "Japanese offers of compensation", "American demands": the demonym's country
          holder = sideActor(ar.adjAt[q]!.id);
          subjectEnd = q + 1;
        } else {
          // "pressure from Washington to open ...", "demands by the United States for ...": the agent
          const ag = agentAfter(cu.b);
          if (ag >= 0) {
            holder = resolveHolder(ar.mentions[ag]!.actor);
            subjectEnd = ar.mentions[ag]!.b;
          }
        }
      }
      // "Swiss companies have pledged to invest $200 billion", "Taiwanese companies will invest":
      // investment a country's firms pledge under a deal is that country's offer
      if (!holder && stance === 'offer' && PLEDGES_OR_INVESTS.has(toks[cu.a]!.lower)) {
        let q = cu.a - 1;
        while (q > S.first && (AUX.has(toks[q]!.lower) || modalWord(toks[q]!, CONDITIONAL_MODALS))) q--;
        const adj = FIRM_PLURALS.has(toks[q]?.lower ?? '') && q > S.first ? ar.adjAt[q - 1] : null;
        if (adj && adj.kind === 'country') {
          const h = sideActor(adj.id);
          if (h) {
            holder = h;
            subjectEnd = q + 1;
          }
        }
      }
      // "U.S. apple growers have asked ...": the lobby that speaks for the industry
      if (!holder && !NOUN_CUES.has(cu.cue.phrase) && !modal && stance !== 'offer') {
        // (a cue in a directive's "to" complement: the directive's subject)
        const lob = industrySubjectLobby(S, si, pronounStart < clauseStart ? cues[c - 1]!.a : cu.a);
        if (lob) {
          holder = lob;
          subjectEnd = cu.a;
        }
      }
      let personPronoun = false;
      let passiveTarget: ActorInfo | null = null;
      let analystSubject = false;
      let passiveAgent = false;
      /** The cue opens a relative clause after its holder: its scope ends at the clause's comma. */
      let relativeClause = false;
      let hypothetical = false;
      let licensed = false;
      let mutual = false;
      let coHolder: ActorInfo | null = null;
      /** Parties of a coordinated subject before the co-holder ("A, B and C"). */
      let moreHolders: ActorInfo[] = [];
      if (
        !holder &&
        POSSESSOR_ONLY.has(cu.cue.phrase) &&
        !(cu.cue.phrase.startsWith('offer') && presentedOffer(toks, cu.a, S.first)) &&
        !offerVerb(cu.a, cu.b) &&
        agentAfter(cu.b) < 0
      )
        return;
      // "The Commission refused to exempt Indonesia from it but agreed to offer ...": a verb after
      // "but"/"and" with no subject of its own shares the subject of the sentence's last position
      // (after ", but" even when a party is named in the clause before: "was willing to issue
      // licences so that Norway could monitor shipments, but would not accept any limits")
      if (
        sentenceHolder &&
        c > 0 &&
        cues[c - 1]!.cue.stance !== 'demand' &&
        // ("in response to Japan's refusal to open ... and demanded": a noun's possessor is no subject)
        !NOUN_CUES.has(cues[c - 1]!.cue.phrase) &&
        (toks[cu.a - 1]?.lower === 'but' || toks[cu.a - 1]?.lower === 'and') &&
        (toks[cu.a - 2]?.text !== ',' ? !holder : toks[cu.a - 1]!.lower === 'but')
      ) {
        holder = sentenceHolder;
        subjectEnd = cu.a - 1;
        // ("Lawyers for the two firms said they would oppose ... and wanted ...": both firms)
        if (clients.length > 1 && holder.id === resolveHolder(clients[0]!)?.id && stance !== 'offer') {
          coHolder = clients[1]!;
          moreHolders = clients.slice(2);
        }
      }
      // "Canada will challenge the duty that the United States has placed on its fish, and will not
      // scrap its aid": a second predicate after ", and" with the modal of the sentence's opening
      // subject, and no subject of its own, is that subject's (not the relative clause's party)
      if (!holder && !NOUN_CUES.has(cu.cue.phrase)) {
        // (the cue may open with the modal: "will not scrap")
        let q = cu.a - 1;
        if (!modalWord(toks[cu.a]!, FUTURE_AUX))
          while (q > S.first && cu.a - q <= 3 && (modalWord(toks[q]!, AUX) || modalWord(toks[q]!, NEGATION)))
            q--;
        const conj = toks[q]?.lower;
        const mod = toks[q + 1]?.lower ?? '';
        if (
          q > S.first + 2 &&
          (conj === 'and' || conj === 'but') &&
          toks[q - 1]!.text === ',' &&
          FUTURE_AUX.has(mod)
        ) {
          const at = toks[S.first]!.lower === 'the' ? S.first + 1 : S.first;
          const mi = mentionAt(at);
          if (mi >= 0 && toks[ar.mentions[mi]!.b]?.lower === mod) {
            const h = resolveHolder(ar.mentions[mi]!.actor);
            if (h) {
              holder = h;
              subjectEnd = ar.mentions[mi]!.b;
            }
          }
        }
      }
      // "an amendment approved by the committee yesterday requiring quotas on ...": the sponsor of
      // a measure, named as the agent of its participle, holds what the measure requires
      if (!holder && stance === 'demand' && toks[cu.a]!.lower.endsWith('ing')) {
        const mi = sponsorAgent(toks, cu.a, S.first, mentionAt);
        if (mi >= 0) {
          holder = resolveHolder(ar.mentions[mi]!.actor);
          if (holder) subjectEnd = ar.mentions[mi]!.b;
        }
      }
      // "the administration was urged by the committee to ...": the agent holds the demand
      // ("U.S. demands ... have been rejected by Tokyo": the agent refuses the subject)
      if (
        !holder &&
        (stance === 'demand' || stance === 'reject') &&
        (cu.cue.phrase.endsWith('ed') || passiveParticle(cu.cue.phrase)) &&
        BE_FORMS_TOK.has(toks[cu.a - 1]) &&
        toks[cu.b]?.lower === 'by'
      ) {
        const at = toks[cu.b + 1]?.lower === 'the' ? cu.b + 2 : cu.b + 1;
        const mi = mentionAt(at);
        if (mi < 0) return;
        holder = resolveHolder(ar.mentions[mi]!.actor);
        if (!holder) return;
        subjectEnd = ar.mentions[mi]!.b;
        passiveAgent = true;
        // "was being urged by Britain, Portugal and France": every agent of the list holds it
        if (stance === 'demand' || stance === 'reject') {
          const more = agentList(ar.mentions[mi]!.b, S.last, holder);
          if (more.length > 0) {
            coHolder = more.pop()!;
            moreHolders = more;
          }
        }
        for (let k = cu.a - 2; k >= S.first; k--) {
          const mj = mentionAt(k);
          if (mj < 0) continue;
          const side = resolveSide(ar.mentions[mj]!.actor);
          if (side && side.id !== holder.id) passiveTarget = side;
          break;
        }
      }
      // "the pact calls on Japan to stop ...", "the deal requires Mexico to ...": agreed terms
      // are the obliged party's offer (ANNOTATION.md conventions)
      // "a trade deal that cuts the U.S. tariff on Pakistani goods to 19 percent": agreed terms
      // are each side's offer, so a term that lowers a party's own measure is that party's
      if (!holder && stance === 'offer' && cu.cue.direct && dealTermBefore(toks, cu.a, S.first)) {
        const owner = measureOwnerAt(cu.b);
        if (owner) {
          holder = owner;
          subjectEnd = cu.b;
        }
      }
      let bound: ActorInfo | null = null;
      if (
        !holder &&
        stance === 'demand' &&
        !modal &&
        !NOUN_CUES.has(cu.cue.phrase) &&
        dealSubject(toks, cu.a, S.first) &&
        directiveObject(cu.b)
      ) {
        bound = resolveSide(ar.mentions[mentionAt(toks[cu.b]!.lower === 'the' ? cu.b + 1 : cu.b)]!.actor);
        if (bound && (bound.kind === 'country' || bound.kind === 'bloc')) {
          holder = bound;
          stance = 'offer';
          subjectEnd = cu.b;
        } else bound = null;
      }
      // "Lighthizer said China had broken its promises and urged Beijing to ...": a verb joined by
      // "and" to the speech verb shares its subject, not the complement's
      if (!holder && !NOUN_CUES.has(cu.cue.phrase) && !cu.cue.modal) {
        const sp = coordinatedSpeaker(toks, cu.a, S.first, mentionAt);
        if (sp >= 0) {
          const h = resolveHolder(ar.mentions[sp]!.actor);
          if (h) {
            holder = h;
            subjectEnd = ar.mentions[sp]!.b;
          }
        }
      }
      // "... if the EC proceeds and if European countries do not ...": the same conditional
      // "X insists that Y remove the tariffs as a condition for a deal": a noun condition after an
      // earlier cue of the sentence is the earlier holder's, not the embedded clause's subject's
      if (
        !holder &&
        sentenceHolder &&
        c > 0 &&
        cu.cue.stance === 'condition' &&
        ARTICLES.has(toks[cu.a - 1]?.lower ?? '') &&
        !NAMING.has(toks[cu.a - 2]?.lower ?? '') // "that Canada had called a red line": Canada's
      )
        holder = sentenceHolder;
      if (
        !holder &&
        sentenceHolder &&
        (cu.cue.phrase === 'if' || cu.cue.phrase === 'until' || cu.cue.phrase === 'once') &&
        c > 0
      ) {
        const pc = cues[c - 1]!.cue.phrase;
        if (pc === 'if' || pc === 'until' || pc === 'unless') holder = sentenceHolder;
      }
      // "Mexico would accept U.S. inspectors in its orchards, provided Washington let the fruit
      // in": a conditional clause right after a position sets terms on it for that position's
      // holder; a party inside the position's object ("U.S. inspectors") is not the clause's voice
      // (none of a speech verb or a modal between them: "..., but Tokyo said it would agree only
      // if ..." has a voice of its own)
      if (
        !holder &&
        sentenceHolder &&
        c > 0 &&
        sentenceCueAt === cues[c - 1]!.a &&
        cues[c - 1]!.cue.stance !== 'condition' &&
        CONDITION_CLAUSE.has(cu.cue.phrase) &&
        objectOnlyBetween(toks, cues[c - 1]!.b, cu.a, mentionAt)
      )
        holder = sentenceHolder;
      // "welcomed by Eurofer, the steel association, which had pressed for ...": a relative
      // clause's verb is its antecedent's, even when the antecedent is another verb's object
      if (!holder && !NOUN_CUES.has(cu.cue.phrase) && !cu.cue.modal) {
        const mi = relativeAntecedent(toks, cu.a, S.first, mentionAt);
        if (mi >= 0) {
          const h = resolveHolder(ar.mentions[mi]!.actor);
          if (h) {
            holder = h;
            subjectEnd = ar.mentions[mi]!.b;
            relativeClause = true;
          }
        }
      }
      // "Mexico called the new U.S. tariffs unjustified": the judge is the subject of the naming
      // verb, not the owner of the thing judged between it and the judgement
      let from = cu.a - 1;
      if (stance === 'reject' && cu.cue.scope === 'before')
        for (let k = cu.a - 1; k > S.first && cu.a - k <= 10; k--) {
          if (toks[k]!.kind === TokKind.Punct) break;
          if (NAMING.has(toks[k]!.lower)) {
            from = k - 1;
            break;
          }
        }
      // "a cut growers in Mindanao have sought for a decade": an industry's people, of no party
      // named, as the cue's own subject hold it themselves (no lobby speaks for them): no party
      // before them does
      if (!holder && !pronoun && !cu.cue.modal && unattributedIndustrySubject(cu.a, S.first)) from = -1;
      for (let k = from; k >= S.first && holder === null; k--) {
        // "The Global Times, a tabloid published by the People's Daily, said ...": an appositive
        // describes the subject; names inside it are not the speaker
        if (toks[k]!.text === ',' && !pronoun) {
          const r = appositiveStart(toks, k, S.first);
          if (r >= 0) {
            k = r;
            continue;
          }
        }
        const mi = mentionAt(k);
        if (mi >= 0) {
          const mm = ar.mentions[mi]!;
          const prev = toks[mm.a - 1];
          const after = toks[mm.b];
          // "several members, including Canada, had pushed for": the named member is the subject
          // "with Ottawa agreeing to ...": the subject of an absolute clause
          // "a delegation led by Wang agreed to ...": the leader is the subject
          const isObject =
            (isObjectAt(toks, mm.a, S.first) ||
              // "warned West Germany and Switzerland that ...": the second of coordinated objects
              // (not the agents of "led by": "producers led by Brazil and Indonesia want")
              (prev?.lower === 'and' &&
                mentionAt(mm.a - 2) >= 0 &&
                isObjectAt(toks, ar.mentions[mentionAt(mm.a - 2)]!.a, S.first) &&
                !ledBy(toks, ar.mentions[mentionAt(mm.a - 2)]!.a)) ||
              // "on goods from Denmark, Norway and Finland, unless ...": the last of a list of
              // objects, set off by a comma (not ", and China promised": a clause's subject)
              ((toks[mm.b]?.text === ',' || LIST_JOINS_TOK.has(toks[mm.b])) &&
                listedObject(toks, listHead(toks, mm.a, S.first, mentionAt, ar.mentions), S.first))) &&
            !(prev?.lower === 'including' && toks[mm.b]?.text === ',') &&
            !ledBy(toks, mm.a) &&
            // "Agriculture ministers of the Caribbean Community called on ...": the body the
            // voices speak for is the subject
            !voicesOf(toks, mm.a, S.first) &&
            // "in response to China's pledge to buy ...": the possessor is the subject of its pledge
            !(
              isPossessive(after) &&
              COMMITMENT_NOUNS.has(toks[mm.b + 1]?.lower ?? '') &&
              toks[mm.b + 2]?.lower === 'to' &&
              inNounComplement(toks, mm.b + 1, cu.a)
            ) &&
            !(prev?.lower === 'with' && mm.b === cu.a && toks[cu.a]!.lower.endsWith('ing')) &&
            // "with West Germany (as strongly) opposed to it": the subject of an absolute clause
            !(prev?.lower === 'with' && cu.cue.stance === 'reject' && absoluteSubject(toks, mm.b, cu.a));
          // "will cut Thailand's duty-free access ... unless Bangkok agrees": the possessor after a
          // verb of a measure is inside its object, not a subject
          // ("backed the Soviet Union's proposals": so after an article)
          const verbBefore = prev?.lower === 'the' ? toks[mm.a - 2] : prev;
          const possessorObject =
            isPossessive(after) &&
            !!verbBefore &&
            !verbBefore.cap &&
            POSSESSOR_OBJECT_VERBS.has(verbBefore.lower);
          const reported = after && REPORT_VERBS_TOK.has(after);
          // "Colombia's exporters' association said": an unnamed lobby of the country, not the country
          // ("Copa-Cogeca, the EU's biggest farm lobby, urges ...": a named body's appositive, where
          // the named body before it is the subject)
          if (!pronoun && isPossessive(after) && lobbyAfter(toks, mm.b + 1)) {
            const named =
              mm.a >= 3 && prev?.lower === 'the' && toks[mm.a - 2]!.text === ',' ? mentionAt(mm.a - 3) : -1;
            const kind = named >= 0 ? ar.mentions[named]!.actor.kind : null;
            if (kind !== 'organization' && kind !== 'company') break;
            k = mm.a;
            continue;
          }
          // "a bill to let the United States retaliate": the cue is the object's licensed act
          if (isObject && mm.b >= cu.a - 1 && LICENSE.has(prevWord(toks, mm.a))) {
            licensed = true;
            break;
          }
          // "GATT discussions seeking ...", "the EU rules require": a name modifying a noun
          // ("a House-passed measure": the first part of a hyphened modifier)
          const modifier =
            (after && after.kind === TokKind.Word && !after.cap && NON_VOICE.has(after.lower)) ||
            (after?.text === '-' && toks[mm.b + 1]?.kind === TokKind.Word && !toks[mm.b + 1]!.cap) ||
            // "Australia said it could support the U.S. plan only if ...": the owner of a proposal
            // that is a verb's object (not "said the U.S. plan would ...", a clause's subject)
            (prev?.lower === 'the' &&
              !!after &&
              PROPOSALS.has(after.lower) &&
              !!verbBefore &&
              verbBefore.kind === TokKind.Word &&
              !verbBefore.cap &&
              (verbBefore.w & W_SPEECH) === 0 &&
              verbBefore.lower !== 'that');
          // "China called the U.S. demands unacceptable": the judged proposal's owner is not the judge
          const owned = isPossessive(after) ? toks[mm.b + 1] : after;
          const owner = stance === 'reject' && cu.cue.scope === 'before' && PROPOSALS.has(owned?.lower ?? '');
          k = mm.a;
          if (isObject || possessorObject || reported || modifier || owner) continue;
          // "The United States says Spain's entry ... is costing ..., and it wants ...": a possessor
          // of a thing is no antecedent of a later "it" (its voices and bodies are)
          if (pronoun && !plural && isPossessive(after) && possessedThing(toks[mm.b + 1])) continue;
          // "If Congress makes retaliatory action mandatory": hypothetical, not a position
          if (hypothetical && !pronoun) break;
          if (
            HYPOTHETICAL_TOK.has(prev) ||
            ((prev?.lower === 'that' || prev?.lower === 'the') && HYPOTHETICAL_TOK.has(toks[mm.a - 2]))
          ) {
            hypothetical = true;
            break;
          }
          // "Two U.S. senators said they would ...": the legislators the story names next
          const named = mm.actor.kind === 'country' ? legislatorsNamed(mm, si) : [];
          if (named.length > 0) {
            holder = named[0]!;
            subjectEnd = pronoun ? -1 : mm.b + 1;
            if (named.length > 1 && stance !== 'offer') {
              coHolder = named[1]!;
              moreHolders = named.slice(2);
            }
            break;
          }
          // "Arianespace chairman Frederic d'Allest rejected ...": a firm's head named by the firm
          // and his title right before him speaks for the firm
          const firmHead =
            mm.actor.kind === 'person' && FIRM_HEAD_TITLES.has(toks[mm.a - 1]?.lower ?? '')
              ? mentionAt(mm.a - 2)
              : -1;
          const h =
            firmHead >= 0 && ar.mentions[firmHead]!.actor.kind === 'company'
              ? ar.mentions[firmHead]!.actor
              : resolveHolder(mm.actor);
          if (h) {
            holder = h;
            subjectEnd = pronoun ? -1 : mm.b;
            // "The United States and the European Union agreed to ...": both hold it
            // ("India and Brazil said they would not accept ...": so does the "they" that names them)
            if (!pronoun || plural) {
              coHolder = coordinatedParty(mm.a, S.first, h);
              // "Brazil, Argentina and Uruguay urged ...", "the Chamber and the Farmers Union
              // called on ...": every party of a coordinated subject holds a demand or refusal
              if (stance !== 'offer') {
                moreHolders = coordinatedList(mm.a, S.first, h);
                if (moreHolders.length > 0) coHolder = moreHolders.shift()!;
              }
            }
            break;
          }
          continue;
        }
        // "The White House said ...": a seat of government speaks for its country
        // (most stories name none: no look-up per token then)
        const seat = ar.seatAt.size > 0 ? ar.seatAt.get(k) : undefined;
        if (seat !== undefined) {
          const end = k + 1;
          k = seat.a;
          if (isObjectAt(toks, seat.a, S.first) || pronoun) continue;
          const h = sideActor(seat.id);
          if (h) {
            holder = h;
            subjectEnd = end;
            break;
          }
          continue;
        }
        const lw = toks[k]!.lower;
        // the word is in a set of this scan's (most are not: their lookups are skipped)
        const hs = (toks[k]!.w & WordSet.HolderScan) !== 0;
        // "Washington agreed, and in return the Israelis pledged to end ...": a people named by its
        // plural demonym right before the cue is its country (not in a supposition: "If the
        // Australians want stable prices, they must ...")
        if (
          ar.adjAt[k] &&
          !pronoun &&
          k >= clauseStart &&
          lw.endsWith('s') &&
          toks[k - 1]?.lower === 'the' &&
          !SUPPOSITIONS.has(toks[k - 2]?.lower ?? '') &&
          auxOnly(toks, k + 1, cu.a)
        ) {
          const h = sideActor(ar.adjAt[k]!.id);
          if (h) {
            holder = h;
            subjectEnd = k + 1;
            break;
          }
        }
        // "the two sides will suspend their complaints": agreed terms are each main party's offer;
        // "either side can impose tariffs if ...": a mutual term, no one party's position
        if (!pronoun && bothSides(toks, k)) {
          // "called for talks between the two sides", "differences with both parties": after a
          // preposition the phrase is an object (not "Officials on both sides agreed": its noun is)
          const start = toks[k - 1]?.lower === 'two' && toks[k - 2]?.lower === 'the' ? k - 2 : k - 1;
          const prep = start - 1 >= S.first ? toks[start - 1]!.lower : '';
          if (
            SIDES_OBJECT_PREPOSITIONS.has(prep) &&
            (start - 2 < S.first || (toks[start - 2]!.w & WordSet.HolderScan) === 0)
          ) {
            k = start;
            continue;
          }
          if (modal) break; // "... that the two sides should ...": the speaker's demand
          // ("the two countries will remove tariffs": a promise opening with its modal is a step too)
          const step = cu.cue.direct || modalWord(toks[cu.a]!, FUTURE_AUX);
          // ("Both governments kept rice out of the tariff cuts": a refusal both parties made is
          // each one's; not "neither side", "either side")
          const pair =
            k >= clauseStart &&
            ((stance === 'offer' && step) ||
              (stance === 'reject' && (JOINT.has(toks[k]!.lower) || JOINT.has(toks[k - 1]?.lower ?? ''))))
              ? mainParties()
              : null;
          if (pair) {
            holder = pair[0];
            coHolder = pair[1];
            subjectEnd = k + 1;
          } else mutual = true;
          break;
        }
        // (as a subject only: "would hit the bloc if ..." names the target)
        if (
          lw === 'bloc' &&
          toks[k - 1]?.lower === 'the' &&
          lastBloc &&
          !pronoun &&
          (k - 2 < S.first ||
            toks[k - 2]!.kind === TokKind.Punct ||
            BLOC_SUBJECT_BEFORE.has(toks[k - 2]!.lower))
        ) {
          holder = lastBloc; // "the bloc had wanted ..."
          subjectEnd = k + 1;
          break;
        }
        // "X said ... and that the government was ready to ...": the speaker's government
        if (
          lw === 'government' &&
          !pronoun &&
          speaker &&
          toks[k - 1]?.lower === 'the' &&
          toks[k - 2]?.lower === 'that' &&
          verbGroupOnly(toks, k + 1, cu.a)
        ) {
          const h = resolveHolder(speaker);
          if (h) {
            holder = h;
            subjectEnd = k + 1;
            break;
          }
        }
        // "The government also refused to ...": a sentence opening with the bare noun means the
        // government of the party the story is told from (its first state, in the headline or lede)
        // ("The government has said it will not ...": the pronoun is the government's)
        if (
          lw === 'government' &&
          (!pronoun || !personPronoun) &&
          // ('"The government has offered to cut the car duty ...": a quotation may open it)
          (k - 1 === S.first || (k - 2 === S.first && OPEN_QUOTES.has(toks[S.first]!.text))) &&
          toks[k - 1]!.lower === 'the'
        ) {
          const h = homeState();
          if (h) {
            holder = h;
            subjectEnd = k + 1;
            break;
          }
        }
        // "The administration was prepared to raise ...": a sentence opening with the bare noun is
        // the U.S. administration, when the story names the United States
        if (
          lw === 'administration' &&
          !pronoun &&
          (k - 1 === S.first || (k - 2 === S.first && OPEN_QUOTES.has(toks[S.first]!.text))) &&
          toks[k - 1]!.lower === 'the' &&
          ar.actors.some((a) => a.id === 'us')
        ) {
          const h = sideActor('us');
          if (h) {
            holder = h;
            subjectEnd = k + 1;
            break;
          }
        }
        // "Lula ... His government had resisted ...": the government of the person named last
        if (!pronoun && hs && PARTY_NOUNS.has(lw) && PERSON_POSSESSIVES.has(toks[k - 1]?.lower ?? '')) {
          let person = lastPerson;
          for (let j = k - 2; j >= S.first; j--) {
            const mj = mentionAt(j);
            if (mj >= 0 && ar.mentions[mj]!.actor.kind === 'person') {
              person = ar.mentions[mj]!.actor;
              break;
            }
          }
          const h = person ? resolveHolder(person) : null;
          if (h) {
            holder = h;
            subjectEnd = k + 1;
            break;
          }
        }
        // "The Americans had pressed ...", "The Japanese have refused ...": a people opening its
        // clause as the subject is its side
        // ("The Americans did not agree to ...": a negation between them too)
        if (
          !pronoun &&
          ar.adjAt[k] &&
          toks[k - 1]?.lower === 'the' &&
          (k - 1 === S.first || toks[k - 2]?.text === ',') &&
          auxOrNegationOnly(toks, k + 1, cu.a)
        ) {
          holder = sideActor(ar.adjAt[k]!.id);
          if (holder) {
            subjectEnd = k + 1;
            break;
          }
        }
        // "The Gulf states have also asked ...": the members of a bloc the story names by a word of
        // its name ("Gulf" of the Gulf Cooperation Council), as the subject of their clause
        if (
          !pronoun &&
          hs &&
          GROUP_NOUNS.has(lw) &&
          k - 1 > S.first &&
          toks[k - 2]!.lower === 'the' &&
          // ("the Cairns countries could not accept ...": past a modal and a negation)
          verbGroupOnly(toks, k + 1, cu.a)
        ) {
          const b = blocNamedBy(toks[k - 1]!);
          if (b) {
            holder = b;
            subjectEnd = k + 1;
            break;
          }
        }
        // "The millers want Tokyo to ..." after "the Rice Millers' Association": a plural noun
        // that heads a lobby the story names stands for that lobby
        if (
          !pronoun &&
          k > S.first &&
          toks[k - 1]!.lower === 'the' &&
          !toks[k]!.cap &&
          lw.length > 3 &&
          lw.endsWith('s') &&
          auxOnly(toks, k + 1, cu.a)
        ) {
          const org = lobbyNamedBy(lw);
          if (org) {
            holder = resolveHolder(org);
            subjectEnd = k + 1;
            break;
          }
        }
        // "The machinists' union said it opposed ...": a lobby's noun after the members it groups
        // stands for the lobby named with them ("International Association of Machinists")
        if (
          hs &&
          LOBBY_SUBJECTS.has(lw) &&
          !pronoun &&
          k - 3 >= S.first &&
          (toks[k - 1]!.text === "'" || toks[k - 1]!.text === '\u2019') &&
          !toks[k - 1]!.space &&
          toks[k - 2]!.kind === TokKind.Word &&
          !toks[k - 2]!.cap &&
          toks[k - 3]!.lower === 'the' &&
          verbGroupOnly(toks, k + 1, cu.a)
        ) {
          const org = lobbyNamedBy(toks[k - 2]!.lower);
          if (org) {
            holder = resolveHolder(org);
            subjectEnd = k + 1;
            break;
          }
        }
        // "said the coalition would press Congress", "said that the industry wanted ...", "the
        // labour federation wants ...": a generic noun for a lobby (one modifier allowed) stands for
        // the last lobby named before it, which holds its own positions
        // (the noun tested first: this runs for every token the scan passes)
        if (
          hs &&
          LOBBY_SUBJECTS.has(lw) &&
          !pronoun &&
          k > S.first &&
          (toks[k - 1]!.lower === 'the' ||
            (k - 1 > S.first &&
              toks[k - 2]!.lower === 'the' &&
              toks[k - 1]!.kind === TokKind.Word &&
              !toks[k - 1]!.cap &&
              mentionAt(k - 1) < 0 &&
              !ar.adjAt[k - 1])) &&
          !toks[k]!.cap &&
          verbGroupOnly(toks, afterWhose(toks, k + 1, cu.a), cu.a)
        ) {
          const org = lobbyBefore(k, lw);
          if (org) {
            holder = org;
            subjectEnd = k + 1;
            break;
          }
        }
        // "Taiwan's Board of Foreign Trade ... Officials said the board offered to ...": a body's
        // head noun after "the" stands for the last body named with it, which speaks as that body
        // does (its government's voice, most often); "The council has asked Tokyo to ..." (the Gulf
        // Cooperation Council named before): a bloc's head noun, for the last bloc named with it
        if (
          hs &&
          (GOV_BODY_SUBJECTS.has(lw) || BLOC_HEAD_SUBJECTS.has(lw)) &&
          !pronoun &&
          k > S.first &&
          toks[k - 1]!.lower === 'the' &&
          !toks[k]!.cap &&
          verbGroupOnly(toks, k + 1, cu.a)
        ) {
          const gov = GOV_BODY_SUBJECTS.has(lw);
          const named = bodyNamedWith(k, lw, gov ? 'organization' : 'bloc');
          const h = named && gov ? resolveHolder(named) : named;
          if (h) {
            holder = h;
            subjectEnd = k + 1;
            break;
          }
        }
        // "The minister ruled out any cut", "the ambassador said it would ...": an office named by its
        // title noun is the last person named holding it; "the company said it would ...", "said
        // the utility was ready to ...": a firm's common noun is the last firm named before it
        if (
          hs &&
          (OFFICE_NOUNS.has(lw) || FIRM_NOUN.has(lw)) &&
          !pronoun &&
          theNounSubject(toks, S.first, k, cu.a)
        ) {
          const h =
            OFFICE_NOUNS.has(lw) && lastPerson?.role && roleHas(lastPerson.role, lw)
              ? resolveHolder(lastPerson)
              : FIRM_NOUN.has(lw)
                ? (firmOfVoiceIn(S.first, k) ?? firmBefore(k))
                : null;
          if (h) {
            holder = h;
            subjectEnd = k + 1;
            break;
          }
        }
        if (hs && HYPOTHETICAL.has(lw) && !pronoun) hypothetical = true;
        // "pressure from Congress, where textile-state members have promised ...": a "where"
        // clause has a subject of its own between it and the cue, never the place named before it
        if (
          !pronoun &&
          lw === 'where' &&
          toks[k - 1]?.text === ',' &&
          cu.a - k > 2 &&
          !clauseJoinBetween(toks, k + 1, cu.a) // (", where ..., were reported to": an aside that closed)
        ) {
          analystSubject = true;
          break;
        }
        // "analysts expected Bonn to ...": a forecaster's view is no party's position
        if (!pronoun && k >= clauseStart && hs && ANALYST_NOUNS.has(lw)) {
          analystSubject = true;
          break;
        }
        // "Five West African cotton producers have asked ...": a counted group of states the next
        // sentence names ("The ambassadors of Mali, Chad, ... delivered"), as many as the number says
        if (!pronoun && k >= clauseStart && COUNTED_STATES.has(lw) && auxOnly(toks, k + 1, cu.a)) {
          const named = statesNamedNext(k, clauseStart, si);
          if (named.length > 0) {
            holder = named[0]!;
            subjectEnd = k + 1;
            if (stance !== 'offer') {
              coHolder = named[1] ?? null;
              moreHolders = named.slice(2);
            }
            break;
          }
        }
        // "Vietnamese companies signed agreements to buy ...": a demonym's group as a direct subject
        // ("Soviet foreign trade organisations would buy ...": up to two lower-case modifiers between)
        const dj =
          !pronoun && cu.cue.direct === true && hs && GROUP_NOUNS.has(lw)
            ? demonymBefore(toks, k, S.first, ar.adjAt)
            : -1;
        if (dj >= 0 && auxOnly(toks, k + 1, cu.a)) {
          holder = sideActor(ar.adjAt[dj]!.id);
          if (holder) {
            subjectEnd = k + 1;
            break;
          }
        }
        // "The Argentine president insists that ...": a head of state or leader named by the
        // demonym right before the title (not a bare "the president", often a firm's)
        if (
          !pronoun &&
          k >= clauseStart &&
          hs &&
          HEAD_VOICES.has(lw) &&
          ar.adjAt[k - 1] &&
          auxOnly(toks, k + 1, cu.a)
        ) {
          const h = sideActor(ar.adjAt[k - 1]!.id);
          if (h) {
            holder = h;
            subjectEnd = k + 1;
            break;
          }
        }
        // a pronoun subject: look further back in the sentence ("Washington said it will ..."),
        // else fall back to the last holder (or the last person for he/she)
        // "Officials have said ...", "the ministry hoped ...": the party the story is about
        if (
          !pronoun &&
          k >= clauseStart &&
          hs &&
          UNNAMED_VOICES.has(lw) &&
          mentionAt(k + 1) < 0 &&
          !OBJECT_PREPS_TOK.has(toks[k - 1]) &&
          !OBJECT_PREPS_TOK.has(toks[k - 2])
        ) {
          // "Chinese negotiators are asking ...", "China's commerce ministry hoped ...": the party
          const named = voiceParty(k, S.first);
          if (named) {
            holder = named;
            subjectEnd = k + 1;
            break;
          }
          // "On Tuesday the Commerce Ministry went further ... A ministry spokesperson urged ...":
          // the ministry named last, not a party named since
          if (
            (lw === 'ministry' || toks[k - 1]?.lower === 'ministry') &&
            voiceOpensClause(toks, k, S.first)
          ) {
            const org = bodyNamedWith(k, 'ministry');
            const h = org ? resolveHolder(org) : null;
            if (h) {
              holder = h;
              subjectEnd = k + 1;
              break;
            }
          }
          pronoun = true;
          continue;
        }
        // "... if it wanted lower tariffs": a hypothetical, not a position
        if (!pronoun && hs && PRONOUNS.has(lw) && HYPOTHETICAL_TOK.has(toks[k - 1])) {
          hypothetical = true;
          break;
        }
        // "In their view the duties would stay until ...": the view's holder is the subject
        if (
          !pronoun &&
          (k >= clauseStart || (k >= pronounStart && hs && PRONOUNS.has(lw))) &&
          ((hs && PRONOUNS.has(lw)) ||
            ((lw === 'their' || lw === 'its') &&
              toks[k - 1]?.lower === 'in' &&
              toks[k + 1]?.lower === 'view'))
        ) {
          // "we"/"I" in a quote is the speaker ("... we expect them to open their markets," X said)
          if ((lw === 'we' || lw === 'i') && speaker) {
            holder = resolveHolder(speaker);
            break;
          }
          // "Toyota said that its U.S. prices had risen and that it had not dumped": "it" opening a
          // "that" clause of a body's or a firm's statement is that speaker, not a party named inside
          // the clause before it (not "told Canada that it must ...": the party told)
          if (
            lw === 'it' &&
            toks[k - 1]?.lower === 'that' &&
            speaker &&
            speaker.kind !== 'person' &&
            !partyBetween(Math.max(S.first, k - 6), k - 1)
          ) {
            holder = resolveHolder(speaker);
            break;
          }
          pronoun = true;
          personPronoun = PERSON_PRONOUNS.has(lw);
          plural = lw === 'they';
        }
      }
      if ((hypothetical && !holder) || licensed || mutual || analystSubject) return;
      // "Gold would be among the goods hit once the rates rise, trade analysts said": a reading
      // the sentence gives to analysts is no party's position
      if (analystsSaid(toks, S)) return;
      // ('"Colombia needs the Ecuadorian market," said X, a trade economist': an analyst's reading
      // of a party in his own words, no position the party took)
      if (
        quoted &&
        speaker !== null &&
        speaker.kind === 'person' &&
        speaker.role !== null &&
        holder !== speaker &&
        isAnalystRole(speaker.role)
      )
        return;
      if (holder && pronoun && personPronoun) holder = null; // "he" is a person, not a country named earlier
      let target: ActorInfo | null = null;
      if (modal) {
        // "the U.S. should quickly discard ...": the actor before a modal is its target; the
        // holder is whoever voices the sentence. Modals count only in quoted or reported speech.
        if (!quoted && !reported) return;
        if (
          holder &&
          (subjectEnd >= cu.a - 2 ||
            possessorSubject(toks, subjectEnd, cu.a) ||
            relativeBeforeModal(toks, subjectEnd, cu.a))
        ) {
          // ("said Taiwan's exports to the United States should face curbs": the possessor of
          // the modal's subject, likewise)
          target = holder;
          holder = null;
        } else if (holder && speaker && subjectEnd >= 0) {
          // "the ministry said that Beijing hoped Washington would ..., and that the two sides
          // should ...": an actor in an earlier complement clause is not the modal's voice
          for (let k = subjectEnd; k < cu.a; k++) if (toks[k]!.lower === 'that') holder = null;
        }
      }
      // "Canada will face a 35 percent tariff unless it curbs fentanyl flows, Trump said": the party
      // that would face a measure is the threat's target; its holder is whoever voices the threat
      let facedThreat = false;
      if (
        holder &&
        CONDITION_CLAUSE.has(cu.cue.phrase) &&
        subjectEnd >= 0 &&
        facesAfter(toks, subjectEnd, cu.a)
      ) {
        target = holder;
        holder = null;
        facedThreat = true;
      }
      const fallback = !holder;
      // "Forests Minister X told reporters the province wanted ...": "the province" as the subject
      // is the province last named, not the speaker's country
      // ("the province was prepared to ...": past the auxiliaries)
      let pv = cu.a - 1;
      while (pv > S.first && cu.a - pv <= 3 && (modalWord(toks[pv]!, AUX) || BE_FORMS_TOK.has(toks[pv])))
        pv--;
      if (toks[pv]?.lower === 'province' && toks[pv - 1]?.lower === 'the')
        holder = provinceBefore(cu.a) ?? holder;
      // "Hargreave told a luncheon that the province would support an agreement only if ...": the
      // subject of the clause a condition is set on, after the speaker's verb
      else if (holder && CONDITION_CLAUSE.has(cu.cue.phrase) && subjectEnd >= 0)
        for (let q = cu.a - 2; q > subjectEnd; q--) {
          if (toks[q]!.text === ',') break;
          if (toks[q]!.lower === 'province' && toks[q - 1]!.lower === 'the' && modalWord(toks[q + 1]!, AUX)) {
            holder = provinceBefore(q) ?? holder;
            break;
          }
        }
      // "American beekeepers asked the government to ... The petition, filed by the American Honey
      // Producers Association, ...": an industry told by its trade is the lobby that speaks for it
      // (named in this sentence or the next two)
      if (!holder && !NOUN_CUES.has(cu.cue.phrase) && !modal) holder = industryLobby(S, si, cu.a);
      // "The Cairns Group put its own plan to the group. The plan calls for a freeze on export
      // subsidies": a plan or proposal opening the sentence as the cue's subject is its author's,
      // the party the sentence before was about
      if (
        !holder &&
        !NOUN_CUES.has(cu.cue.phrase) &&
        lastHolder &&
        lastHolderSentence === si - 1 &&
        planSubject(toks, S.first, cu.a)
      )
        holder = lastHolder;
      if (!holder) {
        if (speaker) {
          holder = resolveHolder(speaker);
          // "Lawyers for the two firms said they would oppose ...": each client holds it
          if (holder && clients.length > 1 && stance !== 'offer' && !coHolder) {
            coHolder = clients[1]!;
            moreHolders = clients.slice(2);
          }
        }
        // "X, an adviser to the chancellor, agreed the bloc must ...": the subject of the view
        else if (modal && (holder = viewHolder(S.first, cu.a))) {
          /* found */
        }
        // "X, Canada's deputy chief of delegation, replied ... But he agreed ...": a holder found in
        // the last sentence, which named no known person, is more recent than the last person
        else if (personPronoun && heldSentence === si - 1 && personSentence < si - 1) holder = lastHolder;
        else if (personPronoun) holder = lastPerson ? resolveHolder(lastPerson) : null;
        // a quote that goes on from the last sentence is still its speaker's ("... must be agreed
        // upon multilaterally.")
        else if (modal && quoted && !reported && lastSpeaker && !sentenceHolder)
          holder = resolveHolder(lastSpeaker);
        // "Korean exporters said they would accept a price undertaking": "they" is the trade group
        // that said it, named by its trade alone: no party's position (not the last party named)
        else if (plural && !sentenceHolder && tradeGroupSaid(toks, S.first, cu.a)) return;
        // "Thai negotiators have made clear they will not open ...": "they" is the subject that
        // made it clear (no speech verb names it a speaker)
        else if (plural && !sentenceHolder && (holder = madeClearSubject(cu.a - 1, S.first))) {
          /* found */
        } else if (pronoun || modal || (quoted && !reported)) {
          holder = sentenceHolder ?? lastHolder;
          // "Malawi and Burundi said they could not ... They asked for compensation": a plural
          // "they" stands for all the parties that held the last position together
          if (plural && !sentenceHolder && lastCoHolders.length > 0) {
            coHolder = lastCoHolders[0]!;
            moreHolders = lastCoHolders.slice(1);
          }
        }
        // "The decision would apply tariffs in retaliation for ...": a measure as subject is the
        // party's last named in the story
        else if (
          stance === 'condition' &&
          cu.cue.phrase === 'retaliation' &&
          toks[cu.a - 1]?.lower === 'in' &&
          toks[cu.b]?.lower === 'for' &&
          !hypothetical
        ) {
          // "the new tariffs are in retaliation for Japan's failure ...": of the story's two main
          // parties, the one not blamed retaliates
          const blamed = partyAt(cu.b + 1) ?? partyAt(cu.b + 2) ?? partyAt(cu.b + 3);
          holder = (blamed ? otherOfPair(mainParties(), blamed) : null) ?? lastHolder;
        }
      }
      // "Beijing told Washington it must lift ...": the party addressed is the pronoun's referent
      if (modal && !target && holder && PRONOUNS.has(toks[cu.a - 1]?.lower ?? '')) {
        for (let k = cu.a - 2; k >= Math.max(S.first, cu.a - 6); k--) {
          const mi = mentionAt(k);
          if (mi < 0) continue;
          const mm = ar.mentions[mi]!;
          if (ADDRESSED.has(toks[mm.a - 1]?.lower ?? '')) {
            const side = resolveSide(mm.actor);
            if (side && side.id !== holder.id) target = side;
          }
          break;
        }
      }
      // "said Taiwan's exports should face curbs unless it opened its car market": a condition
      // whose subject found lies before the sentence's last position, and is that position's
      // target, is set by that position's holder
      if (
        stance === 'condition' &&
        holder &&
        sentenceHolder &&
        sentenceTarget &&
        holder.id === sentenceTarget.id &&
        holder.id !== sentenceHolder.id &&
        subjectEnd >= 0 &&
        subjectEnd <= sentenceCueAt
      ) {
        target = holder;
        holder = sentenceHolder;
      }
      if (!holder || (target && target.id === holder.id)) return;
      // "agreed to raise the quotas in return for Chinese curbs on shipments", "in return for an
      // Austrian pledge to ...": what another party gives in return is that party's offer
      // "Under the agreement signed in 1985, Community trawlers may take set quotas ... in return for
      // an annual payment", "signed an understanding under which Mexico will phase out ... in return
      // for ...": the terms of a deal told, no condition set
      if (stance === 'condition' && RETURN_CUES.has(cu.cue.phrase) && underDealTerms(toks, S.first, cu.a))
        return;
      if (stance === 'condition' && RETURN_CUES.has(cu.cue.phrase)) {
        let j = cu.b;
        if (ARTICLES.has(toks[j]?.lower ?? '') || toks[j]?.lower === 'the') j++;
        const mj = j < S.last ? mentionAt(j) : -1;
        const giver =
          j < S.last && ar.adjAt[j]
            ? sideActor(ar.adjAt[j]!.id)
            : mj >= 0 && ar.mentions[mj]!.b < S.last && toks[ar.mentions[mj]!.b]!.kind === TokKind.Word
              ? resolveHolder(ar.mentions[mj]!.actor)
              : null;
        // ("agreed to raise Austria's quotas in return for an Austrian pledge": the subject's own)
        if (giver) {
          if (giver.id !== holder.id) target = holder;
          holder = giver;
          stance = 'offer';
        }
      }
      // "a tax which West Germany is against, along with Britain, Denmark and the Netherlands":
      // the parties listed after "along with" share the demand or refusal
      let alongWith: ActorInfo[] = [];
      if (stance !== 'offer' && !modal) {
        // (up to the next cue: "Paris supports a move for an oils and fats tax which West Germany is
        // against, along with Britain, ...": the list is the later refusal's, not the backing's)
        const listEnd =
          c + 1 < cues.length && cues[c + 1]!.a > cu.a ? Math.min(S.last, cues[c + 1]!.a) : S.last;
        alongWith = alongWithList(subjectEnd >= 0 && subjectEnd < cu.a ? subjectEnd : cu.a, listEnd, holder);
        if (alongWith.length > 0) {
          if (!coHolder) coHolder = alongWith[0]!;
          for (const x of alongWith)
            if (x.id !== coHolder.id && !moreHolders.some((m) => m.id === x.id)) moreHolders.push(x);
        }
      }
      // "the GATT Council agreed yesterday to set up a panel": the body that rules on a dispute
      // concedes nothing to either side
      if (stance === 'offer' && ARBITERS.has(holder.id)) return;
      // "Britain could face a spiral of cuts if it went that way": a forecast about the
      // subject's own course, no term set to another party
      if (
        stance === 'condition' &&
        cu.cue.phrase === 'if' &&
        !fallback &&
        !pronoun &&
        (toks[cu.b]?.lower === 'it' || toks[cu.b]?.lower === 'they') &&
        !partyBetween(subjectEnd, cu.a) // "would retaliate against the EC if it did not ...": the EC
      )
        return;
      // "the trade ministry has been pressing steel mills to curb output": a government pressing its own
      // industry is no demand between parties
      // ("Tokyo would also urge trading houses to buy more ingot", "would encourage the carmakers to
      // bring in foreign suppliers": a government's promise to press its own industry is its offer)
      if (
        stance === 'demand' &&
        (PRESS_VERBS_TOK.has(toks[cu.a]) || toks[cu.a]!.lower.startsWith('encourag'))
      ) {
        const ind = industryObject(cu.b);
        if (ind !== null && (ind === '' || ind === holder.id || ind === holder.sideId)) {
          if (!promisedStep(toks, cu.a, S.first) || (holder.kind !== 'country' && holder.kind !== 'bloc'))
            return;
          stance = 'offer';
        }
      }
      // "hoped Canada could soon drop the quotas" (said by its premier): its own step
      if (stance === 'demand' && EXPECT.has(cu.cue.phrase) && ownHopedStep(cu.b, S.last, holder))
        stance = 'offer';
      // a holder from context that is also the party addressed ("it urged the United States")
      // is a wrong guess
      if (fallback && !speaker) {
        let addressed = false;
        for (let k = cu.b; k < Math.min(cu.b + 3, S.last); k++) {
          const mi = mentionAt(k);
          if (mi >= 0) {
            const side = resolveSide(ar.mentions[mi]!.actor);
            addressed = side?.id === holder.id;
            break;
          }
        }
        if (addressed) return;
      }
      if (!target && passiveTarget) target = passiveTarget;
      // target: first other party after the cue (a country named by a demonym will do)
      if (!target) {
        for (let k = cu.b; k < S.last; k++) {
          const mi = mentionAt(k);
          if (mi < 0) continue;
          const mm = ar.mentions[mi]!;
          k = mm.b - 1;
          const side = resolveSide(mm.actor);
          if (
            side &&
            side.id !== holder.id &&
            !alongWith.some((x) => x.id === side.id) &&
            (side.kind === 'country' || side.kind === 'bloc' || side.kind === 'organization')
          ) {
            target = side;
            break;
          }
        }
      }
      if (!target) {
        for (let k = cu.b; k < S.last; k++) {
          const adj = ar.adjAt[k];
          if (adj != null && adj.id !== holder.id && adj.id !== holder.sideId) {
            target = sideActor(adj.id);
            break;
          }
        }
      }
      // "their government wants to honour the pact", "wants to cut its deficit": the subject's own
      // intention, with no other party, is no demand ("wants to sell more to the United States" is)
      if (
        !target &&
        stance === 'demand' &&
        cu.cue.phrase.startsWith('want') &&
        toks[cu.b]?.lower === 'to' &&
        toks[cu.b + 1]?.lower !== 'see' &&
        // ("the conditions that Congress wants to attach to ...": what it wants is named before)
        relativeWant(toks, cu, S) < 0 &&
        // ("the mills want to cut the price for the contract year": a price is set between a
        // buyer and a seller, so moving it is asked of the other; so is the volume a buyer takes,
        // "want to reduce the tonnage they take", "want to cut their purchases")
        priceObjectAt(toks, cu.b, Math.min(S.last, cu.b + 10)) < 0 &&
        !collectIssues(lex.issueFirst, toks, cu.b, Math.min(S.last, cu.b + 8), ar.mentionAt).has('purchases')
      )
        return;
      // issues in scope: from the cue to the next cue or clause break
      // "rejected U.S. demands to scrap its quotas": the rejection's object is the demand's scope
      let nextCue = cues[c + 1];
      // "could accept the meat quotas only if they remained small": an acceptance bound to a
      // condition is that condition, no offer of its own (not "could accept a limit, but only if
      // ...": a concession told first, then its price)
      if (
        stance === 'offer' &&
        (ACCEPT_OFFERS.has(cu.cue.phrase) ||
          // ("was ready to accept the package only if ...")
          (READY_TO.has(cu.cue.phrase) && toks[cu.b]?.lower === 'accept')) &&
        nextCue?.cue.phrase === 'only if' &&
        nextCue.a - cu.b <= 10 &&
        toks[nextCue.a - 1]!.kind === TokKind.Word &&
        toks[nextCue.a - 1]!.lower !== 'but'
      )
        return;
      if (
        // ("provided that Washington dropped its demand to end ...": the condition is what is dropped)
        (stance === 'reject' ||
          (stance === 'offer' && toks[cu.b - 1]?.lower === 'meet') ||
          (stance === 'condition' && !!nextCue?.dropped)) &&
        nextCue &&
        nextCue.cue.stance === 'demand' &&
        NOUN_CUES.has(nextCue.cue.phrase) &&
        nextCue.a - cu.b <= 3
      )
        nextCue = cues[c + 2];
      // "urged the government to press Moscow for a contract", "to keep pressing India for
      // access", "to seek an end to Japanese fumigation rules": a demand the addressee is asked to
      // make is what the directive asks: its scope runs on through that cue, whose words name the
      // matter (the directive's subject holds it, of its addressee)
      else if (
        stance === 'demand' &&
        nextCue &&
        nextCue.cue.stance === 'demand' &&
        DIRECTIVE_DEMANDS_TOK.has(toks[cu.a]) &&
        INNER_DEMAND_VERBS.has(toks[nextCue.a]!.lower) &&
        (toks[nextCue.a - 1]?.lower === 'to' ||
          (KEEP_ON.has(toks[nextCue.a - 1]?.lower ?? '') && toks[nextCue.a - 2]?.lower === 'to')) &&
        nextCue.a - cu.b <= 7
      )
        nextCue = cues[c + 2];
      const scopeEnd = scopeEndOf(cu, stance, nextCue, relativeClause);
      // "equality in short-range missiles": arms control, no trade position
      let nonTrade = false;
      for (let k = cu.b; k < scopeEnd && !nonTrade; k++)
        nonTrade = (toks[k]!.w & WordSet.AfterCue) !== 0 && NON_TRADE.has(toks[k]!.lower);
      if (nonTrade) return;
      const issues = cueIssues(c, stance, holder, target, nextCue, scopeEnd, openClaim, passiveAgent);
      // "Under the agreement, the UK and Ukraine each commit to:" and a bulleted list: what each
      // item names is what the cue names
      if (issues.size === 0 && cu.b === S.last - 1 && toks[cu.b]!.text === ':')
        for (const i of bulletIssues(si + 1)) issues.add(i);
      // (a threat tied to a measure is a condition on that measure's matter: ANNOTATION.md)
      if (facedThreat) {
        const threatened = collectIssues(lex.issueFirst, toks, subjectEnd, cu.a, ar.mentionAt);
        if (threatened.has('tariffs')) {
          issues.clear();
          issues.add('tariffs');
        }
      }
      // "India said it would not join the Regional Comprehensive Economic Partnership", "Tokyo
      // wants India to join the CPTPP": joining a bloc or a body named by its name is `other`, as
      // "join the pact" is
      // (not "Britain will join the CPTPP": joining told is news, no offer)
      // ("Uzbekistan wants to join the WTO": an aim of its own, no demand on another party)
      if (issues.size === 0 && stance !== 'offer' && joinsBodyAt(cu.b, stance === 'demand'))
        issues.add('other');
      if (issues.size === 0) return;
      // "would ask for consultations under the GATT subsidies code if duties were imposed", "would
      // ask the administration to reopen the case if the lower duties did not lift its sales": a
      // dispute step threatened on a measure is a condition on that step (enforcement), not on the
      // measure it answers
      if (
        stance === 'condition' &&
        (cu.cue.phrase === 'if' || cu.cue.phrase === 'unless') &&
        !issues.has('enforcement') &&
        disputeStepBefore(toks, S.first, cu.a)
      ) {
        issues.clear();
        issues.add('enforcement');
      }
      // "pressed India to stop buying Russian crude": purchases halted from a third country are a
      // sanction, export controls in the taxonomy
      if (issues.has('purchases') && haltedThirdPartyPurchases(cu.b, scopeEnd, holder)) {
        issues.delete('purchases');
        issues.add('export_controls');
      }
      // "is opposed to protectionism", "condemned protectionist legislation": opposing barriers is
      // asking for open markets ("will fight the bill as protectionist": a judgement of what is
      // rejected, which stays a rejection)
      if (stance === 'reject' && issues.size === 1 && issues.has('market_access'))
        for (let k = cu.b; k < Math.min(scopeEnd, cu.b + 4); k++) {
          if (toks[k]!.lower === 'as') break;
          if (PROTECTION_WORDS.has(toks[k]!.lower)) {
            stance = 'demand';
            break;
          }
        }
      // "refused to accept any agreement without X": X is a condition, not a rejection of X
      if (stance === 'reject') {
        // ("would never accept a ruling that left inventors without a remedy": a `without` inside a
        // relative clause describes what is refused)
        // ("would not accept the limits Washington imposed without its consent": nor inside a
        // relative clause with no pronoun, a party and its past verb)
        // ("would not accept a text that did not commit governments to the elimination of farm
        // support": a refusal of whatever lacks X asks for X, a condition)
        for (let k = cu.b; k < scopeEnd; k++) {
          const w = toks[k]!.lower;
          if (w === 'that' || w === 'which') {
            if (negatedVerbAt(toks, k + 1)) stance = 'condition';
            // ("will not sign a trade agreement that lacks enforceable labour standards": a deal
            // refused for what it lacks asks for it; not "sanctions that lacked a UN mandate")
            // ("could not accept an accord that left out farm goods": what it leaves out, likewise)
            else if (
              (LACK_VERBS.has(toks[k + 1]?.lower ?? '') ||
                (LEAVE_FORMS.has(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'out')) &&
              DEAL_NOUNS_TOK.has(toks[k - 1])
            )
              stance = 'condition';
            break;
          }
          // (not "..., a trade official said, without giving details": how it was told)
          // ("could not scrap the rate without hurting small sawmills": what an inability would cost
          // is its reason, no condition)
          if (
            (w === 'without' &&
              !TOLD_WITHOUT.has(toks[k + 1]?.lower ?? '') &&
              !(UNABLE.has(cu.cue.phrase.split(' ')[0]!) && isGerund(toks[k + 1]))) ||
            w === 'lacking'
          )
            stance = 'condition';
          // ("rejected a request to ..., after talks ended on Wednesday without agreement": a
          // clause set off after the refusal tells when, not what is refused)
          if (w === ',' && AFTER_CLAUSE.has(toks[k + 1]?.lower ?? '')) break;
          const mi = k > cu.b ? mentionAt(k) : -1;
          if (mi >= 0) {
            const v = toks[ar.mentions[mi]!.b];
            if (v && v.kind === TokKind.Word && !v.cap && v.lower.endsWith('ed')) break;
          }
        }
        // "would not lower the rate unless Mexico stopped ...": a refusal lifted on a condition is
        // that condition, coded from the conditional clause's own cue
        if (
          nextCue &&
          CONDITION_CLAUSE.has(nextCue.cue.phrase) &&
          nextCue.cue.stance === 'condition' &&
          !clauseJoinBetween(toks, cu.b, nextCue.a)
        )
          return;
      }
      // "was ready to discuss them only as part of wider talks", "would buy grain only when it is
      // priced at world levels": a step offered only on terms sets those terms as a condition
      if (stance === 'offer')
        for (let k = cu.b; k < scopeEnd - 1; k++)
          if (toks[k]!.lower === 'only' && ONLY_ON.has(toks[k + 1]!.lower)) {
            stance = 'condition';
            break;
          }
      // "The Commission says the deal will remove duties on more than 90 percent of EU exports to
      // Mercosur": a deal's own cut of duties on exports to a party is that party's step
      if (
        stance === 'offer' &&
        !coHolder &&
        issues.has('tariffs') &&
        dealSubjectBefore(toks, cu.a, S.first)
      ) {
        const dest = exportsToParty(cu.b, S.last);
        if (dest && dest.id !== holder.id) {
          target = holder;
          holder = dest;
        }
      }
      sentenceHolder = holder;
      sentenceTarget = target;
      sentenceCueAt = cu.a;
      sentenceCoHolders = coHolder && coHolder.id !== holder.id && !modal ? [coHolder, ...moreHolders] : [];
      const holders: [ActorInfo, ActorInfo | null][] = [[holder, target]];
      // co-holders of an offer are each other's counterparts ("Canada and Mexico agreed to ...");
      // of a demand or rejection, they share its target ("Ireland and France opposed the deal")
      if (coHolder && coHolder.id !== holder.id && !modal) {
        if (stance === 'offer') holders.push([coHolder, holder], [holder, coHolder]);
        else {
          holders.push([coHolder, target?.id === coHolder.id ? null : target], [holder, target]);
          for (const m of moreHolders)
            if (m.id !== holder.id) holders.push([m, target?.id === m.id ? null : target]);
        }
      }
      // ("The Community must cut its subsidies, the two organizations said": each body that spoke
      // holds it, a modal's included)
      if (holders.length === 1 && stance !== 'offer' && clients.length > 1 && clients.includes(holder)) {
        for (const x of clients)
          if (x.id !== holder.id) holders.push([x, target?.id === x.id ? null : target]);
        holders.push([holder, target]);
      }
      const rule = issues.size > 0 ? `cue:${ruleSlug(cu.cue.phrase)}` : '';
      for (const [h, tg] of holders.length > 1 ? holders.slice(1) : holders)
        for (const issue of issues) {
          if (!emit(h, tg, issue, stance, S, rule)) continue;
          const got = sentenceIssues.get(si);
          if (!got) sentenceIssues.set(si, [issue]);
          else if (!got.includes(issue)) got.push(issue);
        }
      // "would not sign an agreement that left the burden on farmers", "will not accept any deal
      // that lets grain flood its market": a deal refused by what it would be is also a bottom line
      // set for any deal
      if (stance === 'reject' && refusedDealThat(toks, cu.b, S.last))
        for (const issue of issues) emit(holder, target, issue, 'condition', S, rule);
      // "was prepared to give Community firms easier access ..., but only as part of a balanced
      // package": the terms an offer is limited to, when they name an issue of their own, are the
      // offering party's condition on that issue
      if (stance === 'offer' && cu.cue.stance === 'offer') {
        const only = onlyTermsAt(toks, cu.b, S.last);
        if (only > 0) {
          const end = clausePunctEnd(toks, only + 1, S.last);
          for (const issue of collectIssues(lex.issueFirst, toks, only + 1, end, ar.mentionAt)) {
            if (!issues.has(issue))
              emit(holder, target, issue, 'condition', S, `cue:only_${toks[only + 1]!.lower}`);
          }
        }
        // "was ready to raise the quota to 600,000 tonnes but not to 650,000": the step the offer
        // stops short of is refused, on what it names, else on the offer's own matter
        const butNot = butNotAt(toks, cu.b, nextCue ? nextCue.a : S.last);
        if (butNot > 0) {
          const refused = collectIssues(
            lex.issueFirst,
            toks,
            butNot,
            clausePunctEnd(toks, butNot, S.last),
            ar.mentionAt,
          );
          // ("ready to accept a longer transition ..., but not an open-ended exemption": a weak
          // word alone, `exemption`, names no matter of its own; the offer's is refused)
          const own =
            refused.size > 0 &&
            strongIssueIn(lex.issueFirst, toks, butNot, clausePunctEnd(toks, butNot, S.last), ar.mentionAt);
          for (const issue of own || issues.size === 0 ? refused : issues)
            emit(holder, target, issue, 'reject', S, 'cue:but_not');
        }
      }
    };
    for (let c = 0; c < cues.length; c++) cueAt(c);
    // "..., a call backed by the Wheat Growers", "..., a point sought by the drug makers": the
    // agent of the position just told asks for it too (only in a sentence that told one)
    const told = sentenceIssues.get(si);
    if (told !== undefined)
      for (let k = S.first + 2; k < S.last - 2; k++) {
        if (
          toks[k + 1]!.lower !== 'by' ||
          !BACKERS.has(toks[k]!.lower) ||
          !STANCE_NOUNS.has(toks[k - 1]!.lower)
        )
          continue;
        const mi = agentAfter(k + 1);
        const h = mi >= 0 ? resolveHolder(ar.mentions[mi]!.actor) : null;
        if (!h || h.kind === 'country' || h.kind === 'bloc') continue;
        for (const issue of told)
          emit(h, null, issue, 'demand', S, `cue:${ruleSlug(toks[k]!.lower + ' by')}`);
      }
    // "Japan rejected demands on Friday from Canada, Australia and New Zealand that it remove its
    // tariffs": the parties the refused demands came from hold them, on the refusal's matter
    if (told !== undefined)
      for (let k = S.first + 1; k < S.last - 3; k++) {
        if ((toks[k]!.w2 & WordSet2.DemandRefused) === 0 || !REFUSED_VERBS.has(toks[k - 1]!.lower)) continue;
        let f = k + 1;
        // (a wire story's "on Friday" between the noun and its complement)
        if (toks[f]!.lower === 'on' && WEEKDAY_WORDS.has(toks[f + 1]?.lower ?? '')) f += 2;
        if (toks[f]?.lower !== 'from') continue;
        const from: ActorInfo[] = [];
        let q = f + 1;
        while (q < S.last) {
          const w = toks[q]!.lower;
          if (w === 'the' || w === ',' || w === 'and') {
            q++;
            continue;
          }
          const mi = mentionAt(q);
          if (mi < 0) break;
          const h = resolveHolder(ar.mentions[mi]!.actor);
          if (h && !from.some((x) => x.id === h.id)) from.push(h);
          q = ar.mentions[mi]!.b;
        }
        const nx = toks[q]?.lower;
        if (from.length === 0 || (nx !== 'that' && nx !== 'to' && nx !== 'for')) continue;
        for (const h of from)
          for (const issue of told)
            emit(h, null, issue, 'demand', S, `cue:${ruleSlug(toks[k]!.lower + ' from')}`);
      }
    // "Under the accord, India will import up to 100 U.S. films a year": a party's step to come,
    // in a sentence opened by the deal it is a term of, is that party's offer ("In return, the
    // United States will ...": the other side's terms of the deal just told, likewise)
    if (toks[S.first]!.lower === 'under' || inReturnOpener(toks, S))
      for (const term of underDealSteps(S, cues)) {
        const other = counterpartOf(term.holder);
        const rule = toks[S.first]!.lower === 'under' ? 'deal-term:under' : 'deal-term:in-return';
        for (const issue of term.issues) emit(term.holder, other, issue, 'offer', S, rule);
      }
    // Deal terms with no party as subject: "The deal caps U.S. tariffs on European goods at 15
    // percent", "Under the agreement, Japanese duties on American beef will fall to 9 percent":
    // the party whose measure is cut makes the offer (ANNOTATION.md: agreed terms are offers).
    if (cues.length === 0 || !cues.some((x) => x.cue.stance === 'offer')) {
      const term = dealTerm(S);
      if (term !== null) {
        emit(
          term.holder,
          term.target ?? counterpartOf(term.holder),
          term.issue,
          'offer',
          S,
          `deal-term:${term.verb}`,
        );
      }
    }
    // "The agreement provides for a permanent safeguard mechanism that allows either side to
    // respond", "The deal sets up a consultation process under which either side can ...": a
    // mechanism the deal itself sets up is a term both main parties agreed, each one's offer
    if ((S.w & W_ISSUE) !== 0 && mechanismSetUp(toks, S, cues)) {
      const pair = mainParties();
      if (pair) {
        emit(pair[0], pair[1], 'enforcement', 'offer', S, 'deal-term:mechanism');
        emit(pair[1], pair[0], 'enforcement', 'offer', S, 'deal-term:mechanism');
      }
    }
    const openerAt = ar.mentionAt[S.first]!;
    const opener =
      openerAt >= 0 && ar.mentions[openerAt]!.actor.kind === 'person' ? ar.mentions[openerAt]!.actor : null;
    // the sentence's last person and last bloc, in one backward pass
    let personSeen = false;
    let blocSeen = false;
    // covered tokens lie in [lo, hi): from the first mention starting in the sentence (or its
    // first token, when an earlier mention runs into it) to the largest end of one starting before S.last
    const ms = ar.mentions;
    while (mentionCursor < ms.length && ms[mentionCursor]!.a < S.first)
      coverEnd = Math.max(coverEnd, ms[mentionCursor++]!.b);
    const lo = coverEnd > S.first ? S.first : mentionCursor < ms.length ? ms[mentionCursor]!.a : S.last;
    while (mentionCursor < ms.length && ms[mentionCursor]!.a < S.last)
      coverEnd = Math.max(coverEnd, ms[mentionCursor++]!.b);
    for (let k = Math.min(S.last, coverEnd) - 1; k >= lo && !(personSeen && blocSeen); k--) {
      const mi = ar.mentionAt[k]!;
      if (mi < 0) continue;
      const a = ar.mentions[mi]!.actor;
      // ("Caputo told a news conference he had raised the matter in talks with Foreign Minister X
      // and Agriculture Minister Y": the one talked with is no later "he" while the sentence named
      // its speaker before)
      if (
        !personSeen &&
        a.kind === 'person' &&
        !(counterpartBefore(toks, ar.mentions[mi]!.a) && personBefore(lo, ar.mentions[mi]!.a)) &&
        // ("Lula, the host, answered Trump at his closing news conference. ... he said": a person
        // who opens the sentence as its subject, not one named after him, is the later "he")
        (opener === null || opener === a)
      ) {
        lastPerson = a;
        personSentence = si;
        personSeen = true;
      } else if (!blocSeen && a.kind === 'bloc') {
        lastBloc = a;
        blocSeen = true;
      }
    }
    // what a later "it"/"they" refers to: this sentence's holder, its speaker, or its subject
    if (sentenceHolder !== null) {
      lastHolder = sentenceHolder;
      lastCoHolders = sentenceCoHolders;
      heldSentence = si;
      lastHolderSentence = si;
    } else {
      const subj = speaker ?? leadingSubject(toks, S, ar);
      const h = subj !== null ? resolveHolder(subj) : null;
      if (h !== null) {
        lastHolder = h;
        lastCoHolders = [];
        lastHolderSentence = si;
      }
    }
  }
  return out;
}

/** Verbs of pressing an addressee ("wanted their companies to be able to bid abroad" is no pressure on them). */
const PRESS_VERBS = words('press presses pressed pressing urge urges urged urging ask asks asked asking');
const PRESS_VERBS_TOK = new TokenSet(PRESS_VERBS);
/** A party's own steps that, hoped for by itself, are an offer ("hoped we can lift the sanctions"). */
const HOPED_STEPS = words('lift remove end cut lower ease open scrap drop suspend withdraw');
/** Cues that allege another party's conduct ("charges that Japan is refusing ..."). */
const ACCUSATIONS = new Set(['charges that', 'charged that']);
const ACCUSE_VERBS = words('accused accuses accusing accuse');
const REDUCE_VERBS = words('cut cuts lowered lowers');
const RESPECT_VERBS = words('respect respects respected respecting');
/** "respect the quotas", "respected GATT rules": the verb with an object other than interests. */
function respectsRule(toks: Token[], k: number, b: number): boolean {
  if (b !== k + 1 || !RESPECT_VERBS.has(toks[k]!.lower)) return false;
  const n = toks[k + 1];
  if (!n || n.kind !== TokKind.Word) return false;
  let o = k + 1;
  if (DETERMINERS_TOK.has(n) || ARTICLES.has(n.lower)) o++;
  else if (!n.cap) return false;
  const w = toks[o]?.lower ?? '';
  return w !== 'interests' && w !== 'interest' && w !== 'sovereignty';
}
/** "fifteen years", "15 years", "a decade", "two decades" at k: a length of time. */
function spanAfter(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  const n = t.kind === TokKind.Number || DEADLINE_COUNTS.has(t.lower);
  const u = toks[k + 1]?.lower ?? '';
  return n && (DEADLINE_UNITS.has(u) || u === 'decade' || u === 'decades');
}
/** Words that open or make up a point in time after "until" ("at least 1990", "the end of June"). */
const TIME_LEAD = words('at least about the end start middle of early late mid');
const WEEKDAY_WORDS = words('monday tuesday wednesday thursday friday saturday sunday');
const TIME_WORDS = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_WORDS,
  ...words('next this year month week spring summer autumn winter'),
]);
/** "until (at least) 1990", "until the end of the year", "until next month": a time follows at k. */
function timeAfter(toks: Token[], k: number): boolean {
  for (let q = k; q < k + 5; q++) {
    const t = toks[q];
    if (!t) return false;
    if (t.kind === TokKind.Number) return true;
    if (TIME_WORDS.has(t.lower)) return true;
    if (!TIME_LEAD.has(t.lower)) return false;
  }
  return false;
}
const RELATIVE_TIMES = words('last this next');
const PERIOD_WORDS = words('week month weekend');
const LETTER_WORDS = words('letter statement telex message cable filing submission');
/**
 * The end of an aside between a directive's addressee and its "to" that opens at k ("urged Japan
 * on Monday to", "asked the department last week to", "urged the Commission in a letter this week
 * to", "asked Canada at talks on Tuesday to"), else k: up to two parts, each a day ("on Monday",
 * "yesterday", "earlier this week"), "again", "in a letter" or "at (the) talks".
 */
function pastAside(toks: Token[], k: number): number {
  let q = k;
  for (let part = 0; part < 2; part++) {
    const w = toks[q]?.lower ?? '';
    const n = toks[q + 1]?.lower ?? '';
    if (w === 'on' && WEEKDAY_WORDS.has(n)) q += 2;
    else if (RELATIVE_TIMES.has(w) && (PERIOD_WORDS.has(n) || WEEKDAY_WORDS.has(n))) q += 2;
    else if (w === 'earlier' && n === 'this' && PERIOD_WORDS.has(toks[q + 2]?.lower ?? '')) q += 3;
    else if (w === 'yesterday' || w === 'today' || w === 'again') q++;
    else if (w === 'in' && n === 'a' && LETTER_WORDS.has(toks[q + 2]?.lower ?? '')) q += 3;
    else if (w === 'at' && n === 'talks') q += 2;
    else if (w === 'at' && n === 'the' && toks[q + 2]?.lower === 'talks') q += 3;
    else break;
  }
  return q;
}
/** Where an aside that ends right before k opens (pastAside read backwards), else k. */
function asideBefore(toks: Token[], k: number): number {
  for (let s = Math.max(0, k - 6); s < k; s++) if (pastAside(toks, s) === k) return s;
  return k;
}
/** Words of a directive that asks for something outside the taxonomy: a step of the talks
 * themselves ("to go back to the table", "to sign quickly", "to engage with the offer", "to
 * support their bid", "to study the bill", "to avoid any step that could spoil trade relations",
 * "to put the final text to a vote", "to publish an estimate", "to ratify it"),
 * speed or time ("to act quickly", "to give the companies more time"), or payment of debts ("to
 * obtain bank guarantees for the arrears"). */
const OUTSIDE_ASKS = words(
  `table talks talking negotiate negotiating negotiation negotiations sign signing deal agreement
   accord engage dialogue settle settlement compromise sincerity differences bid association study
   act quickly promptly arrears debts payment payments guarantees time relations vote text publish
   ratify ratification`,
);
/** True when the complement in tokens [b, end), from its "to" on ("asked Canada at talks on
 * Tuesday to ..."), asks for something outside the taxonomy (OUTSIDE_ASKS). */
function asksOutsideTaxonomy(toks: Token[], b: number, end: number): boolean {
  let k = b;
  while (k < end && toks[k]!.lower !== 'to') k++;
  if (k === end) k = b; // ("hope Britain will support their bid")
  for (; k < end; k++) if (OUTSIDE_ASKS.has(toks[k]!.lower)) return true;
  return false;
}
/** True when sentence S opens with "In return" or "In exchange" not followed by "for" (the other
 * side's terms of a deal just told: "In return, Washington will end its investigation"). */
function inReturnOpener(toks: Token[], S: Sentence): boolean {
  if (toks[S.first]!.lower !== 'in') return false;
  const w = toks[S.first + 1]?.lower;
  return (w === 'return' || w === 'exchange') && toks[S.first + 2]?.lower !== 'for';
}
/** True when "under which" or "Under the/an <deal noun>" comes before the cue at a in its sentence
 * (the terms of a deal told: "signed an understanding under which ...", "Under the agreement ..."). */
function underDealTerms(toks: Token[], first: number, a: number): boolean {
  for (let q = first; q < a - 1; q++) {
    if (toks[q]!.lower !== 'under') continue;
    const n = toks[q + 1]!.lower;
    if (n === 'which') return true;
    if (
      (n === 'the' || ARTICLES.has(n)) &&
      (DEAL_NOUNS_TOK.has(toks[q + 2]) || DEAL_NOUNS_TOK.has(toks[q + 3]))
    )
      return true;
  }
  return false;
}
/** Past ", whose ... ," at k ("The committee, whose members include Poclain of France, urged"),
 * else k; the clause must close before a. */
function afterWhose(toks: Token[], k: number, a: number): number {
  if (toks[k]?.text !== ',' || toks[k + 1]?.lower !== 'whose') return k;
  for (let q = k + 2; q < a; q++) if (toks[q]!.text === ',') return q + 1;
  return k;
}
/** Nouns after "press" that make it the news media ("press conference", "press reports"). */
const PRESS_NOUNS = words(
  'conference conferences report reports release releases statement statements briefing briefings officer secretary agency club',
);
/** "The plan calls for ...", "The proposal would require ...": a plan or proposal with a
 * determiner opens the sentence as the subject of the cue at a (auxiliaries between). */
function planSubject(toks: Token[], first: number, a: number): boolean {
  let q = a - 1;
  while (q > first && a - q <= 3 && (modalWord(toks[q]!, AUX) || modalWord(toks[q]!, CONDITIONAL_MODALS)))
    q--;
  const w = toks[q]?.lower ?? '';
  return (
    q === first + 1 && (PLAN_NOUNS.has(w) || PROPOSALS.has(w)) && REF_DETERMINERS.has(toks[first]!.lower)
  );
}
/** "the <noun> (was, would, ...) <cue>": the noun at k, after "the", is the cue's subject. */
function theNounSubject(toks: Token[], first: number, k: number, a: number): boolean {
  return k > first && toks[k - 1]!.lower === 'the' && verbGroupOnly(toks, k + 1, a);
}
/** Title nouns that stand for the last person named holding that office ("the minister"; not
 * "the president", who in most stories is a head of state named long before). */
const OFFICE_NOUNS = words('minister secretary ambassador commissioner chancellor premier');
/** True when the role has the title noun w as a word ("Commerce Minister" has "minister"). */
function roleHas(role: string, w: string): boolean {
  const at = role.toLowerCase().indexOf(w);
  if (at < 0) return false;
  const before = at === 0 ? 32 : role.charCodeAt(at - 1);
  const after = role.charCodeAt(at + w.length);
  return (
    (before === 32 || before === 10) && (Number.isNaN(after) || after === 32 || after === 10 || after === 44)
  );
}
/** A firm's common nouns in the singular ("the company said ..."). */
const FIRM_NOUN = words('company firm utility corporation concern carmaker automaker');
/** A party's own supplies or buying ("cut shipments", "cut output", "has cut its cash purchases"):
 * cutting them concedes nothing. */
const SUPPLY_NOUNS = words('shipments exports output production supplies deliveries sales purchases');
/** Figures that can decline ("output declined", "prices declined"): the noun is no party. */
const FALLING_FIGURES = new Set([
  ...SUPPLY_NOUNS,
  ...words('imports prices demand surplus deficit earnings revenues volume consumption stocks reserves'),
]);
/** Words that set the level a kept measure is held at ("at 2.3 mln", "below", "within", "open";
 * "keep its countermeasures suspended"). */
const LEVEL_WORDS = words('at below within under near open informed suspended frozen');
/** Openings a party keeps going ("will keep admitting the quota", "will keep allowing imports"). */
const KEPT_OPENINGS = words('admitting allowing importing accepting granting');
/** Words that open a reason clause, past which no level of the kept object is read ("will keep
 * the ban because it wants its nickel processed at home"). */
const REASON_OPENERS = words('because since');
/** Restrictions a party keeps as its own ("will keep the ban", "would keep its duties"). */
const KEPT_MEASURES = words(
  'ban bans embargo tariff tariffs duty duties quota quotas restrictions curbs levy levies surcharge',
);
/** Restrictions kept that are named only before what they fall on ("its limits on steel", "import
 * permits on grapes"). */
const KEPT_LIMITS = words('limits permits controls');
/** What a kept restriction falls on ("the ban on imports", "curbs against Japanese cars"). */
const KEPT_ON = words('on against');
/** True when the object of "keep" at b is a restriction named by a determiner ("the ban", "its
 * duties"), alone before the clause goes on; or, with up to two words before it ("its national
 * ban", "import permits", "its limits"), before what it falls on ("would keep import permits on
 * grapes", "will keep its national ban on imports of wheat"). */
function keptMeasureAt(toks: Token[], b: number): boolean {
  const d = toks[b]?.lower ?? '';
  const det = d === 'the' || d === 'its' || d === 'their' || d === 'these' || d === 'those';
  const n = toks[b + 1];
  const after = toks[b + 2];
  if (
    det &&
    !!n &&
    KEPT_MEASURES.has(n.lower) &&
    (!after || after.kind === TokKind.Punct || REASON_OPENERS.has(after.lower) || after.lower === 'and')
  )
    return true;
  // (the restriction, past its determiner and up to two lower-case modifiers, then "on"/"against")
  let q = det ? b + 1 : b;
  for (let m = 0; m <= 2; m++, q++) {
    const t = toks[q];
    if (!t || t.kind !== TokKind.Word) return false;
    if (KEPT_MEASURES.has(t.lower) || KEPT_LIMITS.has(t.lower)) return KEPT_ON.has(toks[q + 1]?.lower ?? '');
    if (t.cap) return false;
  }
  return false;
}
/** "keep its exports below 10,000 tonnes", "keep the levy within those amounts", "keep its market
 * fully open": the kept object is held at a level before the clause ends (not "keep pressing for
 * ...", a demand kept up, nor "keep its peg at 7.80 despite pressure", a refusal). */
function heldAtLevel(toks: Token[], b: number, end: number): boolean {
  // ("will keep admitting the duty-free quota": an opening kept going is a promise)
  if (isGerund(toks[b])) return KEPT_OPENINGS.has(toks[b]!.lower);
  let level = false;
  for (let k = b + 1; k < Math.min(end, b + 16); k++) {
    const w = toks[k]!.lower;
    if (CLAUSE_PUNCT.has(w) || REASON_OPENERS.has(w)) break;
    if (w === 'despite') return false;
    if (LEVEL_WORDS.has(w)) level = true;
  }
  return level;
}
const KEPT_OUT = new Set(KEPT_OUT_CUES);
/** Verbs of starting a practice ("began requiring licences"). */
const BEGIN_VERBS = words('began begun begin begins started start starts starting beginning');
const CHALLENGE = new Set(CHALLENGE_CUES);
/** Where a challenge is brought ("at the WTO", "before a panel", "in court"). */
const CHALLENGE_PLACES = words('wto gatt panel panels court courts tribunal arbitration');
/** True when, from b to the clause's end, a challenge names where it is brought ("at the WTO",
 * "before a USMCA panel", "at the World Trade Organization": `world`) and no "if"/"unless" makes it
 * a threat. */
function challengeAtBody(toks: Token[], b: number, end: number): boolean {
  let body = false;
  for (let k = b; k < Math.min(end, b + 16); k++) {
    const w = toks[k]!.lower;
    if (w === 'if' || w === 'unless') return false;
    if (w === ';' || (w === ',' && body)) break;
    if (CHALLENGE_PLACES.has(w) || w === 'world') body = true;
  }
  return body;
}
/** Verbs that keep goods out of a deal ("kept dairy out of the deal", "excluded beef from ..."). */
const KEEP_OUT_VERBS = words(
  'kept keep keeps keeping left leave leaves leaving excluded exclude excludes excluding shielded shield shields carved',
);
const KEEP_OUT_VERBS_TOK = new TokenSet(KEEP_OUT_VERBS);
/** True when a verb of keeping out opens the goods before the cue at k (within twelve tokens, or
 * 24 past an "including"; no ";", "." or ":" between; the commas of a list of goods allowed:
 * "New Delhi kept dairy, soya and some farm products out of the deal"). */
function keptOutBefore(toks: Token[], k: number, first: number): boolean {
  // ("sensitive farm goods would stay outside any deal": the goods before a verb of staying; not
  // "free to switch to fibres outside the pact")
  // ("kept cars and beer outside its liberalisation schedule": a verb of keeping out, as below)
  if (toks[k]!.lower === 'outside' && STAY_VERBS.has(toks[k - 1]?.lower ?? '')) return true;
  // ("kept sensitive products, including dairy, fruits and vegetables, cereals, tea, ...,
  // outside its tariff commitments": twice as far back past a list the goods' "including" opens)
  // (the "including" is looked for first: the list after it may itself run past twelve tokens)
  // (and past a list of three goods or more: "kept rice, wheat, beef, pork, dairy products and
  // sugar out of its tariff cuts")
  let longList = false;
  let commas = 0;
  for (let q = k - 1; q >= Math.max(first, k - 24); q--) {
    const t = toks[q]!;
    if (t.text === ';' || t.text === '.' || t.text === ':') break;
    if (t.lower === 'including' || (t.text === ',' && ++commas === 2)) longList = true;
  }
  for (let q = k - 1; q >= Math.max(first, k - 24); q--) {
    const t = toks[q]!;
    if (t.text === ';' || t.text === '.' || t.text === ':') return false;
    if (q < k - 12 && !longList) return false;
    if (KEEP_OUT_VERBS_TOK.has(t)) {
      // (not "would not sign an accord that left exporters free to switch to fibres outside the
      // pact": what a deal leaves free is no good kept out)
      if (toks[k]!.lower === 'outside' && LEAVE_FORMS.has(t.lower)) return false;
      // (nor "has kept talking about rice and pork, ...": a keeping on with a gerund keeps nothing
      // out; "kept clothing and footwear out of the deal", a good that ends so, still does)
      if (toks[q + 1]!.lower.endsWith('ing') && GERUND_OBJECTS.has(toks[q + 2]?.lower ?? '')) return false;
      return q < k - 1 && !askedToKeepOut(toks, q, first);
    }
  }
  return false;
}
const LEAVE_FORMS = words('left leave leaves leaving');
/** Words after a gerund that make it a verb going on ("kept talking about", "kept pressing for"). */
const GERUND_OBJECTS = words('about on for with to the a an its their his her our up');
/** True when a directive's complement at b opens with "to keep (leave, exclude) <goods>" and the
 * goods are kept out of a deal or its cuts within fourteen words ("to keep beef and pork out of any
 * trade deal", "to keep cars and auto parts off the list"; not "to keep trade out of the dispute"). */
function askedKeptOutOfDeal(toks: Token[], b: number, last: number): boolean {
  let q = -1;
  for (let k = b; k < Math.min(last, b + 8); k++) {
    const w = toks[k]!.lower;
    if (w === '.' || w === ';' || w === ',') return false;
    if (w === 'to' && KEEP_OUT_VERBS_TOK.has(toks[k + 1]) && toks[k + 1]!.lower !== 'shield') {
      q = k + 2;
      break;
    }
  }
  if (q < 0) return false;
  for (let k = q + 1; k < Math.min(last, q + 14); k++) {
    const w = toks[k]!.lower;
    if (w === '.' || w === ';' || w === ':') return false;
    if (w !== 'out' && w !== 'off' && w !== 'outside' && w !== 'from') continue;
    let s = w;
    for (let e = k + 1; e < Math.min(last, k + 6); e++) {
      s += ' ' + toks[e]!.lower;
      if (KEPT_OUT.has(s)) return true;
    }
  }
  return false;
}
/** True when the keeping-out verb at q is what a directive before it asks ("called on the
 * government to keep beef and pork out of any trade deal": the caller's demand, no refusal). */
function askedToKeepOut(toks: Token[], q: number, first: number): boolean {
  if (toks[q - 1]?.lower !== 'to') return false;
  for (let p = q - 2; p >= Math.max(first, q - 10); p--) if (DIRECTIVE_DEMANDS_TOK.has(toks[p])) return true;
  return false;
}
/** Verbs of goods staying where they are ("would stay outside any deal"). */
const STAY_VERBS = words('stay stays stayed remain remains remained');
/** Weak tariff words that name relief from a measure ("an exemption", "to exempt contracts"). */
const EXEMPTIONS = words('exemption exemptions exempt exempted exempting');
/** True when an insisted clause at b ("(that) the ban is covered by ...") has a present or past
 * "is/are/was/were" as its verb within six words, before any modal or "to". */
function insistedFact(toks: Token[], b: number, end: number): boolean {
  let k = toks[b]?.lower === 'that' ? b + 1 : b;
  if (!DETERMINERS_TOK.has(toks[k]) && !ARTICLES.has(toks[k]?.lower ?? '')) return false;
  for (const stop = Math.min(end, k + 7); k < stop; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct || t.lower === 'to' || (t.w & W_SPEECH) !== 0) return false;
    // ("insisted that the farm policy was not negotiable": a red line told as a fact)
    if (FINITE_BE.has(t.lower)) return toks[k + 1]?.lower !== 'not' && !toks[k + 1]?.lower.startsWith('non');
    if (MODALS_OF_DEMAND.has(t.lower)) return false;
  }
  return false;
}
const FINITE_BE = words('is are was were');
const MODALS_OF_DEMAND = words('must should be would will shall');
/** How a meeting ended ("disappointed by the outcome"). */
const OUTCOME_NOUNS = words('outcome outcomes result results progress');
/** Pronouns for a thing named before ("without one", "without it"). */
const WITHOUT_PRONOUNS = words('one it them that those');
/** True when "without" and a pronoun that ends its clause come in [b, end) ("will not sign a
 * farm text without one."). */
function withoutPronounAt(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < end - 1; k++) {
    if (toks[k]!.kind === TokKind.Punct) return false;
    if (toks[k]!.lower === 'without' && WITHOUT_PRONOUNS.has(toks[k + 1]!.lower))
      return toks[k + 2]?.kind === TokKind.Punct;
  }
  return false;
}
/** Determiners that name a thing without its owner ("the demand", "such demands"). */
const BARE_DETERMINERS = words('the this that these those such');
/** A kept measure's refusal: "would keep the tariffs in place" (the cue found is "would keep"). */
const KEEP_IN_PLACE: CueEntry = { phrase: 'keep in place', stance: 'reject', scope: 'after', direct: true };
/** Words after "in place" that go on to a condition or a time ("in place until China buys ..."). */
const KEPT_UNTIL = words('until till unless if while pending as');
/** "keep the tariffs in place", "keep the ban in force": the kept object held as it is before its
 * clause ends, with no condition after it (not "in place until ...": the condition's; not
 * "unchanged", said as often of a price a body sets at home, "would keep the price paid to growers
 * unchanged"). */
function keptInPlace(toks: Token[], b: number, end: number): boolean {
  for (let k = b + 1; k < Math.min(end, b + 12); k++) {
    const w = toks[k]!.lower;
    if (CLAUSE_PUNCT.has(w)) return false;
    if (w === 'in' && (toks[k + 1]?.lower === 'place' || toks[k + 1]?.lower === 'force'))
      return !KEPT_UNTIL.has(toks[k + 2]?.lower ?? '');
  }
  return false;
}
/** Verbs that curb a flow ("suspend imports", "halt purchases"). */
const CURB_VERBS = words(
  'suspend suspends cut cuts halt halts stop stops reduce reduces limit limits curb curbs restrict restricts',
);
/** Its own purchases, as a verb's object ("imports of", "all purchases"). */
const OWN_BUYING = words('imports purchases buying');
/** True when a verb of `verbs` ends at b and a word of `objects` follows it, past at most `gap`
 * other words and no punctuation ("suspend all imports of", "withdraw Thai trade preferences"). */
function verbObjectAt(
  toks: Token[],
  b: number,
  verbs: Set<string>,
  objects: Set<string>,
  gap: number,
): boolean {
  if (!verbs.has(toks[b - 1]?.lower ?? '')) return false;
  for (let k = b; k < toks.length && k <= b + gap; k++) {
    const t = toks[k]!;
    if (objects.has(t.lower)) return true;
    if (t.kind !== TokKind.Word) return false;
  }
  return false;
}
/** Heads of a relative clause on a price ("the price at which ..."). */
const PRICE_HEADS = words('price prices rate rates level levels cost');
/** True when "<price> at which <subject>" comes right before a cue at a (the subject at most four
 * words): "the price at which Minsk will buy", "the rate at which the yen would be ...". */
function priceRelativeBefore(toks: Token[], a: number, first: number): boolean {
  for (let k = a - 1; k >= Math.max(first + 2, a - 6); k--) {
    if (toks[k]!.lower !== 'which') continue;
    return toks[k - 1]!.lower === 'at' && PRICE_HEADS.has(toks[k - 2]!.lower);
  }
  return false;
}
/** Verbs that take away a benefit ("suspend", "withdraw", "revoke"). */
const TAKE_AWAY_VERBS = words(
  'suspend suspends withdraw withdraws revoke revokes end ends remove removes strip',
);
/** What a party enjoys under another's scheme ("trade preferences", "GSP benefits"). */
const BENEFIT_NOUNS = words('preferences preference benefits privileges');
/** Forecasters whose expectations are no party's position ("analysts expected ..."). */
const ANALYST_NOUNS = words('analysts economists dealers traders observers experts bankers forecasters');
/** Verbs of an analysts' voice closing a sentence ("..., analysts said."). */
const ANALYST_SAY = words('said say says believe believes expect expects noted');
/** True when the sentence closes with ", (trade) analysts said." (no quote: a quote is its speaker's). */
function analystsSaid(toks: Token[], S: Sentence): boolean {
  let q = S.last - 1;
  if (q > S.first && toks[q]!.kind === TokKind.Punct) q--;
  if (q - 2 < S.first || !ANALYST_SAY.has(toks[q]!.lower) || !ANALYST_NOUNS.has(toks[q - 1]!.lower))
    return false;
  let k = q - 2;
  // ("trade analysts", "some economists": up to two lower-case words before the noun)
  while (k > S.first && q - 1 - k <= 2 && toks[k]!.kind === TokKind.Word && !toks[k]!.cap) k--;
  return toks[k]!.text === ',';
}
/** Plural voices of a party named after them with "of" ("ministers of the Caribbean Community"). */
const VOICES_OF = words('ministers officials delegates representatives leaders negotiators envoys');
/** True when the mention at `a` follows "<voices> of (the)" and the voices are no object themselves. */
function voicesOf(toks: Token[], a: number, first: number): boolean {
  let p = a - 1;
  if (toks[p]?.lower === 'the') p--;
  if (p - 1 < first || toks[p]!.lower !== 'of' || !VOICES_OF.has(toks[p - 1]!.lower)) return false;
  return !isObjectAt(toks, p - 1, first) && !OBJECT_PREPS_TOK.has(toks[p - 2]);
}
/** Verbs of a figure's movement after a modal ("should grow", "would rise"): a forecast. */
const FORECAST_MOVES = words('grow rise recover climb expand shrink decline');
/** True when "pick up" at b has no object after it ("should pick up when", "pick up again"). */
function intransitivePickUp(toks: Token[], b: number): boolean {
  if (toks[b]?.lower !== 'pick' || toks[b + 1]?.lower !== 'up') return false;
  const n = toks[b + 2];
  return !n || !/^[a-z]/.test(n.text) || PICK_UP_AFTER.has(n.lower);
}
const PICK_UP_AFTER = words('when again in later after as from soon');
/** Outcomes a forecast supposes ("would earn ... if", "could lose orders ... if"). */
const OUTCOME_VERBS = words('earn earns gain gains lose double rise fall grow suffer benefit cost');

/** True when a modal with an outcome verb after it opens the clause that "if" at k ends. */
function outcomeBefore(toks: Token[], first: number, k: number): boolean {
  for (let q = k - 1; q > first && q >= k - 14; q--) {
    const w = toks[q]!.lower;
    if (w === ',' || w === ';' || w === 'that') return false;
    if (OUTCOME_VERBS.has(w) && CONDITIONAL_MODALS.has(toks[q - 1]!.lower)) return true;
  }
  return false;
}

/** What a figure is expected to do ("expects the surplus to narrow", "expect it to top"). */
const EXPECTED_MOVES = new Set([...FORECAST_MOVES, ...words('narrow widen top fall exceed')]);

/** True when "to" + an expected move follows within the noun phrase after an "expect" cue at b. */
function expectedMove(toks: Token[], b: number, last: number): boolean {
  for (let q = b; q < Math.min(last - 1, b + 10); q++) {
    const t = toks[q]!;
    if (t.kind === TokKind.Punct) return false; // (a possessive "'s" is a word token)
    if (t.lower === 'to') return EXPECTED_MOVES.has(toks[q + 1]!.lower);
  }
  return false;
}
/** Moods a direct offer verb may relieve ("eased fears of ...", "lowered tensions"): no concession. */
const MOODS = words('fears fear concerns concern worries worry tensions tension anxiety anxieties jitters');
/** Participles of a trade remedy wanted in force ("wanted the duties imposed", "made permanent"). */
const REMEDY_DONE = words('imposed made kept extended confirmed applied definitive final permanent');
/** Verbs that put a remedy's duties in force ("to impose provisional duties"). */
const IMPOSE_VERBS = words('impose apply levy');
/** Marks that end a clause right after its object ("we want the duties, and ..."). */
const REMEDY_END = new Set([',', '.', ';', '"']);
/** True when "the duty"/"the duties" is followed by a participle of putting it in force within
 * the scope [b, end): "wanted the duties imposed without delay". */
function remedyWanted(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < Math.min(end, b + 10); k++) {
    const w = toks[k]!.lower;
    // ("urged Brussels to drop the duties of up to 35 pct": a plea against them)
    if (UNDO_VERBS.has(w) || NEGATION.has(w)) return false;
    // ("urged the Commission to impose provisional duties", "to impose definitive duties at the
    // full rate": the remedy put in force by its verb)
    // ("to reject the undertakings and impose the full duties", "to act quickly and to impose
    // provisional duties": a second verb, further on)
    if (IMPOSE_VERBS.has(w) && k > b && (toks[k - 1]!.lower === 'to' || toks[k - 1]!.lower === 'and'))
      for (let q = k + 1; q < Math.min(end, k + 4); q++) {
        const d = toks[q]!.lower;
        if (d === 'duties' || d === 'duty') return true;
      }
    if (k >= b + 6) continue;
    if (
      (w === 'duties' || w === 'duty') &&
      (k === b || REMEDY_BEFORE.has(toks[k - 1]!.lower) || toks[k - 1]!.lower === 'for')
    ) {
      const n = toks[k + 1]?.lower ?? '';
      // ("wants provisional duties imposed", "wants duties to offset both": the remedy to counter it)
      // ("we want the duties, and ...": the remedy itself is the whole object, nothing done to it)
      // ("asked that the duties be applied to ...": the subjunctive passive)
      // ("asked for duties of up to 60 pct": the petitioned margin; "wanted definitive duties at
      // the full rates": the rate)
      return (
        REMEDY_DONE.has(n) ||
        (n === 'at' && atRate(toks, k + 2)) ||
        (n === 'be' && REMEDY_DONE.has(toks[k + 2]?.lower ?? '')) ||
        (n === 'to' && REMEDY_AIMS.has(toks[k + 2]?.lower ?? '')) ||
        (k === b + 1 && REMEDY_END.has(n)) ||
        (n === 'of' &&
          (toks[k + 2]?.kind === TokKind.Number ||
            (toks[k + 2]?.lower === 'up' && toks[k + 3]?.lower === 'to')))
      );
    }
  }
  return false;
}
/** Words that make a duty the remedy of a dumping or subsidy case ("anti-dumping duties"). */
const REMEDY_KINDS = words('anti-dumping antidumping dumping countervailing');
/**
 * True when the scope [b, end) asks, within its first 16 tokens, for a trade-remedy duty
 * ("to impose anti-dumping duties", "for countervailing duties") with no undo verb or negation
 * before it ("to suspend the anti-dumping duties", "not to impose ...").
 */
function remedyAskedFor(toks: Token[], b: number, end: number): boolean {
  // (16: "asked the Commerce Department and the International Trade Commission on Tuesday to impose
  // anti-dumping duties": two bodies addressed before the remedy)
  for (let k = b; k < Math.min(end - 1, b + 16); k++) {
    const w = toks[k]!.lower;
    if (UNDO_VERBS.has(w) || NEGATION.has(w)) return false;
    if (REMEDY_KINDS.has(w)) {
      const n = toks[k + 1]!.lower;
      return n === 'duties' || n === 'duty';
    }
  }
  return false;
}
/** True when a rate is named in the three tokens from k ("the full rate", "the rates proposed"). */
function atRate(toks: Token[], k: number): boolean {
  for (let q = k; q < k + 3; q++) {
    const w = toks[q]?.lower;
    if (w === 'rate' || w === 'rates' || w === 'level' || w === 'levels') return true;
  }
  return false;
}
/** True when the scope at b opens "for (the) duties" ("asked for duties on fresh pork"), or is
 * the duties themselves after a cue that names what is asked ("would accept nothing short of
 * duties"). */
function dutiesAskedFor(toks: Token[], b: number): boolean {
  const w0 = toks[b]?.lower;
  if (w0 === 'duties' || w0 === 'duty') return toks[b - 1]?.lower === 'of' || toks[b - 1]?.lower === 'than';
  if (w0 !== 'for') return false;
  const k = toks[b + 1]?.lower === 'the' ? b + 2 : b + 1;
  const w = toks[k]?.lower;
  return w === 'duties' || w === 'duty';
}
/**
 * True when the scope [b, end) opens with an undo verb or a negation that governs a remedy's duties
 * within its first 8 tokens ("not to impose anti-dumping duties", "to withdraw the countervailing
 * duty").
 */
function remedyPleadedAway(toks: Token[], b: number, end: number): boolean {
  // (12 tokens: "called on the United States on Wednesday to drop a preliminary countervailing duty")
  const last = Math.min(end, b + 12);
  let undo = -1;
  for (let k = b; k < last; k++) {
    const w = toks[k]!.lower;
    // ("to review anti-dumping duties", "to lower the duties": asked down, as asked away)
    // ("in return for the lifting of provisional anti-dumping duties": the undoing named as a noun)
    // ("only if Australia lifts anti-dumping duties": a condition's finite verb)
    if (
      undo < 0 &&
      (UNDO_VERBS.has(w) || LOWER_VERBS.has(w) || UNDO_NOUNS.has(w) || UNDO_FINITE.has(w) || w === 'not')
    )
      undo = k;
    else if (undo >= 0 && (w === 'duties' || w === 'duty')) return true;
    // ("wants the duties, imposed in June, lifted": the duties first, then their undoing)
    else if (undo < 0 && (w === 'duties' || w === 'duty') && undoneAfter(toks, k + 1, last)) return true;
  }
  return false;
}
/** True when an undoing or lowering participle follows right at k, or right after an aside set off
 * by commas that opens at k ("the duties, imposed in June, lifted"). */
function undoneAfter(toks: Token[], k: number, last: number): boolean {
  let q = k;
  if (toks[q]?.text === ',') {
    // (the aside must close within eight tokens)
    do q++;
    while (q < Math.min(last, k + 8) && toks[q]!.text !== ',');
    if (toks[q]?.text !== ',') return false;
    q++;
  }
  return q < last && (UNDONE.has(toks[q]!.lower) || CUT_PARTICIPLES.has(toks[q]!.lower));
}
/** Nouns of what a dispute mechanism settles ("to settle rows over ...", "dispute panels"). */
const ROW_WORDS = words('dispute disputes row rows');
/** Where the scope [b, end) names a way to settle disputes: "settle/settling (trade) disputes or
 * rows", "dispute settlement", "dispute panel(s)", "binational panel(s)", "arbitration"; else -1. */
function settlementMachineryAt(toks: Token[], b: number, end: number): number {
  for (let k = b; k < end; k++) {
    const w = toks[k]!.lower;
    if (w === 'arbitration' || w === 'arbitrate') return k;
    const n = toks[k + 1]?.lower ?? '';
    if ((w === 'dispute' || w === 'binational') && (n === 'settlement' || n === 'panel' || n === 'panels'))
      return k;
    if (w === 'settle' || w === 'settling')
      if (ROW_WORDS.has(n) || (n === 'trade' && ROW_WORDS.has(toks[k + 2]?.lower ?? ''))) return k;
  }
  return -1;
}
/** True when the sentence opens (past an opening quote) with "this", "it" or "that" as the subject
 * of a judgment at a, within six tokens ("This is an unacceptable situation"). */
function pronounJudged(toks: Token[], first: number, a: number): boolean {
  let q = first;
  if (toks[q]?.text === '"' || toks[q]?.text === '\u201c') q++;
  const w = toks[q]?.lower;
  return (w === 'this' || w === 'it' || w === 'that') && a - q <= 6;
}
/** Words that end "take effect", "enter into force", "would apply" ("... once ratified"). */
const IN_FORCE_ENDS = words('effect force effective apply applies');
/** True when one of the three words before k ends a taking-effect phrase ("would apply once"). */
function inForceBefore(toks: Token[], first: number, k: number): boolean {
  for (let q = k - 1; q >= Math.max(first, k - 3); q--) if (IN_FORCE_ENDS.has(toks[q]!.lower)) return true;
  return false;
}
/** True when, within the five tokens after b, a subject "takes effect" or "enters into force". */
function takesEffectAfter(toks: Token[], b: number, last: number): boolean {
  for (let q = b; q < Math.min(last, b + 5); q++) {
    const w = toks[q]!.lower;
    if ((w === 'takes' || w === 'take' || w === 'took') && toks[q + 1]?.lower === 'effect') return true;
    if ((w === 'enters' || w === 'enter' || w === 'comes' || w === 'come') && toks[q + 1]?.lower === 'into')
      return true;
  }
  return false;
}
/** Cues of pushing ("pushed for", "pushing"), which also move levels and dates. */
const PUSH_CUES = new Set(['push', 'pushes', 'pushed', 'pushing']);
/** Words after a pushed object that move it rather than ask ("above 45%", "into January"). */
const PUSHED_PAST = words('above into beyond past higher up');
/** True when a word that moves a level or a date follows the pushed object within six tokens of b,
 * before any "to" or "for" (which ask: "pushed Japan to open ..."). */
function pushedPast(toks: Token[], b: number, last: number): boolean {
  for (let q = b; q < Math.min(last, b + 6); q++) {
    const w = toks[q]!.lower;
    if (w === 'to' || w === 'for' || toks[q]!.kind === TokKind.Punct) return false;
    if (PUSHED_PAST.has(w)) return true;
  }
  return false;
}
/** Cue heads of a pledge or a step a subject will take ("pledged to invest", "will invest", "will
 * cut"): with a country's firms as their subject, the country's offer. */
const PLEDGES_OR_INVESTS = words('pledged pledge pledges will invest invests committed');
/** Plural nouns for a country's firms ("Swiss companies"). */
const FIRM_PLURALS = words('companies firms businesses investors manufacturers');
/** Prepositions that join a generic measure to what it restricts ("curbs on chip exports"). */
const MEASURE_OBJECT = words('on of for against');
/** True when a set of issues is empty or holds enforcement alone. */
const onlyEnforcement = (issues: Set<Issue>): boolean =>
  issues.size === 0 || (issues.size === 1 && issues.has('enforcement'));
/** A case's nouns, and a petition's, that a case-ending verb takes ("drop the petition", "stop
 * opening dumping cases"). */
const CASE_END_NOUNS = new Set([
  ...CASE_NOUNS,
  'cases',
  'investigations',
  'inquiries',
  'petition',
  'petitions',
  'proceedings',
]);
/** Verbs that end a case (not "suspend": a case suspended is a step of its own). */
const CASE_ENDERS = words('drop end close terminate withdraw reject dismiss halt stop closes ends drops');
/** True when the scope [b, end) opens, within its first five tokens, with a verb that ends a case
 * and the case or petition as its object ("to drop the case", "closes the investigation"). */
function caseEndedAt(toks: Token[], b: number, end: number): boolean {
  const last = Math.min(end - 1, b + 5);
  for (let k = b; k < last; k++) {
    if (!CASE_ENDERS.has(toks[k]!.lower)) continue;
    let q = k + 1;
    if (DETERMINERS_TOK.has(toks[q])) q++;
    // ("end the subsidy inquiry", "drops an anti-dumping investigation": up to two words of its
    // kind, a hyphenated one too)
    for (let e = q + 4; q < e && !CASE_END_NOUNS.has(toks[q]?.lower ?? ''); q++) {
      const t = toks[q];
      if (!t || (t.kind !== TokKind.Word && t.text !== '-')) break;
    }
    return CASE_END_NOUNS.has(toks[q]?.lower ?? '');
  }
  return false;
}
/** Words of access a scope may name beside a tonnage ("the quota tonnage", "export tonnage"). */
const ACCESS_BESIDE_TONNAGE = words(
  'quota quotas restraint restraints access import imports export exports market markets ceiling limit',
);
/** True when the scope [b, end) names a tonnage and no other word of access. */
function tonnageOnly(toks: Token[], b: number, end: number): boolean {
  let tonnage = false;
  for (let k = b; k < end; k++) {
    const w = toks[k]!.lower;
    if (w === 'tonnage' || w === 'tonnages') tonnage = true;
    else if (ACCESS_BESIDE_TONNAGE.has(w)) return false;
  }
  return tonnage;
}
/** True when the text names a contract (read once per story, only for a tonnage in scope). */
function namesContract(toks: Token[]): boolean {
  for (const t of toks) if (t.lower === 'contract' || t.lower === 'contracts') return true;
  return false;
}
/** Plural nouns for firms named by their trade ("exporters", "makers", "mills"). */
const TRADE_GROUPS = words(
  'exporters importers makers manufacturers producers growers mills steelmakers processors farmers traders refiners companies firms',
);
/** True when the sentence opens with a trade group heading its subject, then a verb of speech and
 * "they" ("Korean exporters said they ...", "The mills said they ..."), within its first six words
 * and before the cue at a. */
function tradeGroupSaid(toks: Token[], first: number, a: number): boolean {
  for (let k = first + 1; k < Math.min(a, first + 6); k++) {
    const w = toks[k]!.lower;
    // ("Lawyers for the two firms said they ...": the group is not the subject's head)
    if (w === 'for' || w === 'of' || w === 'at' || w === 'by') return false;
    if ((toks[k]!.w & W_SPEECH) === 0) continue;
    return TRADE_GROUPS.has(toks[k - 1]!.lower) && toks[k + 1]?.lower === 'they';
  }
  return false;
}
/** True when a demand verb in [first, a) wants the remedy itself ("we want the duties, and ..."). */
function remedyWantedBefore(toks: Token[], first: number, a: number): boolean {
  for (let q = first; q < a - 2; q++)
    if (DIRECTIVE_DEMANDS_TOK.has(toks[q]) && remedyWanted(toks, q + 1, a)) return true;
  return false;
}
/** True when "on the (negotiating) table" follows within 12 words from b, in the same clause. */
function onTheTableAhead(toks: Token[], b: number, last: number): boolean {
  for (let k = b; k < Math.min(last, b + 12); k++) {
    const w = toks[k]!.lower;
    if (w === ',' || w === ';') return false;
    if (w !== 'on' || toks[k + 1]?.lower !== 'the') continue;
    const t = toks[k + 2]?.lower === 'negotiating' ? k + 3 : k + 2;
    if (toks[t]?.lower === 'table') return true;
  }
  return false;
}
/** Objects of "would consider" that are measures threatened, not concessions. */
const CONSIDER_THREATS = words(
  'action actions retaliation retaliatory retaliating imposing introducing phasing withdrawing countervailing levies levy measures sanctions taking steps options appropriate legal banning blocking limits curbs restrictions',
);
/** True when what "would consider" takes at b is a concession weighed: not a threatened measure
 * (CONSIDER_THREATS) and with no "only" in its clause (within 12 words, to a comma). */
function concessionWeighed(toks: Token[], b: number, last: number): boolean {
  let q = b;
  if (ARTICLES.has(toks[q]?.lower ?? '')) q++;
  if (CONSIDER_THREATS.has(toks[q]?.lower ?? '')) return false;
  for (let k = b; k < Math.min(last, b + 12); k++) {
    if (toks[k]!.text === ',' || toks[k]!.text === ';') break;
    if (toks[k]!.lower === 'only') return false;
  }
  return true;
}
/** A cue "will/agreed to/... take", kept only before an amount of goods (lexicon/cues.ts). */
const takeCue = (cue: CueEntry): boolean => cue.implies === 'purchases' && cue.phrase.endsWith(' take');
/** Farm goods whose name is a weak word of market access ("rice", "beef"): taken in an amount,
 * they are a purchase ("to take 100,000 tonnes of Uruguayan rice a year"). */
const FARM_GOODS = words('rice wheat sugar beef pork poultry meat dairy');
/** True when "of" at k is followed, past one capitalised word, by a farm good ("of Uruguayan rice"). */
function farmGoodsOf(toks: Token[], k: number, end: number): boolean {
  if (toks[k]?.lower !== 'of') return false;
  let q = k + 1;
  if (q < end && toks[q]!.cap) q++;
  return q < end && FARM_GOODS.has(toks[q]!.lower);
}
/** Verbs of taking goods in ("will take 20,000 tonnes", "to take more goods"). */
const TAKE_VERBS = words('take takes took taking');
const TAKE_VERBS_TOK = new TokenSet(TAKE_VERBS);
/** Words of an amount after a take verb ("more", "at least", "the full"). */
const AMOUNT_WORDS = words('more least full additional extra larger bigger');
/** Nouns of goods in an amount. */
const VOLUME_NOUNS = words(
  'tonnes tonne tons ton kg kilos barrels bales tonnage tonnages goods products quantities volumes',
);
const VOLUME_ONLY = words('tonnage tonnages');
/**
 * True when the scope [b, end) opens (within 8 tokens) with a take verb whose object is an amount
 * of goods: an amount word or number within 3 tokens, then a goods noun or commodity within 8.
 * With `volumeOnly`, the goods noun must be a volume word ("tonnage"), the only issue word seen.
 */
function goodsTaken(toks: Token[], b: number, end: number, volumeOnly: boolean): boolean {
  const stop = Math.min(end, b + 8);
  for (let k = b; k < stop; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) return false;
    if (!TAKE_VERBS_TOK.has(t)) continue;
    let amount = false;
    for (let q = k + 1; q < Math.min(end, k + 12); q++) {
      const u = toks[q]!;
      if (u.kind === TokKind.Punct) return false;
      if (q <= k + 3 && (u.kind === TokKind.Number || AMOUNT_WORDS.has(u.lower))) amount = true;
      else if (amount && (VOLUME_NOUNS.has(u.lower) || (!volumeOnly && (u.w & W_COMM) !== 0)))
        return !volumeOnly || VOLUME_ONLY.has(u.lower) || farmGoodsOf(toks, q + 1, end);
      if (!amount && q > k + 3) return false;
    }
    return false;
  }
  return false;
}
/** Words before a duty noun that keep it the remedy of the case ("the duties", "provisional duties"). */
const REMEDY_BEFORE = words('the provisional definitive such these');
/** Verbs of a duty's aim against what the case found ("duties to offset the subsidies"). */
const REMEDY_AIMS = words('offset counter counteract cancel');
/** True when the story names dumping or a countervailing duty ("anti-dumping duties", "sold at
 * less than fair value"). */
function dumpingNamed(toks: Token[]): boolean {
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (w === 'dumping' || w === 'anti-dumping' || w === 'antidumping' || w.startsWith('countervail'))
      return true;
    if (w === 'value' && k > 0 && toks[k - 1]!.lower === 'fair') return true;
  }
  return false;
}
/** True when the text names a subsidy ("alleged Canadian subsidies"). */
function subsidyNamed(toks: Token[]): boolean {
  for (const t of toks) if (t.lower === 'subsidies' || t.lower === 'subsidy') return true;
  return false;
}
/** Words of state aid ("national aid", "aid to the industry"). */
const AID_WORDS = words('aid aids');
/** A producer's volume ("cut its copper production", "its own output"). */
const VOLUME_WORDS = words('output production');
/** Nouns of a tax or charge a party levies ("levy the new tax", "the 15 pct charge"). */
const LEVY_NOUNS = words('tax charge');
/** True when a tax or charge is the object at [b, end): "levy the new tax", "the 15 pct charge" (not
 * an import tax or a border charge, which are tariffs). */
function ownChargeAt(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < end; k++) {
    const w = toks[k]!.lower;
    if (w === 'import' || w === 'imports' || w === 'border' || toks[k]!.kind === TokKind.Punct) return false;
    if (LEVY_NOUNS.has(w)) return true;
  }
  return false;
}
/** True for a two-word cue of a past participle and its particle ("turned down", "ruled out"),
 * which a passive "had been turned down by X" uses as a one-word participle. */
function passiveParticle(phrase: string): boolean {
  const sp = phrase.indexOf(' ');
  return (
    sp > 2 &&
    phrase.charCodeAt(sp - 1) === 100 &&
    phrase.charCodeAt(sp - 2) === 101 &&
    phrase.indexOf(' ', sp + 1) < 0
  );
}
/** Export-control bodies by lexicon id (organisations found by pattern have "export-control" in
 * their slug: "Coordinating Committee for Multilateral Export Controls"). */
const EXPORT_CONTROL_BODIES = new Set(['cocom']);
/** States under political sanctions in the years the era rule covers (Libya, Iran, Cuba, Nicaragua,
 * South Africa, Poland after martial law, Panama under Noriega, Syria, North Korea, Vietnam): a story
 * naming one tells their sanctions as trade cut off for political reasons, not punitive tariffs. */
const SANCTIONED_STATES = new Set(['ly', 'ir', 'cu', 'ni', 'za', 'pl', 'pa', 'sy', 'kp', 'vn']);
/** True when the story is about export controls or political sanctions: it names an export-control
 * body (COCOM), a boycott or apartheid (not a bare "embargo": a trade ban on steel pipes is one too). */
function exportControlStory(ar: ActorResult, toks: Token[], published: number | null): boolean {
  if (ar.actors.some((a) => EXPORT_CONTROL_BODIES.has(a.id) || a.id.includes('export-control'))) return true;
  // ("the sanctions imposed on Libya in January", "its plan to impose sanctions on Pretoria"): before
  // 1995, the sanctions of a story naming a state then under political sanctions are those
  const sanctioned =
    published !== null &&
    published < TARIFF_SANCTIONS_BEFORE &&
    ar.actors.some((a) => SANCTIONED_STATES.has(a.id));
  // a story of a boycott or apartheid tells political sanctions: trade cut off, not
  // punitive tariffs ("called on Japan to ban imports of South African coal")
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    const c = w.charCodeAt(0); // a, b: a set look-up only for words that could be one
    if ((c === 97 || c === 98) && POLITICAL_SANCTION_WORDS.has(w)) return true;
    if (sanctioned && (c === 115 || c === 101) && (w.startsWith('sanction') || w === 'embargo')) return true;
  }
  return false;
}
/** Participles of a source kept unnamed ("asked not to be named"). */
const ANONYMOUS = words('named identified quoted');
/** Where a voice ends before a speech verb whose token before is q: past "in <Place>" (one to
 * three capitalised words) or an aside set off by commas, else q ("a Commission spokesman in
 * Brussels said", "a Commission spokesman, speaking in Brussels, said"). */
function voicePastPlace(toks: Token[], q: number, first: number): number {
  // ("a Commission spokesman, speaking in Brussels, said": past a participle's aside, or a
  // relative clause's: "EC officials, who asked not to be named, said")
  if (toks[q]?.text === ',')
    for (let c = q - 1; c > first && q - c <= 8; c--)
      if (toks[c]!.text === ',') {
        const w = toks[c + 1]!.lower;
        // (", who asked not to be named,": past a relative clause about the voices)
        return (w.length > 4 && w.endsWith('ing') && !toks[c + 1]!.cap) || w === 'who' ? c - 1 : q;
      }
  let p = q;
  while (p > first && q - p < 3 && toks[p]!.cap && toks[p]!.kind === TokKind.Word) p--;
  return p < q && p > first && toks[p]!.lower === 'in' ? p - 1 : q;
}
/** True when tokens [a, b) tell a promise broken ("has not kept that promise", "broke its promise"). */
function promiseBroken(toks: Token[], a: number, b: number): boolean {
  for (let k = a + 2; k < b; k++) {
    const w = toks[k]!.lower;
    if (w !== 'promise' && w !== 'promises' && w !== 'pledge') continue;
    for (let q = k - 1; q >= Math.max(a, k - 3); q--) {
      const v = toks[q]!.lower;
      if (v === 'broke' || v === 'broken' || v === 'breaking') return true;
      if (v === 'kept' || v === 'keep')
        return toks[q - 1]?.lower === 'not' || toks[q - 1]?.lower === "n't" || toks[q - 2]?.lower === 'not';
    }
  }
  return false;
}
const POLITICAL_SANCTION_WORDS = words('apartheid boycott boycotts');
/** 1995-01-01 UTC: stories published before it read bare "sanctions" as punitive tariffs. */
const TARIFF_SANCTIONS_BEFORE = Date.UTC(1995, 0, 1);
/** True when "sanction(s)" occurs in tokens [a, b). */
function sanctionsNear(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (w === 'sanctions' || w === 'sanction') return true;
  }
  return false;
}
/** Verbs of a market's movement ("demand for beef rose"): the noun before them is market demand. */
const MARKET_MOVES = words(`
rose rise rises rising fell fall falls falling increased increases grew grows growing declined declines
slowed slows weakened weakens strengthened surged dropped drops picked remained remains eased eases
grown risen fallen slumped soared jumped collapsed outstripped outstrips outpaced
`);
/** True when a verb of market movement follows the noun "demand" (ending at b) in its clause
 * ("demand for U.S. beef rose 12 pct"), within eight words. */
function marketDemandVerb(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < Math.min(end, b + 8); k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct && t.text !== '-' && t.text !== '.') return false;
    // (a verb, not a noun: "demands for a rise in its quota")
    const p = toks[k - 1]!.lower;
    if (MARKET_MOVES.has(t.lower) && !ARTICLES.has(p) && !DETERMINERS.has(p)) return true;
    // "demand has been solid", "demand was weak": a market's state told with "be"
    if (MARKET_STATES.has(t.lower) && (p === 'been' || p === 'was' || p === 'is' || p === 'remained'))
      return true;
  }
  return false;
}
const MARKET_STATES = words('solid strong weak firm soft robust sluggish healthy steady subdued');
const PROTECTION_WORDS = words('protectionism protectionist');
/** Generic nouns for a lobby named before ("the coalition", "the industry"). */
/** Verbs that tell what was said, not ask it ("The bureau said ..."). */
const SAID_VERBS = words('said says say saying told tells added adds noted notes reported reports');
/** Head nouns of government bodies ("the board" after "Taiwan's Board of Foreign Trade"). */
const GOV_BODY_SUBJECTS = words('board commission bureau agency');
/** Head nouns of blocs' names that stand for the bloc after "the" ("the council", "the alliance"). */
const BLOC_HEAD_SUBJECTS = words(
  'council community union alliance association forum group organisation organization',
);
const LOBBY_SUBJECTS = words(
  'industry coalition association federation lobby confederation institute group council union chamber committee conference',
);
const LOBBY_HEADS = words(
  'association associations federation council union chamber confederation institute lobby',
);
/** True when an organisation head word follows at b within three lower-case words ("exporters'
 * association", "farm workers union"). */
function lobbyAfter(toks: Token[], b: number): boolean {
  for (let k = b; k < b + 4; k++) {
    const t = toks[k];
    if (!t || t.cap) return false;
    if (LOBBY_HEADS.has(t.lower)) return true;
    if (t.kind !== TokKind.Word && !isPossessive(t) && t.text !== "'" && t.text !== '\u2019') return false;
  }
  return false;
}
const THREATEN = words('threatened threatens threaten threatening vowed vows warned warns');
/** True when a threat verb governs the cue at a ("has threatened to take retaliatory action",
 * "threatens retaliation"), within a few words and no punctuation. */
function threatenedAct(toks: Token[], a: number, first: number): boolean {
  for (let q = a - 1; q >= Math.max(first, a - 4) && toks[q]!.kind === TokKind.Word; q--)
    if (THREATEN.has(toks[q]!.lower)) return true;
  return false;
}

const SIDE_NOUNS = words('side sides party parties countries governments government partners');
// word-set bits for the hottest token lookups (see `WordSet` in tokenize.ts)
registerWordSet(REPORTING, WordSet.Reporting);
registerWordSet(BENEFIT_ADJ, WordSet.BenefitAdj);
registerWordSet(SPECULATION, WordSet.Speculation);
registerWordSet(SIDE_NOUNS, WordSet.SideNoun);
registerWordSet(MEASURE_PRONOUNS, WordSet.MeasurePronoun);
for (const set of [AUX, NEGATION, CONDITIONAL_MODALS, FUTURE_AUX, READY]) registerWordSet(set, WordSet.Modal);
/** Kinds of measure named without their matter ("its pasta law, which bars imports ..."). */
const MEASURE_KINDS = words(
  'law laws rule rules regulation regulations decree decrees measure measures policy policies scheme system act bill order programme program requirement requirements',
);
/** Verbs of a clause of its own between a position and a conditional clause after it. */
const OWN_CLAUSE_VERBS = words(
  'is are was were has have had will would can could should must may might said says',
);
/**
 * True when tokens [a, b) can be the rest of a position's clause up to a conditional clause: no
 * verb of a clause of its own (OWN_CLAUSE_VERBS, a speech verb), no full stop or semicolon, no
 * "but", no party right after "and" ("..., and Egypt accepted that provided ...": a clause of
 * its own); at most 20 tokens.
 */
function objectOnlyBetween(toks: Token[], a: number, b: number, mentionAt: (k: number) => number): boolean {
  if (b - a > 20) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) {
      if (t.text === ';' || t.text === '.' || t.text === ':') return false;
      continue;
    }
    if ((t.w & W_SPEECH) !== 0 || OWN_CLAUSE_VERBS.has(t.lower) || t.lower === 'but') return false;
    if (t.lower === 'and' && k + 1 < b && mentionAt(toks[k + 1]!.lower === 'the' ? k + 2 : k + 1) >= 0)
      return false;
  }
  return true;
}

/** `set.has(t.lower)` for a set registered with `WordSet.Modal` above: the token's bit first, so
 * most words skip the lookup. */
function modalWord(t: Token, set: ReadonlySet<string>): boolean {
  return (t.w & WordSet.Modal) !== 0 && set.has(t.lower);
}
for (const set of [PURPOSE_FIRST, NON_TRADE]) registerWordSet(set, WordSet.AfterCue);
for (const set of [
  PARTY_NOUNS,
  GROUP_NOUNS,
  LOBBY_SUBJECTS,
  GOV_BODY_SUBJECTS,
  BLOC_HEAD_SUBJECTS,
  OFFICE_NOUNS,
  FIRM_NOUN,
  HYPOTHETICAL,
  ANALYST_NOUNS,
  UNNAMED_VOICES,
  HEAD_VOICES,
  PRONOUNS,
])
  registerWordSet(set, WordSet.HolderScan);
/** True when "committed to" at a follows its subject or an auxiliary ("China (has also)
 * committed to", "it committed to"), not a noun it describes ("resources committed to"). */
function pledgeSubject(toks: Token[], a: number, first: number, mentionAt: (k: number) => number): boolean {
  let q = a - 1;
  while (q >= first && (toks[q]!.lower === 'also' || toks[q]!.lower === 'now' || toks[q]!.lower === 'firmly'))
    q--;
  if (q < first) return false;
  const lw = toks[q]!.lower;
  return mentionAt(q) >= 0 || PRONOUNS.has(lw) || AUX.has(lw) || BE_FORMS.has(lw) || lw === ',';
}

/** The sentence ends with ", they said." or opens with "(But) they said" (or another speech verb). */
function theySaid(toks: Token[], S: Sentence): boolean {
  // ("But they said the pineapple quota ... could not be removed": opening the sentence)
  let f = S.first;
  if (toks[f]!.lower === 'but' || toks[f]!.lower === 'and') f++;
  if (f + 1 < S.last && toks[f]!.lower === 'they' && (toks[f + 1]!.w & W_SPEECH) !== 0) return true;
  let k = S.last - 1;
  if (toks[k]?.kind === TokKind.Punct) k--;
  return (
    k - 2 >= S.first &&
    (toks[k]!.w & W_SPEECH) !== 0 &&
    toks[k - 1]!.lower === 'they' &&
    toks[k - 2]!.text === ','
  );
}

/** The other of the story's two main parties when p is one of them, else null. */
function otherOfPair(pair: [ActorInfo, ActorInfo] | null, p: ActorInfo | null): ActorInfo | null {
  if (!pair || !p) return null;
  return pair[0].id === p.id ? pair[1] : pair[1].id === p.id ? pair[0] : null;
}

/** Prepositions after which "the two sides" or "both parties" is an object, not a subject. */
const SIDES_OBJECT_PREPOSITIONS = words('for to with between among from of by against on in at');

/** "the two sides", "both countries", "each government", "either side" at token k; or "both"
 * alone as a subject ("Both also agreed not to impose ...": an auxiliary, "also" or a past verb
 * next). */
function bothSides(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t?.lower === 'both') {
    const nx = toks[k + 1];
    return (
      !!nx &&
      nx.kind === TokKind.Word &&
      !nx.cap &&
      (AUX.has(nx.lower) || nx.lower === 'also' || (nx.lower.length > 4 && nx.lower.endsWith('ed')))
    );
  }
  return (
    ((t?.w ?? 0) & WordSet.SideNoun) !== 0 && // (SIDE_NOUNS)
    (MUTUAL.has(toks[k - 1]?.lower ?? '') || toks[k - 1]?.lower === 'two')
  );
}

/** Words of a price named ("43 dlrs", "its price", "27 cents", "a floor of 1,450 SDRs"). */
const PRICE_WORDS = words('price prices dlrs dlr cents sdrs');

/** Words before a price that make it a border measure or a farm support, in a dumping case too. */
const BORDER_PRICES = words('import support intervention target threshold');
/** Words before a price that make it a border measure or a farm support, not a contract's price:
 * the border prices, and a reference or minimum price (in a dumping case those two are an
 * undertaking's, priceUndertakingAt). */
const PRICE_MEASURES = new Set([...BORDER_PRICES, 'reference', 'minimum']);
/** Words that end the object a price must open: a clause of its own ("to hold up the bill until a
 * price review board ..."), another object. */
const PRICE_OBJECT_ENDS = words('until unless if while because when and but or so');
/** Words that may follow a price that heads its phrase ("a cut in the price of ore", "its price
 * below", "prices paid"): any other lower-case word makes it a modifier ("the price clause", "price
 * checks"). */
const PRICE_HEAD_NEXT = words(
  'of for to at by on in from paid charged it its that which would was were is are be below above than about around',
);
/** True when the noun at k heads its phrase: nothing, punctuation, a capitalised word, a word of
 * PRICE_HEAD_NEXT or a participle after it ("want the price reviewed"), not a lower-case noun it
 * modifies ("the price clause", "credit guarantees"). */
function headsPhrase(toks: Token[], k: number): boolean {
  const nx = toks[k + 1];
  return (
    !nx || nx.kind !== TokKind.Word || nx.cap || PRICE_HEAD_NEXT.has(nx.lower) || nx.lower.endsWith('ed')
  );
}
/** The price word that opens the cue's object in [a, b), before any punctuation or new clause:
 * "prices" or "price" heading its phrase ("refused to go below its official selling price"), or a
 * sum after a move ("a cut of at least five dlrs"); -1 when none, or when the price is a border
 * measure or a farm support ("the minimum import price"). */
function priceObjectAt(toks: Token[], a: number, b: number): number {
  let moved = false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct || (t.w2 & WordSet2.PriceObjectEnd) !== 0) return -1;
    if ((t.w2 & WordSet2.PriceMove) !== 0) moved = true;
    if (t.lower === 'price' || t.lower === 'prices') {
      if (PRICE_MEASURES.has(toks[k - 1]!.lower) || PRICE_MEASURES.has(toks[k - 2]!.lower)) return -1;
      // ("wants a price cut of about seven pct": the price moved, in one compound; not "let
      // medicine prices rise", a verb)
      return headsPhrase(toks, k) || (t.lower === 'price' && PRICE_MOVES.has(toks[k + 1]?.lower ?? ''))
        ? k
        : -1;
    }
    if (moved && PRICE_WORDS.has(t.lower)) return k;
  }
  return -1;
}
/** True when a contract's price or premium is named in the first words [a, b) of a conditional
 * clause, before any punctuation ("if prices came down", "if the premium were dropped", "if Pemex
 * cut the price"; not a border price or a floor, "if the minimum import price ..."). */
function priceInClauseOpening(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) return false;
    if (PRICE_CLAUSE_WORDS.has(t.lower))
      return !PRICE_MEASURES.has(toks[k - 1]!.lower) && !PRICE_MEASURES.has(toks[k - 2]!.lower);
  }
  return false;
}
/** True when a word of set W is among tokens [a, b). */
function wordIn(toks: Token[], a: number, b: number, W: Set<string>): boolean {
  for (let k = a; k < b; k++) if (W.has(toks[k]!.lower)) return true;
  return false;
}
/** Nouns of a producer's costs. */
const COST_NOUNS = words('cost costs');
/** A contract's price by its nouns (a premium over a reference price included). */
const PRICE_CLAUSE_WORDS = words('price prices premium premiums');
/** Words of a price lowered: a price cut in a dumping case is no undertaking. */
const PRICE_LOWERED = words('cut cuts lower lowered reduce reduced reduction discount discounts below');
/** True when the cue and its object [a, b), before any punctuation or new clause, name a price or an
 * undertaking ("minimum export prices", "any price deal", "the undertakings"), not lowered and not
 * a border price ("the minimum import price"). */
function priceUndertakingAt(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    // ("would not agree to hold down its shipments as the price of ...": an idiom, no price)
    if (
      t.kind === TokKind.Punct ||
      t.lower === 'as' ||
      (t.w2 & (WordSet2.PriceObjectEnd | WordSet2.PriceLowered)) !== 0
    )
      return false;
    if (t.lower === 'undertaking' || t.lower === 'undertakings') return true;
    if (t.lower === 'price' || t.lower === 'prices')
      return !BORDER_PRICES.has(toks[k - 1]!.lower) && !BORDER_PRICES.has(toks[k - 2]!.lower);
  }
  return false;
}
/** True when the issues named hold nothing but `other` ("to pay part of the debt": "pay" is money). */
function onlyOther(issues: Set<Issue>): boolean {
  for (const i of issues) if (i !== 'other') return false;
  return true;
}
/** Nouns of money owed or lent that head an object ("extend government-backed credit"). */
const MONEY_HEADS = words('credit credits payment fund money debt debts');
/** True when the issues hold only the words a case's goods, sales and steps give an object:
 * market access, purchases, a dispute step, dumping or a subsidy. */
function caseWordsOnly(issues: Set<Issue>): boolean {
  for (const i of issues)
    if (i !== 'market_access' && i !== 'purchases' && i !== 'enforcement' && i !== 'subsidies') return false;
  return true;
}
/** True when the issues hold only market access or purchases, the words a story's goods and
 * sales give any object. */
function weakIssuesOnly(issues: Set<Issue>): boolean {
  for (const i of issues) if (i !== 'market_access' && i !== 'purchases') return false;
  return true;
}
/** The first word of `heads` in the cue's object [a, b), before any punctuation or new clause,
 * heading its phrase (headsPhrase); -1 when none. */
function objectHeadAt(toks: Token[], a: number, b: number, heads: Set<string>): number {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.text === '-') continue; // ("government-backed credit")
    if (t.kind === TokKind.Punct || (t.w2 & WordSet2.PriceObjectEnd) !== 0) return -1;
    if (heads.has(t.lower)) {
      if (toks[k - 1]!.lower === 'than') return -1;
      return headsPhrase(toks, k) ? k : -1;
    }
  }
  return -1;
}
/** Verbs of need: a party's need is no demand on another's price. */
const NEEDS = words('need needs needed');
const NEEDS_TOK = new TokenSet(NEEDS);
/** Moves of a price that make a sum after them a price ("a cut of at least five dlrs"). */
const PRICE_MOVES = words('cut rise increase reduction discount floor ceiling premium');

/** A price raised, in "offered to raise its prices". */
const RAISE_WORDS = words('raise raising increase');

/** True when a price is named in [a, b). */
function priceIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (PRICE_WORDS.has(toks[k]!.lower)) return true;
  return false;
}

/** Refusals to change a measure named as their clause's subject (lexicon/cues.ts). */
const UNCHANGED = new Set(UNCHANGED_CUES);
/** The cues of UNCHANGED_CUES that keep a measure as it is ("would stay", "will remain in force"). */
const KEPT_CUES = new Set(UNCHANGED_CUES.filter((c) => !c.startsWith('not be ')));

/** The subject noun phrase of the clause in [from, a) ("said the overall ceiling would not be
 * raised": "the overall ceiling"), past a verb of speech and "that", up to its verb. */
function subjectPhraseBefore(toks: Token[], from: number, a: number): [number, number] {
  let s = from;
  for (let k = from; k < a; k++) if ((toks[k]!.w & W_SPEECH) !== 0) s = k + 1;
  if (toks[s]?.lower === 'that') s++;
  let e = s;
  while (e < a) {
    const t = toks[e]!;
    if (t.kind === TokKind.Punct || BE_FORMS_TOK.has(t) || AUX.has(t.lower) || t.lower === 'and') break;
    if (e > s && !t.cap && t.lower.endsWith('ed')) break;
    e++;
  }
  return [s, e];
}

/** Start of the clause that ends at the cue at a, not before `from`: after the last ";", "but",
 * "while", ", and" or "and <named party>" ("... more access to its dairy market and Washington
 * dropping its demand to scrap a dispute-settlement system that Canada called a red line"). */
function clauseBefore(toks: Token[], from: number, a: number, mentionAt: (k: number) => number): number {
  for (let k = a - 1; k > from; k--) {
    const lw = toks[k]!.lower;
    if (lw === ';' || lw === 'but' || lw === 'while' || lw === 'whereas') return k + 1;
    if (lw === 'and' && (toks[k - 1]?.text === ',' || mentionAt(k + 1) >= 0)) return k + 1;
  }
  return from;
}

/** True when "and" at k - 1 starts a clause with a party as its subject ("... more access to its
 * dairy market and Washington dropping its demand ...", "..., and it has kept ..."), not a list
 * ("Canada and Mexico"). */
function newClauseAfterAnd(toks: Token[], k: number, mentionAt: (k: number) => number): boolean {
  const mi = mentionAt(k);
  let e = k;
  // (", and it has kept tariffs on ...": a subject pronoun after a comma starts one too)
  if (mi < 0) {
    if (toks[k - 2]?.text !== ',' || !PRONOUNS.has(toks[k]?.lower ?? '')) return false;
    e++;
  }
  while (mi >= 0 && mentionAt(e) === mi) e++;
  const v = toks[e];
  if (!v || v.kind !== TokKind.Word || v.cap) return false;
  return (
    AUX.has(v.lower) || CONDITIONAL_MODALS.has(v.lower) || v.lower.endsWith('ing') || v.lower.endsWith('ed')
  );
}

/** True when a new clause with its own subject starts at k ("...: either side can ...", "...: it
 * will ..."), not a list of the demanded things ("...: imports of beef ..."). */
function newSubject(toks: Token[], k: number, mentionAt: (k: number) => number): boolean {
  const lw = toks[k]?.lower ?? '';
  return mentionAt(k) >= 0 || PRONOUNS.has(lw) || MUTUAL.has(lw);
}

/** Number words and time nouns of ", a day after ...", ", two weeks before ...". */
const TIME_SPAN = words(
  'a an one two three four five several few days weeks months years hours day week month year',
);
const PARTICIPLE_OK = words(
  // (nouns of goods and trades in -ing: ", clothing and electrical appliances")
  'including excluding notably clothing shipping banking housing farming fishing mining engineering manufacturing processing packaging printing publishing advertising accounting computing catering bedding lighting heating',
);
/** Words after a past participle that tell when or why a measure was taken (", imposed after ..."). */
const PARTICIPLE_ASIDE_NEXT = words('after following since during last in earlier');
/**
 * True when the words after a comma at k start a side clause that is no longer the demanded
 * thing: a participial clause (", putting U.S. farmers on an equal footing") or a time phrase
 * (", a day after Washington doubled the tariff").
 */
function sideClause(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== TokKind.Word || t.cap) return false;
  // (an item of a list, followed by its comma or conjunction, is no participle: ", clothing and
  // appliances"; ", putting U.S. farmers on an equal footing" goes on with an object)
  if (t.lower.length > 5 && t.lower.endsWith('ing') && !PARTICIPLE_OK.has(t.lower))
    return !(LIST_JOINS_TOK.has(toks[k + 1]) || toks[k + 1]?.text === ',');
  // (", imposed after the Chernobyl accident", ", introduced last year": a past participle told of
  // the measure named before the comma, then when or why)
  // (not an aside closed by a comma before the sentence goes on: "wants the duties, imposed in
  // June, lifted")
  if (t.lower.length > 5 && t.lower.endsWith('ed') && PARTICIPLE_ASIDE_NEXT.has(toks[k + 1]?.lower ?? '')) {
    for (let q = k + 2; q < k + 9 && q < toks.length; q++) {
      const u = toks[q]!;
      // (", imposed after the accident, saying ...": a second side clause after it)
      if (u.text === ',') {
        const nx = toks[q + 1];
        return (
          !!nx &&
          nx.kind === TokKind.Word &&
          !nx.cap &&
          nx.lower.length > 5 &&
          nx.lower.endsWith('ing') &&
          !PARTICIPLE_OK.has(nx.lower)
        );
      }
      if (u.kind === TokKind.Punct) break;
    }
    return true;
  }
  if (!TIME_SPAN.has(t.lower)) return false;
  for (let q = k + 1; q < k + 4; q++) {
    const w = toks[q]?.lower;
    if (w === 'after' || w === 'before' || w === 'later' || w === 'earlier' || w === 'ago') return true;
  }
  return false;
}

/** True when token k lies in the complement of a demand cue that ends shortly before it, with
 * no clause break between ("hoped Washington would remove ...", "wants Japan to agree to ..."). */
/**
 * For the comma at `k` that closes an appositive (", a tabloid owned by X,"), the index of the
 * comma that opens it, when a name stands right before that; else -1.
 */
/** Role nouns that open an appositive after a name when "of" follows ("president of ..."). */
const SAID = words('said says added adds');
const ROLE_OPENERS = words('president chairman chairwoman head manager director chief secretary');
/** Last words of a role set off after a name ("X, the Senate Republican leader, ..."). */
const ROLE_TAILS = words(
  'leader chairman chairwoman president head spokesman spokeswoman secretary minister governor director negotiator ambassador envoy',
);
const RANKINGS = words(
  'main leading chief principal only sole second third biggest largest greatest smallest oldest strongest richest poorest',
);
/** A superlative or ranking word ("largest", "main", "second") after "the". */
const isRanking = (t: Token | undefined): boolean => !!t && RANKINGS.has(t.lower);
/** True when the mention at a is the leader after "led by" or "headed by", an article between
 * ("a delegation led by Wang", "The Japanese side, led by the Japan Paper Association"). */
function ledBy(toks: Token[], a: number): boolean {
  const p = toks[a - 1]?.lower === 'the' ? a - 2 : a - 1;
  return toks[p]?.lower === 'by' && LED.has(toks[p - 1]?.lower ?? '');
}
/** Verbs of a deal that sets up a term ("provides for", "sets up"): the verb's words. */
const SET_UP_VERBS = words('provides establishes creates includes sets');
/** Nouns of a mechanism a deal sets up. */
const MECHANISM_NOUNS = words('mechanism mechanisms process procedure panel panels');
/** True when S opens "The (trade) agreement/deal (also) provides for / sets up / establishes /
 * creates / includes" and, within nine tokens and before any punctuation, "mechanism" or another
 * mechanism noun after an enforcement word follows, with no cue before the verb ("The agreement
 * provides for a permanent safeguard mechanism", "sets up a consultation process"). */
function mechanismSetUp(toks: Token[], S: Sentence, cues: readonly CueAt[]): boolean {
  let k = S.first;
  if (toks[k]!.lower !== 'the') return false;
  k++;
  if (toks[k]?.lower === 'trade') k++;
  if (!DEAL_NOUNS_TOK.has(toks[k])) return false;
  k++;
  if (toks[k]?.lower === 'also') k++;
  const v = toks[k]?.lower ?? '';
  if (!SET_UP_VERBS.has(v)) return false;
  if (v === 'provides' && toks[k + 1]?.lower !== 'for') return false;
  if (v === 'sets' && toks[k + 1]?.lower !== 'up') return false;
  if (cues.some((c) => c.a <= k)) return false;
  let enforcing = false;
  for (let q = k + 1; q < Math.min(S.last, k + 10); q++) {
    const w = toks[q]!.lower;
    if (
      w === 'safeguard' ||
      w === 'consultation' ||
      w === 'dispute' ||
      w === 'enforcement' ||
      w === 'arbitration'
    )
      enforcing = true;
    if (MECHANISM_NOUNS.has(w)) return enforcing || w === 'mechanism';
    if (toks[q]!.kind === TokKind.Punct) return false;
  }
  return false;
}
/** True when "than" comes in [b, end) within eight tokens, before a clause's punctuation ("pay
 * more to ACP producers than to its own growers"). */
function thanAhead(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < Math.min(end, b + 8); k++) {
    if (toks[k]!.kind === TokKind.Punct) return false;
    if (toks[k]!.lower === 'than') return true;
  }
  return false;
}
/** True when the clause before the conditional cue at `a` (back to a comma, within 12 tokens)
 * threatens a dispute step: "would ask for consultations under ...", "to reopen the case". */
function disputeStepBefore(toks: Token[], first: number, a: number): boolean {
  let q = a - 1;
  while (q > first && a - q < 12 && toks[q]!.text !== ',' && toks[q]!.text !== ';') q--;
  for (let k = q + 1; k < a; k++) {
    const w = toks[k]!.lower;
    if (
      (w === 'consultations' && toks[k - 1]?.lower === 'for') ||
      (w === 'case' && (toks[k - 2]?.lower === 'reopen' || toks[k - 2]?.lower === 'reopened'))
    )
      return true;
  }
  return false;
}
/** First words of an inability cue ("could not raise", "cannot permit"). */
const UNABLE = words("could cannot can't couldn't");
/** Words after "without" that tell how a thing was said ("without giving details"). */
const TOLD_WITHOUT = words(
  'giving elaborating naming specifying providing citing saying detailing explaining',
);
/** Nouns of a firm's part ("the CNPC subsidiary"). */
const UNIT_NOUNS = words('subsidiary unit arm affiliate division');
/** True when the aside from `q` (after its "the") to the comma at `k` holds a relative pronoun or
 * opens with a name and a noun of a firm's part ("the firm that runs the line", "the CNPC unit"). */
function relativeAside(toks: Token[], q: number, k: number): boolean {
  if (toks[q]?.cap && UNIT_NOUNS.has(toks[q + 1]?.lower ?? '')) return true;
  for (let j = q + 1; j < k; j++) if (RELATIVE.has(toks[j]!.lower)) return true;
  return false;
}
function appositiveStart(toks: Token[], k: number, first: number): number {
  // (a relative clause may run longer: "Brazil, which first took the Community's sugar refunds to
  // the General Agreement on Tariffs and Trade in 1978, urged ...")
  for (let r = k - 1; r > first && k - r <= 24; r--) {
    const t = toks[r]!;
    if (t.text === ',') {
      const opener = toks[r + 1]!.lower;
      if (k - r > 16 && !(opener === 'which' || opener === 'who')) return -1;
      // "X, a member of ...," and "X, in a letter to Y,": the aside describes the subject
      // "X, president of the growers' federation,", "X, speaking to reporters,": a role or a
      // participle aside does too
      const role = ROLE_OPENERS.has(opener) && toks[r + 2]?.lower === 'of';
      // "Baker, Darman said, was committed to ...": a parenthetical speaker, not the subject
      const speaker = k - r <= 6 && SAID.has(toks[k - 1]!.lower);
      // "Bob Dole, the Senate Republican leader, urged ...": a role named with "the" before a name
      const titled = opener === 'the' && ROLE_TAILS.has(toks[k - 1]!.lower);
      // "A, B and C" inside the aside ("X, which speaks for firms in A, B and C, urged"): a comma
      // between two names is the aside's list, not its start
      if (toks[r + 1]!.cap && toks[r - 1]!.cap && !APPOSITIVE_OPENERS.has(opener)) {
        let q = r + 1;
        while (q < k && toks[q]!.cap) q++;
        if (q < k && (toks[q]!.text === ',' || toks[q]!.lower === 'and')) continue;
      }
      // "Botswana, the largest ACP supplier, called for": a ranking description of the subject
      // ("WAPCO, the CNPC subsidiary that runs the line, has urged": a description with a
      // relative clause, or a firm's unit, names another inside it)
      const ranked = opener === 'the' && (isRanking(toks[r + 2]) || relativeAside(toks, r + 2, k));
      // "The VDA, Germany's car industry association, has urged": a body described by its country
      if (isPossessive(toks[r + 2]) && BODY_NOUNS.has(toks[k - 1]!.lower) && toks[r - 1]!.cap) return r;
      // "Indonesia, India's biggest supplier of palm oil, wants": a ranking after another's name
      if (isPossessive(toks[r + 2]) && isRanking(toks[r + 3]) && toks[r - 1]!.cap) return r;
      // "The Cairns Group of 14 agricultural exporters, in a statement read by Thailand's
      // delegate, called on ...": a statement aside after a subject that ends in lower case
      if (
        opener === 'in' &&
        ARTICLES.has(toks[r + 2]?.lower ?? '') &&
        LETTER_WORDS.has(toks[r + 3]?.lower ?? '')
      )
        return r;
      return (APPOSITIVE_OPENERS.has(opener) ||
        titled ||
        ranked ||
        ASIDE_PREPS.has(opener) ||
        role ||
        speaker ||
        opener === 'speaking') &&
        (toks[r - 1]!.cap || (toks[r - 1]!.text === ')' && toks[r - 2]?.cap === true))
        ? r
        : // "The Soviet side, represented by the agency X, wants ...": a participle aside after a
          // side or delegation describes it
          AGENT_PARTICIPLES.has(opener) && toks[r + 2]?.lower === 'by' && SIDE_HEADS.has(toks[r - 1]!.lower)
          ? r
          : -1;
    }
    if (t.text === '"' || t.text === ';' || t.text === '\u201c' || t.text === '\u201d') return -1;
  }
  return -1;
}

/**
 * For a verb cue right after "and" ("... and urged X to ..."), the mention index of the subject
 * of the speech verb earlier in the sentence ("Lighthizer said ...", "Xi, who said ..."), else -1.
 */
function coordinatedSpeaker(
  toks: Token[],
  a: number,
  first: number,
  mentionAt: (k: number) => number,
): number {
  let p = a - 1;
  if (COORD_ADVERBS.has(toks[p]?.lower ?? '')) p--;
  if (toks[p]?.lower !== 'and' || p <= first) return -1;
  for (let v = p - 1; v > first; v--) {
    const t = toks[v]!;
    if (t.text === ';' || t.text === '"' || t.text === '\u201c' || t.text === '\u201d') return -1;
    if ((t.w & W_SPEECH) === 0 || t.lower === 'told') continue;
    let q = v - 1;
    if (toks[q]!.lower === 'who') {
      q--;
      if (toks[q]!.text === ',') q--;
    }
    // ("The Brazilian Association of ... Industries, which speaks for local makers, said ...": the
    // subject before a relative clause set off by commas)
    if (toks[q]!.text === ',')
      for (let r = q - 1; r > first && q - r <= 14; r--) {
        if (toks[r]!.text !== ',') continue;
        const w = toks[r + 1]!.lower;
        if (w === 'which' || w === 'who' || w === 'whose') q = r - 1;
        // ("The FNSEA, France's largest farm union, said ...": the name before an appositive
        // whose head is a word for a body)
        else if (
          mentionAt(r - 1) >= 0 &&
          (BODY_NOUNS.has(toks[q - 1]!.lower) || toks[q - 1]!.lower === 'lobby')
        )
          q = r - 1;
        break;
      }
    // ("The Canadian Auto Workers union said ...": a word for the kind of body after its name)
    if (q > first && (BODY_NOUNS.has(toks[q]!.lower) || toks[q]!.lower === 'lobby') && mentionAt(q) < 0) q--;
    return q >= first ? mentionAt(q) : -1;
  }
  // "The opposition Conservatives accused the government of ... and called on ...": with no
  // speech verb, a past verb joined by "and" shares the subject that opens the sentence when a
  // past verb of its own follows that subject
  if (!pastForm(toks[a]!)) return -1;
  for (let q = first; q < Math.min(p, first + 3); q++) {
    const mi = mentionAt(q);
    if (mi < 0) continue;
    let e = q + 1;
    while (e < p && mentionAt(e) === mi) e++;
    // ("Norway, which has one of the largest fleets, backed the Community and urged ...": past
    // a relative clause set off by commas)
    if (toks[e]?.text === ',' && (toks[e + 1]?.lower === 'which' || toks[e + 1]?.lower === 'who'))
      for (let r = e + 2; r < p && r - e <= 16; r++)
        if (toks[r]!.text === ',') {
          e = r + 1;
          break;
        }
    return e < p && pastForm(toks[e]!) && (toks[e]!.w & W_SPEECH) === 0 ? mi : -1;
  }
  return -1;
}
/** A lower-case verb's past form ("accused", "took"). */
const pastForm = (t: Token): boolean =>
  t.kind === TokKind.Word && !t.cap && (t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower));

/** Offer cues that, after a market noun, claim the market is open ("the market is open to"). */
const OPEN_CLAIMS = new Set(['is open to', 'was open to', 'are open to', 'were open to']);
const MARKET_NOUNS = words('market markets procurement sector tenders tender bidding');
/** Retaliation nouns whose "for" names the grievance ("in retaliation for ..."). */
const RETALIATION = words('retaliation reprisal reprisals');
/** Retaliation cues told as a verb ("would retaliate against Community exports if ..."). */
const RETALIATE_VERBS = words('retaliate retaliated retaliates');
/** Verbs of holding out ("to stand firm", "to hold out") and of giving way ("not to yield"). */
const FIRM_VERBS = words('stand hold remain stay');
const FIRM_ENDS = words('firm fast out');
/** Verbs that tell a refusal given up ("gave way", "relented"); "gave" needs "way" or "in". */
const GAVE_WAY_VERBS = words('gave relented caved backed');

/** True when a "but" within the sentence after b is followed, within five words, by a verb that
 * gives the refusal up: "refused at first but later gave in", "but backed down on Friday". A party
 * named in between gave way itself ("but China gave way": the refusal stands). */
function refusalGivenUp(toks: Token[], b: number, last: number, mentionAt: (k: number) => number): boolean {
  for (let q = b; q < last; q++) {
    if (toks[q]!.lower !== 'but') continue;
    for (let v = q + 1; v < Math.min(last, q + 6); v++) {
      if (mentionAt(v) >= 0) break;
      const w = toks[v]!.lower;
      if (!GAVE_WAY_VERBS.has(w)) continue;
      const nx = toks[v + 1]?.lower;
      if (w === 'gave' ? nx === 'way' || nx === 'in' : w === 'backed' ? nx === 'down' : true) return true;
    }
  }
  return false;
}

const YIELD_VERBS = words('yield back give cave bow budge retreat relent concede capitulate settle');
/** Verbs that hold out against the other side's position ("to resist the demands", "to reject the
 * ruling"; not a deal itself). */
const RESIST_VERBS = words('resist reject');
/** True when the complement of a directive at b asks to hold out: "(the government) to stand firm",
 * "to hold out", "not to yield", "not to back down", "not to settle for", "to resist the U.S.
 * demands", "to reject the ruling" (within its first six tokens). */
function standFirm(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < Math.min(end, b + 6); k++) {
    const w = toks[k]!.lower;
    if (w === 'not' && toks[k + 1]?.lower === 'to') return YIELD_VERBS.has(toks[k + 2]?.lower ?? '');
    if (w !== 'to') continue;
    const v = toks[k + 1]?.lower ?? '';
    if (FIRM_VERBS.has(v)) return FIRM_ENDS.has(toks[k + 2]?.lower ?? '');
    // (not "to reject the agreement": opposing the deal itself is a position of its own)
    if (RESIST_VERBS.has(v)) {
      for (let q = k + 2; q < Math.min(end, k + 5); q++) if (DEAL_NOUNS_TOK.has(toks[q])) return false;
      return true;
    }
    return v === 'not' && YIELD_VERBS.has(toks[k + 2]?.lower ?? '');
  }
  return false;
}
/** Verbs of a lobby's plea to its government that hold the line against the other side. */
const HOLD_OUT_VERBS = words(
  'hold keep refuse resist reject limit restrict block deny throw curb freeze cap maintain',
);
const SETTLE_VERBS = words('settle resolve end');
const ROW_NOUNS = words('row dispute quarrel conflict feud wrangle');
/** True when the complement of a plea at b asks its government to hold the line: "to hold
 * Turkish deliveries at this year's level", "to throw the petition out", "not to ...", or
 * standFirm's shapes; not against a deal itself unless a clause qualifies it ("to reject the
 * agreement" is a position of its own; "to refuse any agreement that cut the yarn trade" is not). */
function pleaToHoldOut(toks: Token[], b: number, end: number): boolean {
  if (standFirm(toks, b, end)) return true;
  for (let k = b; k < Math.min(end, b + 6); k++) {
    const w = toks[k]!.lower;
    if (w === 'not' && toks[k + 1]?.lower === 'to') return true;
    if (w !== 'to') continue;
    const v = toks[k + 1]?.lower ?? '';
    // ("to make no cut beyond methanol", "to give no ground": a step refused by its object)
    if (toks[k + 2]?.lower === 'no') return true;
    // ("to settle the row quickly": ending the dispute is on its matter)
    if (SETTLE_VERBS.has(v)) return ROW_NOUNS.has(toks[k + 3]?.lower ?? '');
    if (!HOLD_OUT_VERBS.has(v)) return false;
    for (let q = k + 2; q < Math.min(end, k + 5); q++)
      if (DEAL_NOUNS_TOK.has(toks[q])) return q + 1 < end && RELATIVE.has(toks[q + 1]!.lower);
    return true;
  }
  return false;
}
/** Auxiliaries that a "not" negates right after a relative pronoun ("that did not", "which does not"). */
const NEGATED_AUX = words('did does do would will could can');
/** True when a negated verb opens the clause at k: "did not commit", "does not include",
 * "failed to", "fails to". */
function negatedVerbAt(toks: Token[], k: number): boolean {
  const w = toks[k]?.lower ?? '';
  if ((w === 'failed' || w === 'fails' || w === 'fail') && toks[k + 1]?.lower === 'to') return true;
  return NEGATED_AUX.has(w) && toks[k + 1]?.lower === 'not';
}
/** Verbs of a thing's absence ("a deal that lacks X"). */
const LACK_VERBS = words('lacks lack lacked omits omit omitted excludes exclude excluded');
const OWN_POSSESSIVES = words('its their our');
/** Prepositions that take up a verb's complement again after an aside ("..., with one that"). */
const RESUMING_PREPS = words('with into by for to from');
/** The closing comma of an aside opened by the comma at k (", which runs out in December,"),
 * when a resuming preposition or "and to <verb>" follows it, within 12 tokens and before `end`;
 * else -1. */
function asideEnd(toks: Token[], k: number, end: number): number {
  for (let r = k + 2; r < Math.min(end - 1, k + 14); r++) {
    const t = toks[r]!;
    if (t.kind !== TokKind.Punct) continue;
    if (t.text !== ',') return -1;
    if (RESUMING_PREPS.has(toks[r + 1]!.lower)) return r;
    // "urged Tokyo to scrap the levy, which hits rice, and to open ...": a second "to" of the cue
    const v = toks[r + 3];
    return toks[r + 1]!.lower === 'and' && toks[r + 2]?.lower === 'to' && v?.kind === TokKind.Word && !v.cap
      ? r
      : -1;
  }
  return -1;
}
/** True when a possessive of one's own ("its", "their", "our") lies in [a, b) before any
 * punctuation, right after a verb or its particle ("cutting off its backing", "give up its policy"). */
function ownObject(toks: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) return false;
    // (the object of the verb itself: "targets for its surplus", "control of its forests" are not)
    if (OWN_POSSESSIVES.has(t.lower)) {
      const v = toks[k - 1]!;
      return v.kind === TokKind.Word && !v.cap && !OBJECT_PREPS_TOK.has(v);
    }
  }
  return false;
}
/** Nouns of a change in a price or volume ("a cut of that size"). */
const REFERRED_CHANGES = words('cut cuts increase increases rise rises reduction reductions');
/** True for a change named by reference at b: "a cut of that size (order, magnitude)", "such a
 * rise", "such cuts". */
function changeReferred(toks: Token[], b: number): boolean {
  let k = b;
  if (toks[k]?.lower === 'such') {
    k++;
    if (toks[k]?.lower === 'a' || toks[k]?.lower === 'an') k++;
    return REFERRED_CHANGES.has(toks[k]?.lower ?? '');
  }
  if (toks[k]?.lower === 'a' || toks[k]?.lower === 'any') k++;
  if (!REFERRED_CHANGES.has(toks[k]?.lower ?? '')) return false;
  return (
    toks[k + 1]?.lower === 'of' && toks[k + 2]?.lower === 'that' && SIZE_NOUNS.has(toks[k + 3]?.lower ?? '')
  );
}
const SIZE_NOUNS = words('size order magnitude scale kind');
/** True when tokens [a, b) name subsidies ("subsidised", "subsidies", "subsidy"). */
function subsidyWordIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (w.charCodeAt(0) === 115 && w.startsWith('subsid')) return true;
  }
  return false;
}
/** Nouns for an accusation brought against a party ("the charges", "the case", "the allegations"). */
const CHARGE_NOUNS = words('charge charges accusation accusations allegation allegations case complaint');
/** Verbs that deny or reject a charge ("rejected the charges", "denied the allegations"). */
const DENIALS = words('reject rejects rejected rejecting deny denies denied denying dismissed dismisses');
/** True when a charge noun (`CHARGE_NOUNS`) lies in [a, b), before any punctuation. */
function chargeIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) return false;
    if (CHARGE_NOUNS.has(t.lower)) return true;
  }
  return false;
}
/** True when a proposal or deal noun ("a plan", "the offer", "any accord") lies in [a, b), before
 * any punctuation. */
function proposalIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) return false;
    if (PROPOSALS.has(t.lower) || DEAL_NOUNS_TOK.has(t)) return true;
  }
  return false;
}
/** True when [a, b) asks to undo a measure named by reference: "withdraw the measures", "reverse its decision". */
/** Verbs after which "it"/"them" is the subject of a new clause, not an object ("said it would"). */
const CLAUSE_VERBS = words(
  'said says say told tells warned argued added noted believes believed hopes hoped',
);
/** Verbs whose object is the subject of the step after them ("lets it end the deal"). */
const LET_VERBS = words('let lets letting');
/** Verbs whose object is the subject of the infinitive after them ("allows them to retaliate"). */
const ENABLE_VERBS = words(
  'allow allows allowed allowing enable enables enabled enabling permit permits permitted',
);
/**
 * True when a measure pronoun is an object within the scope [b, end): "will not exempt them from
 * it", "wants it lowered", "asked Congress to renew it"; not a subject ("said it would", "it is").
 */
function pronounObject(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < end; k++) {
    // "to lift the ban on crude palm oil and keep it only on cooking oil": a pronoun after a
    // measure named in the scope itself is that measure, no referent before the sentence
    if (
      GENERIC_MEASURES_TOK.has(toks[k]) &&
      k > b &&
      REF_DETERMINERS.has(toks[k - 1]!.lower) &&
      toks[k - 1]!.lower !== 'that'
    )
      return false;
    if ((toks[k]!.w & WordSet.MeasurePronoun) === 0) continue; // (MEASURE_PRONOUNS)
    const prev = toks[k - 1];
    const next = toks[k + 1]?.lower ?? '';
    if (
      !prev ||
      prev.kind !== TokKind.Word ||
      CLAUSE_VERBS.has(prev.lower) ||
      // "work with it to resolve ...": a party worked with, not a measure
      prev.lower === 'with' ||
      // "a clause that lets it end the deal", "enables them to retaliate": the subject of the
      // step let, not a measure
      LET_VERBS.has(prev.lower) ||
      (ENABLE_VERBS.has(prev.lower) && next === 'to') ||
      RELATIVE.has(prev.lower) ||
      SUBORDINATORS.has(prev.lower)
    )
      continue;
    if (AUX.has(next) || BE_FORMS.has(next) || CONDITIONAL_MODALS.has(next)) continue;
    return true;
  }
  return false;
}

const SIGN_NOUNS = words('sign signs indication indications hint suggestion evidence');
const FEW = words('no little any');
/** True when the cue at a sits in a "that" clause after "no sign", "little indication", "any
 * hint" ("gave no sign that it will remove ..."): what it says is denied. */
function deniedClause(toks: Token[], a: number, first: number): boolean {
  for (let k = a - 1; k >= Math.max(first + 2, a - 5); k--) {
    const w = toks[k]!.lower;
    if (toks[k]!.kind === TokKind.Punct) return false;
    if (w === 'that') return SIGN_NOUNS.has(toks[k - 1]!.lower) && FEW.has(toks[k - 2]!.lower);
  }
  return false;
}

/** True when, from k, up to four words lead to a form of "be" and a lower-case word ("origin
 * rules are tightened", "the text is public"): a clause of its own. */
function beClauseAt(toks: Token[], k: number, end: number): boolean {
  for (let q = k; q < Math.min(end - 1, k + 5); q++) {
    const t = toks[q]!;
    if (t.kind !== TokKind.Word) return false;
    if (BE_FORMS_TOK.has(t)) {
      const v = toks[q + 1]!;
      return q > k && v.kind === TokKind.Word && !v.cap;
    }
  }
  return false;
}
/** Cues of a term given in return ("in return for the exemption"). */
const EXCHANGE_CUES = new Set(['in return for', 'in exchange for']);
/** Words after "complaint(s)" that make it a grievance or its description ("complaints over its
 * curbs", "complaint is simple arithmetic"). */
const GRIEVANCE_NEXT = words('over about is was are were');
/** Quotation marks that may open a sentence. */
const OPEN_QUOTES = new Set(['"', '\u201c']);
/** Bare verbs of opposing ("do not oppose the decision"). */
const OPPOSE_VERBS = words('oppose object resist reject');
/** Words of a ban named in a headline. */
const BAN_WORDS = words('ban bans banned banning');
/** Headline words of a curb on imports other than a ban ("Philippine import halt begins", "EU
 * ferroalloy curbs", "steel quotas"): what a bare exemption in the story is from. */
const HEADLINE_CURBS = words('halt curbs quota quotas');
/** The verb's past and present participles ("banned all onion exports"). */
const BAN_VERB_FORMS = words('banned banning');
/** Past forms of "be" before a passive ("was removed"). */
const PAST_BE = words('was were been');
/** True when a four-digit year stands in the eight tokens before k (from `first`): a past
 * measure told with its year ("slapped on American cars in 2018, in retaliation for ..."). */
function pastYearBefore(toks: Token[], first: number, k: number): boolean {
  for (let q = Math.max(first, k - 8); q < k; q++) {
    const t = toks[q]!;
    if (
      t.kind === TokKind.Number &&
      t.text.length === 4 &&
      (t.text.startsWith('19') || t.text.startsWith('20'))
    )
      return true;
  }
  return false;
}
/** True when the step from b is going back to talks: "return to the table", "go back to the
 * negotiating table", "resume talks", "return to talks". */
function backToTable(toks: Token[], b: number): boolean {
  let k = b;
  const v = toks[k]?.lower;
  if (v === 'resume' || v === 'restart')
    return TALK_NOUNS.has(toks[k + 1]?.lower ?? '') || toks[k + 1]?.lower === 'negotiating';
  if (v !== 'return' && v !== 'go' && v !== 'come' && v !== 'get') return false;
  k++;
  if (toks[k]?.lower === 'back') k++;
  if (toks[k]?.lower !== 'to') return false;
  k++;
  if (toks[k]?.lower === 'the') k++;
  if (toks[k]?.lower === 'negotiating') k++;
  return toks[k]?.lower === 'table' || TALK_NOUNS.has(toks[k]?.lower ?? '');
}
/** Noun cues of a party's readiness ("China's readiness to extend ..."). */
const READINESS_NOUNS = new Set(['readiness to', 'willingness to', 'openness to']);
/** Nouns that put a readiness to the test ("a test of its readiness to ..."). */
const TEST_NOUNS = words('test tests measure gauge');
/** True when the readiness cue at k follows "<test noun> of" and one word ("a test of its
 * readiness", "a test of Mexico's readiness": the possessive's "'s" is a token of its own). */
function readinessTested(toks: Token[], k: number): boolean {
  const of = toks[k - 2]?.lower === 'of' ? k - 2 : toks[k - 3]?.lower === 'of' ? k - 3 : -1;
  return of > 0 && TEST_NOUNS.has(toks[of - 1]!.lower);
}
/** Verbs that open a further step in a list after a cue's first one ("will scrap its duties,
 * accept U.S. standards and recognise ..."). */
const LISTED_STEPS = words(
  'accept recognise recognize open allow adopt lift remove scrap cut buy purchase grant ease drop eliminate protect enforce ban act',
);
const LISTED_STEPS_TOK = new TokenSet(LISTED_STEPS);
/** True when a listed step's verb opens at k after a comma or "and" (", accept ...", "and to act"). */
function listedStepAt(toks: Token[], k: number): boolean {
  if (!LISTED_STEPS_TOK.has(toks[k])) return false;
  const p = toks[k - 1]!.lower === 'to' ? k - 2 : k - 1;
  return toks[p]!.text === ',' || toks[p]!.lower === 'and';
}
/** Verbs that ease a measure, in the form after "to" or a modal ("to phase them out", "would lift it"). */
const EASE_VERBS = words(
  'phase lift ease remove cut scrap drop eliminate reduce lower suspend waive withdraw end',
);
/** True when a measure pronoun ("it", "them", "those") right after a verb that eases a measure
 * lies in the first four tokens of the cue's scope or just before it ("offered to phase them
 * out", "would lift it"): an offer to ease a measure named before. */
function undonePronounAt(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < Math.min(end, b + 4); k++)
    if ((toks[k]!.w & WordSet.MeasurePronoun) !== 0 && EASE_VERBS.has(toks[k - 1]!.lower)) return true; // (MEASURE_PRONOUNS)
  return false;
}

/** True when a strong issue word (not inside an actor name) lies in [a, b); not counting the
 * issue `except` ("provided Chile and Peru did the same" names balance, no matter). */
function strongIssueIn(
  issues: FirstSteps<PhraseNode<IssueHit>>,
  toks: Token[],
  a: number,
  b: number,
  mentionAt: readonly number[],
  except?: Issue,
): boolean {
  for (let k = a; k < b; k++) {
    const m = (toks[k]!.w & W_ISSUE) !== 0 && mentionAt[k]! < 0 ? issueAt(issues, toks, k, b) : null;
    if (!m) continue;
    if (m.value.strong && m.value.issue !== except) return true;
    k = m.b - 1;
  }
  return false;
}

/** True when "and" or a comma stands between tokens a and b (a second clause). */
function clauseJoinBetween(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.lower === 'and' || toks[k]!.text === ',') return true;
  return false;
}

/** True when the cue at a sits in a "when" clause with a past verb ("when she called them
 * unjustified", "when Ottawa deemed the offer unacceptable"). */
function pastWhen(toks: Token[], a: number, first: number): boolean {
  let past = false;
  for (let k = a - 1; k >= Math.max(first, a - 8); k--) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) return false;
    if (t.lower === 'when') return past;
    if (t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower)) past = true;
  }
  return false;
}

/** True for "until 1990", "until at least 1990", "until March": a date after "until" at `k`. */
function untilDate(toks: Token[], k: number): boolean {
  if (toks[k]?.lower !== 'until') return false;
  let q = k + 1;
  if (toks[q]?.lower === 'at' && toks[q + 1]?.lower === 'least') q += 2;
  const t = toks[q];
  return !!t && ((t.kind === TokKind.Number && /^(19|20)\d\d$/.test(t.text)) || MONTH_WORDS.has(t.lower));
}
/** Nouns of a rule or measure named by no issue word ("the rule would stay"). */
const KEPT_RULE_NOUNS = words('rule rules decree law regulation regulations system order policy');

/** Words after a comma that open a clause of time or cause ("rejected it, after talks ended without ..."). */
const AFTER_CLAUSE = words('after when as while because since following before');
/** Words before "it"/"them" that open a clause: the pronoun is its subject ("if it reduced"). */
const SUBORDINATORS = words(
  'if whether because when unless until and but or as so once while since though although than',
);

/** Words that may end a relative refusal with no object of their own ("declined to do so", "refused
 * to put on the table", "would not discuss"). */
const RELATIVE_TAIL = words('to do so put on the table discuss negotiate consider accept');

/**
 * True for a refusal in a relative clause with no object of its own: "a request that Brazil and
 * Argentina refused.", "..., which Japan rejected, ...": what it refuses is named before the clause.
 * A verb ending in a preposition ("will vote against,") is elliptical, not relative. Returns the
 * relative pronoun's index, or -1. With `zeroRelative` (demands) also a clause with no relative
 * pronoun after an appositive's noun ("..., a clause Poland had pressed for."): the index after
 * that noun.
 */
function relativeRefusal(
  toks: Token[],
  a: number,
  b: number,
  S: Sentence,
  mentionAt: (k: number) => number,
  zeroRelative = false,
): number {
  // ("..., which India has so far declined to do.", "..., which the EU has refused to put on the
  // table.": a bare verb of doing or discussing, with no object of its own, is no object either)
  let e = b;
  if (!zeroRelative) while (e < S.last && e < b + 6 && RELATIVE_TAIL.has(toks[e]!.lower)) e++;
  const t = toks[e];
  if (e < S.last && (!t || t.kind !== TokKind.Punct || isQuote(t.text))) return -1;
  for (let k = a - 1; k >= Math.max(S.first, a - 8); k--) {
    const w = toks[k]!.lower;
    if (w === 'that' || w === 'which') return k > S.first ? k : -1;
    // ("..., a clause Poland and France had pressed for.": a zero relative after an appositive's
    // noun, which ends the matter named before it; its subject a party named right there, not
    // "an argument the panel dismissed")
    if (zeroRelative && toks[k]!.text === ',') {
      const d = toks[k + 1];
      const n = toks[k + 2];
      if (!d || !n || !(ARTICLES.has(d.lower) || d.lower === 'the') || n.kind !== TokKind.Word || n.cap)
        return -1;
      for (let q = k + 3; q < a; q++) if (mentionAt(q) >= 0) return k + 3;
      return -1;
    }
    if (toks[k]!.kind === TokKind.Punct) return -1;
  }
  return -1;
}

/** True when token `k` (a participle) follows a lower-case common noun ("earnings needed for"),
 * not a subject pronoun, an auxiliary or an adverb ("it needed", "was needed", "badly needed"). */
function participleAfterNoun(toks: Token[], k: number, first: number): boolean {
  if (k - 1 < first) return false;
  const p = toks[k - 1]!;
  if (p.kind !== TokKind.Word || p.text !== p.lower) return false;
  const w = p.lower;
  return (
    !PRONOUNS.has(w) && !AUX.has(w) && !BE_FORMS.has(w) && !w.endsWith('ly') && w !== 'they' && w !== 'who'
  );
}

/** Participles that name a measure's sponsor as their agent ("approved by", "offered by"). */
const SPONSORED = words('approved offered sponsored backed proposed introduced adopted passed drafted');
/** Nouns of a measure put forward by a sponsor. */
const MEASURE_NOUNS = words(
  'amendment amendments bill bills measure proposal proposals resolution legislation provision',
);
/**
 * The mention that is the agent of a measure's participle just before token `a` ("an amendment
 * approved by the committee yesterday requiring ..."): at most three words between its end and
 * `a`. Returns the mention's index, or -1.
 */
function sponsorAgent(toks: Token[], a: number, first: number, mentionAt: (k: number) => number): number {
  for (let k = a - 1; k >= Math.max(first, a - 4); k--) {
    const mi = mentionAt(k);
    if (mi < 0) {
      if (toks[k]!.kind === TokKind.Word && CLAUSE_BREAK.has(toks[k]!.lower)) return -1;
      continue;
    }
    // back to the mention's first token, past "the"
    let q = k;
    while (q > first && mentionAt(q - 1) === mi) q--;
    q--;
    if (q > first && toks[q]!.lower === 'the') q--;
    if (q - 2 < first || toks[q]!.lower !== 'by' || !SPONSORED.has(toks[q - 1]!.lower)) return -1;
    return MEASURE_NOUNS.has(toks[q - 2]!.lower) ? mi : -1;
  }
  return -1;
}

/** Want verbs whose object may be a relative pronoun before them ("which the EC wants lifted"). */
const WANT_VERBS = words('want wants wanted');
/**
 * True for a want in a relative clause whose object is the relative pronoun, followed only by a
 * participle: ", which the EC wants lifted to 40 tonnes". Returns the pronoun's index, or -1.
 */
function relativeWant(
  toks: Token[],
  cu: { a: number; b: number; cue: { phrase: string } },
  S: Sentence,
): number {
  if (!WANT_VERBS.has(cu.cue.phrase)) return -1;
  const p = toks[cu.b];
  if (!p || p.kind !== TokKind.Word || p.cap) return -1;
  // "the conditions ... that Congress wants to attach to its renewal": an infinitive whose object
  // is the relative pronoun (a preposition or the clause's end right after the verb)
  const infinitive = p.lower === 'to' && verbWithoutObject(toks, cu.b + 1);
  if (!infinitive && !p.lower.endsWith('ed')) return -1;
  for (let k = cu.a - 1; k >= Math.max(S.first + 1, cu.a - 6); k--) {
    const w = toks[k]!.lower;
    if ((w === 'which' || w === 'that') && toks[k - 1]!.text === ',') return k - 1;
    // (a restrictive "that" right after a lower-case noun: "the conditions that Congress wants")
    if (w === 'that' && infinitive && nounBefore(toks[k - 1]!)) return k;
    if (toks[k]!.kind === TokKind.Punct) return -1;
  }
  return -1;
}

/** Words after "tax" that make it fiscal policy ("tax cuts", "tax reform"), not a measure on goods. */
const FISCAL_AFTER = words(
  'cut cuts reform reforms credit credits break breaks incentive incentives rate rates',
);
/** Whether tokens [a, b) name a tax ("the tax", "a tax on oils") that is no fiscal-policy talk. */
function taxNamed(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if ((w === 'tax' || w === 'taxes') && !FISCAL_AFTER.has(toks[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Words before a bare "be" that make it no subjunctive ("would be", "to be"). */
const BE_GOVERNORS = words('will would could can may might must should shall to not');
/** Finite forms of "insist" ("by insisting that ..." tells a means, often one alleged). */
const SUBJUNCTIVE_INSISTS = words('insist insists insisted');
/**
 * Whether the scope [b, end) opens with "that" and a clause whose verb is a bare "be" within its
 * first 10 tokens, with no modal or "to" before it and no punctuation in between: 1 for "that the
 * talks be kept separate", "that it be made up"; 2 when the subject refers to a measure of the
 * dispute ("that the replacement measures be in force"); else 0.
 */
function subjunctiveBe(toks: Token[], b: number, end: number): number {
  if (toks[b]?.lower !== 'that') return 0;
  for (let k = b + 2; k < Math.min(end, b + 11); k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct) return 0;
    if (t.lower !== 'be') continue;
    if (BE_GOVERNORS.has(toks[k - 1]!.lower)) return 0;
    for (let q = b + 1; q < k; q++) if (MEASURE_REFS.has(toks[q]!.lower)) return 2;
    return 1;
  }
  return 0;
}
/** Verbs of seeking a figure ("is seeking at least six pct", "sought a cut to 150,000 tonnes"). */
const SEEK_VERBS = words('seek seeks sought seeking want wants wanted');
/** Verbs of a rate charged or paid ("agreed to charge 10 percent"): a figure after them is no volume. */
const CHARGE_VERBS = words('charge levy impose apply pay collect');
/** Numbers written as words, as wire style spells those under ten ("six pct"). */
const FIGURE_WORDS = words('one two three four five six seven eight nine ten');
/** Units of a figure sought in a quota or restraint talk (money, a price, is not among them). */
const FIGURE_UNITS = words('pct percent per tonnes tonne tons');
/**
 * True when the first 7 tokens of the scope [b, end) hold a number followed by a unit of share or
 * volume ("at least six pct", "a share of 0.5 pct", "a cut to 150,000 tonnes"), before any
 * punctuation.
 */
function figureSought(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < Math.min(end - 1, b + 7); k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct && t.text !== '.' && t.text !== ',') return false;
    if ((t.kind === TokKind.Number || FIGURE_WORDS.has(t.lower)) && FIGURE_UNITS.has(toks[k + 1]!.lower))
      return true;
  }
  return false;
}
/** Nouns of a change asked for, which name what changes only by an "of/in/on" after them. */
const CHANGE_NOUNS = words(
  'freeze cut cuts reduction reductions rollback standstill phase-out increase increases change changes rise',
);
/** Words that may stand before a change noun ("a freeze", "an immediate freeze", "further cuts"). */
const CHANGE_MODIFIERS = words(
  'a an any immediate further substantial deep deeper progressive early gradual sharp',
);
/**
 * True when the scope at b opens with a change noun (after an article or modifiers) that names
 * nothing it changes: "a freeze next year", "further cuts", not "a cut in the rate" (an "of",
 * "in" or "on" after it names the thing).
 */
function bareChangeSought(toks: Token[], b: number, end: number): boolean {
  let k = b;
  while (k < Math.min(end, b + 3) && CHANGE_MODIFIERS.has(toks[k]!.lower)) k++;
  if (k >= end || !CHANGE_NOUNS.has(toks[k]!.lower)) return false;
  const nx = toks[k + 1]?.lower ?? '';
  return nx !== 'of' && nx !== 'in' && nx !== 'on' && nx !== 'to';
}
/** Nouns of a change to a deal named by reference ("any early end to the arrangement"). */
const DEAL_CHANGE_NOUNS = words('end extension renewal lapse expiry prolongation');
/** Nouns by which a story names its deal or scheme again ("the arrangement", "the system"). */
const REFERRED_SCHEMES = words('arrangement system scheme accord agreement pact regime');
/**
 * True when the scope at b is a change to the story's deal or scheme named by reference and
 * nothing more: "any early end to the arrangement", "any extension of the system", not "an end to
 * the system of import licences" (what follows names the matter).
 */
function dealChangeSought(toks: Token[], b: number, end: number): boolean {
  let k = b;
  while (k < Math.min(end, b + 3) && CHANGE_MODIFIERS.has(toks[k]!.lower)) k++;
  const n = toks[k]?.lower ?? '';
  if (k >= end || !(DEAL_CHANGE_NOUNS.has(n) || CHANGE_NOUNS.has(n))) return false;
  const p = toks[k + 1]?.lower;
  if (p !== 'of' && p !== 'to') return false;
  const d = toks[k + 2]?.lower ?? '';
  if (d !== 'the' && d !== 'this' && d !== 'that') return false;
  const r = k + 3;
  if (!REFERRED_SCHEMES.has(toks[r]?.lower ?? '')) return false;
  const after = toks[r + 1];
  return r + 1 >= end || !after || (after.kind === TokKind.Punct && !isPossessive(after));
}
/** Participles of a measure cut back ("wants the review cut to a year"). */
const CUT_PARTICIPLES = words('cut shortened reduced eased relaxed');
/**
 * True when the scope [b, end) is "the" + one to three words + a participle of undoing or cutting
 * ("the licensing system scrapped", "the review cut to about a year").
 */
function measureWantedUndone(toks: Token[], b: number, end: number): boolean {
  if (toks[b]?.lower !== 'the') return false;
  for (let k = b + 2; k < Math.min(end, b + 5); k++) {
    const t = toks[k]!;
    if (t.kind !== TokKind.Word) return false;
    if (UNDONE.has(t.lower) || CUT_PARTICIPLES.has(t.lower)) return true;
  }
  return false;
}
/** Participles of a measure undone ("wanted the tax lifted", "the fee to be removed"). */
const UNDONE = words(
  'lifted removed scrapped dropped abolished withdrawn suspended ended eliminated deleted repealed rescinded',
);
/** A duty named by its noun alone ("the duty must stay"). */
const DUTY_NOUNS = words('duty duties');
/** Verbs after a modal that keep a measure as it is ("should stay in place", "must remain"). */
const KEPT_VERBS = words('stay remain');
/** True when a modal's verb at b undoes, cuts or keeps its subject ("be removed", "be lifted
 * first", "stay in place", "remain", "go"). */
function measureFateAt(toks: Token[], b: number): boolean {
  const w = toks[b]?.lower ?? '';
  if (KEPT_VERBS.has(w) || (w === 'go' && toks[b + 1]?.kind !== TokKind.Word)) return true;
  if (w !== 'be') return false;
  const u = toks[b + 1]?.lower ?? '';
  return UNDONE.has(u) || CUT_PARTICIPLES.has(u) || u === 'kept' || u === 'maintained';
}
/** Taxes a government levies on its own people, never a border charge ("income tax"). */
const DOMESTIC_TAXES = words('income corporate payroll property capital-gains inheritance');
/**
 * True when the first 10 tokens of a demand's scope [b, end) ask for a tax or fee at the border to
 * go or to be made to conform: "wanted the tax lifted from its mills", "called for the tax
 * difference to be removed", "expected Washington to bring the fee into line". To the labels a levy
 * so asked away is a tariff matter (a refused tax is read apart, by taxNamed).
 */
function taxUndone(toks: Token[], b: number, end: number): boolean {
  const stop = Math.min(end, b + 10);
  for (let k = b; k < stop; k++) {
    const w = toks[k]!.lower;
    if (w !== 'tax' && w !== 'taxes' && w !== 'fee' && w !== 'fees') continue;
    if (FISCAL_AFTER.has(toks[k + 1]?.lower ?? '') || DOMESTIC_TAXES.has(toks[k - 1]?.lower ?? ''))
      return false;
    // an undo verb just before it ("to scrap the tax", "to remove the fee")
    for (let q = Math.max(b, k - 3); q < k; q++) if (UNDO_VERBS.has(toks[q]!.lower)) return true;
    // a participle of undoing or "into line" just after it
    for (let q = k + 1; q < Math.min(end, k + 5); q++) {
      const u = toks[q]!.lower;
      if (UNDONE.has(u) || (u === 'into' && toks[q + 1]?.lower === 'line')) return true;
      if (toks[q]!.kind === TokKind.Punct) break;
    }
    return false;
  }
  return false;
}

/** Nouns for charges levied, named again by reference ("withdraw its fees", "suspend the charges"). */
const CHARGE_REFS = words('fees charges levies');
const DENY_VERBS = words('reject rejects rejected rejecting dismiss dismissed dismisses deny denied denies');
function refersToMeasure(toks: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const w = toks[k]!.lower;
    if (
      (MEASURE_REFS.has(w) ||
        LAW_REFS.has(w) ||
        // "urged the United States to withdraw its fees", not "rejected the charges" (a charge denied)
        (CHARGE_REFS.has(w) && !DENY_VERBS.has(toks[k - 2]?.lower ?? ''))) &&
      REF_DETERMINERS.has(toks[k - 1]!.lower) &&
      (UNDO_VERBS.has(toks[k - 2]?.lower ?? '') ||
        // "to throw out the bill", "to hold up the bill"
        (UNDO_PARTICLES.has(toks[k - 2]?.lower ?? '') && PARTICLE_UNDO_VERBS.has(toks[k - 3]?.lower ?? '')))
    )
      return true;
    // "would ask Washington to reconsider": a bare rethink asked for is of the measure in dispute
    if (
      RETHINK_TOK.has(toks[k]) &&
      toks[k - 1]!.lower === 'to' &&
      (k + 1 >= b || (toks[k + 1]!.kind === TokKind.Punct && !isPossessive(toks[k + 1])))
    )
      return true;
  }
  return false;
}

/** For ", saying ..." from `a` (before `end`, within 3 tokens), the index after "saying", else -1. */
function reasonClause(toks: Token[], a: number, end: number): number {
  for (let k = a; k < Math.min(a + 3, end - 1); k++)
    if (toks[k]!.text === ',' && toks[k + 1]!.lower === 'saying') return k + 2;
  return -1;
}

/** "called on the government to withdraw it": a pronoun undone, asked for, is the measure in dispute
 * (within [a, b)). */
function undoesPronoun(toks: Token[], a: number, b: number): boolean {
  for (let k = a + 2; k < b; k++)
    if (
      (toks[k]!.w & WordSet.MeasurePronoun) !== 0 && // (MEASURE_PRONOUNS)
      UNDO_VERBS.has(toks[k - 1]!.lower) &&
      toks[k - 2]!.lower === 'to'
    )
      return true;
  return false;
}

/** True when only degree words stand between a subject at `b` and a participle cue at `a`
 * ("with France (as strongly) opposed ..."). */
function absoluteSubject(toks: Token[], b: number, a: number): boolean {
  if (a - b > 3 || !toks[a]!.lower.endsWith('ed')) return false;
  for (let k = b; k < a; k++) if (!DEGREE.has(toks[k]!.lower)) return false;
  return true;
}

/** True when the cue at `a` lies in the complement of the noun at `n` ("Japan's failure to adhere to
 * an agreement to ..."), not in a later clause ("... refusal to open its market and demanded ..."). */
function inNounComplement(toks: Token[], n: number, a: number): boolean {
  if (a - n > 8) return false;
  for (let k = n + 1; k < a; k++) {
    const w = toks[k]!.lower;
    if (w === 'and' || w === ',' || w === 'but' || w === ';') return false;
  }
  return true;
}

/** True when every token in [a, b) is an auxiliary ("has also", "will"). */
/** The ", and" that joins the clause holding token a to a clause before it in the sentence
 * (searched back at most 12 tokens), or the "because" that subordinates it (at most 24), else -1. */
function joinedClauseBefore(toks: Token[], first: number, a: number): number {
  for (let k = a - 1; k > first + 1 && a - k <= 24; k--) {
    if (a - k <= 12 && toks[k]!.lower === 'and' && toks[k - 1]!.text === ',') return k - 1;
    if (toks[k]!.lower === 'because') return k;
  }
  return -1;
}
/**
 * The mention a relative clause opening right before the cue at a refers to: "<Name>, which
 * (had) <cue>", "<Name>, the steel association, which <cue>", "<Name> union, who <cue>"; else -1.
 */
function relativeAntecedent(
  toks: Token[],
  a: number,
  first: number,
  mentionAt: (k: number) => number,
): number {
  let q = a - 1;
  while (q > first && modalWord(toks[q]!, AUX) && a - q <= 4) q--;
  const w = toks[q]?.lower;
  // "Hanwha Ocean, the South Korean shipbuilder that has promised to invest ...": "that" after the
  // appositive's noun (words only, no speech verb: not "China, the ministry said that ...")
  if (w === 'that' && q > first + 3) {
    for (let r = q - 1; r > first + 1 && q - r <= 8; r--) {
      const t = toks[r]!;
      if (t.text === ',') {
        if (!ARTICLES.has(toks[r + 1]!.lower) && toks[r + 1]!.lower !== 'the') return -1;
        return r + 2 < q ? mentionAt(r - 1) : -1;
      }
      if (t.kind !== TokKind.Word || (t.w & W_SPEECH) !== 0) return -1;
    }
    return -1;
  }
  if (q < first + 2 || (w !== 'which' && w !== 'who') || toks[q - 1]!.text !== ',') return -1;
  let e = q - 2;
  let mi = mentionAt(e);
  // "<Name>, the European steel association, which": past an appositive
  if (mi < 0)
    for (let r = e; r > first && e - r < 10; r--)
      if (toks[r]!.text === ',') {
        e = r - 1;
        mi = mentionAt(e);
        break;
      }
  // "The United Steelworkers union, which": a lower-case head noun after the name
  if (mi < 0 && toks[e]?.kind === TokKind.Word && !toks[e]!.cap) mi = mentionAt(e - 1);
  return mi;
}
/** Words before "Premier" that make it a title of its own, not a province's premier. */
const PREMIER_TITLES = words('vice deputy acting first former senior executive state then late');
/** True when the words of `phrase` are, as a whole, a lexicon name or demonym of a country or
 * bloc ("Chinese", "South Korean"), not a province or state ("Ontario", "British Columbia"). */
/** The id of a province the lexicon knows whose name opens `role` (lower case: "ontario energy
 * minister"), before a word of the title; else null. */
function provinceOpening(root: TrieNode, role: string): string | null {
  let node: TrieNode | undefined = root;
  for (const w of role.split(' ')) {
    node = node?.next?.get(w);
    if (!node) return null;
    const h = node.hits?.find((x) => x.ref?.role === 'province');
    if (h) return h.ref!.id;
  }
  return null;
}
function namesState(root: TrieNode, phrase: string): boolean {
  let node: TrieNode | undefined = root;
  for (const w of phrase.toLowerCase().split(' ')) {
    node = node?.next?.get(w);
    if (!node) return false;
  }
  return !!node.hits?.some((h) => h.ref !== null && (h.ref.kind === 'country' || h.ref.kind === 'bloc'));
}
/** Nouns for talks themselves ("agreed to restart negotiations"). */
const TALK_NOUNS = new Set(TALKS_NOUNS);
const AGREE_CUES = new Set([
  'agree to',
  'agreed to',
  'agrees to',
  'agreeing to',
  'agreed that',
  'agrees that',
]);
/** Verbs that set talks going or keep them going ("to speed up trade talks", "would start talks"). */
const TALK_STEPS = words(
  'start starts begin launch open hold resume restart continue speed accelerate intensify step deepen',
);
/**
 * True when what was agreed, from b, is talks: a step of talks right away ("to speed up trade
 * talks") or after a "that" clause's subject and modal ("that their teams would start talks"),
 * its talk noun within three words.
 */
function talksAgreed(toks: Token[], b: number, end: number): boolean {
  let k = b;
  if (toks[b - 1]!.lower === 'that') {
    while (k < end && k < b + 6 && !FUTURE_AUX.has(toks[k]!.lower)) k++;
    k++;
  }
  if (k >= end || !TALK_STEPS.has(toks[k]!.lower)) return false;
  // ("agreed to start negotiating a partnership agreement": the talks by their verb)
  if (toks[k + 1]?.lower === 'negotiating') return true;
  for (let q = k + 1; q < end && q <= k + 4; q++) if (TALK_NOUNS.has(toks[q]!.lower)) return true;
  return false;
}
/** True when a talk noun comes within the first eight tokens of [b, end). */
function talksIn(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < Math.min(end, b + 8); k++) if (TALK_NOUNS.has(toks[k]!.lower)) return true;
  return false;
}
/** Words after which "the bloc" opens a clause as its subject ("said the bloc would ..."). */
const BLOC_SUBJECT_BEFORE = words('that and but while whereas as because said says added warned');
const MAKE = words('make makes made making');
const MAKE_TOK = new TokenSet(MAKE);
const DO_FORMS = words('do does did');
/** Verbs after "the review" that make it a clause's subject ("did not", "failed to", "would"). */
const REVIEW_ACTS = words('failed fails fail finds found concluded concludes');
const reviewActs = (t: Token | undefined): boolean =>
  !!t &&
  (DO_FORMS.has(t.lower) ||
    CONDITIONAL_MODALS.has(t.lower) ||
    REVIEW_ACTS.has(t.lower) ||
    t.lower === 'has' ||
    t.lower === 'had');
/** Words before a fronted "if" clause: a speech verb's "that" or a sentence's start. */
const FRONTED_IF_AFTER = words('that said says warned warns added');
/** "warned that if France went ahead, Britain would start dispute proceedings", "If Washington
 * raises tariffs, Beijing will respond": an "if" clause set before its main clause, whose subject
 * and future modal follow the clause's comma (at most 20 tokens on). Returns that comma, or -1. */
function frontedIfComma(toks: Token[], S: Sentence, k: number): number {
  if (k !== S.first && !FRONTED_IF_AFTER.has(toks[k - 1]!.lower)) return -1;
  for (let j = k + 3; j < S.last - 2 && j - k <= 20; j++) {
    if (toks[j]!.text !== ',') continue;
    for (let q = j + 2; q <= j + 4 && q < S.last; q++) if (FUTURE_AUX.has(toks[q]!.lower)) return j;
    return -1;
  }
  return -1;
}
/** Subject pronouns that open a main clause after a fronted "unless" clause with no comma. */
const CLAUSE_PRONOUNS = words('it we they he she');
/** "announced that unless the licences come by 2 November it will bar British trawlers": where a
 * fronted "unless" clause ends (its comma, or a subject pronoun before "will"/"would"), else -1. */
function frontedUnlessEnd(toks: Token[], S: Sentence, k: number): number {
  if (k !== S.first && !FRONTED_IF_AFTER.has(toks[k - 1]!.lower)) return -1;
  for (let j = k + 2; j < S.last - 2 && j - k <= 20; j++) {
    if (toks[j]!.text === ',') return FUTURE_AUX.has(toks[j + 2]?.lower ?? '') ? j : -1;
    if (CLAUSE_PRONOUNS.has(toks[j]!.lower) && FUTURE_AUX.has(toks[j + 1]!.lower)) return j;
  }
  return -1;
}
/** auxOnly, also past a negation and a do-form ("did not", "have never"). */
function auxOrNegationOnly(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (!AUX.has(w) && !NEGATION.has(w) && !DO_FORMS.has(w)) return false;
  }
  return true;
}
/** auxOrNegationOnly, also past forms of "be" and modals ("was not", "would be"); at most four. */
function verbGroupOnly(toks: Token[], a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (!AUX.has(w) && !NEGATION.has(w) && !BE_FORMS.has(w) && !CONDITIONAL_MODALS.has(w)) return false;
  }
  return true;
}
function auxOnly(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!modalWord(toks[k]!, AUX)) return false;
  return true;
}

/** True when a retraction verb before the noun cue at `a` reports a position actually given up
 * ("dropped", "has abandoned", "Washington dropping its demand"), not a hypothetical or asked-for one
 * ("would drop its request", "urged it to drop its demand"). */
function givenUp(toks: Token[], a: number, first: number): boolean {
  for (let k = a - 1; k >= first && a - k <= 8; k--) {
    const lw = toks[k]!.lower;
    if (RETRACT_STOP.has(lw)) return false;
    if (!DROPPED.has(lw)) continue;
    const p = toks[k - 1]?.lower ?? '';
    // "agreed to drop its call for a ceiling": a retraction agreed is a concession made
    if (
      p === 'to' &&
      AGREED_TO.has(toks[k - 2]?.lower ?? '') &&
      !CONDITIONAL_MODALS.has(toks[k - 3]?.lower ?? '')
    )
      return true;
    if (CONDITIONAL_MODALS.has(p) || p === 'to' || HYPOTHETICAL.has(p)) return false;
    // "provided that Washington dropped its demand", "unless Ottawa dropped its request": a
    // retraction asked for as a condition, not made
    for (let q = k - 1; q >= Math.max(first, k - 5); q--) {
      const w = toks[q]!.lower;
      if (w === 'if' || w === 'unless' || w === 'until' || w === 'once') return false;
      if (w === 'that' && CONDITION_THAT.has(toks[q - 1]?.lower ?? '')) return false;
    }
    return lw.endsWith('ed') || lw.endsWith('ing') || lw === 'withdrew' || lw === 'withdrawn';
  }
  return false;
}

/** True when an amount (a number, after at most "no more than", "only", "just") opens the scope at b. */
function amountNext(toks: Token[], b: number): boolean {
  for (let k = b; k < b + 5; k++) {
    const t = toks[k];
    if (!t) return false;
    if (t.kind === TokKind.Number) return true;
    if (!AMOUNT_LEADS.has(t.lower)) return false;
  }
  return false;
}
const AMOUNT_LEADS = words('no more than only just about up to a an');
/** True when ", <joiner>" (one of `joiners`) lies in tokens [a, b): a clause set against the one
 * before it. */
function joinedBetween(toks: Token[], a: number, b: number, joiners: ReadonlySet<string>): boolean {
  for (let k = a; k < b; k++) if (joiners.has(toks[k]!.lower) && toks[k - 1]?.text === ',') return true;
  return false;
}
/** ", while", ", whereas": a contrast between two parties' positions. */
const CONTRAST_JOINERS = words('while whereas');
/** The same and ", but": a clause set against the one before it. */
const SET_AGAINST_JOINERS = words('but while whereas');
/** Where the clause from `from` ends: its first clause punctuation before `last`, at most MAX_SCOPE
 * tokens on (a long unpunctuated run must not make each cue scan it all). */
function clausePunctEnd(toks: Token[], from: number, last: number): number {
  const stop = Math.min(last, from + MAX_SCOPE);
  let end = from;
  while (end < stop && !CLAUSE_PUNCT.has(toks[end]!.lower)) end++;
  return end;
}
/** True when a semicolon, a full stop or ", and"/", but" lies in tokens [a, b). */
function clauseBreakBetween(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.text;
    if (w === ';' || w === '.') return true;
    if (w === ',' && (toks[k + 1]?.lower === 'and' || toks[k + 1]?.lower === 'but')) return true;
  }
  return false;
}
/** Offer cues of accepting a term, which a relative clause may take from before it. */
const ACCEPT_CUES = new Set([
  'accepted in principle',
  'accepts in principle',
  'accept in principle',
  'could accept',
  'can accept',
  'would accept',
]);
/** Prepositions after a verb whose object was fronted ("wants to attach to", "to impose on"). */
const FRONTED_PREPS = words('to on upon in at for from onto against');
/** Verbs of talking a matter over: wanting to discuss it is no demand for it. */
const TALK_VERBS = words('discuss negotiate debate review consider study examine raise talk');
/** True when a lower-case verb at k has no object: a preposition or a clause mark follows it. */
function verbWithoutObject(toks: Token[], k: number): boolean {
  const v = toks[k];
  const n = toks[k + 1];
  if (!v || v.kind !== TokKind.Word || v.cap || !n || TALK_VERBS.has(v.lower)) return false;
  return n.kind === TokKind.Punct ? !isPossessive(n) && n.text !== '-' : FRONTED_PREPS.has(n.lower);
}
/** True for a lower-case noun-like word (no speech or report verb) before a restrictive "that". */
function nounBefore(t: Token): boolean {
  return (
    t.kind === TokKind.Word &&
    !t.cap &&
    (t.w & (W_SPEECH | WordSet.Reporting)) === 0 &&
    !AUX.has(t.lower) &&
    !t.lower.endsWith('ed') &&
    !t.lower.endsWith('ly')
  );
}
/** Words after "only" that limit an offer to a frame ("only as part of", "only within", "only in"). */
const ONLY_FRAME = words('as within in');
const CLAUSE_PUNCT = new Set([',', ';', '.', ':']);
/** Index of "only" before a frame word in [b, last) ("..., but only as part of a balanced
 * package"), or -1. */
function onlyTermsAt(toks: Token[], b: number, last: number): number {
  for (let k = b; k < last - 1; k++)
    if (toks[k]!.lower === 'only' && ONLY_FRAME.has(toks[k + 1]!.lower)) return k;
  return -1;
}
/** True when the object at b is prices ("cut the prices it charges"): a firm's own pricing, no
 * measure undone (raising them is a dumping undertaking, read apart). */
function pricesObject(toks: Token[], b: number): boolean {
  const k = DETERMINERS_TOK.has(toks[b]) ? b + 1 : b;
  const w = toks[k]?.lower;
  return w === 'prices' || w === 'price';
}
/** Offer verbs whose object can be a price figure ("has offered 43 dlrs"). */
const OFFER_NOUN_VERBS = words('offered offers offering');
/** Units of a price figure ("43 dlrs", "900 U.S. dlrs"; not "pct": "offered only 3 pct" is a growth rate). */
const PRICE_UNITS = words('dlrs dollars dlr dollar cents yen stg marks francs');
/** True when a price figure opens the object at b: "(about/only/a) <number> (U.S.) dlrs ...". */
function priceFigureAt(toks: Token[], b: number): boolean {
  let k = b;
  if (toks[k]?.lower === 'about' || toks[k]?.lower === 'only' || toks[k]?.lower === 'around') k++;
  if (toks[k]?.kind !== TokKind.Number) return false;
  k++;
  if (toks[k]?.lower === 'u.s.' || toks[k]?.lower === 'us') k++;
  return PRICE_UNITS.has(toks[k]?.lower ?? '');
}
/** Verbs of a step agreed or decided, before "to" ("agreed to drop its demand"). */
const AGREED_TO = words('agreed agrees offered decided pledged promised');
/** Words before "that" that open a condition ("provided that", "on condition that"). */
const CONDITION_THAT = words('provided providing condition');
/** Condition phrases that can only set a term (not "if", which also forecasts). */
const STRICT_CONDITIONS = new Set(['on condition that', 'provided that', 'only if']);
const AGREE_VERBS = words('agree agrees accept accepts');
/** True when a party group agrees at b ("producers also agree", "the other members accept"). */
function groupAgrees(toks: Token[], b: number): boolean {
  let q = toks[b]?.lower === 'the' ? b + 1 : b;
  if (toks[q]?.lower === 'other') q++;
  if (
    !INDUSTRY_NOUNS.has(toks[q]?.lower ?? '') &&
    !PARTY_GROUPS.has(toks[q]?.lower ?? '') &&
    !GROUP_NOUNS.has(toks[q]?.lower ?? '')
  )
    return false;
  q++;
  if (toks[q]?.lower === 'also') q++;
  return AGREE_VERBS.has(toks[q]?.lower ?? '');
}
const HELPLESS = words('little nothing');
const MADE_KNOWN = words('understood known clear');
const REQUIRE_VERBS = words('require requires requiring');
/** Adverbs of a practice in force ("currently requires", "already requiring"). */
const STANDING = words('currently already now still presently');
/** Nouns of a rule in force, as subjects of "require" (a bill or amendment is a proposal). */
const RULE_NOUNS = words('law laws directive directives regulation regulations rule rules statute statutes');
/** Words allowed between a rule noun and "require": "will", "also", a relative pronoun. */
const RULE_GAP = words('will also that which has have been now currently');
/**
 * True when "require" at `a` describes a rule in force: a standing-practice adverb or "been"
 * in the four words before it ("currently, the U.S. requires", "has been requiring"), or a rule
 * noun as its subject past "will", a relative pronoun and one comma-bounded aside ("a directive
 * that, from May, will require ..."); "would require" stays a proposal's demand.
 */
function standingRequirement(toks: Token[], a: number, first: number): boolean {
  for (let k = a - 1; k >= Math.max(first, a - 5); k--) {
    const w = toks[k]!.lower;
    if (STANDING.has(w) || (w === 'been' && k === a - 1)) return true;
    if (w === 'would' || w === 'could' || w === 'should') return false;
  }
  let q = a - 1;
  for (let n = 0; q > first && n < 12; n++) {
    const t = toks[q]!;
    if (t.text === ',') {
      let r = q - 1;
      while (r > first && toks[r]!.text !== ',' && q - r < 8) r--;
      if (toks[r]!.text !== ',') return false;
      q = r - 1;
      continue;
    }
    if (!RULE_GAP.has(t.lower)) break;
    q--;
  }
  return q >= first && RULE_NOUNS.has(toks[q]!.lower);
}

/** True when "if not" at k is an aside between commas with one to four words in it
 * (", if not (into) recession,"). */
function ifNotAside(toks: Token[], k: number): boolean {
  // (', "if not impossible," for ...': the aside may sit in quotation marks)
  const open = toks[k - 1] && isQuote(toks[k - 1]!.text) ? k - 2 : k - 1;
  if (toks[open]?.text !== ',') return false;
  for (let q = k + 2; q <= k + 7; q++) {
    const t = toks[q];
    if (!t) return false;
    if (t.text === ',') return q > k + 2;
    if (t.kind === TokKind.Punct && t.text !== '(' && t.text !== ')') return false;
  }
  return false;
}

/** True when the subject right before the cue at `a` is a deal ("the pact calls on ...", "the
 * accord, signed last year, requires ..."), past auxiliaries and one appositive. */
function dealSubject(toks: Token[], a: number, first: number): boolean {
  let q = a - 1;
  let would = false;
  while (q > first && modalWord(toks[q]!, AUX) && a - q <= 3) {
    if (toks[q]!.lower === 'would') would = true;
    q--;
  }
  if (toks[q]?.text === ',') {
    // (a comma opening the text leaves nothing before it to read)
    if (q <= first) return false;
    let r = q - 1;
    while (r > first && toks[r]!.text !== ',' && q - r < 15) r--;
    if (toks[r]!.text !== ',') return false;
    q = r - 1;
  }
  // "a deal would require China to ...", "any agreement would need ...": a deal not yet made,
  // whose terms are the speaker's position, not the obliged party's offer
  if (would && q > first && HYPOTHETICAL_DEAL_DETERMINERS.has(toks[q - 1]!.lower)) return false;
  return q >= first && DEAL_NOUNS_TOK.has(toks[q]);
}
/** Nouns of talks or a package to come, whose topics an agenda lists. */
const AGENDA_NOUNS = words('package talks negotiations agenda framework dialogue round');
/** True when [b, e) names talks or a package and then "covering" what it will cover ("a package
 * covering tariffs, ..."). */
function agendaCovered(toks: Token[], b: number, e: number): boolean {
  for (let k = b + 1; k < e - 1; k++) {
    const w = toks[k]!.lower;
    if (w !== 'covering' && w !== 'spanning') continue;
    for (let q = Math.max(b, k - 4); q < k; q++) if (AGENDA_NOUNS.has(toks[q]!.lower)) return true;
    return false;
  }
  return false;
}
/** True when [b, a) is "(goods) will/would/could face ..." right after a party: the party's
 * clause is a measure it would face ("Canada will face a 35 percent tariff unless ..."), or a
 * benefit it would receive ("Bangladesh will qualify only if ..."). */
function facesAfter(toks: Token[], b: number, a: number): boolean {
  let q = b;
  // ("the bloc's members would face 100 percent tariffs unless ...": the party's members)
  if (isPossessive(toks[q]) && GROUP_NOUNS.has(toks[q + 1]?.lower ?? '')) q++;
  if (GOODS_NOUNS.has(toks[q]?.lower ?? '') || GROUP_NOUNS.has(toks[q]?.lower ?? '')) q++;
  if (!CONDITIONAL_MODALS.has(toks[q]?.lower ?? '')) return false;
  q++;
  if (toks[q]?.lower === 'also' || toks[q]?.lower === 'then' || toks[q]?.lower === 'still') q++;
  // ("would keep facing the extra tariff", "will continue to face ...")
  if (toks[q]?.lower === 'keep' && toks[q + 1]?.lower === 'facing') return q + 1 < a;
  if (toks[q]?.lower === 'continue' && toks[q + 1]?.lower === 'to') q += 2;
  if (q >= a) return false;
  const w = toks[q]!.lower;
  // ("Bangladesh will qualify only if ...", "would be eligible", "would get the lower rate": a
  // benefit the party would receive is set by whoever grants it)
  return (
    w === 'face' ||
    BENEFIT_VERBS.has(w) ||
    (w === 'be' && (toks[q + 1]?.lower === 'hit' || toks[q + 1]?.lower === 'eligible'))
  );
}
/** Verbs of receiving a benefit after a modal (facesAfter). */
const BENEFIT_VERBS = words('qualify receive get win');
/** True when the unnamed voice at k ("A ministry spokesperson", "the ministry") opens its clause:
 * past its article and lower-case modifiers, the sentence's start, a comma or a conjunction
 * ("asked the trade ministry to ...": an addressee, no voice). */
function voiceOpensClause(toks: Token[], k: number, first: number): boolean {
  let q = k - 1;
  while (
    q >= first &&
    k - q <= 4 &&
    toks[q]!.kind === TokKind.Word &&
    !toks[q]!.cap &&
    !ARTICLES.has(toks[q]!.lower)
  )
    q--;
  if (q >= first && ARTICLES.has(toks[q]!.lower)) q--;
  if (q < first) return true;
  const w = toks[q]!.lower;
  return w === ',' || w === 'that' || w === 'and' || w === 'but' || w === '"' || w === '\u201c';
}
/** True when [b, e) holds "to be <participle>" after the thing wanted ("wants trade ... to be
 * settled in roubles"), a noun phrase first (not a party told to act). */
function passiveWanted(toks: Token[], b: number, e: number): boolean {
  for (let k = b + 1; k < e - 2; k++) {
    if (toks[k]!.kind === TokKind.Punct) return false;
    if (toks[k]!.lower === 'to' && toks[k + 1]!.lower === 'be') {
      const v = toks[k + 2]!;
      // (not "to be allowed to open an office": the act allowed names its own matter)
      return (
        v.kind === TokKind.Word &&
        !v.cap &&
        v.lower.length > 4 &&
        v.lower.endsWith('ed') &&
        v.lower !== 'allowed' &&
        v.lower !== 'permitted'
      );
    }
  }
  return false;
}
/** A tariff named by its rate ("a 20 percent tariff"), and the goods a party's rate falls on. */
const RATE_TARIFFS = words('tariff tariffs duty levy rate');
const GOODS_NOUNS = words('goods exports products imports shipments');
/** Nouns of a party's own measure ("the U.S. tariff", "Japan's duties"). */
const OWN_MEASURES = words('tariff tariffs duty duties levy levies quota quotas rate rates surcharge');
/**
 * True when the cue at a follows a deal as its subject, past auxiliaries: "The deal cuts ...",
 * "a trade deal that cuts ..." (the "that" of a relative clause after a deal noun); not "... would
 * cut", a deal not made.
 */
function dealTermBefore(toks: Token[], a: number, first: number): boolean {
  let q = a - 1;
  while (q > first && modalWord(toks[q]!, AUX) && a - q <= 3) if (toks[q--]!.lower === 'would') return false;
  const t = toks[q];
  if (!t) return false;
  if (t.lower === 'that' || t.lower === 'which') return DEAL_NOUNS_TOK.has(toks[q - 1]);
  return DEAL_NOUNS_TOK.has(t) && toks[q - 1]?.lower === 'the';
}
/** Determiners of a deal not yet made ("a deal would require ...", "any agreement would ..."). */
const HYPOTHETICAL_DEAL_DETERMINERS = words('a an any');

/** True when a rejection's object is a measure or proposal named before: "opposed to it",
 * "rejected the proposal", "opposes this plan". */
/** Verbs that put a proposal forward ("presented an improved offer", "tabled its offer"). */
const PRESENT_VERBS = words(
  'presented presents present made makes put puts tabled tables submitted submits unveiled sweetened ' +
    'improved improves revised revises',
);
const OFFER_DETERMINERS = words('a an its their');
/**
 * True when the noun "offer" at k is the object of a verb that puts it forward, past a determiner
 * and up to three modifiers or quote marks ("had presented an improved offer", "put 'a very
 * substantial offer' on the table"): its subject is the holder, as for a verb cue.
 */
function presentedOffer(toks: Token[], k: number, first: number): boolean {
  let q = k - 1;
  for (let n = 0; n < 4 && q > first; n++, q--) {
    const t = toks[q]!;
    if (t.kind === TokKind.Punct ? !isQuote(t.text) : t.cap) return false;
    if (OFFER_DETERMINERS.has(t.lower)) {
      let v = q - 1;
      if (v >= first && isQuoteTok(toks[v]!)) v--;
      return v >= first && PRESENT_VERBS.has(toks[v]!.lower);
    }
  }
  return false;
}
/** Commitment verbs whose object may be a sum of money ("pledged $20 billion"). */
const PLEDGES = words('pledge pledges pledged promise promises promised commit commits committed');
const SUMS = words('billion trillion bn');
/** Verbs of refusal that can stand with no object ("Tokyo refused.", "has so far declined, ..."). */
const BARE_REFUSALS = words(
  'refused refuses declined declines resisted resists rejected rejects balked baulked',
);
/** A refusal cue of a modal, a negation and one's own step ("would not reopen", "cannot lift"). */
function refusedStep(phrase: string): boolean {
  return (
    phrase.startsWith('would not ') ||
    phrase.startsWith('will not ') ||
    phrase.startsWith('could not ') ||
    phrase.startsWith('cannot ') ||
    phrase.startsWith('would never ') ||
    phrase.startsWith('will never ')
  );
}

/** True when nothing follows a refusal at b but the end of its clause ("has so far declined,
 * though ...", "refused.") or "to do so / that": it refuses what was asked just before. */
function bareRefusal(toks: Token[], b: number): boolean {
  const t = toks[b];
  if (!t) return true;
  if (t.kind === TokKind.Punct) return !isPossessive(t) && !isQuote(t.text);
  if (t.lower !== 'to' || toks[b + 1]?.lower !== 'do') return false;
  // ("to do so", "to do that", and "..., which India has so far declined to do.")
  const n = toks[b + 2];
  return !n || n.lower === 'so' || n.lower === 'that' || (n.kind === TokKind.Punct && !isQuote(n.text));
}
const bareRefusalAt = (toks: Token[], cu: CueAt): boolean =>
  BARE_REFUSALS.has(cu.cue.phrase) && bareRefusal(toks, cu.b);
/** True when a deal opens the clause right before a cue at a, past a modal ("the deal will
 * remove", "the agreement would cut"). */
function dealSubjectBefore(toks: Token[], a: number, first: number): boolean {
  let k = a - 1;
  if (FUTURE_AUX.has(toks[k]?.lower ?? '')) k--;
  return k > first && DEAL_NOUNS_TOK.has(toks[k]) && REF_DETERMINERS.has(toks[k - 1]!.lower);
}
/** Claims made against a party, beside the charges of CHARGE_NOUNS ("rejected claims that ..."). */
const CLAIM_NOUNS = words('claims claim suggestions');
/** True when a charge opens the object at b and goes on with "that" or "of" ("claims that it had
 * backed ...", "the accusations of dumping"). */
/** The length of an aside of one to three words between commas that ends right before a
 * ("would not, however, agree": 3), else 0. */
function commaAsideLength(toks: Token[], a: number, first: number): number {
  if (toks[a - 1]?.text !== ',') return 0;
  for (let q = a - 3; q >= Math.max(first, a - 5); q--) {
    const t = toks[q]!;
    if (t.text === ',') return a - q;
    if (t.kind !== TokKind.Word) return 0;
  }
  return 0;
}
/** Joining or membership right at b, past "to" and a possessive ("join", "to rejoin", "its
 * membership"). */
function membershipAt(toks: Token[], b: number): boolean {
  let k = toks[b]?.lower === 'to' ? b + 1 : b;
  if (OWN_POSSESSIVES.has(toks[k]?.lower ?? '')) k++;
  return JOINING.has(toks[k]?.lower ?? '');
}
const JOINING = words('join rejoin joining rejoining membership accede acceding accession');
function chargeDeniedAt(toks: Token[], b: number): boolean {
  const k = toks[b]?.lower === 'the' || toks[b]?.lower === 'any' ? b + 1 : b;
  const next = toks[k + 1]?.lower;
  const w = toks[k]?.lower ?? '';
  return (CHARGE_NOUNS.has(w) || CLAIM_NOUNS.has(w)) && (next === 'that' || next === 'of');
}
function rejectsReference(toks: Token[], b: number): boolean {
  const k = toks[b]?.lower === 'to' ? b + 1 : b;
  const pro = MEASURE_PRONOUNS.has(toks[k]?.lower ?? '') || demonstrativeObject(toks, k);
  let n = k + 1;
  if (!pro && REF_DETERMINERS.has(toks[k]?.lower ?? '')) n = ownedReference(toks, k + 1);
  const noun = toks[n]?.lower ?? '';
  if (!pro && !(REF_DETERMINERS.has(toks[k]?.lower ?? '') && (PROPOSALS.has(noun) || MEASURE_REFS.has(noun))))
    return false;
  // "denied the action had been taken ...", "denied it was dumping": the subject of a clause
  const next = toks[pro ? k + 1 : n + 1]?.lower ?? '';
  return !AUX.has(next) && !BE_FORMS.has(next) && !CONDITIONAL_MODALS.has(next);
}

/** Where a referring noun after a determiner starts, past its owner ("the coal groups' proposals",
 * "the Swiss proposal", "the department's calculation"): up to three words, capitalised or ended by
 * a possessive; else k. */
function ownedReference(toks: Token[], k: number): number {
  for (let j = k; j < k + 4; j++) {
    const t = toks[j];
    if (!t) return k;
    const ap = t.text === "'" || t.text === '\u2019';
    if (isPossessive(t) || (ap && !t.space && j > k)) return j + 1;
    if (t.kind !== TokKind.Word) return k;
    // (a capitalised owner alone: "the Swiss proposal", "the U.S. demands")
    if (t.cap && j === k && toks[j + 1]?.kind === TokKind.Word && !toks[j + 1]!.cap) return j + 1;
  }
  return k;
}

/** Words after a refused "that" or "this" that show it is the object, not a clause opening
 * ("rejected that as too long", "dismissed this outright"). */
const DEMONSTRATIVE_OBJECT_ENDS = words('as outright because');
/** True when "that" or "this" at k stands alone as the object: punctuation or "as" after it
 * ("have rejected that as too long", "refused this."), not "rejected that the deal ...". */
function demonstrativeObject(toks: Token[], k: number): boolean {
  const w = toks[k]?.lower;
  if (w !== 'that' && w !== 'this') return false;
  const n = toks[k + 1];
  return !n || n.kind === TokKind.Punct || DEMONSTRATIVE_OBJECT_ENDS.has(n.lower);
}

/** "cuts its imports", "reduced their imports of oil": the cue's object is the holder's own
 * imports (a possessive, then `imports`), not a measure on them. */
function ownImportsCut(toks: Token[], b: number): boolean {
  const det = toks[b]?.lower;
  return (det === 'its' || det === 'their') && toks[b + 1]?.lower === 'imports';
}

/** Verbs of buying less or reconsidering one's buying ("cut back its purchases", "review its purchases"). */
const BUYING_CUTS = words(
  'cut cuts cutting reduce reduces reducing review reviews reviewing halt halts halting suspend suspends suspending curb curbs curbing stop stops stopping back',
);

/** True when "<cut verb> its/their purchases" sits in tokens [from, end): a party's own buying cut. */
function ownBuyingCut(toks: Token[], from: number, end: number): boolean {
  for (let k = from + 2; k < end; k++) {
    if (toks[k]!.lower !== 'purchases') continue;
    const det = toks[k - 1]!.lower;
    if ((det === 'its' || det === 'their') && BUYING_CUTS.has(toks[k - 2]!.lower)) return true;
  }
  return false;
}

/** True when token k sits in the complement of "accused/accuses/accusing X of" before it in its
 * clause (a few tokens back, no semicolon or ", and" between). */
function accusedOf(toks: Token[], first: number, k: number): boolean {
  let of = false;
  for (let q = k - 1; q >= Math.max(first, k - 16); q--) {
    const lw = toks[q]!.lower;
    if (lw === ';' || (lw === ',' && toks[q + 1]?.lower === 'and')) return false;
    if (lw === 'of') of = true;
    else if (of && ACCUSE_VERBS.has(lw)) return true;
  }
  return false;
}

/** Last words of an offer cue that reduce what follows ("will cut", "agreed to reduce"). */
const REDUCE_CUE_VERBS = words('cut cuts reduce reduces lower lowers slash halve');
/** Limits on another party's goods or catch ("quotas", "allocations", "ceiling"). */
const QUOTA_NOUNS = words(
  'quota quotas allocation allocations ceiling ceilings access preferences benefits privileges',
);
/** True when the object at b is another party's quota: a demonym or name of a party other than
 * the holder, then at most two words, then a quota noun ("Japanese fishing allocations"). */
function othersQuotaNext(toks: Token[], ar: ActorResult, holder: ActorInfo, b: number): boolean {
  const adj = ar.adjAt[b];
  const mi = ar.mentionAt[b] ?? -1;
  const other = adj ? adj.id : mi >= 0 ? (ar.mentions[mi]!.actor.sideId ?? ar.mentions[mi]!.actor.id) : null;
  if (!other || other === holder.id || other === holder.sideId) return false;
  const from = mi >= 0 ? ar.mentions[mi]!.b : b + 1;
  // ("Thailand's duty-free access": past the possessive and a hyphened modifier)
  for (let k = from; k < from + 5; k++) {
    const t = toks[k];
    if (!t) return false;
    if (t.kind !== TokKind.Word && t.text !== '-') return false;
    if (QUOTA_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** True when the holder's own demonym qualifies the goods within the first words after a
 * purchase cue ("would buy more Canadian wood", holder Canada). */
function ownGoods(toks: Token[], ar: ActorResult, holder: ActorInfo, b: number, end: number): boolean {
  if (!holder.sideId) return false;
  let own = false;
  for (let k = b; k < Math.min(end, b + 10); k++) {
    const adj = ar.adjAt[k];
    if (adj && adj.id !== holder.sideId) return false; // "Vietnamese rice and American cotton"
    if (adj && k < b + 4) own = true;
    if (toks[k]!.kind === TokKind.Punct && toks[k]!.text !== '-') break;
  }
  return own;
}

/** Words that join the last members of a list ("Norway and Finland"). */
const LIST_JOINS = words('and or');
const LIST_JOINS_TOK = new TokenSet(LIST_JOINS);
/** Modals of a possibility, not a position ("the Commission could offer ..."). */
const MAYBE_MODALS = words('could might may');
/** Generic measure nouns a determiner alone can point back with ("the controls", "its curbs"). */
const GENERIC_HEADS = words('controls curbs restrictions');
/** Verbs that halt a purchase ("stop buying", "halted its imports of"). */
const HALT_VERBS = words(
  'stop stops stopped stopping halt halts halted halting end ends ended ending cease ceased',
);
/** What a halt verb stops when it stops purchases ("stop buying", "halt its imports"). */
const BUYING = words('buying purchasing importing purchases imports purchase');
/** True when a list starting at a is an object ("on goods from Denmark, ..."), not the agents of
 * "led by" ("producers led by Malaysia, Indonesia and Thailand want ..."). */
const listedObject = (toks: Token[], a: number, first: number): boolean =>
  isObjectAt(toks, a, first) && !ledBy(toks, a);
/** The start of the first member of the list of names that ends with the one starting at a
 * ("Denmark, Norway, the Netherlands and Finland"), else a itself. */
function listHead(
  toks: Token[],
  a: number,
  first: number,
  mentionAt: (k: number) => number,
  mentions: readonly { a: number }[],
): number {
  for (;;) {
    let j = toks[a - 1]?.lower === 'the' ? a - 2 : a - 1;
    if (j <= first) return a;
    const w = toks[j]!.lower;
    if (w !== ',' && w !== 'and' && w !== 'or') return a;
    if ((w === 'and' || w === 'or') && toks[j - 1]?.text === ',') j--;
    const mi = mentionAt(j - 1);
    if (mi < 0) return a;
    a = mentions[mi]!.a;
  }
}
/** True when the relative clause holding token k has an inquiry for antecedent ("an
 * investigation that the Office of the U.S. Trade Representative opened"). */
function inquiryAntecedent(toks: Token[], k: number, first: number): boolean {
  for (let j = k - 1; j > first && k - j <= 12; j--) {
    const t = toks[j]!;
    if (t.kind === TokKind.Punct) return false;
    if (t.lower === 'that' || t.lower === 'which') return INQUIRY.has(toks[j - 1]!.lower);
  }
  return false;
}
/** "both sides lifted their duties in May 2019 under a deal": a step dated by "in (<month>) <year>"
 * within ten tokens after its verb, in a year before the story's, is history, no position. */
function datedBefore(toks: readonly Token[], b: number, last: number, published: number | null): boolean {
  if (published === null) return false;
  const year = new Date(published).getUTCFullYear();
  for (let q = b; q < last - 1 && q - b < 10; q++) {
    if (toks[q]!.lower !== 'in') continue;
    const y = MONTH_WORDS.has(toks[q + 1]!.lower) ? toks[q + 2] : toks[q + 1];
    if (!y || y.kind !== TokKind.Number || y.text.length !== 4) continue;
    const n = Number(y.text);
    if (n >= 1900 && n < year) return true;
  }
  return false;
}
/** A deal's terms used ("so that producers can ship under the new tariffs"). */
const UNDER_TERMS = words('under');
/** 2000-01-01 UTC: from then on a party's curbs on its own exports are export controls. */
const EXPORT_CURBS_CONTROLS_FROM = Date.UTC(2000, 0, 1);
/** Licence nouns, a story's export licences once it has named export controls. */
const LICENCE_NOUNS = words('licence licences license licenses');
/** True when [a, b) names a licence that is no import licence ("licences for civilian buyers",
 * not "import licences"). */
function licenceIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    if (LICENCE_NOUNS.has(toks[k]!.lower) && toks[k - 1]?.lower !== 'import') return true;
  return false;
}
/** From when a national firm's purchase is its government's deal term (emit). */
const FIRM_PURCHASES_STATE_FROM = Date.UTC(2000, 0, 1);
const CURB_WORDS = words(
  'restrict restricts restricting restricted restriction restrictions curb curbs curbing curbed',
);
const CURB_WORDS_TOK = new TokenSet(CURB_WORDS);
/** True when tokens [b, end) curb exports: a curb word, then "exports" within four tokens ("restrict
 * oil and gas exports", "restrictions on rare earth exports"), or "export" right before it ("export
 * restrictions", "export curbs"). */
function exportCurbIn(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < end; k++) {
    if (!CURB_WORDS_TOK.has(toks[k])) continue;
    if (k > b && toks[k - 1]!.lower === 'export') return true;
    for (let q = k + 1; q < end && q - k <= 5; q++) if (toks[q]!.lower === 'exports') return true;
  }
  return false;
}
/** A ban or exports named bare ("lift the ban", "open exports"). */
const BAN_OR_EXPORTS = words('ban bans exports shipments consignments');
/** Words of the price a government pays its own growers ("farm-gate price", "support price"). */
const HOME_PRICES = words('gate farmgate guaranteed support procurement producer');
/** True when a price paid at home is the object at b ("its farm-gate price", "the guaranteed price"). */
function homePriceAt(toks: Token[], b: number, end: number): boolean {
  // ("farm-gate" is three tokens: "gate" is the word before "price")
  for (let k = b; k < end - 1 && k - b <= 5; k++)
    if (
      HOME_PRICES.has(toks[k]!.lower) &&
      (toks[k + 1]!.lower === 'price' || toks[k + 1]!.lower === 'prices')
    )
      return true;
  return false;
}
/** True when tokens [b, end) name technology ("exports of high technology", "technologies"). */
function technologyIn(toks: Token[], b: number, end: number): boolean {
  for (let k = b; k < end; k++) if (toks[k]!.lower.startsWith('technolog')) return true;
  return false;
}
/** The last word of the country a central bank's name ends with ("State Bank of Vietnam",
 * "Reserve Bank of India", "Central Bank of the Republic of Korea"), else null. */
function centralBankOf(name: string): string | null {
  const m =
    /^(?:(?:State|Reserve|National|Central|People's) )?Bank of (?:the )?(?:[A-Z][a-z]+ )*([A-Z][a-z]+)$/.exec(
      name,
    );
  return m ? m[1]! : null;
}
/** A past step told as background: "Israel had cut its own duties" (a pluperfect "had" right
 * before the verb, an adverb allowed between, and "its own" after) or "Since the Community
 * removed its duty" (the clause opened by "since"). */
function backgroundStep(toks: readonly Token[], k: number, first: number): boolean {
  let q = k - 1;
  if (q > first && toks[q]!.kind === TokKind.Word && toks[q]!.lower.endsWith('ly')) q--;
  // (only a step of "its own" cited so: "said Peru had cut its quotas" is reported news)
  let had = q >= first && toks[q]!.lower === 'had' && toks[k + 2]?.lower === 'own';
  for (let r = k - 1; r >= Math.max(first, k - 6); r--) {
    const w = toks[r]!.lower;
    if (w === ',' || w === ';') break;
    if (w === 'since' && (r === first || toks[r - 1]!.text === ',')) return true;
    // ("opposed any increase before the Community had cut its own surplus": a step awaited)
    if (w === 'before' || w === 'until' || w === 'unless' || w === 'after') had = false;
  }
  return had;
}

/** True when an inquiry noun follows at b, after at most a determiner and three name words
 * ("investigations", "a Section 301 investigation", "an anti-dumping probe"). */
function inquiryNext(toks: Token[], b: number): boolean {
  for (let q = b; q < b + 5; q++) {
    const t = toks[q];
    if (!t) return false;
    if (INQUIRY.has(t.lower)) return true;
    if (t.kind === TokKind.Punct && t.text !== '-') return false;
    const next = toks[q + 1];
    if (ARTICLE_WORDS.has(t.lower) || t.cap || t.kind === TokKind.Number || t.text === '-') continue;
    if (next?.text === '-' && !next.space) continue; // "anti-dumping"
    // one lower-case modifier right before the noun ("a trade investigation")
    return next !== undefined && INQUIRY.has(next.lower);
  }
  return false;
}

/** True when the reject cue at k is an infinitive ("to reject", "to refuse") within a directive
 * demand's complement ("urged X to keep ... and to reject ..."), with no clause break between. */
function askedToRefuse(toks: Token[], prev: CueAt | undefined, k: number): boolean {
  if (!prev || prev.cue.stance !== 'demand' || prev.cue.modal || prev.cue.implies) return false;
  if (toks[k - 1]?.lower !== 'to' || k - prev.b > 16) return false;
  for (let q = prev.b; q < k; q++) {
    const lw = toks[q]!.lower;
    if (lw === ';' || lw === 'but' || lw === '.') return false;
    if (lw === ',' && CLAUSE_BREAK.has(toks[q + 1]?.lower ?? '')) return false;
  }
  return true;
}

/** Counter-measures a party may refuse to take (counterMeasureAt). */
// (hyphenated forms are read at their split "counter" "-", counterMeasureAt)
const COUNTER_MEASURES = words('countertariffs countermeasures retaliation reprisals');
/** True when a counter-measure is the object at b: "ruled out counter-tariffs", "rejected any
 * retaliation" (past one determiner or "any"). */
function counterMeasureAt(toks: Token[], b: number): boolean {
  let q = b;
  const w = toks[q]?.lower ?? '';
  if (w === 'any' || ARTICLES.has(w) || w === 'such') q++;
  // ("counter-tariffs": the tokenizer splits at the hyphen)
  if (toks[q]?.lower === 'counter' && toks[q + 1]?.text === '-') return true;
  return COUNTER_MEASURES.has(toks[q]?.lower ?? '');
}
/** Nouns of a rule whose "that" clause says what it requires ("the rule that firms must ..."). */
const RULE_CLAUSE_NOUNS = words(
  'rule rules requirement requirements law laws regulation regulations provision provisions clause mandate',
);
/** True when the modal at k is inside "<rule noun> that ...", at most eight words back with no
 * punctuation between. */
function ruleContentBefore(toks: Token[], k: number, first: number): boolean {
  for (let q = k - 1; q > first && k - q <= 8; q--) {
    const t = toks[q]!;
    if (t.kind === TokKind.Punct) return false;
    if (t.lower === 'that') return RULE_CLAUSE_NOUNS.has(toks[q - 1]!.lower);
  }
  return false;
}
function inComplement(toks: Token[], prev: CueAt | undefined, k: number): boolean {
  if (!prev || prev.cue.modal || prev.cue.implies) return false;
  // "will not sign unless Mercosur commits to ...": what the other side must do is the condition
  if (
    prev.cue.stance !== 'demand' &&
    !(prev.cue.stance === 'condition' && CONDITION_CLAUSE.has(prev.cue.phrase))
  )
    return false;
  if (k - prev.b > 8) return false;
  for (let q = prev.b; q < k; q++) {
    const lw = toks[q]!.lower;
    if (lw === ';' || lw === 'but' || lw === '.') return false;
    if (lw === ',' && CLAUSE_BREAK.has(toks[q + 1]?.lower ?? '')) return false;
    if (lw === ',' && (toks[q + 1]?.lower === 'and' || toks[q + 1]?.lower === 'while')) return false;
    // ("Indonesia, which had sought a bigger quota, said it would accept ...": the relative
    // clause ends where its antecedent's own verb begins)
    if (lw === ',' && SAID.has(toks[q + 1]?.lower ?? '')) return false;
  }
  return true;
}

/** True when the cue's object at b is an offer told before: a determiner, up to two words, and
 * "offer" or "proposal" ("the proposal", "the Mexican offer"), ending there. */
function offerNamedAt(toks: Token[], b: number): boolean {
  if (!REF_DETERMINERS.has(toks[b]?.lower ?? '')) return false;
  for (let q = b + 1; q < b + 4; q++) {
    if (OFFER_NOUNS.has(toks[q]?.lower ?? ''))
      return (
        !toks[q + 1] || toks[q + 1]!.kind !== TokKind.Word || !OFFER_OBJECT_GOES_ON.has(toks[q + 1]!.lower)
      );
    if (toks[q]?.kind !== TokKind.Word) return false;
  }
  return false;
}
/** Nouns of an offer told before ("the offer", "the proposal"). */
const OFFER_NOUNS = words('offer offers proposal proposals');
/** Words after "the offer" that go on to name its matter ("the offer of a quota", "the proposal to cut"). */
const OFFER_OBJECT_GOES_ON = words('of to on for that which');
/** Verbs that refuse an offer ("to turn down the offer", "to reject the Korean offer"). */
const OFFER_REFUSERS = words('reject refuse turn decline spurn');
/** True when the scope [b, end) opens, within its first eight tokens, with a verb that refuses an
 * offer and "the offer" (or "the proposal") as its object, up to three words before the noun
 * ("urged the Commission to turn down the Korean offer", "to turn the offer down"). */
function offerRefusedAt(toks: Token[], b: number, end: number): boolean {
  const last = Math.min(end, b + 8);
  for (let k = b; k < last; k++) {
    if (!OFFER_REFUSERS.has(toks[k]!.lower) || toks[k - 1]?.lower !== 'to') continue;
    for (let q = k + 1; q < Math.min(last + 2, end, k + 6); q++) {
      if (OFFER_NOUNS.has(toks[q]!.lower)) return true;
      if (toks[q]!.kind !== TokKind.Word) return false;
    }
    return false;
  }
  return false;
}
/** Cues of tariffs threatened (lexicon/cues.ts). */
const THREATENED_TARIFFS = new Set(TARIFF_THREAT_CUES);
/** Past verbs of an act a subject goes on to after "and" ("rejected the offers and imposed ..."). */
const SECOND_ACTS = words(
  'imposed opened announced decided adopted approved introduced launched began started',
);
/** True when an alternative opens at k: "rather than", "instead of", "in place of". */
function alternativeOpens(toks: Token[], k: number): boolean {
  const w = toks[k]!.lower;
  const n = toks[k + 1]?.lower;
  return (
    (w === 'rather' && n === 'than') ||
    (w === 'instead' && n === 'of') ||
    (w === 'in' && n === 'place' && toks[k + 2]?.lower === 'of')
  );
}

/**
 * True when the cue at token a is a position given up: "rather than insisting", "instead of
 * demanding", and for noun cues a retraction verb earlier in the clause ("has dropped, for now,
 * its demand that ...", "gave up its insistence on ...").
 */
function retracted(toks: Token[], a: number, first: number, noun: boolean): boolean {
  const p1 = toks[a - 1]?.lower;
  const p2 = toks[a - 2]?.lower;
  if ((p2 === 'rather' && p1 === 'than') || (p2 === 'instead' && p1 === 'of')) return true;
  if (!noun) return false;
  for (let k = a - 1; k >= first && a - k <= 8; k--) {
    const lw = toks[k]!.lower;
    if (RETRACT_STOP.has(lw)) return false;
    if (DROPPED.has(lw)) return true;
    if (lw === 'up' && GIVE.has(toks[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** A stance's bit in emit's record of the positions found (a switch: an object read by the
 * stance went megamorphic). */
const stanceBit = (stance: Stance): number =>
  stance === 'demand' ? 1 : stance === 'condition' ? 2 : stance === 'offer' ? 4 : 8;
/** Cue phrases as rule names ("agreed to" -> "agreed_to"), built once per phrase, not per output. */
const ruleSlugs = new Map<string, string>();
function ruleSlug(phrase: string): string {
  let slug = ruleSlugs.get(phrase);
  if (slug === undefined) ruleSlugs.set(phrase, (slug = phrase.replace(/ /g, '_')));
  return slug;
}

const isQuote = (t: string): boolean => t === '"' || t === '\u201c' || t === '\u201d';
/** A quote mark token (quote marks are single-character punctuation tokens, so a word's text is
 * never compared). */
const isQuoteTok = (t: Token): boolean => t.kind === TokKind.Punct && isQuote(t.text);
/** True when a sentence opens a quote it does not close (an odd number of quote marks, the
 * first one opening: at the start or after a space). */
function opensQuote(toks: Token[], S: Sentence): boolean {
  let n = 0;
  let first = -1;
  for (let k = S.first; k < S.last; k++)
    if (isQuoteTok(toks[k]!)) {
      n++;
      if (first < 0) first = k;
    }
  return n % 2 === 1 && (toks[first]!.text === '\u201c' || (toks[first]!.text === '"' && first === S.first));
}
/** True when a paragraph's first token is an opening quote mark (an interview's answer: `"One
 * thing before anything else. ..."`). */
const opensWithQuote = (t: Token): boolean => t.text === '"' || t.text === '\u201c';
/** Words closing an interview's note that its answers were edited ("Excerpts, edited for length"). */
const EDITED_FOR = words('length clarity brevity');
const EDITED_FOR_TOK = new TokenSet(EDITED_FOR);
/**
 * The person a Q&A interview questions: in a text headed "Interview" or that says its excerpts
 * were "edited for length / clarity / brevity", the first person named with a role (no analyst)
 * in its first five sentences; else null.
 */
function intervieweeOf(
  toks: Token[],
  sentences: Sentence[],
  mentions: readonly TokMention[],
): ActorInfo | null {
  let interview = toks[0]?.lower === 'interview';
  for (let k = 0; !interview && k + 2 < toks.length; k++)
    interview =
      toks[k]!.lower === 'edited' && toks[k + 1]!.lower === 'for' && EDITED_FOR_TOK.has(toks[k + 2]);
  if (!interview) return null;
  const end = sentences[Math.min(4, sentences.length - 1)]!.last;
  // "We spoke to Renata Figueiredo, president of ...": the person the piece says it talked to,
  // though another was named before her (in its first ten sentences: an introduction of four
  // sentences under a headline of two)
  const spokeEnd = sentences[Math.min(9, sentences.length - 1)]!.last;
  for (const m of mentions) {
    if (m.a >= spokeEnd) break;
    if (m.actor.kind !== 'person' || m.a < 2) continue;
    const w = toks[m.a - 1]!.lower;
    const v = toks[m.a - 2]!.lower;
    if ((w === 'to' || w === 'with') && INTERVIEW_VERBS.has(v)) return m.actor;
    if (w === 'interviewed' || (w === 'with' && v === 'down')) return m.actor;
    // ("We asked Saima Qureshi, chairperson of ..., what the deal means")
    if (w === 'asked' && v === 'we') return m.actor;
  }
  for (const m of mentions) {
    if (m.a >= end) break;
    const a = m.actor;
    if (a.kind === 'person' && a.role && !isAnalystRole(a.role)) return a;
  }
  return null;
}
/** Verbs before "to"/"with" and the person an interview talked to ("We spoke to X"). */
const INTERVIEW_VERBS = words('spoke talked speaks talks spoken talking speaking');
/** The quote marks isQuote tells. */
const QUOTE_MARKS = ['"', '\u201c', '\u201d'];
/** True when a sentence closes a quote opened before it (its first quote mark closes). */
function closesQuote(toks: Token[], S: Sentence): boolean {
  let n = 0;
  for (let k = S.first; k < S.last; k++) if (isQuoteTok(toks[k]!)) n++;
  return n % 2 === 1;
}

/** The word before token a, skipping one determiner ("let the United States"). */
function prevWord(toks: Token[], a: number): string {
  const p = toks[a - 1]?.lower ?? '';
  return DETERMINERS.has(p) || ARTICLES.has(p) ? (toks[a - 2]?.lower ?? '') : p;
}

/** Words that open the noun phrase of a conditional ", provided ..." clause (preconditions'
 * bare "provided"; "..., provided the loans" as a verb in a list is rare next to it). */
const PROVIDED_NOUN_OPENERS = words('the its their all both these those any there');

/** True when the mention starting at token a follows a preposition or transitive verb
 * ("to the WTO", "warned the House"), so it is an object rather than the holder. */
/** Between a review and what it reviews only "of"/"into", determiners and a measure's size
 * ("review of tariffs", "to review the duties", "a review of its own export licensing", "to review
 * the level of the aids"). */
const REVIEWED_SIZE = words('level levels size amount amounts rate rates scale');
function reviewJoined(toks: Token[], from: number, k: number): boolean {
  if (k - from > 3) {
    // a longer gap only through a size noun
    let size = false;
    for (let q = from; q < k; q++) if (REVIEWED_SIZE.has(toks[q]!.lower)) size = true;
    if (!size) return false;
  }
  for (let q = from; q < k; q++) {
    const w = toks[q]!.lower;
    if (
      w !== 'of' &&
      w !== 'into' &&
      w !== 'own' &&
      !DETERMINERS.has(w) &&
      !ARTICLES.has(w) &&
      !REVIEWED_SIZE.has(w)
    )
      return false;
  }
  return true;
}
/** What a measure is charged with being ("that they were export subsidies"). */
const CHARGES = words(
  'subsidy subsidies subsidised subsidized dumping dumped unfair illegal discriminatory protectionist',
);
const CHARGE_COPULAS = words('is are was were amounted amount amounts constituted constitute');
/** After a claim noun at `k - 1`: "that <subject> were <...> subsidies" within a few words. */
function chargeDenied(toks: Token[], k: number, end: number): boolean {
  if (toks[k]?.lower !== 'that') return false;
  let cop = -1;
  for (let q = k + 1; q < Math.min(end, k + 10); q++) {
    const w = toks[q]!.lower;
    if (toks[q]!.kind === TokKind.Punct) return false;
    if (cop < 0 && CHARGE_COPULAS.has(w)) cop = q;
    else if (cop >= 0 && q - cop <= 3 && CHARGES.has(w)) return true;
  }
  return false;
}
/** "looked to Washington to", "looks to the United States to": a capitalised party, then "to". */
function lookedToParty(toks: Token[], b: number, end: number): boolean {
  let k = b;
  if (toks[k]?.lower === 'the') k++;
  if (k >= end || !toks[k]!.cap) return false;
  for (let q = k + 1; q < Math.min(end, k + 5); q++) if (toks[q]!.lower === 'to') return true;
  return false;
}
/** Quantifiers between a preposition and its object ("for some EC machinery"). */
const QUANTIFIERS = words('some any all more most many other several a an');
/** Region words before a place's name ("in the southern United States"). */
const REGION_ADJ = words(
  'southern northern eastern western central midwestern southwestern southeastern northwestern northeastern coastal',
);
/** True when a buying verb's object at k is a name standing alone ("to buy Greenland.", "buy
 * Greenland and ..."): a territory, not goods ("buy U.S. soybeans", "buy Boeing jets" name goods). */
function placeBought(toks: Token[], k: number, mentionAt: readonly number[]): boolean {
  // (k may be the text's end, "urged Japan to buy": no mention there, and no read past it, where
  // undefined === undefined went on for ever)
  if (k >= toks.length) return false;
  const mi = mentionAt[k]!;
  if (mi < 0) return false;
  let e = k + 1;
  while (e < toks.length && mentionAt[e] === mi) e++;
  const next = toks[e];
  return !next || next.kind === TokKind.Punct || CLAUSE_ENDS_AFTER_NAME.has(next.lower);
}
const CLAUSE_ENDS_AFTER_NAME = words('and or but from for unless if by');
/** Subordinators that make a step the time or cause of the main clause ("since Beijing lifted",
 * "after Japan cut its tariffs"). */
const BACKGROUND_OPENERS = words('since after');
const LIFT_FORMS = words('lift lifts lifted lifting');
const LIFT_FORMS_TOK = new TokenSet(LIFT_FORMS);
/** True when a lifted measure's clause [b, end) names the level it goes to ("to 25 percent") and
 * no higher level it comes from ("from 15 percent"): a rise. */
function liftedToHigherLevel(toks: Token[], b: number, end: number): boolean {
  let to = -1;
  let from = -1;
  for (let k = b; k < end && k < b + 24; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct && t.text !== '%' && t.text !== '-' && t.text !== ',') break;
    if ((t.lower !== 'to' && t.lower !== 'from') || toks[k + 1]?.kind !== TokKind.Number) continue;
    const unit = toks[k + 2]?.lower;
    if (unit !== 'percent' && unit !== '%' && unit !== 'pct' && unit !== 'per') continue;
    const v = Number(toks[k + 1]!.text.replace(/,/g, ''));
    if (t.lower === 'to') to = v;
    else from = v;
  }
  return to >= 0 && (from < 0 || to > from);
}
/** True when [k, end) opens an aside that labels the clause before it: "a shift he described as",
 * "a step which officials called", "what she termed": an article or "what", at most three words
 * (a noun, a speaker, "which"), then a naming verb and, for "described", its "as". */
function describedAside(toks: Token[], k: number, end: number): boolean {
  const w = toks[k]?.lower;
  if (w !== 'a' && w !== 'an' && w !== 'what') return false;
  for (let j = k + 1; j < end && j <= k + 4; j++) {
    const t = toks[j]!;
    if (t.kind !== TokKind.Word) return false;
    if (DESCRIBING.has(t.lower)) return t.lower !== 'described' || toks[j + 1]?.lower === 'as';
  }
  return false;
}
const DESCRIBING = words('described termed dubbed called');
function isObjectAt(toks: Token[], a: number, first: number): boolean {
  let p = a - 1;
  if (p > first && REGION_ADJ.has(toks[p]!.lower)) p--;
  // ("to deny President Reagan fast-track authority": past a title before the name, after a verb;
  // "the signature of President Reagan, whose officials ...": not after a preposition)
  if (p > first && toks[p]!.cap && (toks[p]!.w & W_HEAD) !== 0 && toks[p]!.kind === TokKind.Word)
    return OBJECT_VERBS_BEFORE_TITLE.has(toks[p - 1]!.lower);
  // "from federally funded U.S. public works": past a participle and its adverb
  if (p > first + 1 && toks[p]!.lower.endsWith('ed') && !toks[p]!.cap && toks[p]!.kind === TokKind.Word) {
    const q = toks[p - 1]!.lower.endsWith('ly') ? p - 2 : p - 1;
    if (q >= first && (toks[q]!.lower === 'from' || toks[q]!.lower === 'on' || toks[q]!.lower === 'to'))
      return true;
  }
  if (p >= first && (DETERMINERS_TOK.has(toks[p]) || QUANTIFIERS.has(toks[p]!.lower))) p--;
  return p >= first && OBJECT_PREPS_TOK.has(toks[p]);
}

/** True when the mention ending at `end` owns the noun phrase that runs on to the modal at
 * `modal` ("Taiwan's exports to the United States should"): no clause break or verb of speech
 * between them. */
function possessorSubject(toks: Token[], end: number, modal: number): boolean {
  if (end < 0 || !isPossessive(toks[end]) || modal - end > 8) return false;
  for (let k = end + 1; k < modal; k++) {
    const t = toks[k]!;
    if (t.kind === TokKind.Punct || (t.w & W_SPEECH) !== 0 || CLAUSE_BREAK.has(t.lower)) return false;
    if (t.lower === 'that' || t.lower === 'and' || t.lower === 'or') return false;
    // ("America's trading partners should": other parties, whose possessor is no target)
    if (!t.cap && (PARTY_GROUPS.has(t.lower) || GROUP_NOUNS.has(t.lower))) return false;
  }
  return true;
}

/** True when a relative clause set off by commas runs from the mention ending at `end` to the
 * modal at `modal` ("Singapore, which is not a member, should"): the mention is its subject. */
function relativeBeforeModal(toks: Token[], end: number, modal: number): boolean {
  if (end < 0 || modal - end > 16 || toks[end]?.text !== ',' || toks[modal - 1]!.text !== ',') return false;
  const w = toks[end + 1]!.lower;
  if (w !== 'which' && w !== 'who' && w !== 'whose') return false;
  for (let k = end + 2; k < modal - 1; k++) if (toks[k]!.kind === TokKind.Punct) return false;
  return true;
}

/** The actor that opens a sentence ("The EC said ...", "But Japan ..."): its grammatical subject. */
function leadingSubject(toks: Token[], S: Sentence, ar: ActorResult): ActorInfo | null {
  let words = 0;
  let k = S.first;
  // ("In India, the Clothing Manufacturers Association of India welcomed ...": past a fronted
  // place, the subject after its comma)
  if (FRONTED_PLACE_PREPS.has(toks[k]?.lower ?? '') && ar.mentionAt[k + 1]! >= 0) {
    const e = ar.mentions[ar.mentionAt[k + 1]!]!.b;
    if (toks[e]?.text === ',') k = e + 1;
  }
  for (; k < S.last && words < 4; k++) {
    const mi = ar.mentionAt[k]!;
    if (mi >= 0) {
      const a = ar.mentions[mi]!.actor;
      return a.kind === 'media' ? null : a;
    }
    if (toks[k]!.kind === TokKind.Word) words++;
  }
  return null;
}
/** Prepositions of a place fronted before a sentence's subject ("In India, ..."). */
const FRONTED_PLACE_PREPS = words('in at from');

/** True when a currency named by its country starts at the mention at k ("the Taiwan dollar"):
 * an issue phrase that ends after the mention does. (Only currencies: "a GATT panel", whose
 * body is a party of its own, stays a name.) */
function issueRunsPastMention(
  issues: FirstSteps<PhraseNode<IssueHit>>,
  toks: Token[],
  k: number,
  b: number,
  mentionAt: readonly number[],
): boolean {
  const m = issueAt(issues, toks, k, b);
  if (!m) return false;
  // "bid for Indonesian government contracts": a government named by its demonym ends where a
  // phrase of buying by governments goes on
  if (m.value.issue !== 'currency' && !(m.value.issue === 'market_access' && toks[k]!.lower === 'government'))
    return false;
  let e = k;
  while (e < b && mentionAt[e] === mentionAt[k]) e++;
  return m.b > e;
}

/**
 * Issues named in tokens [a, b): the first one, plus others coordinated with it ("buy more farm
 * goods and strengthen IP protection"); words inside actor names do not count. Strong words win
 * over weak ones.
 */
function collectIssues(
  issues: FirstSteps<PhraseNode<IssueHit>>,
  toks: Token[],
  a: number,
  b: number,
  mentionAt: readonly number[],
  controlledAt?: (k: number) => boolean,
  topic?: () => Issue | null,
  controlStory?: () => boolean,
  banStory?: () => Issue | null,
): Set<Issue> {
  const strong: Issue[] = [];
  const weak: Issue[] = [];
  let lastStrongEnd = -1;
  let genericAt = -1;
  /** The index in `strong` of the issue a generic measure ("curbs") pushed, else -1. */
  let genericIdx = -1;
  /** A later word, no generic measure, named the generic measure's issue too ("access for ..."). */
  let genericShared = false;
  let reviewAt = -1;
  let leadWeak: Issue | null = null;
  let weakGeneric = false;
  /** The first weak word is an exemption ("asked New Delhi for an exemption"). */
  let weakExemption = false;
  for (let k = a; k < b;) {
    // ("a faster rise in the Taiwan dollar": a currency named by its country is the issue)
    if (
      mentionAt[k]! >= 0 &&
      !((toks[k]!.w & W_ISSUE) !== 0 && issueRunsPastMention(issues, toks, k, b, mentionAt))
    ) {
      // "ease restrictions on sales of components to Huawei": a firm under export controls
      if (strong.length === 1 && genericAt >= 0 && k - lastStrongEnd <= 8 && controlledAt?.(k)) {
        strong[0] = 'export_controls';
        genericAt = -1;
      }
      k++;
      continue;
    }
    // "X, the mechanism that ...": an apposition after the first issue is commentary
    if (strong.length > 0 && toks[k]!.text === ',' && APPOSITION.has(toks[k + 1]?.lower ?? '')) break;
    // "wants the tariffs lifted for good, not parked under a quota": what is set against the
    // thing asked is not asked
    if (
      strong.length > 0 &&
      toks[k]!.text === ',' &&
      toks[k + 1]?.lower === 'not' &&
      toks[k + 2]?.lower !== 'only'
    )
      break;
    // "..., a shift he described as a 'balanced approach'": a speaker's label for the clause
    // before it names no matter of its own
    if (toks[k]!.text === ',' && describedAside(toks, k + 1, b)) break;
    // W_ISSUE: the word starts some issue phrase (`issues` is always the lexicon's issue trie)
    const m = (toks[k]!.w & W_ISSUE) !== 0 ? issueAt(issues, toks, k, b) : null;
    // "agreed to respect the quotas", "respected GATT rules": respecting a rule is keeping to it,
    // not the mutual respect of a balanced deal ("respected the interests of both sides" is)
    if (m && m.value.issue === 'balance' && respectsRule(toks, k, m.b)) {
      k = m.b;
      continue;
    }
    // "for Washington to buy Greenland": a place bought is no purchase of goods; the matter is
    // outside the taxonomy
    if (m && m.value.issue === 'purchases' && m.b === k + 1 && placeBought(toks, m.b, mentionAt)) {
      if (strong.length === 0) {
        strong.push('other');
        lastStrongEnd = m.b + 1;
      }
      k = m.b;
      continue;
    }
    // "if the review did not remove the duties": a review as a clause's subject is the agent, not
    // the issue; what it should do names the issue
    if (m && m.b === k + 1 && REVIEWS.has(toks[k]!.lower) && reviewActs(toks[m.b])) {
      k = m.b;
      continue;
    }
    // "eliminate tariffs on imports of lobster": the imports a tariff falls on name no other matter
    if (
      m &&
      m.b === k + 1 &&
      strong[strong.length - 1] === 'tariffs' &&
      k - lastStrongEnd === 1 &&
      toks[k - 1]?.lower === 'on' &&
      IMPORT_FORMS_TOK.has(toks[k])
    ) {
      k = m.b;
      continue;
    }
    if (m) {
      if (m.value.strong) {
        // coordinated with the last issue: right after it ("tariffs quotas") or joined by a
        // conjunction ("buy more farm goods and strengthen IP protection"); "deforestation backed
        // by sanctions" is not
        // ("delivered on its investment promise": a determiner starts a new phrase)
        // (not a generic measure's object: "curbs on chip exports", read below)
        let coordinated =
          strong.length === 0 ||
          k === lastStrongEnd ||
          (k - lastStrongEnd === 1 &&
            !DETERMINERS_TOK.has(toks[k - 1]) &&
            !(genericIdx === strong.length - 1 && MEASURE_OBJECT.has(toks[k - 1]!.lower)));
        if (!coordinated && k - lastStrongEnd <= 20) {
          for (let q = lastStrongEnd; q < k; q++) {
            const w = toks[q]!.lower;
            if (w === 'and' || w === ',' || w === 'or') coordinated = true;
          }
        }
        // "to restore the preferences for goods such as ..., and to ease the quotas": a second
        // infinitive of the same demand, however long the first one ran
        if (!coordinated) {
          for (let q = lastStrongEnd; q < k - 1; q++)
            if (toks[q]!.lower === 'and' && toks[q + 1]!.lower === 'to') coordinated = true;
        }
        // "lift restrictions on sales of advanced chips": a generic measure takes the issue of
        // what it restricts
        // ("roll back the tariff and loosen curbs on chip exports": so does one named after another
        // issue, when it is the last one named)
        if (
          !coordinated &&
          genericAt >= 0 &&
          genericIdx === strong.length - 1 &&
          k - lastStrongEnd <= 6 &&
          SPECIFIC_ISSUES.has(m.value.issue)
        ) {
          let joined = false;
          for (let q = lastStrongEnd; q < k; q++) {
            const w = toks[q]!.lower;
            if (w === ',' || w === 'and' || w === 'or') {
              joined = false;
              break;
            }
            if (w === 'on' || w === 'of' || w === 'for' || w === 'against') joined = true;
          }
          if (joined) {
            if (strong.includes(m.value.issue)) strong.pop();
            else strong[genericIdx] = m.value.issue;
            lastStrongEnd = m.b;
            genericAt = -1;
            genericIdx = -1;
            k = m.b;
            continue;
          }
        }
        // "a review of tariffs", "to review the duties": what is reviewed is the issue
        if (
          strong.length === 1 &&
          reviewAt >= 0 &&
          m.value.issue !== 'enforcement' &&
          k - lastStrongEnd <= 5 &&
          reviewJoined(toks, lastStrongEnd, k)
        ) {
          strong[0] = m.value.issue;
          lastStrongEnd = m.b;
          reviewAt = -1;
          k = m.b;
          continue;
        }
        // "discriminatory visa restrictions", "import tariffs", "reciprocal tariffs": an issue word
        // that only modifies the next issue phrase gives way to it
        if (
          k === lastStrongEnd &&
          k > a &&
          strong.length > 0 &&
          ISSUE_MODIFIERS.has(toks[k - 1]!.lower) &&
          strong[strong.length - 1] !== m.value.issue
        )
          strong.pop();
        if (coordinated && strong.length < 4) {
          if (strong.length === 0 && m.b === k + 1 && REVIEWS.has(toks[k]!.lower)) reviewAt = k;
          if (!strong.includes(m.value.issue)) {
            if (m.b === k + 1 && GENERIC_MEASURES.has(toks[k]!.lower)) {
              genericAt = k;
              genericIdx = strong.length;
            }
            strong.push(m.value.issue);
          } else if (
            genericIdx >= 0 &&
            strong[genericIdx] === m.value.issue &&
            !GENERIC_MEASURES.has(toks[k]!.lower) &&
            toks[k - 1]!.text === ',' // (an item of its own, not "curbs on trade and investment")
          )
            genericShared = true;
          lastStrongEnd = m.b;
          // "the mechanism that lets the countries challenge anti-dumping duties": a relative
          // clause after the issue describes it
          // ("commitments on workers' rights that can be enforced": a relative clause that wants
          // them enforceable makes the matter enforcement, as "enforceable commitments" does)
          if (RELATIVE.has(toks[m.b]?.lower ?? '') && toks[m.b]?.lower !== 'where') {
            if (enforceableRelative(toks, m.b)) strong[strong.length - 1] = 'enforcement';
            break;
          }
        }
      } else if (
        // "to review the level of the aids": a review of a weakly named measure is about that measure
        strong.length === 1 &&
        reviewAt >= 0 &&
        strong[0] === 'enforcement' &&
        m.value.issue !== 'enforcement' &&
        k - lastStrongEnd <= 5 &&
        reviewJoined(toks, lastStrongEnd, k)
      ) {
        strong[0] = m.value.issue;
        lastStrongEnd = m.b;
        reviewAt = -1;
      } else if (
        !weak.includes(m.value.issue) &&
        // "the principles of its Common Agricultural Policy": a weak word inside a name is no issue
        !(toks[k]!.cap && k > a && toks[k - 1]!.cap && toks[k - 1]!.kind === TokKind.Word) &&
        // "new standards for judging unfair practices": criteria for a procedure, not product rules
        !(
          m.b === k + 1 &&
          toks[k]!.lower === 'standards' &&
          toks[k + 1]?.lower === 'for' &&
          isGerund(toks[k + 2])
        )
      ) {
        if (weak.length === 0 && m.b === k + 1 && GENERIC_MEASURES.has(toks[k]!.lower)) weakGeneric = true;
        if (weak.length === 0 && EXEMPTIONS.has(toks[k]!.lower)) weakExemption = true;
        weak.push(m.value.issue);
      }
      k = m.b;
      continue;
    }
    // "agreed to reach a budget deficit compromise and to fight protectionism": a first infinitive
    // named only by a weak word keeps its issue beside the strong word of the second
    if (leadWeak === null && strong.length === 0 && weak.length > 0 && toks[k]!.lower === 'and')
      if (toks[k + 1]?.lower === 'to') leadWeak = weak[0]!;
    k++;
  }
  // "will not add new restrictions" in a story about chip export controls: a generic measure
  // alone is the story's export controls (asked only here: the topic counts the story's issue words)
  if (genericAt >= 0 && strong.length === 1 && strong[0] === 'market_access' && topic) {
    const t = topic();
    // ("an end to curbs on spare parts, access for its ships to foreign ports": access named in
    // words of its own stays beside the story's measure)
    if (t !== null) strong[0] = t;
    if (t !== null && genericShared && t !== 'market_access') strong.push('market_access');
  }
  // ("lift its ban on sales of machine tools" in a story that names COCOM: its ban)
  // (asked last: whether the story is about export controls is a scan of the whole text, done once)
  if (weakGeneric && strong.length === 0 && weak[0] === 'market_access' && controlStory?.())
    weak[0] = 'export_controls';
  // ("Senegal has asked New Delhi for an exemption" in a story of a rice export ban: exempted from
  // the story's export controls, not from a tariff; "to exempt raw materials" in a story of a ban
  // on a neighbour's goods: from that ban, market access)
  if (weakExemption && strong.length === 0 && weak[0] === 'tariffs') {
    const ban = banStory?.();
    if (ban) weak[0] = ban;
  }
  if (leadWeak !== null && strong.length > 0 && !strong.includes(leadWeak)) strong.unshift(leadWeak);
  if (strong.length > 0) return new Set(strong);
  // (a weak word of a listed issue wins over a weak "other" word: "pay" in "refused to pay the
  // refunds" names no issue the refunds do not)
  const first = weak.find((i) => i !== 'other') ?? weak[0];
  return new Set(first ? [first] : []);
}

// (after the sets' definitions: word-set bits of sets looked up at many tokens, WordSet2)
registerWordSet2(WON_LINKS, WordSet2.WonLink);
registerWordSet2(CONCESSION_NOUNS, WordSet2.ConcessionNoun);
registerWordSet2(ENTRY_LINKS, WordSet2.EntryLink);
registerWordSet2(PRICE_OBJECT_ENDS, WordSet2.PriceObjectEnd);
registerWordSet2(PRICE_MOVES, WordSet2.PriceMove);
registerWordSet2(PRICE_LOWERED, WordSet2.PriceLowered);
registerWordSet2(GENERIC_HEADS, WordSet2.GenericHead);
registerWordSet2(GAP_VERBS, WordSet2.GapVerb);
registerWordSet2(PRESS_FOR_VERBS, WordSet2.PressForVerb);
registerWordSet2(RATE_TARIFFS, WordSet2.RateTariff);
registerWordSet2(DEMANDS_REFUSED, WordSet2.DemandRefused);

/** A sentence that asks ("Q: What does Kenya want out of it?"): it ends in a question mark and opens,
 * after a Q&A label, with a question word or an auxiliary. */
function isDirectQuestion(toks: readonly Token[], S: Sentence): boolean {
  let e = S.last - 1;
  while (e > S.first && toks[e]!.kind === TokKind.Punct && toks[e]!.text !== '?') e--;
  if (toks[e]!.text !== '?') return false;
  let b = S.first;
  if (toks[b]!.text === 'Q' && b + 1 < S.last && toks[b + 1]!.text === ':') b += 2;
  while (b < e && toks[b]!.kind === TokKind.Punct) b++;
  return QUESTION_OPENERS.has(toks[b]!.lower);
}
const QUESTION_OPENERS = words(
  'what which who whom why how when where does do did is are was were will would can could should has have shall',
);
