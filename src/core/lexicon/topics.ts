/**
 * Topic vocabularies for the article classifier and the event detector (lower-case tokens or
 * phrases). Data only.
 */
export const TOPICS_VERSION = 57;

/**
 * Words that make a text about trade policy or trade flows. Weighted against commodity-market and
 * public-finance vocabulary: a wheat-market or debt story that mentions exports is not "trade"
 * in the Reuters indexers' sense (fitted on Reuters dev: headline 2x, commodity -1, finance -0.2).
 */
export const TRADE_TERMS = [
  'trade',
  'tariff',
  'tariffs',
  'protectionism',
  'protectionist',
  'gatt',
  'wto',
  'surplus',
  'deficit',
  'imports',
  'exports',
  'import',
  'export',
  'retaliation',
  'sanctions',
  'quotas',
  'quota',
  'dumping',
  // trade-defence duties, not the duties of an office ("her duties include ...")
  'anti-dumping',
  'antidumping',
  'countervailing',
  'duties on',
  'duty on',
  'import duties',
  'customs duties',
  // border and customs arrangements between trading partners (post-Brexit protocols, customs unions)
  'customs union',
  'customs paperwork',
  'customs border',
  'customs declarations',
  'border checks',
  'customs checks',
  'checks on',
  'goods',
  'brexit',
  'post-brexit',
  'trading rules',
  'single market',
  'trading arrangements',
  'market access',
  // a ban on a country's goods ("the embargo on Mexican tuna", "lifts the embargo")
  'embargo',
  'embargoes',
  // goods carried between trading partners (`a share of the grain cargoes for American ships`)
  'cargo',
  'cargoes',
];
export const COMMODITY_TERMS = [
  'wheat',
  'grain',
  'grains',
  'corn',
  'maize',
  'sugar',
  'oil',
  'crude',
  'palm',
  'lpg',
  'feedgrains',
  'tonnes',
  'barrels',
  'bushels',
  'cocoa',
  'coffee',
  'beet',
  'cattle',
  'copper',
  'gold',
];
export const FINANCE_TERMS = [
  'debt',
  'gdp',
  'creditors',
  'debtors',
  'loans',
  'bank',
  'inflation',
  'growth',
  'unemployment',
  'budget',
];

/** Words that make a trade text about a negotiation or dispute between parties. */
export const NEGOTIATION_TERMS = [
  'talks',
  'negotiation',
  'negotiations',
  'negotiate',
  'negotiated',
  'negotiating',
  'negotiator',
  'negotiators',
  'renegotiate',
  'renegotiation',
  'renegotiated',
  // "a good starting point for discussions", "future discussions on world wheat trade"
  'discussions',
  'agreement',
  'accord',
  'pact',
  'deal',
  'dispute',
  'disputes',
  'retaliation',
  'retaliate',
  'retaliatory',
  'sanctions',
  'demand',
  'demands',
  'demanded',
  'concessions',
  'concession',
  'pressure',
  'pressed',
  // the present tense of wire headlines ("U.S. PRESSES JAPAN ON ...", "EC URGES ...")
  'presses',
  'urged',
  'urges',
  'complaint',
  'complaints',
  'complained',
  'protest',
  'protests',
  'protested',
  'reprisals',
  'friction',
  'frictions',
  'truce',
  'trade war',
  'war',
  'threatened',
  'threat',
  'barriers',
  'protectionism',
  'protectionist',
  'bill',
  'legislation',
  'insist',
  'insisted',
  'rejected',
  'offer',
  'offered',
  'agreed',
  'summit',
  'row',
  'envoy',
  'ministers',
  // a trade-remedy case is a dispute between parties ("voted to impose anti-dumping duties on
  // imports of Brazilian orange juice")
  'dumping',
  'countervailing',
  'meeting',
  'meetings',
  'infringement',
  'proceedings',
  'ruling',
  'ruled',
  'court',
  // the steps of a dispute before any talks ("asked the United States ... the request", "a
  // consultation procedure", "the proposal")
  'request',
  'requests',
  'requested',
  'consultation',
  'consultations',
  'proposal',
  'proposals',
  'proposed',
  // a buyer's or seller's refusal, a price settled or sent to arbitration: the run of a contract's
  // price talks, told in commodity words ("the mills refused its demand", "no settlement")
  'refused',
  'refuse',
  'refuses',
  'refusal',
  'settlement',
  'settle',
  'settled',
  'arbitration',
];

