import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const NEGOTIATION = `Canada and Mexico resume dairy talks

Canada and Mexico resumed trade talks on Monday after a two-month pause, with both sides under pressure to settle a dispute over dairy quotas and tariffs.

Mexico demanded that Canada open its dairy market to more imports, while Canada insisted that Mexico first remove the duties it imposed on Canadian pork exports last year.

Negotiators said the talks were difficult. "We want a balanced agreement," the Canadian trade minister said, adding that Canada would retaliate if the duties stayed.

Dairy farmers in both countries have followed the talks closely. Canadian producers fear that a larger import quota would cut their prices, while Mexican pork exporters say the duties have already cost them a large share of their sales in Canada since the dispute began.

Officials from both countries said another round of negotiations is planned for next month, and exporters on both sides hope a deal can be reached before the harvest.`;

const STATISTICS = `Norway posts record trade surplus in May

Norway's trade surplus widened to 30 billion crowns in May from 24 billion crowns in April, the statistics office said on Tuesday, as exports of fish and metals rose 12 percent.

Imports fell 3 percent compared with the same month a year earlier. The surplus was the largest since the series began, the office said, adding that seasonally adjusted figures showed exports rising for a third month in a row.

Exports to the rest of Europe rose, while imports from Asia fell. Economists had expected a smaller surplus, and the krone firmed after the figures were published.`;

const RECIPE = `Lemon cake

Mix the flour with the sugar. Add two eggs and the butter, then bake for forty minutes at 180 degrees. Let it cool before you cut it.`;

