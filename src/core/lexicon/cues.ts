import type { Issue, Stance } from '../types';

/**
 * Precondition cues: phrases (lower case, tokenized like the text) and the stance they signal.
 * `scope`: where the issue words are looked for: `after` the cue (the demanded thing follows:
 * "insists that the US cancel tariffs"), `before` it ("tariff removal is a red line"), or `both`.
 * Lists are comma-separated strings so the data stays compact and reviewable.
 */
export interface CueEntry {
  phrase: string;
  stance: Stance;
  scope: 'after' | 'before' | 'both';
  /** Only counts right after its subject ("Taiwan cut tariffs"), never as a loose verb. */
  direct?: boolean;
  /** A modal ("must", "should"): the actor right before it is the target, not the holder. */
  modal?: boolean;
  /** The issue the cue itself names ("complained to the WTO" is an enforcement demand). */
  implies?: Issue;
  /** Only counts after a finite "is/was/are/were" (a claim about the subject: "the law was in line
   * with GATT rules"), not after a modal's "be" ("must be compatible with WTO rules" is a demand). */
  copula?: boolean;
  /** Only counts in a headline (the text's first line), right after a party: "South Korea to cut
   * tariffs on U.S. farm goods" is news style for "will cut". */
  headline?: boolean;
}

/** Refusals to change a measure named as their clause's subject ("the overall ceiling would not
 * be raised"). */
export const UNCHANGED_CUES: readonly string[] = [
  'withdrawn',
  'removed',
  'raised',
  'lowered',
  'changed',
  'altered',
  'dismantled',
  'lifted',
  'reduced',
  'scrapped',
  'abolished',
  'eased',
  'relaxed',
  'modified',
  'reversed',
  'revoked',
  'rescinded',
  'repealed',
  'cancelled',
  'canceled',
  'cut',
]
  .map((v) => `not be ${v}`)
  // "Canadian officials said the duties would stay": a measure kept as it is
  .concat(
    ['would', 'will'].flatMap((m) =>
      ['stay', 'stay in place', 'remain in place', 'remain in force', 'stay in force'].map(
        (v) => `${m} ${v}`,
      ),
    ),
  );

/** A dispute body's ruling, as the object of a verb that carries it out or disputes it (not "the
 * GATT ruling": the body's name stays a mention, the target). */
const RULING_NOUNS: readonly string[] = [
  'the ruling',
  "the panel's ruling",
  'the panel ruling',
  "the panel's findings",
  'the panel findings',
  "the panel's decision",
];

/** What goods are kept out of ("out of the deal", "from the agreement"): refusals only after a verb
 * of keeping out (preconditions.ts). */
export const KEPT_OUT_CUES: readonly string[] = [
  'out of the',
  'from the',
  'out of any',
  'from any',
  'outside the',
  'outside any',
  // ("kept cars and beer outside its liberalisation schedule")
  'out of its',
  'from its',
  'outside its',
]
  .flatMap((p) =>
    [
      'deal',
      'agreement',
      'pact',
      'accord',
      'trade deal',
      'trade agreement',
      'upgrade',
      'cuts',
      'tariff cuts',
      'liberalisation schedule',
      'liberalization schedule',
      'tariff schedule',
      'schedule of tariff cuts',
      'tariff elimination schedule',
      // ("kept sensitive products ... outside its tariff commitments")
      'tariff commitments',
      'commitments',
    ].map((d) => `${p} ${d}`),
  )
  // ("kept rubber products and fruit off the list of tariff cuts")
  .concat(['off the list', 'off its list']);

/** A dispute step declared or taken ("will challenge the tariffs at the WTO"): kept only before a
 * dispute body and with no conditional clause after it (preconditions.ts). */
export const CHALLENGE_CUES: readonly string[] = [
  'will challenge',
  'would challenge',
  'plans to challenge',
  'intends to challenge',
  'is challenging',
  'are challenging',
  'challenged',
  'challenges',
];

/** Threats of tariffs named by the cue itself ("has threatened tariffs of up to 100 percent"). */
export const TARIFF_THREAT_CUES: readonly string[] = ['threatened', 'threatens', 'threatening'].flatMap((v) =>
  // ("has threatened reciprocal tariffs", "threatens new duties": a measure's adjective between)
  ['', 'reciprocal ', 'new ', 'higher ', 'punitive ', 'additional ', 'extra ', 'steep ', 'further '].flatMap(
    (adj) => [`${v} ${adj}tariffs`, `${v} ${adj}duties`],
  ),
);

export const CUES_VERSION = 247;

const list = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const D = (
  scope: CueEntry['scope'],
  stance: Stance,
  phrases: string,
  extra: Partial<CueEntry> = {},
): CueEntry[] => list(phrases).map((phrase) => ({ phrase, stance, scope, ...extra }));

/** What a measure is said to comply with ("in line with GATT rules", "consistent with its obligations"). */
const RULE_BODIES = [
  'gatt',
  'wto',
  'the gatt',
  'the wto',
  'international trade',
  'world trade',
  'its obligations',
  'international',
];

/** Words before a verb that make it the speaker's own step ("will lower", "agreed to buy"). */
const OWN_STEP = ['will', 'would', 'will also', 'would also', 'agreed to', 'also agreed to'];

/** Concession verbs shared by a headline's "<party> to ..." offers and "declined to ..." refusals. */
const CONCESSION_CORE = `suspend, lower, cut, remove, lift, scrap, drop, reduce, ease, open, eliminate, phase out,
  exempt, waive, relax, grant`;