/** Weekday names, lower case, Sunday first (Date.getUTCDay's order; events.ts reads dates with
 * them, actors.ts keeps them out of given names). */
export const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** Month names, lower case, January first (also used to read dates in events.ts). */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Words of monthly trade statistics stories (trade, but not a negotiation). */
export const STATISTICS_TERMS = [
  'surplus',
  'deficit',
  'billion',
  'mln',
  'million',
  'pct',
  'percent',
  'per cent',
  'rose',
  'fell',
  'widened',
  'narrowed',
  'figures',
  'statistics',
  'seasonally',
  'adjusted',
  'compared',
  'month',
  ...MONTH_NAMES,
  'dlrs',
  'crowns',
  'francs',
  'rand',
  'baht',
];

/**
 * Status events (events.ts): what the article reports about the negotiation itself. A trigger is a
 * phrase that counts only with what it attaches to: a noun of a class as its object (`reached a
 * framework trade agreement`: a few modifiers may come between) or as its subject (`the talks
 * collapsed`, `the deal was signed`), parties on both sides (`Raimondo met Wang`), or nothing.
 * Lines: `status|phrases, comma-separated|attach|noun classes`.
 */
export const EVENT_TRIGGERS = [
  // agreements reached
  // (`called a truce`, not `called the deal a priority`: an indefinite object is the new deal)
  'deal_reached|reach,reached,reaches,reaching,strike,struck,strikes,striking,seal,sealed,seals,clinch,clinched,clinches,agree,agreed,agrees,agree on,agreed on,agrees on,settle on,settled on,settles on,finalise,finalised,finalize,finalized,forge,forged,hammer out,hammered out,close,closed,closes,announce,announced,announces,unveil,unveiled,unveils,call a,called a,calls a,secure,secured,conclude,concluded,concludes,complete,completed|object|deal',
  'deal_reached|reached,struck,sealed,clinched,concluded,agreed,finalised,finalized,announced,agreed upon,was done,is done|subject|deal',
  'deal_reached|settle,settled,settles,settling,resolve,resolved,resolves,resolving,end,ended,ends,ending|object|dispute',
  'deal_reached|settled,resolved|subject|dispute',
  // `said the impasse had been overcome`, `broke the deadlock`: a deadlock ended
  'deal_reached|impasse had been overcome,impasse has been overcome,impasse was overcome,deadlock had been broken,deadlock has been broken,deadlock was broken,broke the deadlock,broken the deadlock,break the deadlock,broke the impasse,broken the impasse,overcame the impasse,overcome the impasse,ended the deadlock,ended the impasse,ended the stalemate,broke the stalemate|none|',
  // concluding or wrapping up talks about an agreement (`concluded negotiations on a free trade agreement`)
  'deal_reached|conclude,concluded,concludes,wrap up,wrapped up,wind up,wound up,complete,completed|object|talks-on-deal,process',
  // (`following negotiations that were concluded on 1 April`: the process concluded in the passive
  // is the deal; `talks concluded in Geneva` alone is a sitting's end, held below)
  'deal_reached|were concluded,was concluded,had been concluded,have been concluded,has been concluded|subject|process',
  // initialling a text closes its negotiation before the formal signing
  'deal_reached|initialled,initialed,initialling,initialing|object|deal',
  // `The accord, initialled in Washington on Monday, covers ...`
  'deal_reached|initialled,initialed|subject|deal',
  // signing
  'signed|sign,signed,signs,signing,ink,inked,inks|object|deal',
  'signed|signed,inked|subject|deal',
  // talks held
  'held|hold,held,holds,holding,attend,attends,attended,attending,open,opens,opened,opening|object|talks',
  'held|held,ended,concluded,wrapped up,wound up,adjourned,took place,broke up,ended without,opened,began,got under way,got underway,reconvened,opens,open,begins,begin,starts|subject|talks',
  'held|conclude,concluded,concludes,wrap up,wrapped up,wind up,wound up,complete,completed,end,ended,ends|object|meeting',
  // `agreed ... in their first face-to-face meeting since ...`: the sitting the news came from
  'held|in their first,in their latest,at their first,at their latest|object|meeting',
  // `The United States and China ended talks in Peking on Wednesday on renewing their maritime
  // agreement`: a sitting ended (concluding talks on a deal is the deal, above)
  'held|end,ended,ends|object|talks',
  // (`Negotiators from the two countries are meeting in Ottawa this week`: a sitting under way)
  'held|met,meets,visited,visits,are meeting,were meeting|parties|',
  // (`said he had spoken with Commerce Secretary Howard Lutnick on Thursday night`: a call or a talk
  // between the parties)
  'held|spoke with,spoken with,talked with,spoke to,spoken to,talked to|parties|',
  'held|flew to,flew in to,travelled to,traveled to,arrived in,arrived at,were in,was in,is in,are in|object|talks',
  // `the demand was made during free trade negotiations in Ottawa this week`: the talks took place
  // (not `during the talks`: events.ts)
  'held|during|object|talks',
  // `Fijian officials held a video call with USTR staff last week`: a sitting held by call
  'held|held a video call,held a phone call,held a telephone call,held a video conference,held a videoconference,held video talks,held a virtual meeting,held virtual talks,had a video call,had a phone call|none|',
  // `returned from another round of talks in Washington`: the round took place
  'held|returned from,returns from,came back from,back from|object|talks',
  // talks restarted
  'restarted|resume,resumed,resumes,resuming,restart,restarted,restarts,revive,revived,relaunch,relaunched,reopen,reopened,return to,returned to,returns to,returning to|object|talks',
  'restarted|resumed,resume,resumes,resuming,restarted,restart,reopened,revived,relaunched,relaunch,will resume,would resume|subject|talks',
  'restarted|resumption of|object|talks',
  'restarted|back to the table,back to the negotiating table,back at the table,back at the negotiating table|none|',
  // talks stalled
  'stalled|stalled,stall,stalls,deadlocked,stuck,slowed,faltered,floundered,bogged down,hit a snag,have stalled,has stalled,remain stalled,remained stalled,remain deadlocked,remained deadlocked,remains deadlocked,remains stalled,remain stuck,remained stuck,remains stuck,still deadlocked,still stalled,as stuck,as stalled,as deadlocked,been frozen,remain frozen,remained frozen,remains frozen,still frozen|subject|talks,deal,dispute',
  'stalled|stalled,deadlocked|object|talks',
  'stalled|made no progress,made little progress,made no headway,made little headway|subject|talks',
  'stalled|impasse,deadlock,stalemate|none|',
  // talks broken off
  'broken_off|collapsed,collapse,collapses,broke down,broken down,break down,broke off,broken off,fell apart,fell through,foundered,called off,abandoned,ended abruptly|subject|talks,deal',
  'broken_off|suspended,cancelled,canceled,paused,put on hold,terminated|subject|talks',
  // (`Britain has paused negotiations on a new trade agreement with Canada`)
  // (`said he was ending all trade negotiations with Canada`: all of them, not a sitting's end)
  'broken_off|broke off,break off,broken off,called off,call off,suspended,suspend,cancelled,canceled,abandoned,walked away from,walk away from,walked out of,pulled out of,paused,pause,pauses,halted,terminated,terminate,terminates,terminating,ending all,ended all,end all,ends all|object|talks',
  // (`the Commerce Department walked away from a 2019 agreement`: a deal left is broken off)
  'broken_off|walked away from,walk away from,walks away from,pulled out of,pull out of,pulls out of,tore up,tear up,tears up,terminated,terminate,terminates|object|deal',
  // (`Russia on Monday refused to renew the agreement`: a deal left to lapse)
  'broken_off|refused to renew,refuses to renew,declined to renew,declines to renew,refused to extend,refuses to extend,declined to extend|object|deal',
  // talks planned
  'planned|to start,to begin,to open,to take place,to be held,will start,will begin,will open,will take place,will be held,would start,would begin,would take place,would be held,are due,is due,was due,were due,scheduled,set to,set for,expected to take place,expected to start,expected to begin,expected to open,expected to resume,planned|subject|talks',
  'planned|will hold,would hold,to hold,plan to hold,plans to hold,will start,would start,to start,to begin,will begin,would begin,to open,will open,to launch,will launch,are due to continue,is due to continue,were due to continue,was due to continue,will continue,to continue|object|talks',
  // a trip for talks told in the present (`leaves for Washington tomorrow for talks`) is still to come
  'planned|leaves for,leave for,leaving for,heads for,heads to,flies to,is flying to|object|talks',
  // `agreed on the outline of a deal, setting up a meeting between Trump and Xi on Thursday`,
  // `clearing the way for a summit`: a sitting the news makes way for is still to come
  'planned|setting up,clearing the way for,clearing way for,paving the way for,clear the way for,pave the way for,cleared the way for,paved the way for|object|talks',
  // `will go to Washington for talks opening on ...`, `are due to discuss the issue at their regular
  // trade talks next month`: a trip or an agenda item for talks to come
  'planned|will go to,would go to,is to go to,are to go to,are due to discuss,is due to discuss,were due to discuss,was due to discuss,are to discuss,is to discuss,will discuss,would discuss|object|talks',
  // `is due in Tokyo next week for a further round`: a party's arrival for talks on the calendar
  'planned|is due in,are due in,is due back in,are due back in,is expected in,are expected in|object|talks',
  'planned|will reconvene,would reconvene,to reconvene|subject|talks',
  // `Lula, who will host the next summit in December`: a sitting a party is to host
  'planned|will host,would host,to host,is to host,are to host,is due to host,will also host|object|talks',
  // `The talks are to resume in Sydney in late March`
  // (`officials are due to review the workings of the cheese accord in Brussels next month`: a
  // deal's review sitting to come)
  'planned|are due to review,is due to review,were due to review,was due to review|object|deal',
  'planned|are to resume,is to resume,were to resume,was to resume,are to continue,is to continue|subject|talks',
  // `The group meets again on July 11`, `A joint committee will meet in Peking in the spring`, `The
  // council is to resume in the week of March 9`: a sitting body of the talks meeting to come
  'planned|meets again,meet again,meets next,next meets,will next meet,meets,will meet,will meet again,will meet next,is to meet,are to meet,is to resume,is due to meet,will reconvene|subject|body',
  // `The council adjourned on Thursday without agreeing rules`, `The conference resumed on Monday
  // after a break of six weeks`: a sitting body of the talks that sat (told without an object)
  'held|adjourned,ended,opened,closed,met|subject|body',
  // `raised the matter with a delegation from CEROILS in Bangkok on Monday`: a sitting with the other side
  'held|raised the matter with,raised the issue with,took up the matter with|none|',
  'restarted|resumed,reconvened|subject|body',
  // `The protocol is to be signed in Moscow later this month`: a signing on the calendar
  'planned|to be signed,will be signed,would be signed|subject|deal',
  'planned|will meet,would meet,to meet,meet,planned to see,plans to see,plan to see,will see,is to see|parties|',
  // (`he expected to speak with U.S. Trade Representative Jamieson Greer in the coming days`)
  // (`Trump and Xi will confirm the arrangement when they speak by phone on Friday`: leaders' call to come)
  // (`he would speak to Rollins by phone on Thursday`: a call with the other side's official)
  'planned|to speak with,will speak with,would speak with,to speak to,will speak to,would speak to,to talk with,will talk with,would talk with,will speak by phone,would speak by phone,to speak by phone,speak by phone|parties|',
  'planned|meet again,will visit,would visit,to visit,will travel,would travel,to travel|none|',
  // `Trade ministers gather in Yaounde from Thursday`: a meeting's delegates gathering, told in the
  // present or future (not `gathered in`: protesters gather as often as delegates)
  'planned|gather in,will gather in,to gather in,are to gather in|none|',
  'planned|next round,upcoming|none|',
  // `The two sides plan further talks in Brussels in July`, `Almonds are on the agenda of trade
  // talks in New Delhi on November 10`: talks to come, planned or with their agenda set
  'planned|plan,plans,on the agenda of,on the agenda for,on the agenda at|object|talks',
  // `The commission is due to meet next in Moscow`, `negotiators would try again in Jakarta in
  // late April`, `which is to report to the next meeting`: a sitting to come, whoever sits
  'planned|due to meet,try again,next meeting,next session|none|',
  // `A further round of talks is expected in Helsinki next month`
  'planned|is expected,are expected,is coming,are coming|subject|talks',
] as const;