describe('classify', () => {
  it('recognises a trade negotiation', () => {
    const r = analyze({ text: NEGOTIATION, published: '2022-03-01' });
    expect(r).toMatchObject({ isArticle: true, isTrade: true, isNegotiation: true });
    expect([...r.parties].sort()).toEqual(['ca', 'mx']);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('calls trade statistics trade but not a negotiation', () => {
    const r = analyze({ text: STATISTICS, published: '2022-06-10' });
    expect(r.isTrade).toBe(true);
    expect(r.isNegotiation).toBe(false);
  });

  it('calls a short recipe neither an article nor trade', () => {
    const r = analyze({ text: RECIPE });
    expect(r).toMatchObject({ isArticle: false, isTrade: false, isNegotiation: false });
  });

  it('honours a page hint that the text is an article', () => {
    expect(analyze({ text: STATISTICS, articleHint: true }).isArticle).toBe(true);
  });

  it('counts customs and border arrangements as trade, so a border-protocol deal is a negotiation', () => {
    const text = `Norway and Sweden settle border row

Norway and Sweden agreed on Friday to simplify the post-Brexit style border checks on goods crossing their frontier, ending a dispute that had lasted a year.

Under the new framework, goods that stay in Norway will use a fast lane with fewer customs declarations, while goods moving on into the single market will still be checked. Sweden had insisted that its farmers keep access to Norwegian shops, and Norway demanded a review of the customs paperwork.

Ministers from both countries said the agreement would be reviewed in two years, and officials will meet again next month.`;
    const r = analyze({ text, published: '2023-03-01' });
    expect(r.isTrade).toBe(true);
    expect(r.isNegotiation).toBe(true);
  });
});

describe('classify: trade-defence vocabulary', () => {
  // an explainer that says "duties" and "anti-dumping" but never "tariffs" or "trade deal"
  const EXPLAINER = `Explainer: why the pork case is about cars

Beijing set final anti-dumping duties on European pork this week, lower than the provisional rates of September. Here is what happened.

The ministry said producers had sold below fair value. The duties run for five years, and the largest exporters got the lowest rates after cooperating with the probe.

Madrid lobbied hardest, since Spain ships the most pork to China. Its minister asked Beijing to spare Spanish producers, and the European Union said it would defend its farmers by all means.

Nobody says the case is linked to the countervailing duties on Chinese electric cars, but it opened days after them. Exporters can ask for a review after a year.`;

  it('counts duties, anti-dumping and countervailing as trade terms', () => {
    const r = analyze({ text: EXPLAINER, published: '2025-12-17' });
    expect(r.isTrade).toBe(true);
    // near miss: duties of office are no trade story
    const job = analyze({
      text: 'New mayor takes office\n\nThe mayor took up her duties on Monday. Her duties include the budget and the parks, and she said the city council would meet each week.\n\nResidents welcomed her. She promised to publish the minutes of every meeting and to answer letters within a week.',
      published: '2025-12-17',
    });
    expect(job.isTrade).toBe(false);
  });
});

describe('classify: a dispute over one sector with thin trade vocabulary', () => {
  // shipyard aid talks: the goods and rules have words of their own, "export" is the one trade term
  const SHIPYARDS = `KOREA AND JAPAN END SHIPYARD AID TALKS WITHOUT ACCORD
South Korea and Japan ended two days of talks on state support for their shipyards on Friday
without agreement, officials said.
    Tokyo wants Seoul to stop cheap state credit to its builders and to phase out the credit that lets
them take orders for new vessels, Japanese negotiators said.
    South Korean officials rejected the demand, saying Japanese yards had enjoyed the same help
for two decades.
    The head of the Korean delegation said Seoul was ready to negotiate on new rules for export
credit if Japan also cut its own support for its builders.
    Both sides agreed to hold another round of negotiations in Seoul next month.
 Reuter`;

  // the same shape of story about public debt: demands between two parties, trade named in passing
  const DEBT = `BRAZIL AND ARGENTINA AT ODDS OVER DEBT PLAN
Brazil and Argentina ended talks on a joint debt plan on Tuesday without agreement, officials said.
    Brazil wants Argentina to cut its budget deficit and to raise interest on its bank loans before
the two go to their creditors together, Brazilian negotiators said, and demanded a growth plan.
    Argentina rejected the demand, saying higher rates would push unemployment and inflation up and
hurt trade. Bankers said the debt talks could drag on, and the budget gap and loans to creditors
would weigh on growth.
    The two sides agreed to negotiate again next week on a new debt plan.
 Reuter`;

  it('calls the talks a negotiation though the trade density stays below the trade threshold', () => {
    const r = analyze({ text: SHIPYARDS, published: '1987-05-01' });
    expect(r.isTrade).toBe(false);
    expect(r.preconditions.length).toBeGreaterThan(0);
    expect(r.isNegotiation).toBe(true);
  });

  it('does not call a debt dispute with demands a trade negotiation', () => {
    const r = analyze({ text: DEBT, published: '1987-05-01' });
    expect(r.preconditions.length).toBeGreaterThan(0);
    expect(r.isNegotiation).toBe(false);
  });

  // several stances and only two negotiation words: the stances carry it
  const RADAR = `NORWAY PRESSES SWEDEN OVER RADAR PARTS
Norway wants Sweden to stop its firms from servicing radar parts sold to third countries, and
asked Stockholm to share its licence records, Norwegian officials said after talks on Tuesday.
    Sweden said it would only act if Norway also barred its own firms from the same work.
    Norwegian officials also want Swedish makers to report every export of the parts, and said
Oslo was ready to drop its own curbs if Stockholm agreed.
    Swedish firms said the rules would cost them orders.
 Reuter`;

  it('lets several stances stand in for negotiation words', () => {
    const r = analyze({ text: RADAR, published: '1987-05-01' });
    expect(r.isTrade).toBe(false);
    expect(r.preconditions.length).toBeGreaterThanOrEqual(3);
    expect(r.isNegotiation).toBe(true);
  });

  it('does not call one demand with a single negotiation word a negotiation', () => {
    const text = `NORWAY PRESSES SWEDEN OVER RADAR PARTS
Norway wants Sweden to stop its firms from servicing radar parts sold to third countries,
Norwegian officials said after talks on Tuesday.
    Swedish firms said the rules would cost them orders, and an export of the parts to Finland
was already delayed. The parts are made in Gothenburg and shipped by sea.
 Reuter`;
    const r = analyze({ text, published: '1987-05-01' });
    expect(r.preconditions.length).toBe(1);
    expect(r.isNegotiation).toBe(false);
  });
});

describe('classify: a wire headline in the present tense', () => {
  // one trade term; the headline's "PRESSES" is the third negotiation word that lets the two
  // stances carry the sector dispute
  const CABLES = `FINLAND PRESSES AUSTRIA OVER SKI LIFT CABLES
Finland has asked Austria to let Finnish makers of ski lift cables bid for work on the new Alpine
lines, saying the present rules leave them out of the richest part of the Austrian market,
Finnish officials said.
    The Finnish industry minister raised the matter in a letter to his Austrian counterpart, and said
Helsinki could not accept rules that kept its cables confined to the smallest resorts.
    Austrian officials said the rules had been set on safety grounds. A Finnish cable maker said it
had spent heavily on a plant near Vienna and that without the big resorts the plant made little sense.
    The row is the third between the two governments this year. A Finnish senator called on the government to open an unfair trade case if no settlement is reached
by the spring. Officials of the two countries hold talks in Helsinki next week.
 Reuter`;

  it('counts "presses" as a negotiation word, as "pressed" is', () => {
    const r = analyze({ text: CABLES, published: '1987-05-01' });
    expect(r.isTrade).toBe(false);
    expect(r.isNegotiation).toBe(true);
    // the same story under a neutral headline counts one negotiation word fewer (it still reads as
    // a negotiation: the talks planned for next week stand in for a stance)
    const plain = analyze({
      text: CABLES.replace('PRESSES AUSTRIA OVER', 'AND AUSTRIA DIFFER ON'),
      published: '1987-05-01',
    });
    expect(plain.preconditions.length).toBe(r.preconditions.length);
    const negoWords = (x: typeof r): number =>
      Number(/(\d+) negotiation terms/.exec(x.reasons.join(' '))![1]);
    expect(negoWords(plain)).toBe(negoWords(r) - 1);
  });
});

describe('classify: a protest told in the headline', () => {
  // one trade term and three stances; the headline's "PROTESTS" is the second negotiation word
  // (with "complaint") that lets the stances carry the sector dispute, as "presses" does
  const FEED = `NORWAY PROTESTS SWEDISH FISH FEED RULE
Norway has lodged a formal complaint with Sweden over a new fish feed rule that it says keeps Norwegian
feed makers out of the Swedish market, the Norwegian fisheries ministry said.
    Oslo wants Stockholm to withdraw the rule, and has asked Sweden to accept Norwegian test
certificates for feed imports, the ministry said. Sweden has offered to review the rule next year.
    Swedish officials said the rule protected coastal waters and was not open to review.
 Reuter`;

  it('counts "protests" as a negotiation word, as "protested" is', () => {
    const r = analyze({ text: FEED, published: '1987-05-01' });
    expect(r.isTrade).toBe(false);
    expect(r.isNegotiation).toBe(true);
    // under a neutral headline the same story stays short of a negotiation
    const plain = analyze({
      text: FEED.replace('PROTESTS', 'AND SWEDEN DIFFER ON'),
      published: '1987-05-01',
    });
    expect(plain.preconditions.length).toBe(r.preconditions.length);
    expect(plain.isNegotiation).toBe(false);
  });
});

describe('classify: a market report whose "demand" and "offer" are the market', () => {
  // an auction report between two countries' buyers: "strong export demand", goods "on offer",
  // "in fair demand" are a market's words, not a negotiation's
  const AUCTION = `COLOMBO RUBBER PRICES EASE ON WEAK EXPORT DEMAND
Prices of sheet rubber fell at this week's Colombo auction as export buyers held back and the
quantity on offer rose to 900 tonnes, brokers said in their weekly report to exporters.
    Buyers for Japan and China were quiet, while crepe grades were in fair demand from local
mills at steady rates, and about 2,000 bales were offered. Exports to Japan fell in the first
half of the year, while imports of Chinese latex rose.
 Reuter`;

  it('does not count them as negotiation words', () => {
    const r = analyze({ text: AUCTION, published: '1987-05-01' });
    expect(r.isNegotiation).toBe(false);
    // the same words as positions still count: a demand made and an offer on the table
    const talks = analyze({
      text: AUCTION.replace(
        'as export buyers held back',
        'as Japan renewed its demand for a price cut and China rejected the offer',
      ),
      published: '1987-05-01',
    });
    expect(talks.reasons.join(' ')).toMatch(/[3-9] negotiation terms/);
  });
});

describe('classify: talks between governments that name no trade term (Reuters held-out sets)', () => {
  // farm-price talks between two governments: negotiation words and talks reported, no trade term
  const FARM_PRICES = `DUTCH-BELGIAN MEETING FAILS TO SETTLE MILK PRICE ROW
A meeting of Dutch and Belgian ministers on the sidelines of a Benelux summit failed to end the
row over the 1987/88 milk price package, diplomats said.
    The Netherlands and Belgium held talks for two hours, but the Belgian side would not budge on
the proposal, an aide to the Dutch minister said.
    Ministers from both countries are due to resume negotiations next week on the package, which
should have been agreed by the end of March.
 Reuter`;

  it('calls stalled farm-price talks between two governments a negotiation', () => {
    const r = analyze({ text: FARM_PRICES, published: '1987-04-01' });
    expect(r.isTrade).toBe(false);
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.isNegotiation).toBe(true);
  });

  it('does not call a market report with negotiation words but no talks a negotiation', () => {
    const text = `NORWAY TO STAY MAIN GAS SUPPLIER TO DENMARK
Norway will remain the main supplier of gas to Denmark, industry sources said, as Danish
demand grows and buyers renew their supply commitments.
    Danish buyers offered to take more gas under existing contracts, and Norway agreed to
supply extra cargoes in winter, the sources said. Denmark imports half its gas from Norway.
 Reuter`;
    const r = analyze({ text, published: '1987-04-01' });
    expect(r.isNegotiation).toBe(false);
  });
});

describe('classify: "discussions" as a negotiation word (Reuters held-out 2)', () => {
  const BARLEY = `CANADIAN BARLEY GROUPS WANT WIDER TALKS
Recent French proposals for world grain discussions were a fair start, Canada's two barley lobbies
said in a letter to the farm minister.
    Future discussions on world barley trade should include the subsidies of France and the United
States, the Western Barley Growers Association said, adding it would join such discussions.
    The group said the surplus stocks weighed on barley prices and exports this season.
 Reuter`;

  it('counts discussions of world trade toward a negotiation', () => {
    const r = analyze({ text: BARLEY, published: '1987-04-01' });
    expect(r.preconditions.length).toBe(1);
    expect(r.isNegotiation).toBe(true);
  });

  it("does not make a company's merger discussions a negotiation", () => {
    const text = `ACME FOODS IN MERGER DISCUSSIONS
Acme Foods Inc said it was in discussions with Brand Mills Corp on a merger, and that the
discussions could end next month. Acme exports flour to Canada and Mexico.
 Reuter`;
    expect(analyze({ text, published: '1987-04-01' }).isNegotiation).toBe(false);
  });
});

describe('classify: an embargo is a trade measure (wire set L)', () => {
  // fisheries talks tied to a ban on a country's goods: "embargo" is the only trade word
  const FISH = `CHILE TIES SHRIMP ACCORD TO END OF PERU EMBARGO
Chile will not sign a new shrimp agreement with Peru unless Lima first lifts the embargo it put on
Chilean shrimp two years ago, Chilean officials said after three days of talks in Santiago.
    Peru wants Chile to pay for the boats its navy held last year, Peruvian negotiators said.
    The two delegations agreed to meet again in Lima next month.
 Reuter`;

  it('reads the talks as a negotiation and the embargo as export controls', () => {
    const r = analyze({ text: FISH, published: '1987-05-01' });
    expect(r.isTrade).toBe(true);
    expect(r.isNegotiation).toBe(true);
    const names = new Map(r.actors.map((a) => [a.id, a.name]));
    expect(r.preconditions.map((p) => `${names.get(p.holder)}|${p.issue}|${p.stance}`)).toContain(
      'Chile|export_controls|condition',
    );
    // the same story with no embargo named has no trade word, but the talks between two
    // governments make it a negotiation (policy talks): the positions found are kept, and said so
    const plain = analyze({
      text: FISH.replace('OF PERU EMBARGO', 'OF PERU DISPUTE').replace(
        'the embargo it put on',
        'the fines it put on',
      ),
      published: '1987-05-01',
    });
    expect(plain.isTrade).toBe(false);
    expect(plain.isNegotiation).toBe(true);
    expect(plain.preconditions.length).toBeGreaterThan(0);
    expect(plain.reasons.join(' ')).toContain('positions kept from talks that name no trade term');
    // near miss: wage talks between a union and a firm name no two governments, so they are no
    // negotiation here and their demands are not kept
    const wages = analyze({
      text: `UNION AND CARMAKER TALKS STALL
The United Auto Workers union and General Motors Corp failed to agree on a new contract on Friday
after three days of talks in Detroit, union officials said. The union demanded that the company
guarantee jobs at its plants, and GM said it was ready to raise wages by three pct.
    The negotiations will resume on Monday, the two sides said.
 Reuter`,
      published: '1987-05-01',
    });
    expect(wages.isNegotiation).toBe(false);
    expect(wages.preconditions).toEqual([]);
  });
});

describe('classify: a farm price dispute that names its budget once (wire set M)', () => {
  // one trade word ("imports") and one finance word ("budget"): finance words do not outnumber
  // trade words, so the stances and negotiation words carry the sector dispute
  const OLIVES = `PORTUGAL HOLDS UP EC OLIVE OIL PACKAGE
Portugal refused on Tuesday to back a compromise on olive oil aids unless the Commission dropped
its plan to cut the premiums paid to growers, holding up the package after two days of talks.
    Spain said it could live with a ceiling if the one set for its own growers was no lower than
last year's. France insisted that the cuts go through in full, saying cheap imports and the aids
cost the Community budget dear.
    Ministers are due to resume their talks in Brussels on Monday.
 Reuter`;

  it('reads the dispute as a negotiation where finance words only equal trade words', () => {
    const r = analyze({ text: OLIVES, published: '1987-05-01' });
    expect(r.isTrade).toBe(false);
    expect(r.isNegotiation).toBe(true);
    expect(r.reasons.join(' ')).toContain('a stance in a sector dispute');
    // a second finance word outnumbers the one trade word: no sector dispute (the ministers' talks
    // may still make it policy talks)
    const budget = analyze({
      text: OLIVES.replace(
        'cost the Community budget dear',
        'cost the Community budget dear and push up its debt',
      ),
      published: '1987-05-01',
    });
    expect(budget.reasons.join(' ')).not.toContain('sector dispute');
  });
});

describe('classify: cargoes are goods in trade (wire set L)', () => {
  // shipping talks whose only trade words are the cargoes carried
  const SHIPS = `FRANCE SEEKS CARGO SHARE IN POLISH SHIPPING TALKS
France wants French ships to carry a third of the coal cargoes it buys from Poland under any new
shipping agreement, a French official said after three days of talks.
    Poland said it was ready to reserve a share of the cargoes for French ships provided Polish
vessels regained the access to French ports they lost in 1982.
    The French Shipowners Committee urged the government to hold out for half of all coal cargoes.
    The two sides agreed to meet again in Warsaw in January.
 Reuter`;

  it('reads the shipping talks as a negotiation', () => {
    const r = analyze({ text: SHIPS, published: '1987-11-05' });
    expect(r.preconditions.length).toBeGreaterThan(0);
    expect(r.isNegotiation).toBe(true);
    // with no cargo named, nothing says trade, but the talks between two governments still make
    // it a negotiation, and its positions are kept
    const plain = analyze({ text: SHIPS.replace(/cargoes|CARGO/g, 'freight'), published: '1987-11-05' });
    expect(plain.isTrade).toBe(false);
    expect(plain.isNegotiation).toBe(true);
    expect(plain.preconditions.length).toBeGreaterThan(0);
  });
});

describe('classify: a sector dispute whose stances name no issue word (wire set Q)', () => {
  // a defence-industry dispute: two trade words, no stance with an issue word, but talks held and
  // planned between the two governments
  const JETS = `U.S. URGES PERU TO BUILD NEW TRAINER ON U.S. DESIGN
The United States urged Peru on Friday to base its next trainer aircraft on an existing American
model instead of designing its own, defence officials of both countries said.
    The U.S. Defense Secretary made the case in two hours of talks in Washington with Peru's air
force chief, saying a new design would cost far more than a modified American plane.
    Peruvian officials said Lima had to think of its own aircraft industry and of its trade with
the United States, but would study the proposal, and that the two sides would meet again in Lima
later this month before the government made its final decision.
 Reuter`;

  it('reads the talks held and planned as standing in for a stance', () => {
    const r = analyze({ text: JETS, published: '1987-10-02' });
    expect(r.isTrade).toBe(false);
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.isNegotiation).toBe(true);
    expect(r.reasons.join(' ')).toContain('a stance in a sector dispute');
    // with no talks told, nothing stands in for the stance (nor a request put on a day: a sitting)
    const plain = analyze({
      text: JETS.replace(" in two hours of talks in Washington with Peru's air\nforce chief", '')
        .replace(/, and that the two sides would meet again[^.]*\./, '.')
        .replace('urged Peru on Friday to base', 'wants Peru to base'),
      published: '1987-10-02',
    });
    expect(plain.events).toEqual([]);
    expect(plain.isNegotiation).toBe(false);
  });
});

