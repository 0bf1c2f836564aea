import type { ActorKind } from '../types';

/**
 * Blocs, international bodies, agencies, legislatures, outlets and a few companies that are
 * frequent parties to trade disputes. Data only: `compile.ts` turns it into one token trie.
 *
 * - `aliases`: other surface forms (matched case-sensitively on the first letter; all-caps
 *   aliases such as `EU` must be all caps in the text).
 * - `after`: short forms that only count once the entity itself was named earlier in the text
 *   ("the Commission" after "European Commission").
 * - `side`: the country/bloc id the entity acts for; omitted for international bodies and outlets.
 */
export interface EntityEntry {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
  after?: string[];
  side?: string;
  role?: string;
  /** Place names that stand for the body when they act ("Brussels said"). */
  metonyms?: string[];
  /** Non-government body that holds its own positions (legislature, lobby, outlet). */
  own?: boolean;
  /** Adjectives of a bloc, read like a country's demonym ("the European side"): they give sides
   * and targets, and become a mention only before a government noun. */
  adjectives?: string[];
  /** The name and aliases count only where the place acts, as a capital does ("British Columbia
   * has asked Ottawa", not "mills in British Columbia"). */
  acting?: boolean;
}

export const ENTITIES_VERSION = 11;

export const BLOCS: EntityEntry[] = [
  {
    id: 'eu',
    name: 'European Union',
    kind: 'bloc',
    aliases: ['EU', 'E.U.'],
    metonyms: ['Brussels'],
    adjectives: ['European'],
    side: 'eu',
  },
  {
    id: 'ec',
    name: 'European Community',
    kind: 'bloc',
    aliases: [
      'EC',
      'E.C.',
      'EEC',
      'European Economic Community',
      'European Communities',
      'European Common Market',
    ],
    // "the Common Market" alone only once the Community is named: Mercosur is a common market too
    after: ['Community', 'Common Market'],
    side: 'ec',
  },
  {
    id: 'asean',
    name: 'ASEAN',
    kind: 'bloc',
    aliases: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'],
  },
  {
    id: 'mercosur',
    name: 'Mercosur',
    kind: 'bloc',
    aliases: ['MERCOSUR', 'Mercosul', 'Southern Common Market'],
  },
  { id: 'g7', name: 'G7', kind: 'bloc', aliases: ['G-7', 'Group of Seven', 'G8', 'G-8', 'Group of Eight'] },
  { id: 'g20', name: 'G20', kind: 'bloc', aliases: ['G-20', 'Group of 20', 'Group of Twenty'] },
  { id: 'brics', name: 'BRICS', kind: 'bloc' },
  { id: 'efta', name: 'European Free Trade Association', kind: 'bloc', aliases: ['EFTA'] },
  { id: 'afu', name: 'African Union', kind: 'bloc' },
  { id: 'gcc', name: 'Gulf Cooperation Council', kind: 'bloc', aliases: ['GCC'] },
  { id: 'eaeu', name: 'Eurasian Economic Union', kind: 'bloc' },
  // groupings of the 1980s that wire archives name as parties
  { id: 'cairns', name: 'Cairns Group', kind: 'bloc' },
  { id: 'g5', name: 'Group of Five', kind: 'bloc', aliases: ['G-5'] },
  {
    id: 'comecon',
    name: 'Comecon',
    kind: 'bloc',
    aliases: ['COMECON', 'CMEA', 'Council for Mutual Economic Assistance'],
  },
  {
    id: 'opec',
    name: 'OPEC',
    kind: 'organization',
    aliases: [
      'Organization of the Petroleum Exporting Countries',
      'Organisation of Petroleum Exporting Countries',
    ],
  },
  {
    id: 'wto',
    name: 'World Trade Organization',
    kind: 'organization',
    aliases: ['WTO', 'World Trade Organisation'],
  },
  {
    id: 'gatt',
    name: 'General Agreement on Tariffs and Trade',
    kind: 'organization',
    aliases: ['GATT', 'GATT Council'],
  },
  { id: 'imf', name: 'International Monetary Fund', kind: 'organization', aliases: ['IMF'] },
  { id: 'wb', name: 'World Bank', kind: 'organization' },
  // regional development banks and the creditor clubs of debt talks
  {
    id: 'iadb',
    name: 'Inter-American Development Bank',
    kind: 'organization',
    aliases: ['IADB', 'Inter American Development Bank'],
  },
  { id: 'adb', name: 'Asian Development Bank', kind: 'organization', aliases: ['ADB'] },
  { id: 'afdb', name: 'African Development Bank', kind: 'organization', aliases: ['AfDB'] },
  {
    id: 'ebrd',
    name: 'European Bank for Reconstruction and Development',
    kind: 'organization',
    aliases: ['EBRD'],
  },
  { id: 'paris-club', name: 'Paris Club', kind: 'organization' },
  // commodity bodies whose members bargain over quotas and prices
  {
    id: 'ico',
    name: 'International Coffee Organization',
    kind: 'organization',
    aliases: ['International Coffee Organisation'],
  },
  {
    id: 'icco',
    name: 'International Cocoa Organization',
    kind: 'organization',
    aliases: ['International Cocoa Organisation', 'ICCO'],
  },
  {
    id: 'iso-sugar',
    name: 'International Sugar Organization',
    kind: 'organization',
    aliases: ['International Sugar Organisation'],
  },
  { id: 'iwc-wheat', name: 'International Wheat Council', kind: 'organization' },
  { id: 'itc-tin', name: 'International Tin Council', kind: 'organization' },
  {
    id: 'fao',
    name: 'Food and Agriculture Organization',
    kind: 'organization',
    aliases: ['FAO', 'Food and Agriculture Organisation'],
  },
  {
    id: 'iea',
    name: 'International Energy Agency',
    kind: 'organization',
    aliases: ['IEA'],
  },
  {
    id: 'apec',
    name: 'APEC',
    kind: 'organization',
    aliases: ['Asia-Pacific Economic Cooperation', 'Asia Pacific Economic Cooperation'],
  },
  {
    id: 'oecd',
    name: 'OECD',
    kind: 'organization',
    // every spelling: hyphen or not, British or American (wire copy uses all four)
    aliases: [
      'Organisation for Economic Co-operation and Development',
      'Organization for Economic Co-operation and Development',
      'Organisation for Economic Cooperation and Development',
      'Organization for Economic Cooperation and Development',
    ],
  },
  { id: 'un', name: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'] },
  {
    id: 'unctad',
    name: 'UNCTAD',
    kind: 'organization',
    aliases: ['United Nations Conference on Trade and Development'],
  },
  { id: 'nato', name: 'NATO', kind: 'organization' },
  { id: 'rcep', name: 'RCEP', kind: 'bloc', aliases: ['Regional Comprehensive Economic Partnership'] },
  {
    id: 'cptpp',
    name: 'CPTPP',
    kind: 'bloc',
    aliases: ['Comprehensive and Progressive Agreement for Trans-Pacific Partnership'],
  },
];

export const AGENCIES: EntityEntry[] = [
  // United States
  {
    id: 'us:ustr',
    name: 'Office of the U.S. Trade Representative',
    kind: 'organization',
    side: 'us',
    aliases: [
      'USTR',
      'Office of the United States Trade Representative',
      "U.S. Trade Representative's office",
      'Office of the US Trade Representative',
    ],
  },
  {
    id: 'us:commerce',
    name: 'U.S. Commerce Department',
    kind: 'organization',
    side: 'us',
    aliases: [
      'Commerce Department',
      'Department of Commerce',
      'US Commerce Department',
      'U.S. Department of Commerce',
    ],
  },
  {
    id: 'us:treasury',
    name: 'U.S. Treasury',
    kind: 'organization',
    side: 'us',
    aliases: ['Treasury Department', 'US Treasury', 'Department of the Treasury', 'U.S. Treasury Department'],
  },
  {
    id: 'us:usda',
    name: 'U.S. Agriculture Department',
    kind: 'organization',
    side: 'us',
    aliases: [
      'USDA',
      'Agriculture Department',
      'Department of Agriculture',
      'U.S. Department of Agriculture',
    ],
  },
  {
    id: 'us:state',
    name: 'U.S. State Department',
    kind: 'organization',
    side: 'us',
    aliases: ['State Department', 'Department of State'],
  },
  {
    // the building stands for the department as a building name seldom does ("Pentagon officials")
    id: 'us:defense',
    name: 'U.S. Defense Department',
    kind: 'organization',
    side: 'us',
    aliases: [
      'Pentagon',
      'Defense Department',
      'Department of Defense',
      'U.S. Defense Department',
      'Defence Department',
      'U.S. Department of Defense',
    ],
  },
  {
    id: 'us:congress',
    name: 'United States Congress',
    kind: 'organization',
    side: 'us',
    own: true,
    aliases: ['Congress', 'U.S. Congress', 'US Congress'],
  },
  {
    id: 'us:senate',
    name: 'U.S. Senate',
    kind: 'organization',
    side: 'us',
    own: true,
    aliases: ['US Senate', 'United States Senate'],
    after: ['Senate'],
  },
  {
    id: 'us:house',
    name: 'United States House of Representatives',
    kind: 'organization',
    side: 'us',
    own: true,
    aliases: [
      'House of Representatives',
      'U.S. House of Representatives',
      'US House of Representatives',
      'House of Representative',
    ],
    after: ['House'],
  },
  {
    id: 'us:itc',
    name: 'U.S. International Trade Commission',
    kind: 'organization',
    side: 'us',
    aliases: ['International Trade Commission', 'USITC'],
  },
  {
    id: 'us:fed',
    name: 'Federal Reserve',
    kind: 'organization',
    side: 'us',
    aliases: ['Fed', 'Federal Reserve Board', 'Federal Reserve System'],
  },
  {
    id: 'us:customs',
    name: 'U.S. Customs Service',
    kind: 'organization',
    side: 'us',
    aliases: [
      'U.S. Customs',
      'US Customs',
      'U.S. Customs and Border Protection',
      'Customs and Border Protection',
    ],
  },
  { id: 'us:ccc', name: 'Commodity Credit Corporation', kind: 'organization', side: 'us' },
  {
    id: 'us:exim',
    name: 'Export-Import Bank of the United States',
    kind: 'organization',
    side: 'us',
    aliases: ['U.S. Export-Import Bank', 'US Export-Import Bank'],
  },
  // lobbies that argue the U.S. side of farm and chip disputes (they hold their own positions)
  { id: 'us:sia', name: 'Semiconductor Industry Association', kind: 'organization', side: 'us', own: true },
  {
    id: 'us:nawg',
    name: 'National Association of Wheat Growers',
    kind: 'organization',
    side: 'us',
    own: true,
    aliases: ['NAWG'],
  },
  { id: 'us:wheat-associates', name: 'U.S. Wheat Associates', kind: 'organization', side: 'us', own: true },
  // advocacy groups and business lobbies that speak in their own name across many disputes; a
  // national branch ("Greenpeace Switzerland", "Amcham Brasil") is its own actor (actors.ts)
  {
    id: 'o:greenpeace',
    name: 'Greenpeace',
    kind: 'organization',
    own: true,
    aliases: ['Greenpeace International'],
  },
  {
    id: 'o:wwf',
    name: 'WWF',
    kind: 'organization',
    own: true,
    aliases: ['World Wide Fund for Nature', 'World Wildlife Fund'],
  },
  { id: 'o:oxfam', name: 'Oxfam', kind: 'organization', own: true, aliases: ['Oxfam International'] },
  { id: 'o:amnesty', name: 'Amnesty International', kind: 'organization', own: true },
  { id: 'o:hrw', name: 'Human Rights Watch', kind: 'organization', own: true },
  {
    // (not "American Chamber of Commerce": that run names its host country after "in" itself)
    id: 'o:amcham',
    name: 'Amcham',
    kind: 'organization',
    own: true,
    aliases: ['AmCham', 'AMCHAM'],
  },
  {
    id: 'eu:copa-cogeca',
    name: 'Copa-Cogeca',
    kind: 'organization',
    side: 'eu',
    own: true,
    aliases: ['Copa Cogeca', 'COPA-COGECA'],
  },
  // central banks and planning agencies, named in trade-gap and currency stories
  {
    id: 'de:bundesbank',
    name: 'Bundesbank',
    kind: 'organization',
    side: 'de',
    aliases: ['Deutsche Bundesbank'],
  },
  { id: 'gb:boe', name: 'Bank of England', kind: 'organization', side: 'gb' },
  { id: 'fr:bdf', name: 'Banque de France', kind: 'organization', side: 'fr', aliases: ['Bank of France'] },
  { id: 'jp:epa', name: 'Economic Planning Agency', kind: 'organization', side: 'jp' },
  { id: 'jp:jftc', name: 'Japan Fair Trade Commission', kind: 'organization', side: 'jp' },
  {
    id: 'jp:keidanren',
    name: 'Keidanren',
    kind: 'organization',
    side: 'jp',
    own: true,
    aliases: [
      'Japan Business Federation',
      'Federation of Economic Organizations',
      'Federation of Economic Organisations',
    ],
  },
  {
    id: 'us:cfius',
    name: 'CFIUS',
    kind: 'organization',
    side: 'us',
    aliases: ['Committee on Foreign Investment in the United States'],
  },
  { id: 'us:bis', name: 'Bureau of Industry and Security', kind: 'organization', side: 'us' },
  // China
  {
    id: 'cn:mofcom',
    name: 'Ministry of Commerce',
    kind: 'organization',
    side: 'cn',
    aliases: ['MOFCOM', 'Mofcom', "China's Ministry of Commerce"],
  },
  // (its 1982-1993 predecessor, in 1980s wire copy)
  {
    id: 'cn:mofert',
    name: 'Ministry of Foreign Economic Relations and Trade',
    kind: 'organization',
    side: 'cn',
    aliases: ['MOFERT'],
  },
  { id: 'cn:state-council', name: 'State Council', kind: 'organization', side: 'cn' },
  {
    id: 'cn:ndrc',
    name: 'National Development and Reform Commission',
    kind: 'organization',
    side: 'cn',
    aliases: ['NDRC'],
  },
  { id: 'cn:pboc', name: "People's Bank of China", kind: 'organization', side: 'cn', aliases: ['PBOC'] },
  // EU
  {
    id: 'eu:cjeu',
    name: 'Court of Justice of the European Union',
    kind: 'organization',
    side: 'eu',
    aliases: [
      'European Court of Justice',
      'EU Court of Justice',
      'ECJ',
      'CJEU',
      'European Union Court of Justice',
    ],
  },
  {
    id: 'eu:commission',
    name: 'European Commission',
    kind: 'organization',
    side: 'eu',
    aliases: ['EU Commission', 'EC Commission', 'EC Executive Commission', 'European Community Commission'],
    after: ['Commission'],
  },
  {
    id: 'eu:dg-trade',
    name: 'DG Trade',
    kind: 'organization',
    side: 'eu',
    aliases: ['Directorate-General for Trade'],
  },
  { id: 'eu:parliament', name: 'European Parliament', kind: 'organization', side: 'eu', own: true },
  {
    id: 'eu:council',
    name: 'European Council',
    kind: 'organization',
    side: 'eu',
    aliases: ['Council of the European Union'],
  },
  // Japan
  {
    id: 'jp:meti',
    name: 'Ministry of Economy, Trade and Industry',
    kind: 'organization',
    side: 'jp',
    aliases: ['METI'],
  },
  {
    id: 'jp:miti',
    name: 'Ministry of International Trade and Industry',
    kind: 'organization',
    side: 'jp',
    aliases: ['MITI'],
  },
  { id: 'jp:mofa', name: 'Japanese Foreign Ministry', kind: 'organization', side: 'jp', aliases: ['MOFA'] },
  // UK, Canada, India, Korea, Mexico, Australia
  {
    id: 'gb:dit',
    name: 'Department for International Trade',
    kind: 'organization',
    side: 'gb',
    aliases: ['DIT'],
  },
  { id: 'gb:dbt', name: 'Department for Business and Trade', kind: 'organization', side: 'gb' },
  {
    id: 'gb:customs',
    name: 'HM Customs and Excise',
    kind: 'organization',
    side: 'gb',
    aliases: ['Customs and Excise', 'HM Revenue and Customs', 'HMRC'],
  },
  {
    id: 'gb:parliament',
    name: 'UK Parliament',
    kind: 'organization',
    side: 'gb',
    own: true,
    aliases: ['House of Commons', 'British Parliament'],
  },
  { id: 'ca:gac', name: 'Global Affairs Canada', kind: 'organization', side: 'ca' },
  { id: 'ca:statcan', name: 'Statistics Canada', kind: 'organization', side: 'ca', aliases: ['StatCan'] },
  // federal departments named '<Portfolio> Canada' (the customs and tax service, farm, trade ...)
  { id: 'ca:revenue', name: 'Revenue Canada', kind: 'organization', side: 'ca' },
  { id: 'ca:agriculture', name: 'Agriculture Canada', kind: 'organization', side: 'ca' },
  { id: 'ca:investment', name: 'Investment Canada', kind: 'organization', side: 'ca' },
  { id: 'ca:transport', name: 'Transport Canada', kind: 'organization', side: 'ca' },
  { id: 'ca:health', name: 'Health Canada', kind: 'organization', side: 'ca' },
  { id: 'ca:environment', name: 'Environment Canada', kind: 'organization', side: 'ca' },
  { id: 'ca:industry', name: 'Industry Canada', kind: 'organization', side: 'ca' },
  { id: 'ca:fisheries', name: 'Fisheries and Oceans Canada', kind: 'organization', side: 'ca' },
  {
    id: 'ca:edc',
    name: 'Export Development Canada',
    kind: 'organization',
    side: 'ca',
    aliases: ['Export Development Corp'],
  },
  { id: 'in:commerce', name: 'Ministry of Commerce and Industry', kind: 'organization', side: 'in' },
  {
    id: 'kr:motie',
    name: 'Ministry of Trade, Industry and Energy',
    kind: 'organization',
    side: 'kr',
    aliases: ['MOTIE'],
  },
  {
    id: 'mx:economy',
    name: 'Ministry of Economy',
    kind: 'organization',
    side: 'mx',
    aliases: ['Secretaria de Economia', 'Secretaría de Economía'],
  },
  // Governments named by a collective name no other state uses in English news ("State Council"
  // for China is above). Not "Bundesrat" (Germany's and Austria's upper houses, Switzerland's
  // government in German) nor "Council of Ministers" / "Cabinet Office": several states each.
  {
    id: 'ch:federal-council',
    name: 'Federal Council',
    kind: 'organization',
    side: 'ch',
    aliases: ['Swiss Federal Council'],
  },
  { id: 'tw:executive-yuan', name: 'Executive Yuan', kind: 'organization', side: 'tw' },
  // Taiwan's central bank (the Republic of China's), not the People's Republic's
  { id: 'tw:cbc', name: 'Central Bank of China', kind: 'organization', side: 'tw' },
  // the United States' unofficial embassy in Taipei: it speaks for the U.S. government
  { id: 'us:ait', name: 'American Institute in Taiwan', kind: 'organization', side: 'us', aliases: ['AIT'] },
];

export const MEDIA: EntityEntry[] = [
  { id: 'm:reuters', name: 'Reuters', kind: 'media', aliases: ['Thomson Reuters'] },
  {
    id: 'm:xinhua',
    name: 'Xinhua',
    kind: 'media',
    side: 'cn',
    aliases: ['Xinhua News Agency', 'New China News Agency'],
  },
  {
    id: 'm:wsj',
    name: 'The Wall Street Journal',
    kind: 'media',
    aliases: ['Wall Street Journal', 'WSJ'],
    after: ['Journal'],
  },
  { id: 'm:bloomberg', name: 'Bloomberg', kind: 'media', aliases: ['Bloomberg News'] },
  { id: 'm:cnbc', name: 'CNBC', kind: 'media' },
  { id: 'm:cnn', name: 'CNN', kind: 'media' },
  { id: 'm:bbc', name: 'BBC', kind: 'media', aliases: ['BBC News'] },
  { id: 'm:fox', name: 'Fox News', kind: 'media', aliases: ['Fox Business'] },
  {
    id: 'm:nyt',
    name: 'The New York Times',
    kind: 'media',
    aliases: ['New York Times', 'NY Times', 'N.Y. Times'],
    after: ['Times'],
  },
  { id: 'm:wapo', name: 'The Washington Post', kind: 'media', aliases: ['Washington Post'] },
  { id: 'm:ft', name: 'Financial Times', kind: 'media', aliases: ['The Financial Times', 'FT'] },
  { id: 'm:economist', name: 'The Economist', kind: 'media' },
  { id: 'm:ap', name: 'Associated Press', kind: 'media', aliases: ['The Associated Press', 'AP'] },
  { id: 'm:afp', name: 'Agence France-Presse', kind: 'media', aliases: ['AFP', 'Agence France Presse'] },
  {
    id: 'm:politico',
    name: 'Politico',
    kind: 'media',
    aliases: ['POLITICO', 'Politico Europe', 'POLITICO Europe'],
  },
  { id: 'm:axios', name: 'Axios', kind: 'media' },
  { id: 'm:guardian', name: 'The Guardian', kind: 'media' },
  { id: 'm:kyodo', name: 'Kyodo', kind: 'media', aliases: ['Kyodo News'] },
  { id: 'm:nikkei', name: 'Nikkei', kind: 'media', aliases: ['Nikkei Asia', 'Nikkei Asian Review'] },
  { id: 'm:asahi', name: 'Asahi Shimbun', kind: 'media', aliases: ['The Asahi Shimbun'] },
  { id: 'm:yomiuri', name: 'Yomiuri Shimbun', kind: 'media', aliases: ['The Yomiuri Shimbun'] },
  { id: 'm:mainichi', name: 'Mainichi Shimbun', kind: 'media' },
  { id: 'm:yonhap', name: 'Yonhap', kind: 'media', aliases: ['Yonhap News Agency'] },
  { id: 'm:global-times', name: 'Global Times', kind: 'media', side: 'cn', aliases: ['The Global Times'] },
  { id: 'm:peoples-daily', name: "People's Daily", kind: 'media', side: 'cn' },
  { id: 'm:china-daily', name: 'China Daily', kind: 'media', side: 'cn' },
  { id: 'm:cctv', name: 'CCTV', kind: 'media', side: 'cn', aliases: ['China Central Television', 'CGTN'] },
  { id: 'm:scmp', name: 'South China Morning Post', kind: 'media', aliases: ['SCMP'] },
  { id: 'm:caixin', name: 'Caixin', kind: 'media' },
  { id: 'm:handelsblatt', name: 'Handelsblatt', kind: 'media' },
  { id: 'm:spiegel', name: 'Der Spiegel', kind: 'media' },
  { id: 'm:le-monde', name: 'Le Monde', kind: 'media' },
  { id: 'm:times-of-india', name: 'The Times of India', kind: 'media', aliases: ['Times of India'] },
  { id: 'm:economic-times', name: 'The Economic Times', kind: 'media', aliases: ['Economic Times'] },
  { id: 'm:globe-mail', name: 'The Globe and Mail', kind: 'media', aliases: ['Globe and Mail'] },
  { id: 'm:nikkei-shimbun', name: 'Nihon Keizai Shimbun', kind: 'media' },
  { id: 'm:dow-jones', name: 'Dow Jones', kind: 'media', aliases: ['Dow Jones Newswires'] },
  { id: 'm:abc-au', name: 'Australian Broadcasting Corporation', kind: 'media' },
  { id: 'm:cbc', name: 'CBC News', kind: 'media', aliases: ['CBC', 'Canadian Broadcasting Corporation'] },
  { id: 'm:nhk', name: 'NHK', kind: 'media' },
  { id: 'm:nikkei-asia', name: 'Nikkei Asia', kind: 'media' },
  { id: 'm:straits-times', name: 'The Straits Times', kind: 'media', aliases: ['Straits Times'] },
  { id: 'm:korea-herald', name: 'The Korea Herald', kind: 'media', aliases: ['Korea Herald'] },
  { id: 'm:hindu', name: 'The Hindu', kind: 'media' },
  {
    id: 'm:afr',
    name: 'The Australian Financial Review',
    kind: 'media',
    aliases: ['Australian Financial Review'],
  },
  { id: 'm:dw', name: 'Deutsche Welle', kind: 'media' },
  { id: 'm:al-jazeera', name: 'Al Jazeera', kind: 'media' },
  { id: 'm:sky-news', name: 'Sky News', kind: 'media' },
  // news agencies and papers the wire quotes (state agencies speak for their state, as Xinhua)
  { id: 'm:tass', name: 'Tass', kind: 'media', side: 'su', aliases: ['TASS', 'Itar-Tass'] },
  { id: 'm:novosti', name: 'Novosti', kind: 'media', side: 'su', aliases: ['RIA Novosti'] },
  { id: 'm:pravda', name: 'Pravda', kind: 'media', side: 'su' },
  { id: 'm:izvestia', name: 'Izvestia', kind: 'media', side: 'su' },
  { id: 'm:tanjug', name: 'Tanjug', kind: 'media', side: 'yu' },
  { id: 'm:antara', name: 'Antara', kind: 'media', side: 'id', aliases: ['Antara news agency'] },
  { id: 'm:bernama', name: 'Bernama', kind: 'media', side: 'my' },
  { id: 'm:prensa-latina', name: 'Prensa Latina', kind: 'media', side: 'cu' },
  { id: 'm:irna', name: 'IRNA', kind: 'media', side: 'ir', aliases: ['Islamic Republic News Agency'] },
  { id: 'm:jiji', name: 'Jiji Press', kind: 'media', aliases: ['Jiji'] },
  { id: 'm:ansa', name: 'ANSA', kind: 'media' },
  { id: 'm:efe', name: 'EFE', kind: 'media' },
  {
    id: 'm:dpa',
    name: 'Deutsche Presse-Agentur',
    kind: 'media',
    aliases: ['DPA', 'Deutsche Presse Agentur'],
  },
  { id: 'm:sankei', name: 'Sankei Shimbun', kind: 'media', aliases: ['The Sankei Shimbun'] },
  { id: 'm:japan-economic-journal', name: 'Japan Economic Journal', kind: 'media' },
  {
    id: 'm:journal-of-commerce',
    name: 'Journal of Commerce',
    kind: 'media',
    aliases: ['The Journal of Commerce'],
  },
  { id: 'm:business-week', name: 'Business Week', kind: 'media', aliases: ['BusinessWeek'] },
  { id: 'm:feer', name: 'Far Eastern Economic Review', kind: 'media' },
  { id: 'm:les-echos', name: 'Les Echos', kind: 'media' },
  { id: 'm:le-figaro', name: 'Le Figaro', kind: 'media' },
  { id: 'm:faz', name: 'Frankfurter Allgemeine Zeitung', kind: 'media', aliases: ['Frankfurter Allgemeine'] },
  { id: 'm:die-welt', name: 'Die Welt', kind: 'media' },
  { id: 'm:il-sole', name: 'Il Sole 24 Ore', kind: 'media' },
  { id: 'm:el-pais', name: 'El Pais', kind: 'media', aliases: ['El País'] },
  { id: 'm:korea-times', name: 'The Korea Times', kind: 'media', aliases: ['Korea Times'] },
  // not 'Time' alone: a sentence may start with the word
  { id: 'm:time', name: 'Time magazine', kind: 'media' },
];

export const COMPANIES: EntityEntry[] = [
  { id: 'c:huawei', name: 'Huawei', kind: 'company', side: 'cn', aliases: ['Huawei Technologies'] },
  { id: 'c:zte', name: 'ZTE', kind: 'company', side: 'cn', aliases: ['ZTE Corp'] },
  { id: 'c:tiktok', name: 'TikTok', kind: 'company', side: 'cn' },
  { id: 'c:bytedance', name: 'ByteDance', kind: 'company', side: 'cn' },
  {
    id: 'c:smic',
    name: 'SMIC',
    kind: 'company',
    side: 'cn',
    aliases: ['Semiconductor Manufacturing International Corp'],
  },
  { id: 'c:nvidia', name: 'Nvidia', kind: 'company', side: 'us', aliases: ['NVIDIA'] },
  {
    id: 'c:tsmc',
    name: 'TSMC',
    kind: 'company',
    side: 'tw',
    aliases: ['Taiwan Semiconductor Manufacturing Co'],
  },
  { id: 'c:airbus', name: 'Airbus', kind: 'company', side: 'eu' },
  { id: 'c:boeing', name: 'Boeing', kind: 'company', side: 'us' },
  {
    id: 'c:comac',
    name: 'Commercial Aircraft Corporation of China',
    kind: 'company',
    side: 'cn',
    aliases: ['COMAC'],
  },
  { id: 'c:embraer', name: 'Embraer', kind: 'company', side: 'br' },
  { id: 'c:bombardier', name: 'Bombardier', kind: 'company', side: 'ca' },
  { id: 'c:micron', name: 'Micron Technology', kind: 'company', side: 'us', aliases: ['Micron'] },
  { id: 'c:qualcomm', name: 'Qualcomm', kind: 'company', side: 'us' },
  { id: 'c:intel', name: 'Intel', kind: 'company', side: 'us' },
  { id: 'c:apple', name: 'Apple', kind: 'company', side: 'us', aliases: ['Apple Inc'] },
  { id: 'c:google', name: 'Google', kind: 'company', side: 'us', aliases: ['Alphabet'] },
  { id: 'c:amazon', name: 'Amazon', kind: 'company', side: 'us' },
  { id: 'c:facebook', name: 'Facebook', kind: 'company', side: 'us', aliases: ['Meta Platforms', 'Meta'] },
  { id: 'c:microsoft', name: 'Microsoft', kind: 'company', side: 'us' },
  { id: 'c:samsung', name: 'Samsung Electronics', kind: 'company', side: 'kr', aliases: ['Samsung'] },
  { id: 'c:toyota', name: 'Toyota', kind: 'company', side: 'jp', aliases: ['Toyota Motor'] },
  { id: 'c:volkswagen', name: 'Volkswagen', kind: 'company', side: 'de' },
  // carmakers, chip and battery makers, planes and spirits: frequent tariff targets in 2018-2026 news
  {
    id: 'c:hyundai',
    name: 'Hyundai Motor',
    kind: 'company',
    side: 'kr',
    aliases: ['Hyundai', 'Hyundai Motor Co'],
  },
  { id: 'c:kia', name: 'Kia', kind: 'company', side: 'kr', aliases: ['Kia Corp'] },
  { id: 'c:lg-energy', name: 'LG Energy Solution', kind: 'company', side: 'kr' },
  { id: 'c:lg-electronics', name: 'LG Electronics', kind: 'company', side: 'kr' },
  { id: 'c:sk-hynix', name: 'SK Hynix', kind: 'company', side: 'kr' },
  { id: 'c:honda', name: 'Honda', kind: 'company', side: 'jp', aliases: ['Honda Motor'] },
  { id: 'c:nissan', name: 'Nissan', kind: 'company', side: 'jp', aliases: ['Nissan Motor'] },
  { id: 'c:byd', name: 'BYD', kind: 'company', side: 'cn' },
  { id: 'c:catl', name: 'CATL', kind: 'company', side: 'cn', aliases: ['Contemporary Amperex Technology'] },
  { id: 'c:tesla', name: 'Tesla', kind: 'company', side: 'us' },
  // not 'GM': genetically modified crops
  { id: 'c:general-motors', name: 'General Motors', kind: 'company', side: 'us' },
  {
    id: 'c:chrysler',
    name: 'Chrysler',
    kind: 'company',
    side: 'us',
    aliases: ['Chrysler Corp', 'Chrysler Corporation'],
  },
  { id: 'c:ford', name: 'Ford Motor', kind: 'company', side: 'us', aliases: ['Ford Motor Co'] },
  { id: 'c:stellantis', name: 'Stellantis', kind: 'company', side: 'eu' },
  { id: 'c:bmw', name: 'BMW', kind: 'company', side: 'de' },
  { id: 'c:mercedes', name: 'Mercedes-Benz', kind: 'company', side: 'de' },
  { id: 'c:jlr', name: 'Jaguar Land Rover', kind: 'company', side: 'gb', aliases: ['JLR'] },
  { id: 'c:rolls-royce', name: 'Rolls-Royce', kind: 'company', side: 'gb' },
  { id: 'c:asml', name: 'ASML', kind: 'company', side: 'nl' },
  { id: 'c:alibaba', name: 'Alibaba', kind: 'company', side: 'cn' },
  { id: 'c:foxconn', name: 'Foxconn', kind: 'company', side: 'tw' },
  { id: 'c:harley', name: 'Harley-Davidson', kind: 'company', side: 'us' },
  { id: 'c:pernod', name: 'Pernod Ricard', kind: 'company', side: 'fr' },
  { id: 'c:remy', name: 'Rémy Cointreau', kind: 'company', side: 'fr', aliases: ['Remy Cointreau'] },
  { id: 'c:lvmh', name: 'LVMH', kind: 'company', side: 'fr' },
];

/**
 * Names that look like actors but are places, buildings, events or laws (ANNOTATION.md: optional).
 * They are matched so that nothing else claims their tokens, and never emitted.
 */
export const NON_ACTORS: string[] = [
  'White House',
  'Oval Office',
  'Capitol Hill',
  'Wall Street',
  'Mar-a-Lago',
  'Camp David',
  'Great Hall of the People',
  'Zhongnanhai',
  'Common Agricultural Policy',
  'Uruguay Round',
  'Doha Round',
  'Tokyo Round',
  'Phase One',
  'Phase Two',
  'Section 301',
  'Section 232',
  'New York',
  'New Jersey',
  'Northern Ireland',
  'Scotland',
  'Wales',
  'Hong Kong Stock Exchange',
  'Washington state',
  'Silicon Valley',
  'Middle East',
  'Latin America',
  'South America',
  'North America',
  'Southeast Asia',
  'Asia Pacific',
  'Asia-Pacific',
  'Western Europe',
  'Eastern Europe',
  'Europe',
  'Asia',
  'Africa',
  'Pacific',
  'Atlantic',
  'USMCA',
  'NAFTA',
  'North American Free Trade Agreement',
  'United States-Mexico-Canada Agreement',
  'Trans-Pacific Partnership',
  'TPP',
  'TTIP',
  'Brexit',
  'Belt and Road',
];

/**
 * Provinces and states whose governments take their own positions in trade disputes (lumber, wheat,
 * beef, autos). Acting only: as places they are no actors. Names that are also cities or people
 * ("Victoria") or that end in a country's name ("Western Australia") are left out.
 */
const province = (id: string, name: string, side: string, aliases: string[] = []): EntityEntry => ({
  id: `${side}:${id}`,
  name,
  kind: 'organization',
  side,
  role: side === 'ca' ? 'province' : 'state',
  own: true,
  acting: true,
  aliases,
});

export const PROVINCES: EntityEntry[] = [
  province('bc', 'British Columbia', 'ca', ['B.C.']),
  province('ab', 'Alberta', 'ca'),
  province('sk', 'Saskatchewan', 'ca'),
  province('mb', 'Manitoba', 'ca'),
  province('on', 'Ontario', 'ca'),
  province('qc', 'Quebec', 'ca'),
  province('nb', 'New Brunswick', 'ca'),
  province('ns', 'Nova Scotia', 'ca'),
  province('pe', 'Prince Edward Island', 'ca'),
  province('nl', 'Newfoundland', 'ca'),
  province('nsw', 'New South Wales', 'au'),
  province('qld', 'Queensland', 'au'),
  province('tas', 'Tasmania', 'au'),
];
