/**
 * Small closed word lists the recognizers use (lower case). Data, not code, so they can grow
 * without touching the recognizers.
 */
export const WORDS_VERSION = 47;

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Title heads: a capitalised name right after one of these is a person ("Vice Premier Liu He"). */
export const HEAD_TITLES = set(`
president premier minister secretary representative commissioner ambassador envoy spokesman
spokeswoman spokesperson chairman chairwoman chairperson chancellor governor senator sen rep congressman
congresswoman negotiator adviser advisor director counsellor counselor undersecretary
king queen emperor prince sheikh sultan emir amir lawmaker leader speaker economist analyst strategist chief ceo
mr mrs ms dr hon sir lord madam mayor official diplomat attorney judge justice chair lawyer administrator
democrat republican treasurer manager counsel investigator critic delegate taoiseach tánaiste tanaiste
counterpart founder co-founder cofounder comptroller comptroller-general auditor-general
`);

/** Words that may precede a title head inside a role ("External Trade Relations Commissioner"). */
export const TITLE_MODS = set(`
vice deputy prime trade commerce treasury finance foreign economy economic economics agriculture
agricultural industry international state external relations chief senior assistant under
special top farm acting former then us u.s. eu ec union national security commercial house
senate majority minority general managing executive lead vice-premier vice-president crown
cabinet
`);

/** Words after "Minister of"/"Secretary for" that still belong to the title. */
export const DOMAIN_WORDS = set(`
state trade commerce industry finance foreign affairs agriculture economy economic international
energy defense defence treasury external relations and the planning development fisheries
transport transportation communications labour labor health interior justice mines mining petroleum
oil industries primary resources natural cooperation co-operation commodities investment supply
supplies food forestry forests textiles shipping aviation telecommunications works tourism
environment information overseas customs budget employment power water plantation plantations
competition science technology innovation livestock rural integration production services
entrepreneurship enterprise enterprises small business digital infrastructure promotion
`);

/** Capitalised words that never start or make a name on their own. */
export const STOP_CAPS = set(`
the a an and but or if in on at to of for by with from as this that these those there it its he she
they we i you his her their our my your who what when where why how while after before since
during under over however meanwhile also still yet so not no yes all some many most more one two
three four five several new old last next first second third other another each both either
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
later earlier separately
mr mrs ms dr sir
democrats democrat republicans republican congressional administration government ministry
officials official analysts sources source people reporters
said says told according asked added reported
`);

/** Last words that make a capitalised run an organisation ("Canadian Forest Industry Council"). */
export const ORG_SUFFIX = set(`
association council ministry department committee institute federation chamber agency office
bureau commission board authority union fund embassy secretariat party league organization
organisation society confederation coalition forum foundation administration service statistics
court tribunal workers steelworkers producers growers farmers manufacturers exporters importers
automakers makers retailers contractors builders international alliance congress bank exchange force pool
body undersecretariat directorate inspectorate
`);

/** Last words of advisory and research firms' names ("Capital Economics", "Nomura Securities"):
 * company suffixes whose "in <country>" after the name is where the firm sits, not part of it. */
export const ADVISORY_SUFFIX = set(
  'economics analytics securities consulting consultants partners associates advisors advisers',
);

/** Company suffixes. */
export const COMPANY_SUFFIX = set(`
corp corporation inc incorporated ltd limited co cos company llc plc ag sa nv gmbh holdings group
motor motors airlines airways hydro lines railways railway industries technologies technology electronics steel
systems semiconductor metals chemicals
pharmaceuticals spa s.a. n.v. a.g. s.p.a. b.v. s.a.r.l. ab oy oyj asa bhd pty
`);
for (const w of ADVISORY_SUFFIX) COMPANY_SUFFIX.add(w);
/** Firm words that after a place's name alone (a country, its demonym, a province) name the place's
 * carrier or utility ("Kenya Railways", "Ontario Hydro", "Canadian Airlines"): the place needs no
 * other word of the name's own, as "U.S. Technology" does. */
export const PLACE_FIRM_HEADS = set('airlines airways railways railway hydro');
/** The legal forms among them, which a firm's name may drop on later mentions ("Acme Corp" ... "Acme"). */
export const LEGAL_FORMS = set(
  'corp corporation inc ltd co cos plc llc ag sa nv gmbh spa s.a. n.v. a.g. s.p.a. b.v. s.a.r.l. ab oy oyj asa bhd pty',
);

/** First words that make "X of Y" an organisation ("Bank of Thailand", "Ministry of ..."). */
/** Head words of Spanish, Portuguese, French and Italian bodies' names, before de/do/del/da/di/des
 * ("Banco do Brasil", "Instituto Brasileiro do Cafe", "Camara de Comercio"). */
export const ROMANCE_HEADS = set(`
banco banque banca compania companhia compagnie instituto institut istituto ministerio ministere
ministero camara chambre camera confederacion confederacao federacion federacao sociedad sociedade
societe corporacion empresa caja caisse conselho consejo conseil
asociacion associacao associazione confederazione federazione federation confederation syndicat
syndicats comite comitato consiglio unione groupement agenzia
`);