describe('classify: a row told by its positions, with one negotiation word (wire set AA)', () => {
  const CARS = `FRANCE TO COUNT BRITISH-BUILT CARS AS JAPANESE
France will count Latour cars built in northern England as Japanese imports, subject to its limit
on Japanese cars, unless at least 80 pct of their parts are made in Europe, the ministry said.
    Britain said it would take the matter to the Commission if the first shipments were held at
French ports. The French minister said France would not open its market to cars that were
Japanese in all but name.
    French car makers have urged the government to hold firm, and Italy said it could not accept
the cars either unless their local content was raised.
 Reuter`;

  it('reads three positions between two or more parties as a negotiation', () => {
    const r = analyze({ text: CARS, published: '1988-09-01' });
    expect(r.isTrade).toBe(false);
    expect(r.preconditions.length).toBeGreaterThanOrEqual(3);
    expect(r.isNegotiation).toBe(true);
    // one position and one negotiation word are not enough
    const thin = analyze({
      text: `FRANCE TO COUNT BRITISH-BUILT CARS AS JAPANESE
France will count Latour cars built in northern England as Japanese imports, subject to its limit
on Japanese cars, unless at least 80 pct of their parts are made in Europe, the ministry said.
    The cars went on sale in Britain last month and sold well, dealers in London said, and the
maker plans a second model in the spring.
 Reuter`,
      published: '1988-09-01',
    });
    expect(thin.isNegotiation).toBe(false);
  });
});