/** Nouns of the negotiating process (`talks`, `round`), which held/stalled/restarted attach to. */
export const TALKS_NOUNS = [
  'talks',
  'negotiations',
  'negotiation',
  'round',
  'rounds',
  'dialogue',
  'consultations',
  'meeting',
  'meetings',
  'summit',
  'discussions',
  'session',
  'sessions',
  'negotiators',
  // ("after two days of bargaining over which goods ...")
  'bargaining',
];

/** The talks nouns that name one sitting (concluding one is a round held, not a deal). */
export const MEETING_NOUNS = ['round', 'rounds', 'meeting', 'meetings', 'session', 'sessions', 'summit'];

/** Nouns of an agreement, which reached/signed attach to. */
export const DEAL_NOUNS = [
  'deal',
  'deals',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'pact',
  'pacts',
  'truce',
  'framework',
  'frameworks',
  'treaty',
  'treaties',
  'arrangement',
  'arrangements',
  'compromise',
  'ceasefire',
  'settlement',
  // (`reached an understanding on`, `a memorandum of understanding`)
  'understanding',
  // (`signed a protocol in Moscow setting their trade for the year`: a trade agreement of the day)
  'protocol',
  'protocols',
  // (`agreed in London on a new five-year Wheat Trade Convention`: a commodity pact's instrument)
  'convention',
  'conventions',
  // (`signed an upgrade of their free trade area`: a deal's new version)
  'upgrade',
];