export const CUES: CueEntry[] = [
  ...D(
    'after',
    'demand',
    `demand, demands, demanded, demanding, insist, insists, insisted, insisting, insistence, insist on,
     require, requires, required, requiring, want, wants, wanted, wanting, press, presses, pressed,
     pressing, pressure, pressured, urge, urges, urged, urging, call on, calls on, called on,
     calling on, call for, calls for, called for, calling for, ask, asks, asked, asking, request,
     requests, requested, seek, seeks, sought, seeking, push, pushes, pushed, pushing, push for,
     expect, expects, expected, hope, hopes, hoped, wants to see, looked to, looks to, look to, would like, aims to secure, is seeking,
     are seeking, pushed for, pushing for, pressed for, pressing for, lobbied, lobbying, need, needs, needed,
     repeated its call, encourage, encourages, encouraged, encouraging, warned against, warns against,
     warning against, cautioned against, cautions against,
     stressed the need for, stresses the need for, stressing the need for, emphasised the need for,
     emphasized the need for, underlined the need for, answer is, answer was, answer lies in, answer lay in,
     charges that, charged that, would accept nothing less than, will accept nothing less than,
     accept nothing less than, would settle for nothing less than, will settle for nothing less than,
     settle for nothing less than, would accept nothing short of, will accept nothing short of,
     accept nothing short of, would not accept anything less than, will not accept anything less than,
     would not settle for anything less than, will not settle for anything less than,
     would not settle for less than, will not settle for less than, proposed that, proposes that, propose that,
     requesting, pressuring, cautioning against, charging that, proposing that, instructing,
     adamant that, holding out for, holds out for, held out for, angling for, wish list, wish-list, put pressure on,
     made the case for, makes the case for, making the case for, argued for, argues for, arguing for, argue for, advocated,
     advocates, advocating, campaigning for, campaigned for, campaigns for,
     puts pressure on, putting pressure on, stepped up pressure on, steps up pressure on, stepping up pressure on,
     step up pressure on, ramped up pressure on, ramping up pressure on, piled pressure on, piling pressure on,
     kept up pressure on, keeping up pressure on, keep up pressure on, keen to secure, keen to win, eager to secure,
     eager to win, looking to secure, looking to win, trying to secure, trying to win, tried to secure, tried to win,
     hopes to secure, hoped to secure, hoping to secure, hopes to win, hoped to win, hoping to win, seeking to secure,
     sought to secure, seeks to secure, seeking to win, sought to win, working to secure, fighting to secure,
     fought to secure, pushing to secure`,
  ),
  // "Japan and Canada supported the U.S. and EC requests", "spoke in support of Nicaragua's
  // request", "backed the call for a higher payment": backing another party's position is a demand
  // of one's own on its matter (kept only before a position noun: preconditions.ts)
  ...D(
    'after',
    'demand',
    `supported, supports, backed, backs, endorsed, endorses, spoke in support of, speaks in support of,
     spoke in favour of, spoke in favor of`,
  ),
  // "has told Greece to phase out its import deposit scheme": a directive to a named party (kept
  // only before a party and "to", preconditions.ts; not "told reporters")
  ...D('after', 'demand', 'told, tells, instructed, instructs, ordered, orders'),
  // "has given Italy two months to allow the sale of ...": a deadline set a named party (kept only
  // before a party, a deadline and "to", preconditions.ts)
  ...D('after', 'demand', 'gave, given, gives, giving'),
  // "the agreement binds China to remove duties", "the pact commits Vietnam to cut tariffs": terms
  // binding a named party (kept only before a party and "to", as "told" is; a deal as the subject
  // makes them the bound party's offer, preconditions.ts)
  ...D('after', 'demand', 'binds, bound, obliges, obliged, obligates, obligated, commits, committed'),
  // "appealed to Beijing to lift the ban", "is counting on Tokyo to open ...": a plea to a named
  // party (kept only before a party and "to", as "told" is; not "appealed to consumers")
  ...D(
    'after',
    'demand',
    `appealed to, appeals to, appealing to, appeal to, implored, implores, imploring, implore,
     counting on, counts on, counted on`,
  ),
  ...D(
    'after',
    'demand',
    `complained to, complain to, complains to, complaining to, filed a complaint, file a complaint,
     files a complaint, filing a complaint, lodges a complaint, lodging a complaint, files a formal complaint,
     filing a formal complaint, lodges a formal complaint, lodging a formal complaint, lodged a complaint,
     lodge a complaint, lodged a formal complaint, lodge a formal complaint, filed a formal complaint,
     file a formal complaint, filed a case, challenge at the wto, take the matter to, asked gatt to,
     asked the wto to, asked the wto for, asked the world trade organization to,
     asked the world trade organization for, request consultations, requested consultations, complaint, complaints,
     ask gatt to, asks gatt to, ask the gatt to, asks the gatt to, asked the gatt to,
     take the dispute to, takes the dispute to, took the dispute to, taking the dispute to, take the case to,
     took the case to, refer the dispute to, referred the dispute to, took the matter to,
     takes the case to, taking the case to, take its case to, takes its case to, took its case to, taking its case to,
     take their case to, took their case to, taking their case to, takes the matter to, taking the matter to,
     take the matter back to, took the matter back to, take the dispute back to, took the dispute back to,
     ${['raise', 'raised']
       .flatMap((v) =>
         ['the matter', 'the issue'].flatMap((n) =>
           ['in', 'at'].flatMap((p) => ['gatt', 'the gatt', 'the wto'].map((b) => `${v} ${n} ${p} ${b}`)),
         ),
       )
       .join(', ')},
     ${['requested', 'request', 'requests', 'sought', 'seek', 'seeks', 'asked for', 'called for', 'calls for']
       .flatMap((v) =>
         ['consultations', 'bilateral consultations', 'formal consultations', 'gatt consultations'].map(
           (n) => `${v} ${n}`,
         ),
       )
       .join(', ')}`,
    { implies: 'enforcement' },
  ),
  // "it has challenged each review before panels": a party's
  // legal challenge of the other side's measure is an enforcement step (right after its subject;
  // "would challenge any duties ... if" is a threat, a condition on the measure)
  ...D('after', 'demand', 'has challenged, have challenged, had challenged', {
    direct: true,
    implies: 'enforcement',
  }),
  // "The EU will challenge the tariffs at the WTO", "challenged the duties before a panel": the same
  // step declared or taken (kept only with a dispute body named and no "if" after it,
  // preconditions.ts: "would challenge any duties at the WTO if ..." is a condition on the duties)
  ...D('after', 'demand', CHALLENGE_CUES.join(','), { direct: true, implies: 'enforcement' }),
  ...D('after', 'demand', 'must, should, have to, has to, had to, need to, needs to, needed to', {
    modal: true,
  }),
  ...D(
    'both',
    'condition',
    `precondition, preconditions, pre-condition, prerequisite, prerequisites, necessary condition,
     condition for, conditions for, condition of any deal, condition of a deal, condition of the deal,
     condition of any agreement, condition of an agreement, condition of the agreement,
     conditional on, conditioned on, red line, red lines, bottom line,
     off the table, retaliate, retaliated, retaliates, retaliation, retaliatory, reprisals, reprisal,
     in return for, in exchange for, if, until, once, do what is necessary, do whatever is necessary,
     do what is needed, do whatever it takes, leave us no choice but, leave it no choice but,
     leave no choice but, leaves us no choice but, leaves no choice but, leave us no alternative but,
     measures of its own, measures of their own, steps of its own, respond in kind, reply in kind,
     retaliate in kind, answer in kind`,
  ),
  ...D(
    'after',
    'condition',
    `unless, only if, only when, only after, as long as, so long as, provided that, provided, on condition that, as soon as, will depend on, would depend on,
     contingent on, contingent upon, conditional upon, conditional on, hinges on, hinge on, hinged on,
     hinging on, made it a condition that, makes it a condition that, make it a condition that,
     would only agree to, will only agree to, would only accept, will only accept, would only sign, will only sign`,
  ),
  // "has threatened tariffs of up to 100 percent on branded drugs": a threat of a measure is a
  // condition (ANNOTATION.md) on the matter it is tied to ("... over the digital tax"), else on
  // the tariffs threatened (preconditions.ts)
  ...D('after', 'condition', TARIFF_THREAT_CUES.join(',')),
  ...D(
    'after',
    'offer',
    `willing to, willingness to, openness to, readiness to, ready to, prepared to, offer, offers, offered, offering, agree to,
     showed flexibility on, shown flexibility on, show flexibility on, showing flexibility on,
     signalled flexibility on, signaled flexibility on, signalling flexibility on, signaling flexibility on,
     softened its stance on, softened its position on, softens its stance on, softening its stance on,
     eased its stance on, eased its position on,
     conceded on, concedes on, conceding on, made concessions on, makes concessions on, making concessions on,
     made a concession on, granted concessions on,
     prepared instead to, ready instead to, willing instead to,
     agreed to, agrees to, agreeing to, agreed on, agreement to, pledge, pledged, pledges, promise, promised,
     promises, commit to, committed to, would refrain from, will refrain from, to refrain from, commits to, commitment to, will lower, will cut, will open,
     will reduce, will relax, will remove, will scrap, will lift, is open to, was open to, are open to,
     were open to, would be open to, remains open to, could accept, can accept, would accept, could live with,
     signalled it could, signaled it could, signalled it would, signaled it would, signalled that it could,
     signaled that it could, signalled willingness to, signaled willingness to, signalled readiness to,
     signaled readiness to, signalled it was willing to, signaled it was willing to, signalled it was ready to,
     signaled it was ready to, dangled the prospect of, dangling the prospect of, dangles the prospect of,
     proposed to, proposes to, propose to, proposing to, proposed cutting, promising to, pledging to,
     agreements to, agreed that, agrees that, cracks down on, cracked down on, cracking down on,
     proposed lowering, proposed removing, proposed eliminating, proposed scrapping, proposed opening,
     taken steps to meet, take steps to meet, taking steps to meet, takes steps to meet, affirmed its intention to,
     reaffirmed its intention to, do its utmost to, do their utmost to, do everything possible to,
     make every effort to, makes every effort to, made every effort to, make efforts to, will make efforts to,
     considering lowering, considering cutting, considering reducing, considering lifting, considering opening,
     considering easing, considering removing, consider lowering, consider cutting, consider lifting,
     considering scrapping, considering eliminating, considering suspending, considering dropping,
     considering waiving, considering relaxing, considering phasing out, consider scrapping, consider eliminating,
     consider suspending, consider dropping, consider removing, consider easing, consider reducing,
     would consider, could consider, might consider, will consider, to consider,
     accepted a compromise, accepted the compromise, accepts the compromise,
     undertook to, undertakes to, undertake to, has undertaken to, have undertaken to,
     has also undertaken to, has further undertaken to, have also undertaken to,
     agreed not to, agrees not to, agreeing not to, committed not to, commits not to, commit not to,
     undertook not to, undertakes not to, undertake not to`,
  ),
  ...D(
    'after',
    'offer',
    `relaxed, relaxes, eased, eases, lowered, lowers, cut, cuts, scrapped, lifted, removed, opened,
     rescinded, rescinds, repealed, repeals, withdrew, withdraws, dropped, drops, exempted, exempts`,
    { direct: true },
  ),
  // "will suspend", "would lower", "agreed to remove": a party's own concession
  ...D(
    'after',
    'offer',
    [
      ...OWN_STEP,
      // "Canada plans to relax its quotas": an announced plan of one's own is a concession too
      'plans to',
      'plan to',
      'planned to',
      'intends to',
      'intend to',
      // ("is planning to lift", "is preparing to cut", "aims to remove", "vowed to scrap", "moved to
      // ease": a plan, a vow or a first step of one's own, with a concession verb after it)
      'is planning to',
      'are planning to',
      'is preparing to',
      'are preparing to',
      'aims to',
      'aim to',
      'vowed to',
      'vows to',
      'is moving to',
      'are moving to',
      'moved to',
      // "Taiwan has decided to cut tariffs": a decision of one's own
      'decided to',
      'has decided to',
      // "both sides commit to allow ...", "Both governments committed to let data flow": a
      // commitment of one's own
      'commit to',
      'commits to',
      'committed to',
      'pledged to',
      'promised to',
      'undertook to',
    ]
      .flatMap((aux) =>
        list(`suspend, lower, cut, remove, lift, scrap, drop, reduce, ease, open, replace, give,
          eliminate, phase out, slash, halve, allow, accept, grant, expand, increase imports of, share, abolish,
          widen, speed up, accelerate, amend, let, exempt, waive, relax, simplify, restrain,
          limit, table, match, ratify, extend, freeze, phase down, bring down, raise, increase,
          apply zero, apply a zero, apply lower, apply a lower, reopen, enter, join, free`).map(
          (v) => `${aux} ${v}`,
        ),
      )
      .join(','),
    { direct: true },
  ),
  // "Both also agreed not to impose customs duties on electronic transmissions", "pledged not to
  // raise its tariffs": a measure one undertakes not to take is a concession
  ...D(
    'after',
    'offer',
    [
      'agreed not to',
      'also agreed not to',
      'commit not to',
      'commits not to',
      'committed not to',
      'pledged not to',
      'promised not to',
      'undertook not to',
    ]
      .flatMap((aux) =>
        list('impose, raise, introduce, apply, restrict, require, levy, reimpose, force, set, block').map(
          (v) => `${aux} ${v}`,
        ),
      )
      .join(','),
    { direct: true },
  ),
  // "South Korea to cut tariffs on U.S. farm goods", "EU to suspend countermeasures": a headline's
  // "<party> to <concession verb>" is its future step (kept only so, preconditions.ts)
  ...D(
    'after',
    'offer',
    list(`${CONCESSION_CORE}, slash, halve, allow, expand, buy, purchase`)
      .map((v) => `to ${v}`)
      .join(','),
    { direct: true, headline: true },
  ),
  // "declined to cut its tariffs": a refusal of a concession ("declined" alone counts only bare, so
  // that "declined to comment" is none; preconditions.ts)
  ...D(
    'after',
    'reject',
    ['declined to', 'declines to', 'declining to']
      .flatMap((aux) =>
        list(`${CONCESSION_CORE}, accept, buy, purchase, change, amend, withdraw, reverse, rescind`).map(
          (v) => `${aux} ${v}`,
        ),
      )
      .join(','),
  ),
  // "Tokyo could not tell private oil companies what to buy": a government that says it cannot
  // direct its firms' buying refuses a purchase commitment
  ...D(
    'after',
    'reject',
    [
      'could not tell',
      'cannot tell',
      'can not tell',
      'no power to tell',
      'not able to tell',
      'unable to tell',
    ]
      .flatMap((v) =>
        [
          'a private company',
          'private companies',
          'private firms',
          'companies',
          'firms',
          'its companies',
          'private oil companies',
          'oil companies',
          'private refiners',
          'refiners',
          'importers',
        ].map((o) => `${v} ${o} what to buy`),
      )
      .join(','),
    { implies: 'purchases' },
  ),
  // "agreed to buy more soybeans": the verb itself is the purchase commitment (the goods bought
  // rarely carry an issue word)
  ...D(
    'after',
    'offer',
    [...OWN_STEP, 'agrees to', 'pledged to', 'promised to', 'committed to']
      .flatMap((aux) =>
        [
          'buy',
          'purchase',
          'continue to buy',
          'continue buying',
          // "said it would resume purchases of American soybeans": buying taken up again
          'resume purchases of',
          'resume buying',
          'import more',
          'step up purchases of',
          'increase purchases of',
          'send trade missions',
          'send several trade missions',
          'send a trade mission',
        ].map((v) => `${aux} ${v}`),
      )
      .concat([
        'offered to buy',
        'offered to purchase',
        'proposed buying',
        'proposed purchasing',
        'agreements to buy',
        // "Vietnamese companies signed agreements to buy ...": purchase deals signed during talks
        'signed agreements to buy',
        'signed an agreement to buy',
        'signed deals to buy',
        'signed a deal to buy',
        'signed contracts to buy',
        'signed agreements to purchase',
        'signed deals to purchase',
        // ("resumed buying American soybeans last week": a purchase made again, told as done, as
        // "cut its tariffs" is)
        'resumed purchases of',
        'resumed buying',
        'has resumed purchases of',
        'has resumed buying',
      ])
      .concat(
        ['will', 'would', 'agreed to', 'pledged to', 'promised to'].flatMap((aux) =>
          ['raise', 'increase', 'boost', 'step up', 'double'].flatMap((v) =>
            ['purchases', 'imports', 'its purchases', 'its imports'].map((n) => `${aux} ${v} ${n}`),
          ),
        ),
      )
      .join(','),
    { direct: true, implies: 'purchases' },
  ),
  // "announced a package of measures to open its market", "unveiled a plan to boost imports": a
  // programme of one's own opening steps (measures "to curb imports" are no concession)
  ...(
    [
      ['to open, to ease', undefined],
      [
        'to boost imports, to increase imports, to expand imports, to stimulate imports, to promote imports',
        'market_access',
      ],
      ['to cut tariffs, to lower tariffs, to reduce tariffs', 'tariffs'],
    ] as const
  ).flatMap(([tails, implies]) =>
    D(
      'after',
      'offer',
      ['announced', 'unveiled', 'adopted', 'approved']
        .flatMap((v) =>
          ['measures', 'a package of measures', 'a package', 'a plan'].flatMap((n) =>
            list(tails).map((t) => `${v} ${n} ${t}`),
          ),
        )
        .join(','),
      implies ? { implies } : {},
    ),
  ),
  ...D('after', 'offer', 'interested in buying, interested in purchasing', { implies: 'purchases' }),
  // "agreed yesterday to remove ...", "agreed in principle to publish ...", "offered in August to
  // sell ...": a time or manner phrase between the verb and its "to"
  ...D(
    'after',
    'offer',
    ['agreed', 'offered', 'pledged', 'promised', 'undertook']
      .flatMap((v) =>
        [
          'yesterday',
          'today',
          'tonight',
          'in principle',
          'last week',
          'last month',
          ...list('monday, tuesday, wednesday, thursday, friday, saturday, sunday').map((d) => `on ${d}`),
          ...list(
            'january, february, march, april, may, june, july, august, september, october, november, december',
          ).map((m) => `in ${m}`),
        ].map((adv) => `${v} ${adv} to`),
      )
      .join(','),
  ),
  // "would not stand in the way of a panel", "will not block the report's adoption": letting the
  // other side's dispute-settlement step go ahead is a concession on enforcement
  ...D(
    'after',
    'offer',
    ['would not', 'will not']
      .flatMap((aux) =>
        ['stand in the way of', 'block', 'oppose'].flatMap((v) =>
          [
            'a panel',
            'the panel',
            'a gatt panel',
            'a dispute panel',
            'the report',
            "the panel's report",
            "the report's adoption",
            'adoption of the report',
            'the adoption of the report',
            'the establishment of a panel',
          ].map((n) => `${aux} ${v} ${n}`),
        ),
      )
      .join(','),
    { implies: 'enforcement' },
  ),
  // "would tighten its export controls": a party's own tighter controls answer a partner's security complaint
  ...D(
    'after',
    'offer',
    [...OWN_STEP, 'promised to', 'pledged to', 'undertook to']
      .flatMap((aux) =>
        ['tighten', 'strengthen'].flatMap((v) =>
          ['its export controls', 'their export controls', 'export controls'].map((n) => `${aux} ${v} ${n}`),
        ),
      )
      .join(','),
    { implies: 'export_controls' },
  ),
  // "there was no plan to relax the investment rules": a concession disowned is refused
  ...D(
    'after',
    'reject',
    ['no plan to', 'no plans to']
      .flatMap((p) =>
        list(`relax, lift, remove, cut, ease, scrap, lower, reduce, drop, change, open, exempt`).map(
          (v) => `${p} ${v}`,
        ),
      )
      .join(','),
  ),
  // "Chile will protect 216 European food and drink names": a deal's promise to protect the other
  // side's names (kept only on intellectual property, preconditions.ts)
  ...D('after', 'offer', 'will protect, would protect, will also protect', { direct: true }),
  // "will invest $550 billion in American projects": investment pledges of 2025-style deals
  ...D(
    'after',
    'offer',
    `will invest, would invest, pledged to invest, promised to invest, agreed to invest, committed to invest,
     plans to invest, intend to invest, intends to invest, will also invest, intended to invest, planned to invest,
     pledges to invest, promises to invest, is planning to invest, aims to invest`,
    { implies: 'other' },
  ),
  // "Colombia will not attend a meeting of coffee producing countries": staying away from the
  // talks refuses them, a matter of the talks themselves (other)
  ...D(
    'after',
    'reject',
    `will not attend, would not attend, refused to attend, refuses to attend, declined to attend,
     declines to attend, will boycott, would boycott, boycotted, is boycotting, are boycotting`,
    { direct: true, implies: 'other' },
  ),
  // judgements and refusals whose object usually comes first ("the offer was not enough",
  // "who announced the surtaxes, said Canada would not back down")
  ...D(
    'before',
    'reject',
    `not enough, unacceptable, insufficient, unreasonable, is not needed, are not needed, was not needed,
     were not needed, would be dangerous, will be dangerous,
     would be harmful, will be harmful, as damaging, as extremely damaging, as very damaging, as harmful,
     as dangerous, would be damaging, will be damaging, out of the question, as unacceptable, as unreasonable,
     as unjustified, as a non-starter, non-starter, nonstarter`,
  ),
  ...D(
    'both',
    'reject',
    `would not back down, will not back down, not back down, won't back down, refused to back down,
     refuses to back down, refusing to back down`,
  ),
  // "would not be pressured into buying Soviet goods": a step refused under pressure
  ...D(
    'after',
    'reject',
    // ("we will not rush into an unfair deal": a deal refused in haste, its terms the issue)
    `not be pressured into, not be forced into, not be pushed into, not be bullied into, not be rushed into, not be pressed into,
     not rush into, won't rush into, not be hurried into, not hurry into, no rush to sign`,
  ),
  // "a small quota would not be acceptable", "regarded the goal as unrealistic", "the sanctions had
  // no basis": a judgement on what was named before it
  ...D(
    'before',
    'reject',
    `not acceptable, not be acceptable, unrealistic, no basis, groundless, unfounded, baseless, without foundation,
     fell short of, falls short of, fall short of, fell far short of, falls far short of,
     fell well short of, falls well short of, fall well short of, not go far enough, not gone far enough,
     fell short, falls short, fell far short, fell well short,
     too little, too slow, inadequate,
     only a small share of, only a small part of, only a fraction of, only a small fraction of`,
  ),
  // "the overall ceiling would not be raised", "the licensing system itself could not be
  // dismantled": a measure its holder says will not be changed, named before the cue
  // (preconditions.ts reads the matter of these from their clause's subject)
  ...D('before', 'reject', UNCHANGED_CUES.join(',')),
  // "a safeguard clause ..., which Hungary has accepted in principle": a term accepted, named before
  // or after the cue, is the accepting party's concession
  ...D('after', 'offer', 'accepted in principle, accepts in principle, accept in principle'),
  // "Canberra accepted a safeguard that lets Britain reimpose duties", "also accepted a safeguard
  // clause": a safeguard on the deal's own trade accepted is a concession on how the deal is kept
  ...D(
    'after',
    'offer',
    ['accepted', 'accepts', 'has accepted', 'had accepted', 'agreed to', 'agreed to accept']
      .flatMap((v) =>
        [
          'a safeguard',
          'the safeguard',
          'a safeguard clause',
          'the safeguard clause',
          'a safeguard mechanism',
        ].map((o) => `${v} ${o}`),
      )
      .join(','),
    { implies: 'enforcement' },
  ),
  // "Japan will keep its ceiling on car exports at 2.3 mln", "will keep its market fully open": a
  // restraint or an opening held at a level is a promise (kept only with such a level: "would keep
  // its limits on steel" is no concession)
  ...D('after', 'offer', 'will keep, would keep, will also keep, would also keep, is to keep, are to keep', {
    direct: true,
  }),
  // "more tariff cuts will be announced next month, the minister said": the speaker's own measures
  ...D('before', 'offer', 'will be announced, would be announced, will be unveiled, would be unveiled'),
  // "the export ban is not up for negotiation", "sovereignty is not negotiable": a refusal to
  // bargain over the thing named, not a condition set on the other side
  ...D(
    'both',
    'reject',
    `non-negotiable, not negotiable, not up for negotiation, not on the table, not on the negotiating table,
     not be on the table, not be on the negotiating table, not up for discussion, not up for debate,
     not open for discussion, not open to discussion,
     not be part of any deal, not be part of the deal, not be part of any agreement, not be part of the agreement,
     not be part of any trade deal, not part of the negotiations, not part of the talks`,
  ),
  // "the removal of the steel tariffs is essential for any deal": a term a deal needs, named before
  ...D(
    'before',
    'condition',
    `essential for any deal, essential to any deal, essential for a deal, essential to a deal,
     essential for any agreement, essential to any agreement, essential for an agreement, essential to an agreement,
     key to any deal, key to a deal, key to any agreement`,
  ),
  // "there will be no deal without the removal of the steel tariffs": the term, named after
  ...D(
    'after',
    'condition',
    'no deal without, no agreement without, no trade deal without, no deal unless, no agreement unless, no trade deal unless',
  ),
  // "agreed to suspend its complaint at the WTO": dropping a legal challenge is an enforcement offer
  ...D(
    'after',
    'offer',
    ['will', 'would', 'agreed to', 'also agreed to', 'will also', 'to']
      .flatMap((aux) =>
        ['suspend', 'drop', 'withdraw', 'pause'].flatMap((v) =>
          ['its', 'their', 'the'].flatMap((det) =>
            ['complaint', 'complaints', 'case', 'challenge', 'dispute'].map((n) => `${aux} ${v} ${det} ${n}`),
          ),
        ),
      )
      .join(','),
    { direct: true, implies: 'enforcement' },
  ),
  // "In return Washington dropped its threat of retaliation", "will end the investigation",
  // "once Ottawa dropped its objections": a party's own threat, probe or objection given up is an
  // enforcement concession (not in a conditional clause: "provided Washington dropped its threat"
  // is asked of it)
  ...D(
    'after',
    'offer',
    [
      'dropped',
      'withdrew',
      'ended',
      'lifted',
      ...['will', 'would', 'agreed to'].flatMap((aux) =>
        ['drop', 'withdraw', 'end', 'lift', 'terminate'].map((v) => `${aux} ${v}`),
      ),
    ]
      .flatMap((v) =>
        ['its', 'their', 'the'].flatMap((det) =>
          list('threat, threats, objection, objections, investigation, probe').map((n) => `${v} ${det} ${n}`),
        ),
      )
      .join(','),
    { direct: true, implies: 'enforcement' },
  ),
  // "Tokyo accepted the panel's findings": a ruling accepted is an enforcement concession
  ...D(
    'after',
    'offer',
    ['accepted', 'accepts', 'will accept', 'agreed to accept']
      .flatMap((v) =>
        [
          'the findings',
          "the panel's findings",
          'the panel findings',
          'the ruling',
          "the panel's ruling",
          'the panel ruling',
          'the gatt ruling',
        ].map((n) => `${v} ${n}`),
      )
      .join(','),
    { direct: true, implies: 'enforcement' },
  ),
  // "would respect the ruling", "will comply with the panel's findings": a ruling one will carry
  // out is an enforcement concession; "disagreed with the ruling": one disputed, a refusal
  ...D(
    'after',
    'offer',
    ['will', 'would', 'agreed to']
      .flatMap((m) =>
        ['respect', 'comply with', 'abide by', 'honour', 'honor', 'implement'].flatMap((v) =>
          RULING_NOUNS.map((n) => `${m} ${v} ${n}`),
        ),
      )
      .join(','),
    { direct: true, implies: 'enforcement' },
  ),
  ...D(
    'after',
    'reject',
    [
      'disagreed with',
      'disagrees with',
      'disagree with',
      'rejected',
      'rejects',
      'would appeal',
      'will appeal',
    ]
      .flatMap((v) => RULING_NOUNS.map((n) => `${v} ${n}`))
      .join(','),
    { direct: true, implies: 'enforcement' },
  ),
  // "the EU asked the WTO panel to suspend its work": a complainant halting its own case concedes
  ...D(
    'after',
    'offer',
    ['asked', 'asks', 'has asked', 'requested']
      .flatMap((v) =>
        ['the panel', 'the wto panel', 'the dispute panel', 'the wto'].flatMap((n) =>
          ['suspend', 'halt', 'pause'].map((x) => `${v} ${n} to ${x}`),
        ),
      )
      .join(','),
    { direct: true, implies: 'enforcement' },
  ),
  // denials of an accusation are rejections of it ("said its producers were not dumping",
  // "replied the law was in line with GATT rules")
  ...D(
    'after',
    'reject',
    `not selling at, not selling below, not exporting at, not exporting below, not pricing below`,
  ),
  ...D(
    'after',
    'reject',
    `not dumping, not subsidizing, not subsidising, did not dump, had not dumped, not dumped,
     did not subsidise, did not subsidize, does not subsidise, does not subsidize, do not subsidise,
     do not subsidize, not a subsidy, not subsidies, not an export subsidy, not export subsidies,
     not amount to export subsidies, not amount to a subsidy, not amount to subsidies,
     not because of dumping, not because of any subsidy, not because of subsidies,
     not sell below cost, not selling below cost, not sold below cost,
     will not sell below cost, would not sell below cost, could not sell below cost, cannot sell below cost`,
    { implies: 'subsidies' },
  ),
  // "said its tungsten was sold at world market prices": a price defended against a dumping charge
  ...D(
    'after',
    'reject',
    `sold at world market prices, sold at world prices, sold at market prices, sold at normal market prices,
     priced at world market levels, priced at world levels`,
    { implies: 'subsidies', copula: true },
  ),
  ...D('after', 'reject', 'not manipulating, did not manipulate, does not manipulate', {
    implies: 'currency',
  }),
  ...D(
    'after',
    'reject',
    ['in line with', 'consistent with', 'compatible with', 'in conformity with', 'in compliance with']
      .flatMap((p) => RULE_BODIES.map((r) => `${p} ${r}`))
      .join(','),
    { implies: 'enforcement', copula: true },
  ),
  // "Danish officials said the refunds were allowed under GATT rules on farm products": a measure
  // defended as lawful is a refusal on the measure's own matter (its subject, before the cue)
  ...D(
    'before',
    'reject',
    ['allowed under', 'permitted under', 'legal under']
      .flatMap((p) => RULE_BODIES.map((r) => `${p} ${r}`))
      .join(','),
    { copula: true },
  ),
  ...D(
    'after',
    'reject',
    ['complies with', 'complied with', 'not in violation of', 'not in breach of']
      .flatMap((p) => RULE_BODIES.map((r) => `${p} ${r}`))
      .concat(list('not violating, not violate, not violated, not breaching, not breach, not breached'))
      .join(','),
    { implies: 'enforcement' },
  ),
  ...D(
    'after',
    'reject',
    `refuse, refuses, refused, refusing, refusal, reject, rejects, rejected, rejecting, rejection,
     oppose, opposes, opposed, opposing, opposition to, resist, resists, resisted, resisting, deny, denies,
     denied, dismissed, dismisses, would not accept, will not accept, reluctant to, unwilling to,
     did not accept, does not accept, not accept, won't accept, wouldn't accept, cannot accept, can't accept,
     will not yield, never accept, never compromise,
     not compromise, will not give in, ruled out, rules out, rule out, ruled this out, ruled that out,
     ruled it out, rules it out, rule it out, walked away from,
     resist pressure, resisted pressure, resisting pressure, resist demands, resisted demands,
     rejected demands, rejected calls, resisted calls, rebuffed, rebuffs, spurned, spurns, spurning, stood firm on, stand firm on, stands firm on, standing firm on, declined, declines, not give ground, not given ground, not budge, refused to budge, will not reopen, will not postpone, would not postpone, will not delay, would not delay, refused to postpone, refused to delay, not move further, not move any further, not go further,
     not go any further,
     would not reopen, not renegotiate, turned down, turns down, turn down, turning down, voted against,
     votes against, vote against, balked at, balks at, balking at, baulked at, pushed back against,
     pushes back against, pushing back against, pushed back on, pushing back on, will not make concessions,
     would not make concessions, won't make concessions, not make concessions, make no concessions,
     never trade away, not trade away, will not trade away, would not trade away, won't trade away,
     will not sacrifice, would not sacrifice, never sacrifice, would not follow, will not follow, won't follow,
     continue to fight, continues to fight, continued to fight, will fight, would fight, vowed to fight,
     try to kill, will try to kill, tried to kill, contesting the legality of, contest the legality of,
     contested the legality of, contests the legality of, challenging the legality of, challenged the legality of,
     challenge the legality of, regret over, regrets over, opposed to,
     declared themselves against, declared itself against, spoke out against, came out against, comes out against,
     is against, are against, was against, were against, disappointed by, disappointed with, disappointed at,
     not want to budge, risky policy, dangerous policy, objected to, objects to, object to,
     condemned, condemns, denounced, denounces, no intention of, no question of,
     ${
       // "did not intend to remove the duties": a concession disowned (not "does not intend to stop
       // shipping", "did not intend to send a proposal to Congress")
       ['did not intend to', 'does not intend to', 'do not intend to']
         .flatMap((aux) => list(CONCESSION_CORE).map((v) => `${aux} ${v}`))
         .join(', ')
     },
     will not tolerate, would not tolerate, cannot tolerate, said no to, says no to,
     would not single out, will not single out, could not single out, cannot single out, refused to single out,
     would not start a, will not start a, won't start a, refused to start a,
     will not support any, would not support any, won't support any, will not back any, would not back any,
     would not give up, will not give up, not give up, never give up, could not give up,
     decided not to, decides not to, has decided against, had decided against, not bow to, refused to bow to,
     refuses to bow to, not yield to, refused to yield to,
     held out against, holds out against, holding out against, hold out against,
     saw no grounds for, sees no grounds for, see no grounds for, no grounds for,
     no plans to, had no room to, has no room to,
     in no position to, would not agree to, will not agree to, could not agree to, cannot agree to,
     did not agree to, had not agreed to, has not agreed to, have not agreed to, lobby against,
     lobbied against, lobbying against, lobbies against, condemning, denouncing, dismissing, rebuffing,
     brushed aside, brushes aside, brushing aside, brush aside, shrugged off, shrugs off, shrugging off,
     objecting to, deciding not to, ruling out, ruling it out, voting against, resists demands,
     resisting demands, resists pressure, refusing to bow to, pushes back on, not interested in, no interest in,
     no flexibility on, little flexibility on,
     no way it would, no way it will, no way we would, no way we will, no way they would, no way they will`,
  ),
  // "Britain would not give in to demands to follow EU rules", "the EU has dug in its heels on the
  // digital tax": yielding refused, and positions dug in
  ...D(
    'after',
    'reject',
    `would not give in, won't give in, not give in to, refused to give in, refuses to give in, refusing to give in,
     not cave in, not cave to, refused to cave, refuses to cave, dug in its heels, dug in their heels,
     not be bullied, not be pressured, not be forced, not be coerced, not be pushed,
     refuses to be bullied, refused to be bullied, won't be bullied, won't be pressured,
     digging in its heels, digging in their heels, dig in its heels, dig in their heels, digs in its heels`,
  ),
  // "New Delhi kept dairy and some farm products out of the deal", "the EU excluded beef from the
  // agreement": goods kept out of a deal keep their duties, a refusal on tariffs (the labels code
  // them so; kept only after a verb of keeping out, preconditions.ts)
  ...D('before', 'reject', KEPT_OUT_CUES.join(','), { implies: 'tariffs' }),
  // "Kenya has excluded sensitive products, including sugar": an agreement's jargon for goods kept
  // out of its tariff cuts
  ...D(
    'after',
    'reject',
    ['excluded', 'excludes', 'exclude', 'will exclude', 'has excluded', 'shielded', 'shields', 'protected']
      .flatMap((v) =>
        [
          'sensitive products',
          'sensitive goods',
          'sensitive items',
          'sensitive farm goods',
          'a list of sensitive',
        ].map((n) => `${v} ${n}`),
      )
      .join(','),
    { direct: true, implies: 'tariffs' },
  ),
  // "China's top priority is the removal of tariffs on its cars": a party's priority is its demand
  // (a noun cue: its possessor holds it)
  // (only "top" and "main": the first word of a cue is looked up at every occurrence, and "key",
  // "first" and "biggest" are common)
  ...D('after', 'demand', 'top priority, main priority'),
  // "would put its own variable levies on the table", "Tokyo would not put its farm tariffs on
  // the table": a matter offered for (or kept from) the bargaining (kept only before "on the
  // table", preconditions.ts)
  ...D('after', 'offer', 'would put, will put, would also put, will also put'),
  ...D('after', 'reject', 'would not put, will not put, not put'),
  // "energy policy is off-limits in the talks": a matter kept out of the bargaining, as "not on the table"
  ...D('both', 'reject', 'off-limits, off limits'),
  // "Beijing granted exemptions for some American goods from its tariffs", "extended the tariff
  // exemptions for another year": relief given from one's own measure ("tariff" inside the cue is
  // its issue; the other phrases find theirs after them: "from its retaliatory tariffs")
  ...D(
    'after',
    'offer',
    `granted exemptions, granted an exemption, grants exemptions, granting exemptions, granted waivers,
     granted a waiver, extended the exemptions, extended exemptions, extended the exclusions,
     extends the exemptions, will extend the exemptions, agreed to extend the exemptions`,
    { direct: true },
  ),
  ...D(
    'after',
    'offer',
    `extended the tariff exemptions, extended tariff exemptions, extended the tariff exclusions,
     extended tariff exclusions, will extend the tariff exemptions, agreed to extend the tariff exemptions`,
    { direct: true, implies: 'tariffs' },
  ),
  // "China put forward a proposal to cut tariffs on cars": a proposal of one's own
  ...D(
    'after',
    'offer',
    'put forward a proposal to, put forward proposals to, puts forward a proposal to, putting forward a proposal to',
    { direct: true },
  ),
  // "agreed not to impose the duties", "will hold off on the tariffs": a measure not imposed, or put
  // off, is a concession (ANNOTATION.md: tariffs "not impose"; "would not impose" is left out: it is
  // as often what another party asks, "any deal must come with an assurance that Washington would
  // not impose tariffs", where a modal's scope would end at it)
  ...D(
    'after',
    'offer',
    `not to impose, will hold off on, would hold off on, to hold off on, agreed to hold off on, held off on,
     holding off on`,
  ),
  // "will not exempt them from it", "would not open its rice market any further": a party's own
  // concession verb refused in the future is a rejection (a past "did not cut" is a fact, not coded)
  // ("would not contribute to a buffer stock", "to the special account": a payment into a
  // commodity pact's fund refused)
  ...D(
    'after',
    'reject',
    // ("could not extend patent protection", "cannot permit imports": a 1980s spokesman's refusal)
    [
      'will not',
      'would not',
      "won't",
      "wouldn't",
      'will never',
      'would never',
      'could not',
      'cannot',
      "can't",
    ]
      .flatMap((aux) =>
        list(`exempt, lift, remove, scrap, drop, lower, cut, reduce, ease, open, grant, include, carve out,
          phase out, eliminate, extend, permit, allow, let, sign, give, abolish, widen, speed up, accelerate,
          set targets, set numerical targets, set import targets, raise, set aside, back off, repeal,
          rescind, dismantle, relax, end, stop, suspend, abandon,
          waive, restore, liberalise, liberalize, scale back, increase, expand, enlarge, negotiate, discuss, surrender,
          bind, alter, reopen, renegotiate, go beyond, move faster, commit, order, change, reverse,
          approve, join, provide, promise, go further, go below, go lower, devalue, set numerical import targets,
          make payments, pay into, contribute`).map((v) => `${aux} ${v}`),
      )
      .join(','),
  ),
  // "would not license boats that cannot provide evidence": a licence refused is entry refused
  // (boats, vessels and foreign firms: "would not license exports" is an export control)
  ...D(
    'after',
    'reject',
    ['will not', 'would not', "won't", "wouldn't"]
      .flatMap((aux) =>
        ['license', 'licence'].flatMap((v) =>
          ['boats', 'vessels', 'foreign', 'their boats', 'the boats', 'the vessels'].map(
            (o) => `${aux} ${v} ${o}`,
          ),
        ),
      )
      .join(','),
    { implies: 'market_access' },
  ),
  // "would not pay British producers more than the Sleipner price", "will not pay more than the
  // market", "would not sell below the 1986 price": a price refused, a contract's term outside the
  // taxonomy ("pay more" kept only before a "than": preconditions.ts)
  ...D(
    'after',
    'reject',
    ['will not', 'would not', 'could not', 'cannot', "won't", "wouldn't", "can't"]
      .flatMap((aux) => ['pay more', 'pay above', 'sell below'].map((v) => `${aux} ${v}`))
      .join(','),
    { implies: 'other' },
  ),
  // "Brazil will take 20,000 barrels a day of Nigerian crude": a purchase promised by its volume
  // (kept only before an amount of goods: preconditions.ts)
  ...D(
    'after',
    'offer',
    [...OWN_STEP, 'offered to', 'pledged to', 'promised to', 'undertook to']
      .map((aux) => `${aux} take`)
      .join(','),
    { implies: 'purchases' },
  ),
  // "would not buy more Chinese coal", "will not commit itself to buying": a purchase refused
  ...D(
    'after',
    'reject',
    // (not "cannot buy a seat": an inability told, no refusal)
    ['will not', 'would not', "won't", "wouldn't"]
      .flatMap((aux) =>
        list(`buy, buy more, purchase, import more, commit itself to buying, commit itself to buy,
          commit itself to any figure for imports, commit to buying, commit to buy`).map(
          (v) => `${aux} ${v}`,
        ),
      )
      .join(','),
    { implies: 'purchases' },
  ),
];