describe('classify: positions that tell a negotiation with no trade term (wire sets K, T, AA)', () => {
  // a commodity pact's council: commodity words, negotiation words, four parties, no talks held
  const COCOA = `COCOA COUNCIL SPLIT OVER BUFFER STOCK RULES
Members of the International Cocoa Organization remain divided over rules for the buffer stock,
and a compromise in the negotiations looks distant, delegates said. Ivory Coast and Ghana
insisted that the manager buy cocoa mainly from producing countries. West Germany, speaking for
the consumer countries, said the manager must buy the cheapest cocoa offered, and Britain said
it was ready to accept a limit on purchases from any one origin provided the negotiators
reviewed the rules after a year.
 Reuter`;

  it('reads three positions or more as a negotiation and keeps them', () => {
    const r = analyze({ text: COCOA, published: '1987-07-01' });
    expect(r.isTrade).toBe(false);
    expect(r.isNegotiation).toBe(true);
    expect(r.preconditions.length).toBeGreaterThanOrEqual(3);
    expect(r.reasons.join(' ')).toContain('(they make it a negotiation)');
  });

  it('leaves the story alone without the negotiators named in its last position', () => {
    // (one negotiation word fewer: no positions are looked for in a text with no trade term)
    const two = COCOA.replace(
      /, and Britain said\nit was ready to accept a limit on purchases from any one origin provided the negotiators\nreviewed the rules after a year\./,
      '.',
    );
    expect(two).not.toBe(COCOA);
    const r = analyze({ text: two, published: '1987-07-01' });
    expect(r.isNegotiation).toBe(false);
    expect(r.preconditions).toEqual([]);
  });
});