export const ORG_PREFIX = set(`
ministry department bureau office council bank institute federation association chamber board
commission committee agency court confederation chambers
secretariat undersecretariat directorate inspectorate conference
group union organization organisation alliance coalition league
`);

/** Connectors allowed inside a capitalised name run. */
export const RUN_CONNECTORS = set(
  'of for and & on de du la von van der den da al bin bint ibn del di do dos das des della et und',
);

/** Speech verbs that mark a capitalised pair as a person ("said Jane Doe", "Jane Doe told"). */
export const SPEECH = set(`
said says told added noted warned argued stated explained insisted urged wrote tweeted
reiterated repeated reaffirmed
`);

/** Prepositions before a capital that make it a place ("in Beijing"), not a government. */
export const PLACE_PREPS = set(`
in to from at into near via outside inside around across toward towards through of visit visited
visiting visits arrived left based headquartered flew fly trip return returned landed
`);

/** Words after a capital that make it act ("Beijing said"). */
export const METONYM_NEXT = set(`
said says say has have had is was were are will would could can may might should must wants want
wanted insists insisted demands demanded hopes hoped also again still now already never responded accused rejected warned
urged announced plans needs refuses refused agreed accepted believes considers sees seeks sought
does did do retaliated threatened imposed told tells made took gave won struck set sent kept held
began spoke wrote chose bought sold led went came
stood stands remains remain argues maintains opposes rejects expects aims intends offers proposes
supports objects fears views thinks thought knows knew feels felt means meant gets got brings
brought puts put pays paid meets met hits hit cuts cut leaves left becomes became finds found saw
stuck sticks wins holds keeps makes takes gives sets sends goes comes leads buys sells
`);

/** Verbs whose object capital is a party addressed ("Beijing told Washington it must ..."). */
export const ADDRESS_VERBS = set(`
told tell tells warned warns urged urges asked asks pressed presses accused accuses criticized
criticised blamed blames pressured pressuring
`);

/** Verbs that make a capital before "to" the party asked to act ("urged Tokyo to open ..."). */
export const DIRECTIVE_BEFORE = set(`
urge urges urged urging press presses pressed pressing ask asks asked asking want wants wanted
expect expects expected push pushes pushed pushing force forces forced forcing persuade persuaded
encourage encourages encouraged invite invited invites allow allows allowed told tell tells request requested
need needs needed
`);

/** Plural nouns after a capital that keep it a place ("Beijing officials", "Tokyo residents"). */
export const PLACE_NOUNS = set(`
officials authorities residents leaders negotiators diplomats sources companies firms markets
businesses analysts traders investors citizens streets offices embassies talks meetings summits
correspondents bureaus hotels airports suburbs
`);

/** Role words of analysts and commentators: they speak in their own name and hold no side. */
export const ANALYST_ROLES = set(
  'economist analyst strategist professor fellow researcher research scholar expert consultant lawyer specialist',
);

/** Lower-case words that may follow a title head inside the title ("chief executive officer, X,"). */
export const TITLE_TAILS = set('executive officer general');

/** Heads of laws, deals and plans: never a person's name ("House of Representatives Bill",
 * "the Economic Prosperity Deal, the ..."). */
export const LAW_WORDS = set(`
bill bills act acts law laws deal deals agreement accord pact treaty plan framework programme program
`);

/** Heads of schemes and measures that define an acronym like a body does ("Generalised System of
 * Preference (GSP)", "Carbon Border Adjustment Mechanism (CBAM)"): not organisations. */
export const SCHEME_WORDS = set(`
system systems preference preferences scheme schemes initiative mechanism index zone area standard
standards rule rules tax taxes tariff tariffs regulation directive protocol
`);

/** Plural nouns of people that end organisation names ("Grain Producers Australia"): with no word
 * of its own besides a country such a run is a group of people, not a body ("U.S. Exporters"). */
export const PEOPLE_SUFFIX = set(`
workers steelworkers producers growers farmers manufacturers exporters importers automakers makers
retailers contractors builders
`);

/** Lower-case nouns right before a capitalised name that make it an organisation ("the industry
 * group UK Steel", "the cognac industry body BNIC", "Mexico's steel chamber, Canacero,"). */
export const ORG_NOUNS_BEFORE = set(`
group groups body bodies lobby lobbies association chamber federation confederation council union
alliance coalition institute think-tank organisation organization agency department
monopoly monopolies fund funds
`);

/** Lower-case nouns right before a capitalised name that make it a company ("the battery maker LG
 * Energy Solution", "the juice exporters Cutrale and Citrosuco", "a spokesman for Deacero"; and
 * "owned" of "state-owned Acme", "family-owned Acme"). */
export const COMPANY_NOUNS_BEFORE = set(`
company companies firm firms maker makers carmaker carmakers automaker automakers chipmaker
chipmakers steelmaker steelmakers exporter exporters producer producers manufacturer manufacturers
retailer retailers conglomerate supplier suppliers airline shipbuilder shipbuilders brewer distiller
distillers processor processors miner miners owned yard yards shipyard shipyards mill mills
refiner refiners broker brokers dealer dealers trader traders house houses
smelter smelters refinery refineries utility utilities operator operators
`);