/**
 * Issue keywords: `strong` words decide alone; `weak` words count only when no strong word is in
 * scope (market access is the usual fallback of "imports"/"exports" talk).
 */
export interface IssueWords {
  issue: Issue;
  strong: string[];
  weak?: string[];
}

export const ISSUE_WORDS: IssueWords[] = [
  {
    issue: 'tariffs',
    // "wanted a rate in line with the EU's": a rate named with no other issue is a tariff rate
    // ("keep the preferences": a beneficiary's duty-free preferences named by their noun alone)
    // ("the baseline is not up for discussion": the 10 percent floor of 2025's tariffs)
    // ("demanded a 20 percent cut on all goods": a cut by a share, no other matter named, is a
    // tariff cut)
    weak: list(
      'rate, rates, exemption, exemptions, exempt, exempted, exempting, preferences, baseline, percent cut, pct cut, per cent cut, percent reduction, pct reduction, per cent reduction',
    ),
    strong:
      // ("the 90 pct rebate on the import levy": a rebate of a levy paid at the border)
      list(`tariff, tariffs, duty, duties, levy, levies, import tax, import taxes, surtax, surtaxes, surcharge,
      rebate on the import levy, rebate on the levy, rebate on the import duty, rebate on import duties,
      surcharges, tariff treatment, customs union, customs unions,
      deep cuts on, deeper cuts on, steep cuts on, offer cuts on, offered cuts on,
      trade preferences, gsp, countermeasures, counter-measures, counter-tariffs, countertariffs,
      import fee, import fees, fee on imports, fees on imports, border tax, border taxes,
      duty free, free entry, duty-free entry, tariff-free entry, preference list, preference lists,
      most-favoured-nation, most-favored-nation, most favoured nation, most favored nation, mfn,
      monetary compensatory amounts, monetary compensatory amount, compensatory amounts, mcas,
      positive amounts, negative amounts, carbon border adjustment mechanism, carbon border adjustment,
      carbon border levy, carbon border tax, carbon levy, carbon tax, cbam, port fees, port fee, port charges, docking fees, port call fees, port-call fees`),
  },
  {
    issue: 'purchases',
    // ("reduce the tonnage they take from Australia": a buyer's volume)
    strong: list(`buy, buys, buying, bought, purchase, purchases, purchasing, switch imports,
      tonnage they take, tonnage it takes, tonnages they take, tonnage they buy, tonnage it buys,
      other suppliers, other sellers, other sources of supply, alternative suppliers, buy elsewhere,
      look elsewhere, long-term contract, long-term contracts, long-term supply contract,
      long-term supply contracts, supply contract, supply contracts, contract tonnage, contract tonnages,
      contract volume, contract volumes`),
  },
  {
    issue: 'ip_protection',
    strong: list(`intellectual property, intellectual-property, patent, patents, copyright, copyrights,
      ip protection, ip protections, ip rights, ip theft, ip enforcement, ip laws, ip regime,
      patented, trademark, trademarks, trade secrets, counterfeit, counterfeiting, counterfeits, piracy, pirated,
      geographical indication, geographical indications, geographic indications, protected names,
      retroactive protection, pipeline protection, data exclusivity, exclusive marketing rights,
      protect the names, names such as, food names, cheese names, wine names, drink names, spirit names,
      food and drink names, royalties, royalty,
      compulsory licence, compulsory licences, compulsory license, compulsory licenses, compulsory licensing,
      enforce patents, enforce copyrights, enforce intellectual property, enforce trademarks,
      enforcement of intellectual property, intellectual property enforcement, patent enforcement,
      fake goods, fake watches, fakes, berne convention, copyright convention, unauthorised copying,
      unauthorized copying, copying of, knock-offs, knockoffs, bootleg, bootlegged`),
  },
  {
    issue: 'tech_transfer',
    // ("would not give away technology": the cue "would give" takes the verb, so its object is
    // listed from "away")
    strong: list(`technology transfer, technology transfers, transfer of technology, forced transfer,
      forced technology, joint venture requirements, joint-venture requirements, licensing requirements,
      joint venture requirement, joint-venture requirement, joint venture rules, joint-venture rules,
      joint venture mandates, form a joint venture, form joint ventures, joint venture with, joint ventures with,
      local partner, local partners,
      source code, hand over source code,
      hand over technology, hand over their technology, hand over its technology, share technology,
      share their technology, share its technology, sharing technology, technology sharing,
      bring technology, bring their technology, bring its technology, bringing technology,
      give away technology, give away its technology, give away their technology, away technology,
      transfer technology, transfer its technology, transfer their technology, transfer more technology,
      license more technology, license its technology, license their technology, licence more technology,
      pass technology, pass more technology, pass on technology, pass on its technology, industrial technology`),
  },
  {
    issue: 'market_access',
    // ("publish its procurement plans", "public procurement": government buying open to foreign
    // bidders is access to a market, as the labels code it)
    strong:
      // ("join a government purchasing arrangement", "open their purchasing": government buying
      // open to foreign bidders, like procurement)
      // ("to open its purchases of switching equipment to U.S. suppliers", "would not open its stock
      // market to direct purchases by foreign investors", "let foreign makers tender for part of its
      // orders": a buyer's purchases opened to foreign sellers, not goods bought)
      // ("provided the companies could take their profits home", "to ease the hard currency rules"
      // for joint ventures, "let Austrian firms bid for state contracts": a foreign firm's terms of
      // doing business, as "repatriate profits")
      // ("would not change its energy policy", "changes to the energy provisions of its constitution":
      // a state's hold on its energy market, as the labels code it)
      list(`market access, access to, access, procurement, government purchasing, public purchasing, state purchasing,
      oils and fats tax, fats and oils tax, oils-and-fats tax, tax on oils and fats, tax on fats and oils,
      tax on vegetable oils, vegetable oil tax, vegetable oils tax, edible oil tax, edible oils tax,
      open their purchasing, open its purchasing, open purchases, open its purchases, open their purchases,
      opened its purchases, opened their purchases, opening its purchases, opening their purchases,
      direct purchases by, tender for, open tendering, tendering procedures, purchases by state-owned, purchases by state enterprises, purchases by state agencies, open its market, open their market, open its markets,
      open their markets, open up, opening of, open the market, open the markets, open markets,
      opening up, mark-up, mark-ups, markup, markups, quota, quotas, duty-free quota, duty-free quotas, tariff-free quota, tariff-free quotas, tariff quota, tariff quotas, tariff-rate quota, tariff-rate quotas, barrier, barriers, non-tariff, import curbs, import restrictions,
      import controls, import ban, import bans, curbs on its exports, restrictions on imports,
      protectionism, protectionist, financial services, investment, foreign investment, ownership,
      foreign investors, foreign investor, foreign holdings, foreign holders, foreign holder,
      equity caps, import licensing, restrain exports, voluntary restraint, export restraint,
      restraint accord, restraint accords, restraint agreement, restraint agreements, restraint pact,
      restraint arrangement, restraint arrangements,
      home market, curbs, restrictions, import, imports, access, shut out, non-discriminatory,
      energy policy, energy provisions, energy sector,
      ease its rules on, ease their rules on, ease rules on, eased its rules on, eased rules on, easing its rules on,
      easing rules on, relax its rules on, relax rules on, relaxed its rules on, loosen its rules on, loosen rules on,
      discriminatory, discrimination, digital services tax, digital rules, digital regulation, digital regulations, digital markets act, digital services act, digital services taxes, digital tax, digital taxes,
      digital platforms, digital platform, online platforms, tech platforms, digital companies, tech companies, technology companies, tech giants, streaming services, online news,
      fair treatment, fair chance, fair opportunity, equal treatment, same treatment, national treatment, non-discrimination, food safety, food-safety,
      food standards, sanitary, phytosanitary, fumigation, quarantine, biosecurity, compete on equal terms, compete on an equal footing,
      compete fairly, compete freely, rebalancing, market share, share of the market, larger share, bigger share,
      share of the world market, share of world markets, world market share, smaller share,
      product coverage, voting cap, voting caps,
      greater share, licensing system, licensing systems, majority control, majority stake, majority stakes,
      majority ownership, open offices, open branches, open branch offices, open representative offices, representative offices,
      branch offices, do business, doing business, cargo shares, cargo share, cargo-sharing, cargo reservation,
      local content, local-content, domestic content, content rule, content rules, content requirement,
      local parts, locally made parts, local components, locally made components,
      content requirements, performance requirements, type approval, type-approval, testing requirements,
      orderly marketing, multifibre arrangement, multi-fibre arrangement, landing rights, traffic rights, cabotage,
      grey-area measures, gray-area measures, grey-area, gray-area, foreign banks, foreign banking,
      mutual recognition, recognise qualifications, recognize qualifications, trade qualifications,
      professional qualifications, border trade, trade directly, direct trade,
      traditional sales, traditional exports, traditional shipments, traditional share, traditional volumes,
      traditional customers, traditional markets, traditional trade, volume guarantees, volume guarantee,
      guaranteed volumes, fixed quantities, fixed volumes, deforestation regulation, deforestation rules,
      deforestation law, supply management, supply-management, keep importing, continue importing,
      continue to import, foreign bidders, foreign contractors, open to foreign, bidding system,
      bidder system, tendering system, tender system, public tenders, public tender, government tenders,
      government contracts, public contracts, public works, port services, shipping services, maritime services,
      maritime transport, trade in services, services trade, services market, services markets,
      service industries, services sector, service sector, financial sector, banking sector, insurance sector,
      financial services sector, customs procedures, customs clearance, red tape, discriminating against,
      drug pricing, medicines pricing, pharmaceutical pricing, larger stakes, fully own, wholly own,
      data flows, data flow, cross-border data, data to flow, data flowing, data to move, move data, data moving, flow of data, free flow of data, flows of data, data localisation, data localization, localisation rules, localization rules,
      localisation requirements, localization requirements, local servers, local server, local computing facilities,
      computing facilities, store data locally, stored locally, data centres at home, data centers at home, chlorinated chicken, chlorine-washed chicken,
      hormone-treated beef, hormone beef,
      full ownership, repatriate profits, repatriation of profits, profit repatriation, send profits home,
      profits home, take their profits home, take its profits home, hard currency rules, bid for state contracts,
      transfer profits, transfer of profits, transit rights, freedom of transit, right of transit, transit guarantees,
      reopen the border, reopen its border, reopen their borders, reopening of the border, open the border,
      border reopened, border would stay open, border will stay open, border stays open, border remains open,
      keep the border open, keep its border open, reopen the crossings, reopen the crossing, crossings reopened,
      crossing reopened, border crossings, border crossing, official crossings, crossing points, commercial traffic,
      reopening of the crossings, reopen its crossings, reopen border crossings,
      plant health, plant-health, cold treatment, cold-treatment, systems approach, pest risk assessment,
      pest risk assessments, pre-shipment checks, pre-shipment inspections, orchard controls,
      rules of origin, rule of origin, origin rules, origin rule,
      visa requirement, visa requirements, visa-free travel, visa-free, travel authorisation, travel authorization,
      work visas, work visa, business visas, business travellers, business travelers,
      regulatory approval, regulatory approvals, marketing authorisation, marketing authorization,
      marketing authorisations, marketing authorizations, product registration, product registrations,
      halal certificate, halal certificates, halal certification, halal certifications, halal standards,
      easier entry, freer entry, temporary entry, entry for professionals, entry of professionals, entry for skilled workers,
      movement of professionals, movement of natural persons, movement of skilled workers, mobility of professionals,
      labour mobility, labor mobility, visas for professionals, visas for skilled workers,
      checks on goods, customs checks, lift checks, lift the checks, ease checks, ease the checks,
      scrap checks, scrap the checks, end the checks, remove checks, remove the checks, cutting the checks,
      free movement of goods, free circulation of goods, move freely, moving freely, circulate freely,
      circulating freely, allowed to operate, be allowed to operate,
      special label, special labels, warning label, warning labels, labelling requirement, labelling requirements,
      labeling requirement, labeling requirements, labelling rules, labeling rules, origin labelling, origin labeling,
      open to competition, opened to competition, opening to competition, contracts to competition,
      from licensing, from import licensing, from licences, from import licences, from licenses, from import licenses,
      normal rules of gatt, normal gatt rules, normal rules of the gatt, return to gatt, return to the gatt,
      to foreign competition, investment screening, screening of investment,
      screening of investments, screening of foreign investment, screening of chinese investment,
      bigger stakes,
      discriminate against, discriminates against,
      ${['favourable', 'favorable', 'favourably', 'favorably']
        .flatMap((f) => ['local', 'domestic', 'national', 'home'].map((h) => `no less ${f} than ${h}`))
        .join(', ')}`),
    // ("let U.S. agencies open wholly owned offices": a foreign firm's right to set up in a market)
    // ("agreed to a three-year restraint": a quota by its noun; not "apply the rule with restraint")
    // ("concessions on its subsidies": the matter named after the concession noun decides)
    weak: list(`licensing of, registration of, concession on, concessions on, offices, branches, coverage, safeguards, safeguard, fairly, limit, limits, ceiling, ceilings, tonnage, tonnages, exports, export, market, markets, shipments, consignments, imported, trade bill, ban, bans, bar,
      suspension, suspensions, to open, blockade, blockades, border closure, border closures,
      dairy, agriculture, agricultural, farm, farmers, fisheries, fishing waters, catch of, meat, beef, pork, poultry, rice,
      wheat, sugar, monopoly, monopolies, distribution, allocation, allocations, allocate, insurance, insurers, foreign companies, foreign firms,
      relax, relaxed, relaxing, relaxation, annual growth, quota growth, growth in quotas, growth of,
      standards, certification, certified orchards, certified farms, certified plants, certified packing,
      certified facilities, certified establishments, certified processors, certified slaughterhouses, test results, test data,
      growth rate, growth rates, banking, telecommunications, shipping, cartel, cartels, licence, licences, license, licenses,
      securities, stock exchange, free zone, free zones, free-zone, treated the same as, same treatment as,
      veterinary, restraints, a restraint, the restraint, restraint on, restraint of, year restraint,
      takeover, takeovers, acquisition, acquisitions, investors, stakes, phased opening, gradual opening, full opening,
      any opening, an opening, further opening, wider opening, limited opening, partial opening, market opening,
      closure, closures`),
  },
  {
    issue: 'subsidies',
    // "the charge that the aid broke the rules": government aid to an industry
    // ("support for civil aircraft", "support to growers": state support of an industry; not "support
    // for the talks")
    weak: [
      'aid',
      // "the aids it pays to canners": the EC's production aids named by their noun alone
      'aids',
      // "the refunds": the EC's export refunds named by their noun alone
      'refunds',
      // "would not reduce output to make room for high-cost producers", "trim production of memory
      // chips": a producer's volume cut is the overcapacity side of a subsidy or dumping row
      'output',
      'production',
      // "we do not accept that they dumped": the charge of dumping named by its verb alone
      'dumped',
      'indirect support',
      // "accept that its own support for fruit growers must be discussed": a party's own support
      'own support',
      ...['for', 'to'].flatMap((p) =>
        list(`aircraft, civil aircraft, agriculture, industry, the industry, industries, exporters, producers,
          growers, farming, shipbuilding, steelmakers, shipyards`).map((n) => `support ${p} ${n}`),
      ),
    ],
    strong:
      list(`deficiency payments, marketing loans, marketing loan, tax incentives, tax breaks, tax holidays,
      tax credit, tax credits, qualify for the credit, qualify for the credits, qualify for credits,
      investment incentives, export incentives, subsidy, subsidies, subsidize, subsidise, subsidized, subsidised, subsidizing, subsidising, subsidizes, subsidises, state-owned, state owned,
      soes, soe, dumping, dump, below cost, overcapacity, excess capacity, excess steel capacity, surplus capacity,
      countervailing, countervail,
      capacity cut, capacity cuts, cut capacity, capacity reduction, capacity reductions,
      ${
        // ("prepared to open its books to U.S. investigators": a firm's costs shown in a dumping or
        // subsidy case, no market opened)
        'open its books, open their books, opened its books, opened their books, opening its books'
      },
      export refunds, production aid, production aids, rebates, tax rebates, export rebates, rebate, tax rebate, export rebate,
      duty remission, duty remissions,
      remission order, remission orders, cut-price, cut-rate, industrial policy, state aid, aid to, level playing field, compensate,
      market economy, market-economy, market economy status, price undertaking, suspension agreement, suspension agreements,
      price undertakings, below fair market value, below fair value, price support,
      price supports, farm prices, farm support, trade remedy, trade remedies, farm war, subsidy war, grain war, farm supports, export enhancement program,
      export enhancement programme, export enhancement, eep, export bonus, export bonuses, farm surpluses,
      grain surpluses, surplus stocks, reduce stocks, cut stocks, glut, gluts, government support, state support,
      domestic support, elimination of support, internal support, export support, support payments,
      support prices, support price, support levels, support level, levels of support, cuts in support,
      cut in support, reduce support, reduces support, reducing support, cut support, cutting support, reductions in support, reduction in support, freeze on support, support to farmers, support for farmers,
      low-interest loans, low-interest loan, soft loans, cheap loans, cheap credit, subsidised credit,
      subsidized credit, subsidised loans, subsidized loans,
      raise its prices, raise their prices, raise its export prices, raise their export prices, raise prices,
      raise export prices, raising its prices, raising their prices, raised its prices, raised their prices,
      raise the prices, raising the prices, raised the prices, farm policy, farm policies, royalty relief,
      money for farmers, funds for farmers, aid for farmers, payments to farmers,
      farm budget, public stockholding, stockholding`),
  },
  {
    issue: 'currency',
    strong: list(`currency, currencies, exchange rate, exchange rates, yuan, renminbi, revaluation, revalue,
      devaluation, devalue, currency manipulation, manipulator, appreciation, depreciation,
      value of the dollar, dollar's value, dollar's fall, dollar's decline, dollar fall, dollar rate,
      canadian dollar, australian dollar, the yen, the won, the kwacha, the naira, the cedi, the rand, the peso,
      the dong, the hryvnia, the som, the tenge, the lempira, the sol, the franc, the shekel, the ruble, the rouble,
      the cruzado, the austral, the rupee, the rupiah, the ringgit, the baht, the zloty, the forint, the dinar,
      the lira, the peseta, the escudo, the drachma, the krona, the krone, the schilling, the guilder,
      new taiwan dollar, taiwan dollar, hong kong dollar,
      foreign exchange market, foreign exchange markets, currency market, currency markets,
      foreign exchange intervention, currency intervention,
      stable dollar, stable yen, stability of the dollar, dollar stability, stabilize the dollar,
      stabilise the dollar, stabilizing the dollar, stabilising the dollar, support the dollar,
      supporting the dollar`),
    // "let the Taiwan dollar appreciate": a currency's rise named only by the verb
    weak: list('appreciate, depreciate'),
  },
  {
    issue: 'enforcement',
    strong:
      list(`enforcement, enforce, enforced, enforceable, verification, verify, verified, verifiable, snapback, snap-back,
      safeguard clause, safeguard clauses, reimpose tariffs, reimpose duties, reimpose the tariffs, reimpose the duties,
      reimpose limits, reimpose quotas, reimpose the limits, reimposing tariffs, reimposing duties,
      enforceable labour, enforceable labor, enforceable environmental, binding labour, binding labor,
      binding environmental, binding commitments on labour, binding commitments on labor,
      binding commitments on the environment,
      dispute settlement, dispute-settlement, dispute panel, panel of experts, panel of technical experts,
      expert group, group of experts, group of technical experts, technical experts,
      gatt panel, gatt panels, wto panel, arbitrate, arbitration, compliance,
      article 23, article xxiii, article 22, article xxii,
      comply, complied, complies, live up to, lived up to, living up to, lives up to, adhere to, adhering to, adheres to, adhered to,
      ${
        // ("asked the secretariat to check whether the decision was consistent with the customs
        // union agreement": a measure checked against a deal)
        ['consistent with', 'compatible with', 'in conformity with', 'in breach of']
          .flatMap((p) =>
            ['the', 'its', 'their'].flatMap((d) =>
              ['agreement', 'customs union agreement', 'trade agreement', 'treaty', 'protocol', 'deal'].map(
                (n) => `${p} ${d} ${n}`,
              ),
            ),
          )
          .join(', ')
      },
      ${['respect', 'honour', 'honor', 'meet', 'keep', 'fulfil', 'fulfill']
        .flatMap((v) =>
          ['its', 'their', 'the'].flatMap((d) => [`${v} ${d} commitments`, `${v} ${d} obligations`]),
        )
        .join(', ')},
      ${
        // an agreement "honoured" names its own subject ("expected the Soviet Union to honour the
        // five-year trade agreement under which it buys herring" is purchases); a ruling, WTO
        // commitments, treaties in general ("honour the agreements between the two states") or a
        // failure to honour are enforcement
        ['honour', 'honor', 'honoured', 'honored']
          .flatMap((v) => [
            ...['its', 'their', 'the'].flatMap((d) =>
              [
                'wto commitments',
                'gatt commitments',
                'finding',
                'findings',
                'ruling',
                'rulings',
                'agreements',
                // ("honour their steel agreements")
                ...['trade', 'steel', 'textile', 'bilateral', 'commodity', 'international'].map(
                  (w) => `${w} agreements`,
                ),
                // ("asked Britain to honour the fishing chapter in full": a deal's chapter kept)
                ...['', 'fishing ', 'fisheries ', 'trade ', 'level playing field '].flatMap((w) => [
                  `${w}chapter`,
                  `${w}provisions`,
                ]),
              ].map((n) => `${v} ${d} ${n}`),
            ),
            `failed to ${v}`,
            `fail to ${v}`,
            `fails to ${v}`,
            `failure to ${v}`,
          ])
          .join(', ')
      },
      ${['respect', 'respects', 'respected']
        .flatMap((v) =>
          // ("demanded that Ankara respect the trade agreements the two countries have signed")
          ['its', 'their', 'the'].flatMap((d) =>
            [
              'agreement',
              'agreements',
              'trade agreement',
              'trade agreements',
              'treaty',
              'treaties',
              'accord',
              'accords',
              // ("urged the United States to respect the rulings", "insists that Uruguay respect
              // the bloc's rule", "called on Nigeria to respect the bloc's protocol")
              'ruling',
              'rulings',
              'findings',
              // (not bare "the rules": "will sign only if members respect the rules" names no issue)
              'protocol',
              'protocols',
              "bloc's rule",
              "bloc's rules",
              "bloc's protocol",
              "bloc's protocols",
            ].map((n) => `${v} ${d} ${n}`),
          ),
        )
        .join(', ')},
      renege, reneged, reneging, breach, breaches, breached, breaking, violation, violations, violating, monitor,
      monitoring, judged by, dispute machinery, enforcement machinery, settlement machinery, mechanism, agreed upon multilaterally, oversight,
      review of the ruling, review of the decision, review of the findings, review of the case, judicial review,
      investigation, enshrine, enshrined, codify, codified, transshipment, transshipments, transhipment,
      circumvention, trans-shipment, trans-shipments, smuggling, abide by, deliver on, delivers on, delivered on,
      keep its promises, keep their promises, keep its commitments, keep their commitments, fulfil, fulfill,
      routed through third countries, rerouted through third countries, routed via third countries,
      customs data, customs cooperation, customs co-operation, shipped through its territory,
      dodge tariffs, dodge duties, dodging tariffs, evade tariffs, evade duties, evading tariffs, evading duties,
      appeal the ruling, appeals the ruling, appealed the ruling, appealing the ruling, ruling appealed,
      appeal against the ruling, appeal the report, appeal the panel report, appeal the decision, appeal the findings,
      appeal the verdict, appeal against the report, file an appeal, lodge an appeal, lodged an appeal, filed an appeal,
      carry out the ruling, ruling is carried out, ruling was carried out,
      implement the ruling, implements the ruling, implementing the ruling, implementation of the ruling,
      ruling is implemented,
      tighten rules of origin, tighten its rules of origin, tighten their rules of origin, tighten the rules of origin,
      tightened rules of origin, tightening rules of origin, tougher rules of origin, stricter enforcement of rules of origin,
      origin rules are tightened, origin rules were tightened, rules of origin are tightened, tighten origin rules,
      safeguard clause, safeguard clauses, safeguard mechanism, emergency brake,
      tighten checks, tighten its checks, tighten their checks, tightened checks, tougher checks, stricter checks,
      origin checks, checks on origin, checks on the origin, certificates of origin, certificate of origin, relabelled, relabeled, relabelling, relabeling, transshipped,
      trade case, unfair trade case, 301 case, case against, section 301, super 301, settling disputes, settle disputes, settlement of disputes,
      settling trade disputes, settle trade disputes, settle rows, settle trade rows, settling rows,
      follow through on, follow through with, to follow through,
      binational panel, binational panels, police the accord, police the agreement, police the pact,
      policing of the accord, policing of the agreement,
      reopen the case, reopen its case, reopen the investigation, back to gatt, back to the gatt, back to the wto,
      to challenge, challenge it, challenge them, its complaint, their complaint, own complaint,
      joint complaint, joint complaints, new complaint, formal complaint, formal complaints, gatt complaint,
      gatt complaints,
      wto challenge, wto challenges, legal challenge, legal challenges, wto case, wto complaint,
      consultations with, consultations under, formal consultations, bilateral consultations,
      consultations within, gatt consultations, compensation under, pay compensation,
      seek compensation, seeks compensation,
      dispute resolution, appellate body, appeals body, court of justice, luxembourg court, european court,
      final word, final arbiter, infringement proceedings, legal proceedings, start proceedings, open proceedings,
      begin proceedings, launch proceedings, proceedings against`),
    // ("urged the Commission to seek compensation from Japan": compensation sought from the other
    // side of a dispute; compensation provided to growers stays `other`)
    // ("wanted consultations with Australian officials on the case", "settle the matter through
    // consultations under the bilateral understanding", "hold the consultations within the 30 days
    // allowed": the consultations a dispute's rules provide for; not "meet next month for their
    // annual consultations")
    // "could not accept a panel whose rulings ...": a panel is the dispute body unless a stronger word says more
    // ("ready to accept U.S. inspectors in its orchards": checks by the other side verify a term)
    // ("Hanoi has promised fines of up to a billion dong for owners who disconnect the device",
    // "want the government to punish owners whose boats are caught": penalties that make a rule
    // bite, unless a stronger word names the rule's matter; "urged officials to appeal": an appeal
    // named by its verb alone)
    weak: list('panel, panels, inspectors, inspections, fines of, punish, prosecuted, prosecute, to appeal'),
  },
  {
    issue: 'export_controls',
    // ("a law making illegal re-exports punishable", "to scrap export price controls": controls on
    // what leaves the country)
    strong:
      list(`export controls, export control, export ban, export bans, ai chips, advanced chips, advanced semiconductors,
      chips away from, entity list, blacklist, white list, whitelist, white-list, trusted export destinations,
      trusted trading partners, simplified export procedures,
      blacklisted, blacklisting, blacklists, unreliable entity list, sanctions, high technology, high-technology, technology exports, chip exports,
      exports of high technology, export curbs, export restrictions, export licence, export licences,
      export license, export licenses, export licensing, license the export, licence the export,
      re-exports, re-export, re-exporting, illegal re-exports, export price controls, export rules on,
      license the exports, licence the exports, licensed the export, licensing the export, advanced chips, chip curbs, chip controls,
      chipmaking equipment, chip-making equipment, semiconductor equipment, rare earths, rare earth,
      rare-earth, embargo, embargoes, dual-use, dual use, supply of critical minerals, supplies of critical minerals,
      critical minerals supply, critical mineral supplies, stable supply, stable supplies,
      swift payments system, swift payment system, swift system, swift network, reconnected to swift,
      export exemptions, export exemption, general licences, general licenses,
      reconnection to swift, reconnect to swift, cut off from swift, disconnected from swift, access to swift, to use swift`),
    weak: list('national security'),
  },
  {
    issue: 'balance',
    // ("a concession on wine" is market access; "concessions on both sides" stays here)
    // ("only if all major importers also took part", "provided other exporters did the same": a step
    // taken only if the others take it too is reciprocity; "cannot flow in one direction only")
    // ("would not accept an accord that linked trade to political conditions", "any arrangement
    // that gave supranational bodies a say over national economic plans": terms tied to politics,
    // sovereignty; "any link between" two matters alone is coded by its subject)
    strong: list(`balanced, balance, reciprocal, reciprocity, mutual, mutually, concessions, concession,
      concessions on both sides, concessions on both,
      linked trade to, links trade to, link trade to, linking trade to,
      supranational,
      special and differential treatment, differential treatment, accession guidelines,
      interference in its internal affairs, interference in their internal affairs, interference in our internal affairs,
      conditions on its internal affairs, conditions on their internal affairs, conditions on our internal affairs,
      equality, equal footing, equal terms, equal basis, respect, sovereignty, dignity, win-win, fair deal, treated worse, worse treatment,
      unfair deal, unfair agreement, unfair trade deal, one-sided deal, one-sided agreement, lopsided deal, lopsided agreement,
      unequal deal, unequal agreement, unequal treaty, fair agreement, fair and balanced,
      treated differently, treated unequally,
      did the same, do the same, does the same, comparable cuts, comparable reductions, comparable concessions,
      matching cuts, matching concessions, also took part, also take part,
      one direction, one-way street, applied equally, apply equally, applies equally, applying equally,
      no worse than, not worse than,
      both directions, two-way street, only one side, one side only,
      no less favourable, no less favorable, no less favourably, no less favorably`),
    // ("treat foreign banks no less favourably than local ones": national treatment, market access,
    // listed there; "terms no less favourable than those offered to Seoul": equal terms)
    // "called for cuts in Japan's trade surplus": narrowing one party's surplus, when nothing more
    // specific is named (not "nations with large trade surpluses", "a supply imbalance", "help narrow
    // the trade deficit", which describe rather than ask)
    // ("any formula that treated producers and consumers alike": the same terms for both sides)
    weak: list('surplus, trade surplus, alike'),
  },
  {
    // demands outside the taxonomy that news often names; weak so any listed issue wins
    // (money named as a unit or means of payment, "70 mln European Currency Units", "pay half in
    // convertible currency", is no exchange-rate matter)
    issue: 'other',
    // ("settle more of their trade in national currencies": the labels code settling trade outside
    // the dollar as `other`, not a currency's value)
    // ("brought its prices into line with the market", "moving towards market prices", "resell the
    // oil on the spot market", "exchange market information": a price or a market's state, not
    // access to the market)
    // ("would agree to a larger aid package", "double the aid it receives under its financial
    // protocol": aid between governments, not a subsidy to an industry)
    // ("would raise output only if the government cut its production levy": a producer's tax at
    // home, no border measure)
    // ("has refused to open its labour market to new arrivals": workers, not goods; "only if it came
    // within the budget limits": a bloc's own spending; "expected the United States to compensate
    // it for losses": a government's claim on another, not support paid to producers)
    strong:
      list(`deforestation, labour standards, labor standards, labour law, labour laws, labor law, labor laws,
      enforce its own labour, enforce their own labour, enforce its own labor, enforce their own labor,
      enforce its own environmental, enforce their own environmental, enforce its labour, enforce their labour,
      enforce its labor, enforce their labor, enforce its environmental, enforce their environmental,
      labour rights, labor rights, labour reform, labour reforms, labor reform, labor reforms, workers' rights,
      right to form unions, freedom of association, forced labour, forced labor, child labour, child labor,
      fentanyl, human rights, visa, visas,
      visa restrictions, student visas, students, interest rates, interest rate, credit share, credit shares, tax cut, tax cuts, monetary policy, fiscal policy,
      european currency units, european currency unit, convertible currency, convertible currencies,
      hard currency, foreign currency,
      national currencies, local currencies, national currency,
      schengen, tobacco taxes, tobacco tax,
      humanitarian aid, humanitarian access, humanitarian, food and medicine, expansion of settlements, settlement expansion,
      ceasefire, cease-fire, hostages,
      compensation, freight rates, freight rate,
      credit guarantees, credit guarantee, export credit, export credits, credit terms,
      credits, credit line, credit lines, line of credit, lines of credit, trade credit, government-backed credit,
      export insurance, insurance cover, export credit insurance,
      buffer stock, buffer stocks, price range, reference price, floor price, intervention price,
      price ranges, price band, price bands, price provisions, economic provisions, food aid,
      price regulation, price arrangement, price arrangements, price stabilisation, price stabilization,
      technical help, technical support, technical assistance, capacity building, capacity-building,
      full text, the text of the deal, the text of the agreement, publish the agreement, publish the deal,
      disclose what, disclose the terms, disclose the details, publish the terms, publish the details,
      release the text, release the details, release the terms,
      text is public, text is made public, text were public, text was public, text is published,
      parliamentary approval, parliamentary scrutiny, parliamentary vote, put to a vote,
      submitted to congress, submit them to congress, submit it to congress, submitted to parliament,
      congressional approval, approval by congress, approval of congress, congressional vote, vote in congress,
      billion of investment, billion in investment, billion of investments, billion in investments,
      billion in new investment, investment pledge, investment pledges, investment commitment,
      investment commitments, investment fund,
      payments into eu budgets, payments into the eu budget, pay into the eu budget, contribute to the eu budget,
      budget contributions, into eu budgets, into the eu budget,
      security policy, security cooperation, drug trafficking, narcotics trafficking, drug cartels,
      illegal immigration, illegal migration, migrant flows, migration flows, border security,
      emigration, political prisoners, official credits, government credits, official debt, external debt,
      retract, retraction, apology, apologise, apologize, remarks,
      investment package, investment packages, investment pledge, investment pledges, investment bill, investment bills,
      investment fund, investment funds, investment commitment, investment commitments, investment vehicle,
      accession process, accession talks, accession bid, accession request, accession application, membership application,
      join the pact, joining the pact, join the agreement, joining the agreement, join any agreement, joining any agreement,
      freedom to negotiate, room to negotiate, right to negotiate, flexibility to negotiate, negotiate on its own,
      negotiate on their own, negotiating on its own, negotiating on their own, negotiate alone, negotiating alone,
      negotiate at its own pace, negotiate at their own pace, negotiate with third countries, negotiating with third countries,
      trade deals on its own, trade agreements on its own, deals on its own,
      market prices, market price, spot market, spot markets, line with the market,
      study of the market, state of the market, market information,
      aid package, aid packages, economic aid, financial protocol, financial protocols,
      production levy, production levies, labour market, labor market, labour markets, labor markets,
      budget limits, budget limit, national budgets, compensate it for, compensate them for,
      grace period, grace periods`),
    // 1980s macro-policy talk (growth, stimulus, taxes): asked of partners, or pledged, it is `other`
    // ("to grant road and rail transit across its territory", "a single treaty covering both trade
    // and transit": passage over a neighbour's land, not access to its market)
    weak: list(`environment, environmental, climate, emissions, carbon, protocol, competitive, stimulate, stimulating,
      stimulation, stimulus, economic growth, domestic demand, budget deficit, budget deficits, cut taxes,
      development assistance, development aid, debt payments, debt repayments, debt service, debt relief,
      repayment terms, rescheduling, world market, world markets, pay, pays, paying,
      rail transit, road transit, and transit, discuss transit, transit treaty, transit treaties, transit across`),
  },
];