describe('parties named through their lobbies', () => {
  it('counts the country a lobby acts for as a party of the row', () => {
    const text = `U.S. COURT UPHOLDS RULING ON PORK DUTIES
The U.S. Court of International Trade upheld the refusal to extend countervailing duties on hogs to pork, the court said.
    The National Pork Producers Council urged Congress to change the tariff law so that the duties would cover pork, and said it would press the administration to act.
    The Canadian Pork Council said it would fight any attempt to extend the duties, and urged the U.S. administration to drop the countervailing duty case.
    Pork trade is worth about 400 mln dlrs a year.
 Reuter`;
    const r = analyze({ text, published: '1987-04-01' });
    expect(r.isTrade).toBe(true);
    expect(r.isNegotiation).toBe(true);
  });
});

describe('a government and its lenders (wire sets J, AI)', () => {
  it('counts the IMF as a party of loan talks, so a row with it is a negotiation', () => {
    const text = `NIGERIA BREAKS OFF LOAN TALKS WITH IMF\nNigeria has ended two years of negotiations with the International Monetary Fund on a loan of 2.5 billion dlrs, rejecting the Fund's terms as too harsh, the president said on Thursday.\n\nThe Fund had made its loan conditional on a devaluation of the naira, the removal of the petrol subsidy and an end to the import licensing system that rations foreign exchange. The government was prepared to cut the petrol subsidy in stages and would set aside 30 pct of export earnings for debt service, he said. Western diplomats said creditor governments would not reschedule the debts unless Nigeria reached an agreement with the Fund. Bankers said the central bank had 1.2 billion dlrs of reserves and interest payments of 900 mln dlrs due next year.`;
    expect(analyze({ text, published: '1985-12-13' }).isNegotiation).toBe(true);
    // near miss: a lender named in a country's own budget story is no second party
    const budget = `NIGERIA BUDGET\nNigeria's budget for 1986 cuts spending by a fifth, the finance minister said, and the International Monetary Fund said the economy would grow by two pct. Imports will be held at this year's level.`;
    expect(analyze({ text: budget, published: '1985-12-13' }).isNegotiation).toBe(false);
  });
});