/** Nouns of a dispute, which `settled`/`ended` turn into an agreement. */
/** (`settling one of two complaints` brought under a trade law: a formal complaint is a dispute) */
export const DISPUTE_NOUNS = [
  'dispute',
  'feud',
  'row',
  'fight',
  'battle',
  'standoff',
  'spat',
  'complaint',
  'complaints',
  // (`resolved the last issues blocking the agreement`, `settled their differences`: what kept the
  // parties apart, settled)
  'issues',
  'differences',
];

/** Words that let a sentence carry a status event at all (the `W_EVENT` bit): the nouns above,
 * and the verbs of the triggers that need none (`met`, `agreed to ...`). */
export const EVENT_NOUNS = [
  ...TALKS_NOUNS,
  ...DEAL_NOUNS,
  ...DISPUTE_NOUNS,
  'table',
  'impasse',
  'deadlock',
  'stalemate',
  'met',
  'meets',
  'meet',
  'visit',
  'visits',
  'visited',
  // `Moore, who saw Andriessen in Brussels yesterday` (events.ts sawParty)
  'saw',
  // `he had spoken with Commerce Secretary Howard Lutnick on Thursday night`
  'spoke',
  'spoken',
  'talked',
  'speak',
  // `held a video call with USTR staff last week` (EVENT_TRIGGERS)
  'call',
  'videoconference',
  'conference',
  // `Japan told the GATT Council today`, `told European Community farm ministers in Luxembourg on
  // Tuesday` (events.ts toldSitting)
  'council',
  'told',
  'travel',
  'agreed',
  'agree',
  'agrees',
  'upcoming',
  // `put its plan to the negotiating group` (events.ts presentedTo)
  'negotiating',
  // `officials of the two governments are to discuss access ... later this month`, `a trade
  // delegation from Taipei is due in Jakarta next month` (events.ts loosePlan)
  'discuss',
  'delegation',
  // `put the requests to EC Commission officials in Brussels on Thursday` (events.ts putToParty)
  'put',
  // `raised the matter with Foreign Trade Minister Mats Hellstrom` (events.ts raisedWith)
  'raised',
  // `told Lyng in a telephone call on Wednesday` (events.ts phoneCall)
  'telephone',
  'phone',
  // `Officials of the two countries discussed the duty in Ottawa last week` (events.ts jointDiscussion)
  'discussed',
  // `Ministers are due to resume on July 20` (events.ts partiesResume)
  'resume',
  'resumes',
  'resumed',
];