/** Nouns after a demonym that stand for the government ("the Chinese side"). */
export const GOV_NOUNS = set('government side administration authorities delegation');

/** Surnames never linked alone: common words and very common family names. */
/** Sides whose people the press names alone by the first part of their name ("Xi Jinping" ... "Xi
 * said", "Yoon Suk Yeol", "Prabowo Subianto"): Chinese and Korean family names come first, and
 * Indonesian and Thai officials are called by their first name ("Rachmat Saleh" ... "Rachmat told
 * parliament", "Subin Pinkayan" ... "Subin said"). */
export const FAMILY_FIRST_SIDES: ReadonlySet<string> = new Set([
  'cn',
  'tw',
  'hk',
  'mo',
  'kr',
  'kp',
  'id',
  'th',
]);

/** Monarchs' titles and the states whose head (or heir) bears each: a ruler named with no country
 * ("Sultan Haitham bin Tariq") is the story's one party among them, never the party named beside
 * him ("Modi and Sultan Haitham ..."). */
export const RULER_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['sultan', ['om', 'bn']],
  ['emir', ['qa', 'kw']],
  ['amir', ['qa', 'kw']],
  ['sheikh', ['qa', 'kw', 'ae', 'bh']],
  ['crown prince', ['sa', 'ae', 'kw', 'bh', 'jo', 'jp']],
  [
    'king',
    [
      'sa',
      'jo',
      'ma',
      'bh',
      'th',
      'es',
      'be',
      'nl',
      'se',
      'no',
      'dk',
      'gb',
      'bt',
      'ls',
      'sz',
      'to',
      'kh',
      'my',
    ],
  ],
  ['queen', ['gb', 'dk', 'nl']],
]);

export const AMBIGUOUS_SURNAMES = set(`
may he li wang lee liu zhang chen yang zhao huang zhou wu xu sun ma hu zhu guo lin ng moon fox
frost ross michel costa harris tai lai yoo park kim gao shu long young king white black brown
green day may will hope rice bush grant major champagne khan salman
`);

/** Role words of legislators, who hold their own positions (ANNOTATION.md conventions). */
export const LEGISLATOR_ROLES = set(
  'senator sen senate congressman congresswoman lawmaker legislator rep mp mep parliament parliamentary democrat republican',
);

/** Organisation heads of government bodies: they voice their country's position. */
export const GOV_ORG_HEADS = set(`
ministry department bureau office commission embassy agency administration secretariat authority
service statistics customs cabinet centre center
undersecretariat directorate inspectorate
`);

/**
 * Seats of government among the non-actors (entities.ts NON_ACTORS): never marked as actors
 * (ANNOTATION.md: optional), but "the White House said ... a precondition" is the government's
 * position, so they can hold one. Lower-case names -> country id.
 */
export const GOVERNMENT_SEATS: Readonly<Record<string, string>> = {
  'white house': 'us',
  'oval office': 'us',
  zhongnanhai: 'cn',
};

/**
 * Portfolios of ministries named in lower case after their country ("China's commerce ministry",
 * "the Japanese trade ministry"); `country id + portfolio` -> the lexicon's ministry, when it
 * has one (else the ministry is named from the text).
 */
export const MINISTRY_PORTFOLIOS = set(`
commerce trade foreign finance economy economic industry agriculture
`);
export const PORTFOLIO_MINISTRY: Readonly<Record<string, string>> = {
  'cn commerce': 'cn:mofcom',
  'cn trade': 'cn:mofcom',
  'jp trade': 'jp:meti',
  'jp industry': 'jp:meti',
  'jp economy': 'jp:meti',
  'jp foreign': 'jp:mofa',
  'kr trade': 'kr:motie',
  'kr industry': 'kr:motie',
  'in commerce': 'in:commerce',
  'in trade': 'in:commerce',
  'mx economy': 'mx:economy',
  'us commerce': 'us:commerce',
};

/** Lexicon ids of firms under export controls: restrictions on them are an export-controls issue. */
export const EXPORT_CONTROLLED: ReadonlySet<string> = new Set(['c:huawei', 'c:zte', 'c:smic']);

/** Nouns right before a capitalised name that make it a news outlet ("the newspaper El Pais"). */
export const MEDIA_NOUNS = set(`
newspaper newspapers daily broadcaster broadcasters tabloid magazine journal weekly monthly station
`);

/** Last words of outlets' names in other languages ("Neue Zuercher Zeitung", "Asahi Shimbun"). */
export const MEDIA_HEADS = set('zeitung shimbun ilbo tageblatt nachrichten');

/** The states of the United States, lower case (two-word names joined by one space): a firm's
 * "of <Town>, <State>" says where it is ("Acme Pans Inc of Dayton, Ohio"). */
export const US_STATES = set(`
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee
texas utah vermont virginia washington wisconsin wyoming
`);
for (const s2 of [
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'rhode island',
  'south carolina',
  'south dakota',
  'west virginia',
])
  US_STATES.add(s2);