describe('a trade-remedy ruling between two countries (Reuters held-out 2: 16630)', () => {
  it("reads an anti-dumping ruling on a partner's goods as a dispute, however many figures it gives", () => {
    const text = `U.S. PANEL BACKS DUTY ON MEXICAN CEMENT
The U.S. International Trade Commission voted 4-1 that imports of grey cement from Mexico had injured producers in the United States, clearing the way for anti-dumping duties of 58 pct, a commission official said.
    The Commerce Department had ruled in March that Mexican producers sold the cement at less than fair value, and set the dumping margin at 58 pct after a preliminary figure of 41 pct last autumn.
    The commission will send its report on the anti-dumping case to the Commerce Department, which will issue the dumping order, the official said.
    Importers have posted bonds since the preliminary ruling in October, and the duties will be collected from April 30.
 Reuter`;
    expect(analyze({ text, published: '1989-04-12' }).isNegotiation).toBe(true);
    // near miss: a monthly trade statistics story stays one
    const stats = `MEXICO TRADE SURPLUS WIDENS IN MARCH
Mexico's trade surplus widened to 310 mln dlrs in March from 240 mln in February, the Commerce Department said. Exports rose 12 pct to 1.9 billion dlrs and imports rose 9 pct to 1.6 billion dlrs in the month.
 Reuter`;
    expect(analyze({ text: stats, published: '1989-04-12' }).isNegotiation).toBe(false);
  });
});

describe('a meeting of producers told without trade words (Reuters held-out 2: 7124)', () => {
  it('counts "meeting" as a negotiation term', () => {
    const text = `BRAZIL TO SKIP LIMA SUGAR MEETING
Brazil will not attend next week's meeting of Latin American sugar exporters in Lima, a spokesman for the Sugar and Alcohol Institute said.
    He said Brazil ruled out any cut in its own exports while other producers kept selling below cost, and that the meeting would achieve nothing without Cuba and Mexico.
    Peru and Colombia called the meeting to discuss a common floor price for sugar sold outside the preferential markets.
 Reuter`;
    expect(analyze({ text, published: '1987-04-02' }).isNegotiation).toBe(true);
    // near miss: a firm's meetings are no row between parties
    const board = `ACME HOLDERS MEETING SET
Acme Corp said its annual meeting will be held on May 5 in Boston, and that a special meeting of holders would vote on the dividend. The board meets again in June.
 Reuter`;
    expect(analyze({ text: board, published: '1987-04-02' }).isNegotiation).toBe(false);
  });
});

describe("a member state's case before the Commission and the Court (wire set AO)", () => {
  it('counts infringement proceedings and a court ruling as a dispute between parties', () => {
    const text = `COMMISSION TAKES BELGIUM TO COURT OVER BEER LAW
The European Commission said it would take Belgium to the European Court of Justice over a law that lets only beer brewed with malted barley be sold as beer.
    The Commission opened infringement proceedings last year, saying the law kept out imports of beer from other member states, and wants Belgium to scrap the rule. Belgium says the law protects consumers.
    A ruling in a similar case against West Germany this year found such rules unlawful. Belgian brewers urged the government to defend the law.
 Reuter`;
    expect(analyze({ text, published: '1987-09-10' }).isNegotiation).toBe(true);
    // near miss: a court story between a firm and its creditors is none
    const firm = `ACME SEEKS COURT PROTECTION\nAcme Corp said it filed for court protection from its creditors on Monday, and that a ruling on its plan was expected in June. The proceedings cover debts of 40 mln dlrs.\n Reuter`;
    expect(analyze({ text: firm, published: '1987-09-10' }).isNegotiation).toBe(false);
  });
});

describe('classify: a supply contract told in commodity words (wire set AH)', () => {
  // a gas contract between one country's buyer and another's seller names no trade term: its
  // talks, contract, refusal and deal words stand in for them
  const GAS = `BRITAIN BLOCKS COAL DEAL WITH POLAND
The British government has refused to approve a contract under which the Central Electricity
Generating Board would have bought coal from Poland for ten years, the Energy Secretary said.
    The contract was agreed last year with Weglokoks after two years of negotiation, and Warsaw
said it would ask London to reopen the talks. Polish officials said they had signed in good
faith and expected the board to honour the deal.
    The board said it would now negotiate new supplies from British pits instead.
 Reuter`;

  it('is a negotiation', () => {
    const r = analyze({ text: GAS, published: '1987-05-01' });
    expect(r.isTrade).toBe(false);
    expect(r.isNegotiation).toBe(true);
  });
  it('not when the same words are thin in a long report', () => {
    const long = GAS.replace(
      ' Reuter',
      `    ${'Coal prices at the Rotterdam terminal were steady this week as stocks rose and freight costs eased, traders said, with power station buying slow in the mild weather. '.repeat(15)}\n Reuter`,
    );
    expect(analyze({ text: long, published: '1987-05-01' }).isNegotiation).toBe(false);
  });
});

describe('classify: a dispute told through requests, proposals and consultations (wire sets AC, AK)', () => {
  const LETTER = `AFRICAN GROWERS ASK U.S. TO CURB SUBSIDISED COTTON
Four West African governments have asked the United States to limit sales of subsidised cotton
on world markets, saying its marketing loans had cut their export earnings by a third, diplomats
said. Their ambassadors delivered a letter to the State Department last week. It proposed a
consultation procedure under which Washington would give notice before large sales in Asia.
France supported the request, and an Agriculture Department official said the administration
would study the proposal but could not change the farm law.
 Reuter`;
  it('is a negotiation', () => {
    const r = analyze({ text: LETTER, published: '1986-10-09' });
    expect(r.reasons.join(' ')).toMatch(/[4-9] negotiation terms/);
    expect(r.isNegotiation).toBe(true);
  });
});

describe('classify: price talks between a producer and its buyers (wire set AT)', () => {
  // the buyers' and sellers' refusals, the settlement and the arbitration threatened tell the run
  // of the contract's price talks, with no trade term; the firms' countries are the parties
  const ORE = `LKAB AND GERMAN MILLS FAIL TO SETTLE ORE PRICE
Talks between West German steelmakers and Sweden's state mining company LKAB on the price of
iron ore pellets for next year ended in Stockholm on Thursday without a settlement, LKAB said.
    The mills, led by Krupp Stahl AG, want to cut the price by six pct to match what Brazilian
suppliers charge. LKAB has refused any cut and said it would seek arbitration under the ten-year
contract if the mills stopped taking the agreed tonnage.
    LKAB shipped about 12 mln tonnes of pellets through Narvik last year.
 Reuter`;
  it('is a negotiation, with the price asked as a position', () => {
    const r = analyze({ text: ORE, published: '1987-11-20' });
    expect(r.isTrade).toBe(false);
    expect(r.isNegotiation).toBe(true);
    expect(r.preconditions.some((p) => p.stance === 'demand' && p.issue === 'other')).toBe(true);
  });
  it('not a market report that names the same goods and a refusal', () => {
    const report = `IRON ORE PELLET PRICES STEADY
Iron ore pellet prices were steady this week as West German mills bought for the first quarter,
traders said. Sweden's LKAB refused to quote for March delivery, and freight rates from Narvik
eased slightly on lower bunker costs.
    Stocks at Rotterdam rose by 80,000 tonnes to 1.2 mln tonnes, the port authority said.
 Reuter`;
    expect(analyze({ text: report, published: '1987-11-20' }).isNegotiation).toBe(false);
  });
});
