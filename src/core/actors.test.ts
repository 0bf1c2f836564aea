import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { compileLexicon, getLexicon, W_LEX } from './lexicon/compile';
import { tokenize } from './tokenize';

const actorsOf = (text: string, published: string | null = '2019-05-01') =>
  analyze({ text, published }).actors.map((a) => ({
    name: a.name,
    kind: a.kind,
    side: a.side,
    role: a.role,
    ids: a.id,
    m: a.mentions.map((m) => m.text),
  }));
const names = (text: string, published: string | null = '2019-05-01'): string[] =>
  actorsOf(text, published).map((a) => a.name);

describe('actors: lexicon', () => {
  it('maps short forms and aliases to one country', () => {
    const a = actorsOf(
      'Trade row\n\nThe U.S. and the United States Trade Representative met. America said no.',
    );
    const us = a.find((x) => x.name === 'United States');
    expect(us?.m).toEqual(['U.S.', 'United States', 'America']);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(names('Trade row\n\nThey told us that Canada wants a deal.')).toEqual(['Canada']);
  });

  it('uses a capital as the government only when it acts', () => {
    expect(names('Trade\n\nTokyo said it would cut tariffs.')).toEqual(['Japan']);
    expect(names('Trade\n\nThe envoys met in Tokyo for two days.')).toEqual([]);
  });

  it('reads a capital before a participle as the government ("with Ottawa agreeing")', () => {
    expect(names('Trade\n\nThe deal passed, with Ottawa agreeing to open its dairy market.')).toEqual([
      'Canada',
    ]);
    expect(names('Trade\n\nDelegates left the Ottawa meeting early.')).toEqual([]);
  });

  it('treats a bloc summit as an event, not the bloc', () => {
    expect(names('Trade\n\nThe leaders talked at the G20 summit in Osaka.')).toEqual([]);
    expect(names('Trade\n\nThe G20 said members should avoid tariffs.')).toEqual(['G20']);
  });

  it('leaves places, buildings and laws alone', () => {
    expect(names('Trade\n\nThe White House said Section 301 duties stay.')).toEqual([]);
  });

  it('knows outlets and drops a dateline', () => {
    expect(names('Trade\n\nBEIJING (Reuters) - Xinhua reported that the talks will go on.')).toEqual([
      'Xinhua',
    ]);
  });

  it('accepts a known official by surname only within their tenure', () => {
    expect(names('Trade\n\nLighthizer said the talks went well.', '2019-05-01')).toContain(
      'Robert Lighthizer',
    );
    expect(names('Trade\n\nLighthizer said the talks went well.', '1987-05-01')).not.toContain(
      'Robert Lighthizer',
    );
  });

  it('knows more heads of government by surname alone, with their side', () => {
    const a = actorsOf(
      'Trade\n\nNetanyahu and Ruto spoke. Zelenskiy said Kyiv would cut duties.',
      '2025-05-01',
    );
    expect(a.map((x) => [x.name, x.side])).toEqual([
      ['Benjamin Netanyahu', 'Israel'],
      ['William Ruto', 'Kenya'],
      ['Volodymyr Zelensky', 'Ukraine'],
      ['Ukraine', 'Ukraine'],
    ]);
    // a common surname ("Khan": Imran Khan, but also Lina Khan and Sadiq Khan) is never taken alone
    expect(names('Trade\n\nKhan said the talks went well.', '2020-05-01')).toEqual([]);
  });

  it("gives a monarch named with no country the story's one party whose head bears the title", () => {
    const sideOf = (text: string, name: string) =>
      actorsOf(text, '2025-12-18').find((a) => a.name === name)?.side ?? null;
    expect(
      sideOf(
        'Deal\n\nModi and Sultan Haitham bin Tariq watched as India and Oman signed the accord.',
        'Haitham bin Tariq',
      ),
    ).toBe('Oman');
    // no such party in the story: no side, not the party named beside him
    expect(sideOf('Deal\n\nKing Charles met Donald Trump at Windsor on Wednesday.', 'Charles')).toBeNull();
  });

  it('knows a Chinese or Korean leader by the family name alone, which comes first', () => {
    expect(
      names('Trump, Xi agree to extend truce\n\nXi said China would buy soybeans.', '2025-11-01'),
    ).toEqual(['Donald Trump', 'Xi Jinping', 'China']);
    expect(names('Trade\n\nYoon said Seoul would respond.', '2024-03-01')).toContain('Yoon Suk Yeol');
    // not the first part of someone else's name, nor the same family name borne by another in the text
    expect(
      names('Trade\n\nYoon Seok-min, a lawmaker, said Seoul would respond.', '2024-03-01'),
    ).not.toContain('Yoon Suk Yeol');
    expect(
      names('Trade\n\nYoon Seok-min, a lawmaker, said Seoul would respond. Yoon said more.', '2024-03-01'),
    ).not.toContain('Yoon Suk Yeol');
    // a common family name ("Kim") is not taken alone, and leaves the next Kim's name whole
    expect(
      names('Trade\n\nKim Yong-beom, the chief of staff for policy, told reporters.', '2025-09-01'),
    ).toContain('Kim Yong-beom');
  });
});

describe('actors: people by pattern', () => {
  it('finds a person after a title and takes the side from the role', () => {
    const a = actorsOf('Trade\n\nNorwegian Fisheries Minister Ola Nordmann said quotas must rise.');
    const p = a.find((x) => x.kind === 'person');
    expect(p).toMatchObject({ name: 'Ola Nordmann', side: 'Norway', role: 'Norwegian Fisheries Minister' });
  });

  it('finds "said Jane Doe, chief economist at ..." and links the later surname', () => {
    const a = actorsOf(
      'Trade\n\nThe tariffs will hurt, said Jane Doe, chief economist at a bank. Doe added that exports fall.',
    );
    const p = a.find((x) => x.name === 'Jane Doe');
    expect(p?.role).toBe('chief economist at a bank');
    expect(p?.m).toEqual(['Jane Doe', 'Doe']);
  });

  it('links a surname used in a headline before the full name', () => {
    const a = actorsOf(
      'KOWALSKI WARNS ON STEEL\nTrade Minister Anna Kowalski of Poland said steel quotas must go.',
    );
    expect(a.find((x) => x.name === 'Anna Kowalski')?.m).toEqual(['KOWALSKI', 'Anna Kowalski']);
  });

  it('links a Chinese family name used alone to the full name in the text', () => {
    const a = actorsOf(
      'Trade\n\nChinese Commerce Minister Zhao Lintao met the envoy. Zhao urged Canada to lift its steel quotas.',
    );
    expect(a.find((x) => x.name === 'Zhao Lintao')?.m).toEqual(['Zhao Lintao', 'Zhao']);
    // a family name that is also a common English word is not linked
    const b = actorsOf('Trade\n\nChinese envoy Long Wei met the envoy. Long talks followed.');
    expect(b.find((x) => x.name === 'Long Wei')?.m).toEqual(['Long Wei']);
  });

  it('turns "<leader> administration" into the country', () => {
    const a = actorsOf('Trade\n\nThe Trump administration wants more purchases.');
    expect(a.map((x) => x.name)).toEqual(['United States']);
  });

  it('does not take capitalised sentence starts, months or weekdays for names', () => {
    expect(names('Trade\n\nOn Monday March talks resumed. However Officials said nothing.')).toEqual([]);
  });
});

describe('actors: sides of officials whose role names no country', () => {
  const sideOf = (text: string, name: string): string | null | undefined =>
    actorsOf(text).find((x) => x.name === name)?.side;

  it('gives them the party the story is told from, not the party they talk about', () => {
    const text =
      'Norway to review salmon quotas\n\nNorway will review its salmon export quotas after complaints ' +
      'from Chile, Fisheries Minister Ola Nordmann said on Monday.';
    expect(sideOf(text, 'Ola Nordmann')).toBe('Norway');
  });

  it('reads a demonym lede ("a senior Danish official") as the home party', () => {
    const text =
      'DANISH AIDE WARNS ON QUOTAS\nA senior Danish official said Canada could lose market share.\n' +
      'Per Hansen, secretary for fisheries, said Canada had misread the rules.';
    expect(sideOf(text, 'Per Hansen')).toBe('Denmark');
  });

  it('gives the other side to a counterpart or someone being met', () => {
    const text =
      'Norway to review salmon quotas\n\nNorway will send its envoy when she meets Trade Minister ' +
      'Ana Rojas next week to hear why Chile has complained.';
    expect(sideOf(text, 'Ana Rojas')).toBe('Chile');
  });

  it('takes a demonym a few words before the title', () => {
    const text =
      'Norway to review salmon quotas\n\nNorway will review its quotas, Chilean foreign ministry ' +
      'spokeswoman Ana Rojas said the review was welcome.';
    expect(sideOf(text, 'Ana Rojas')).toBe('Chile');
  });

  it('gives US congressional titles the United States', () => {
    const text =
      'Japan defends beef quota\n\nJapan said its quota was legal, but Rep. John Smalley said at a ' +
      'hearing that Japan must open its market to U.S. beef.';
    expect(sideOf(text, 'John Smalley')).toBe('United States');
  });

  it('reads the appositive after an honorific as the role ("Sir Ian Gray, head of the EU delegation")', () => {
    const text =
      'Trade\n\nThe letter came from Sir Ian Gray, head of the EU delegation in Ottawa, on Friday.';
    expect(actorsOf(text).find((x) => x.name === 'Ian Gray')).toMatchObject({
      role: 'head of the EU delegation in Ottawa',
      side: 'European Union',
    });
  });

  it('gives analysts no side even when their role names a place', () => {
    const text =
      'Norway to review salmon quotas\n\nThe review may take months, said Ida Berg, an economist at ' +
      'a bank in Oslo.';
    expect(sideOf(text, 'Ida Berg')).toBeNull();
  });

  it('keeps lexicon ids apart (Australia is not the African Union)', () => {
    const text =
      'Australia pauses barley case\n\nAustralia will pause its case, Prime Minister Anthony Albanese ' +
      'said.';
    expect(sideOf(text, 'Anthony Albanese')).toBe('Australia');
  });
});

describe('actors: organisations', () => {
  it('finds organisations by suffix and keeps their country', () => {
    const a = actorsOf('Trade\n\nThe Canadian Dairy Producers Association said it opposes the deal.');
    expect(a[0]).toMatchObject({
      name: 'Canadian Dairy Producers Association',
      kind: 'organization',
      side: 'Canada',
    });
  });

  it("keeps a plural possessive inside an organisation's name", () => {
    expect(names("Trade\n\nThe Coastal Salmon Farmers' Association said quotas hurt.")).toEqual([
      "Coastal Salmon Farmers' Association",
    ]);
  });

  it('finds companies by suffix', () => {
    expect(actorsOf('Trade\n\nShares of Acme Widgets Corp fell after the tariff news.')[0]).toMatchObject({
      name: 'Acme Widgets Corp',
      kind: 'company',
    });
  });

  it('links a short form only after the full name', () => {
    expect(names('Trade\n\nThe Commission said no.')).toEqual([]);
    expect(actorsOf('Trade\n\nThe European Commission met. The Commission said no.')[0]?.m).toEqual([
      'European Commission',
      'Commission',
    ]);
  });
});

describe('actors: ministries in lower case, firms after "at"', () => {
  it('names a ministry after its country, mapped to the lexicon where it has one', () => {
    expect(names("Trade\n\nChina's commerce ministry said talks would go on.")).toEqual([
      'China',
      'Ministry of Commerce',
    ]);
    const a = actorsOf("Trade\n\nCanada's trade ministry said it was ready.").find(
      (x) => x.kind === 'organization',
    );
    expect(a).toMatchObject({ name: "Canada's trade ministry", side: 'Canada' });
    expect(a!.m).toEqual(['trade ministry']);
  });

  it('finds "ministry" and "department" among the words that start lexicon phrases (pass 3 reads them only then)', () => {
    getLexicon();
    for (const t of tokenize('ministry department')) expect(t.w & W_LEX).toBe(W_LEX);
  });

  it('leaves a ministry inside a role to the person, and a firm after "at" unnamed as a person', () => {
    expect(names('Trade\n\nChinese foreign ministry spokeswoman Mao Ning said no.')).toEqual(['Mao Ning']);
    // (an analyst's employer is optional in the labels; a research firm by its last word, never a person)
    expect(actorsOf('Trade\n\nAnalysts at Harbour Economics said a deal was unlikely.')).toEqual([
      expect.objectContaining({ name: 'Harbour Economics', kind: 'company' }),
    ]);
  });
});

describe('actors: datelines', () => {
  it('does not take a capital in a dateline for its government', () => {
    expect(names('Trade\n\nOTTAWA, June 30 - Officials met. Ottawa said it would wait.')).toEqual(['Canada']);
    expect(actorsOf('Trade\n\nOTTAWA, June 30 - Officials met. Ottawa said it would wait.')[0]!.m).toEqual([
      'Ottawa',
    ]);
    expect(names('Trade\n\nBEIJING (Wire) - Talks resumed.')).toEqual([]);
  });
});

describe('actors: family names that are stop words', () => {
  it('reads "He" after a title as a family name, never a sentence-initial pronoun', () => {
    expect(names('Trade\n\nSpokesperson He Yadong said talks would go on.')).toEqual(['He Yadong']);
    expect(names('Trade\n\nThe minister arrived. He Said no.')).toEqual([]);
  });
});

describe('actors: regions and courts', () => {
  it('does not read Northern Ireland as Ireland, and names the EU court in full', () => {
    expect(names('Trade\n\nGoods moving to Northern Ireland face checks.')).toEqual([]);
    expect(names('Trade\n\nThe role of the Court of Justice of the European Union was the issue.')).toEqual([
      'Court of Justice of the European Union',
    ]);
  });
});

describe('actors: former officials', () => {
  it('gives a former official no side: they speak in their own name', () => {
    const a = actorsOf('Trade\n\nFormer Chilean trade minister Ana Ruiz said the deal was thin.').find(
      (x) => x.kind === 'person',
    );
    expect(a).toMatchObject({ name: 'Ana Ruiz', side: null });
    const b = actorsOf('Trade\n\nChilean trade minister Ana Ruiz said the deal was thin.').find(
      (x) => x.kind === 'person',
    );
    expect(b).toMatchObject({ name: 'Ana Ruiz', side: 'Chile' });
  });
});

describe('actors: organisations named by an appositive', () => {
  it('reads "X, the association of ..." as an organisation and "X, the head of the association" as a person', () => {
    const org = actorsOf('Trade\n\nAgrimex, the association of grain exporters, urged talks.');
    expect(org.map((a) => [a.name, a.kind])).toEqual([['Agrimex', 'organization']]);
    const side = actorsOf("Trade\n\nKeidanren, Japan's biggest business lobby, welcomed the deal.");
    expect(side[0]).toMatchObject({ name: 'Keidanren', kind: 'organization', side: 'Japan' });
    expect(actorsOf('Trade\n\nAnna Berg, the head of the association, said no.')[0]).toMatchObject({
      name: 'Anna Berg',
      kind: 'person',
    });
  });

  it('reads "title of the <Org>" as the organisation the person serves, not a person', () => {
    const a = actorsOf('Trade\n\nTariffs hurt, said Maria Lopes, president of the Cork Makers Federation.');
    expect(a.map((x) => `${x.name}:${x.kind}`)).toEqual([
      'Maria Lopes:person',
      'Cork Makers Federation:organization',
    ]);
    // near miss: a title before a real name stays a person
    expect(actorsOf('Trade\n\nPresident of the Republic Ana Costa said no.').map((x) => x.kind)).toContain(
      'person',
    );
  });

  it('reads "<Name>, <country>\'s <title>," before a verb as a person of that country', () => {
    const a = actorsOf(
      "Trade\n\nAnne Green, Norway's deputy chief of delegation, replied that the rules were fair.",
    );
    expect(a.find((x) => x.kind === 'person')).toMatchObject({
      name: 'Anne Green',
      side: 'Norway',
      role: "Norway's deputy chief of delegation",
    });
    // near misses: no title in the appositive, or no verb after it
    expect(
      names("Trade\n\nAnne Green, Norway's largest grain trader, replied that prices were fair."),
    ).toEqual(['Norway']);
    expect(names("Trade\n\nAnne Green, Norway's deputy chief of delegation, and two aides left.")).toEqual([
      'Norway',
    ]);
  });

  it('reads "the European side" as the EU, but not "European markets" or "European countries"', () => {
    expect(names('Trade\n\nJapan urged the European side to cut tariffs on cars.')).toEqual([
      'Japan',
      'European Union',
    ]);
    expect(
      names('Trade\n\nEuropean markets fell and European countries bought fewer cars from Japan.'),
    ).toEqual(['Japan']);
    expect(names('Trade\n\nJapan criticised European government subsidies for aircraft.')).toEqual(['Japan']);
  });

  it('links governments named collectively to their country ("the Federal Council" is Switzerland)', () => {
    const a = actorsOf('Trade\n\nThe Federal Council said it would keep talking about the tariffs.');
    expect(a.map((x) => `${x.name}:${x.side}`)).toEqual(['Federal Council:Switzerland']);
    // near miss: a longer name that goes on with "of" is another body
    expect(names('Trade\n\nThe Federal Council of Dentists met on Monday.')).toEqual([]);
  });

  it('splits organisations joined by "and" after a complete name, and ends a name at "Ltd. They"', () => {
    expect(
      names('Trade\n\nTariffs may hit firms such as Kestrel Corp and Osprey Ltd. They said so.', null),
    ).toEqual(['Kestrel Corp', 'Osprey Ltd']);
    expect(names('Trade\n\nThe Statistics Bureau and Office of Fair Trading agreed.', null)).toEqual([
      'Statistics Bureau',
      'Office of Fair Trading',
    ]);
    // near miss: an "and" inside one name ("Ways and Means Committee") keeps it whole
    expect(names('Trade\n\nThe Roads and Bridges Council agreed.', null)).toEqual([
      'Roads and Bridges Council',
    ]);
  });

  it('reads "<title>, <Full Name>," as the titled person', () => {
    const a = actorsOf(
      'Trade\n\nTokyo will meet the Deputy U.S. Trade Representative, Anna Vogel, and the Under Secretary of Commerce, Bruce Tarrant.',
    );
    expect(a.filter((x) => x.kind === 'person').map((x) => `${x.name}|${x.role}`)).toEqual([
      'Anna Vogel|Deputy U.S. Trade Representative',
      'Bruce Tarrant|Under Secretary of Commerce',
    ]);
    // near misses: one word, or a verb after the name (the clause's subject)
    expect(names('Trade\n\nThey asked the minister, Vogel, about it.')).toEqual([]);
    expect(
      actorsOf('Trade\n\nAsked about the minister, Acme Motors agreed to wait.').filter(
        (x) => x.kind === 'person',
      ),
    ).toEqual([]);
  });

  it('reads "<Full Name>, who ..." as a person', () => {
    expect(
      actorsOf(
        'Trade\n\nCiara Dunne, who speaks for a group of grocers, said the rules were too strict.',
      ).map((x) => `${x.name}:${x.kind}`),
    ).toEqual(['Ciara Dunne:person']);
    // near miss: no "who" and no verb next to the name
    expect(names('Trade\n\nCiara Dunne, Galway and Sligo are on the route.')).not.toContain('Ciara Dunne');
  });

  it('reads an outlet named by the noun before it or its own head word', () => {
    const kinds = (t: string): string[] => actorsOf(t, null).map((x) => `${x.name}:${x.kind}`);
    expect(kinds('Trade\n\nHe told the newspaper Diario Norte that talks would go on.')).toEqual([
      'Diario Norte:media',
    ]);
    expect(kinds('Trade\n\nShe told the Berliner Abend Zeitung that talks would go on.')).toEqual([
      'Berliner Abend Zeitung:media',
    ]);
    // near miss: a capitalised name after another noun is no outlet
    expect(kinds('Trade\n\nHe told the lawyer Diario Norte that talks would go on.')).not.toContain(
      'Diario Norte:media',
    );
  });

  it('accepts "the Commission" when the full name was only part of a title', () => {
    const t =
      'Trade\n\nEuropean Commission President Ursula von der Leyen met Japan. Later the Commission said no.';
    expect(names(t, '2021-06-01')).toContain('European Commission');
    // near miss: "the Commission" with no full name before it stays unmarked
    expect(names('Trade\n\nLater the Commission said no to Japan.', '2021-06-01')).toEqual(['Japan']);
  });

  it('splits "said <Name> of <Firm>" into the speaker and the firm', () => {
    expect(
      actorsOf('Trade\n\nRates will rise, said Jim Doe of Kestrel Capital Corp.', null).map(
        (x) => `${x.name}:${x.kind}`,
      ),
    ).toEqual(['Jim Doe:person', 'Kestrel Capital Corp:company']);
    // near miss: a firm "of <country>" stays one company
    expect(
      actorsOf('Trade\n\nRates will rise, said Kestrel Holdings of Canada Ltd.', null).map((x) => x.kind),
    ).not.toContain('person');
  });

  it('keeps a one-word body inside a longer committee name ("House Ways and Means Committee")', () => {
    expect(
      names(
        'Trade\n\nThe U.S. House of Representatives voted. The House Rules and Means Committee will oppose it.',
        null,
      ),
    ).toContain('House Rules and Means Committee');
    // near miss: the body alone before a lower-case noun stays itself
    expect(
      names('Trade\n\nThe U.S. House of Representatives voted. The House committee will oppose it.', null),
    ).not.toContain('House committee');
  });

  it('matches an outlet by its edition name ("Politico Europe") and by its own name', () => {
    expect(actorsOf('Trade\n\nShe told Politico Europe that talks would go on.', null)[0]?.m).toEqual([
      'Politico Europe',
    ]);
    expect(actorsOf('Trade\n\nShe told Politico that talks would go on.', null)[0]?.m).toEqual(['Politico']);
  });
});

describe('actors: sides of officials whose role names no country', () => {
  const sideOf = (text: string, name: string): string | null | undefined =>
    actorsOf(text, '2025-07-01').find((a) => a.name === name)?.side;

  it('an undersecretary "of Commerce" is a government official: the story\'s home party', () => {
    const text =
      'U.S. says Ruritania pays the lumber charge\n\nThe United States said firms in Canada were paying the charge. ' +
      'Undersecretary of Commerce Ann Ortwin said that companies in Canada had begun paying.';
    expect(sideOf(text, 'Ann Ortwin')).toBe('United States');
  });

  it("takes the party the official's paragraph opens with, over the story's home party", () => {
    const text =
      'China sets duties on cognac\n\nChina will set duties on brandy from Friday, its ministry said.\n\n' +
      'The European Commission said it would study the ruling. "We regret it," trade spokesman Olaf Brandt told reporters.';
    expect(sideOf(text, 'Olaf Brandt')).toBe('European Union');
    // near miss: the same official in the story's first paragraph keeps the home party
    const first =
      'China sets duties on cognac\n\nChina will set duties on brandy from Friday. The European Commission said it regretted it, trade spokesman Olaf Brandt said.';
    expect(sideOf(first, 'Olaf Brandt')).toBe('China');
  });

  it('does not read a demonym opening a longer name ("British Columbia") as the paragraph\'s party', () => {
    const text =
      'Canada lumber mills hit by duties\n\nCanada faces new duties on lumber.\n\n' +
      'British Columbia has been the loudest voice. Premier Dana Holt said the province would fight.';
    expect(sideOf(text, 'Dana Holt')).toBe('Canada');
  });

  it('an ambassador "in Washington" serves there: the host is not their side', () => {
    const text =
      'Britain keeps its drug prices\n\nBritain kept its rules. Prices may be harder to hold.\n\n' +
      'Drug pricing is next. Peter Wellby, the ambassador in Washington, told reporters that prices were not on the table.';
    expect(sideOf(text, 'Peter Wellby')).toBe('United Kingdom');
    // near miss: a demonym before the post still gives the side
    const us =
      'Britain keeps its drug prices\n\nBritain kept its rules.\n\nPeter Wellby, the U.S. ambassador to Britain, said prices must rise.';
    expect(sideOf(us, 'Peter Wellby')).toBe('United States');
  });
});

describe('actors: 2023-2026 officials, companies and outlets in the lexicon', () => {
  it('finds "To Lam" although "To" is a stop word, and only with its capital', () => {
    const a = actorsOf(
      'Vietnam deal\n\nParty chief To Lam told reporters that Hanoi would buy more.',
      '2025-07-01',
    );
    expect(a.find((x) => x.name === 'To Lam')?.side).toBe('Vietnam');
    expect(names('Vietnam deal\n\nHanoi wants to lam the deal through.', '2025-07-01')).toEqual(['Vietnam']);
  });

  it('knows new ministers with their side, and keeps ambiguous surnames alone out', () => {
    const a = actorsOf(
      'Canada tax\n\nFinance Minister Francois-Philippe Champagne said Canada would drop the tax.',
      '2025-06-30',
    );
    expect(a.find((x) => x.name === 'François-Philippe Champagne')?.side).toBe('Canada');
    // near miss: the wine is not the minister
    expect(names('Wine trade\n\nFrance said exports of Champagne rose.', '2025-06-30')).toEqual(['France']);
  });

  it('names carmakers and outlets from the lexicon, not a sentence-initial "Time"', () => {
    const got = names(
      'Korea cars\n\nHyundai Motor and Kia said exports fell, Lee Jae Myung told Time magazine.',
      '2025-09-01',
    );
    expect(got).toEqual(expect.arrayContaining(['Hyundai Motor', 'Kia', 'Lee Jae-myung', 'Time magazine']));
    expect(names('Korea cars\n\nTime is short for a deal, Seoul said.', '2025-09-01')).toEqual([
      'South Korea',
    ]);
  });
});

describe('actors: names the held-out articles showed missing or joined', () => {
  it('a lower-case noun before a name says what it is ("the industry group X", "the battery maker X")', () => {
    const a = actorsOf(
      'Steel deal\n\nMills are angry, said the industry group Forge Britain. The battery maker Volta Cells and the juice exporters Sucoa and Laranja declined to comment.',
    );
    expect(a.filter((x) => x.kind === 'organization').map((x) => x.name)).toEqual(['Forge Britain']);
    expect(a.filter((x) => x.kind === 'company').map((x) => x.name)).toEqual([
      'Volta Cells',
      'Sucoa',
      'Laranja',
    ]);
    // a comma appositive counts only when closed
    expect(names("Steel deal\n\nMexico's steel chamber, Acerlo, has lobbied the government.")).toContain(
      'Acerlo',
    );
    // near misses: no name after the noun; a title after it is a person's, not a company
    expect(names('Steel deal\n\nThe group said on Monday that mills would close.')).toEqual([]);
    expect(
      actorsOf('Rates\n\nThe central bank Governor Ana Ruiz said rates would hold.').filter(
        (x) => x.kind === 'company',
      ),
    ).toEqual([]);
  });

  it("ends a capitalised run at 'and' before a country named on its own", () => {
    expect(names('Pact\n\nThe Association of Southeast Asian Nations and China signed the pact.')).toEqual([
      'ASEAN',
      'China',
    ]);
    // near miss: a country whose own name has 'and' stays one
    expect(names('Pact\n\nTrinidad and Tobago signed the pact.')).toEqual(['Trinidad and Tobago']);
  });

  it("reads a hyphenated given name as part of a person's name, not a lone hyphenated word", () => {
    const a = actorsOf(
      "Korea talks\n\nKim Yong-beom, the president's chief of staff for policy, told reporters Seoul wanted a swap line.",
      '2025-09-19',
    );
    expect(a.map((x) => x.name)).toContain('Kim Yong-beom');
    expect(names('Prices\n\nYear-on-year, the index fell, the office said.')).toEqual([]);
  });

  it('takes "chief executive, <Name>," as a titled person, with no government side', () => {
    const a = actorsOf(
      'Tax dropped\n\nCanada dropped the tax. Its chief executive, Goldy Hyder, welcomed the decision.',
    );
    const p = a.find((x) => x.name === 'Goldy Hyder');
    expect(p?.role).toBe('chief executive');
    expect(p?.side).toBeNull();
  });

  it('does not make a law a person ("House of Representative Bill"), but keeps "Bill Bradley"', () => {
    expect(
      names('Trade bill\n\nThe House of Representative Bill would adopt a new subsidy test.'),
    ).not.toContain('Bill');
    expect(names('Trade bill\n\nSenator Bill Bradley said the bill was dangerous.', '1987-06-01')).toContain(
      'Bill Bradley',
    );
  });

  it('does not make a country plus a plural of people an organisation ("U.S. Exporters")', () => {
    expect(
      names('Barriers\n\nThe problem is not only faced by U.S. Exporters, the Commission said.'),
    ).not.toContain('U.S. Exporters');
    expect(names('Barriers\n\nGrain Producers Australia said it welcomed the ruling.')).toContain(
      'Grain Producers Australia',
    );
  });
});

describe("actors: spokespeople's firms and leaders' relatives", () => {
  it('"a spokesman for <Name>" names an organisation, unless the name is a person\'s surname', () => {
    expect(names('Steel\n\nA spokesman for Deacero told reporters the mill would ship less.')).toEqual([
      'Deacero',
    ]);
    expect(
      names(
        'Steel\n\nA spokeswoman for Moreno declined to comment. Jane Moreno, a lawyer, said she was right.',
      ),
    ).toEqual(['Jane Moreno']);
  });

  it('another given name before a lexicon surname is a relative, with an appositive or inside a sentence', () => {
    const a = names(
      "Brazil tariff\n\nPresident Jair Bolsonaro was charged. Eduardo Bolsonaro, the former president's son, lobbied for the tariff.",
      '2025-08-20',
    );
    expect(a).toEqual(expect.arrayContaining(['Jair Bolsonaro', 'Eduardo Bolsonaro']));
    // near miss: a sentence-opening adverb is no given name
    expect(
      names('Brazil tariff\n\nJair Bolsonaro was charged. Earlier Bolsonaro said no.', '2025-08-20'),
    ).toEqual(['Brazil', 'Jair Bolsonaro']);
  });
});

describe('actors: organisation names from the second held-out set', () => {
  it('a four-word name before ", the industry body," is an organisation', () => {
    expect(
      names('Wine\n\nAustralian Grape and Wine, the industry body, urged exporters to diversify.'),
    ).toContain('Australian Grape and Wine');
    // near miss: a four-word run before an appositive naming a person's post is no organisation
    // (it is a person: a given name, a particle and a surname)
    const chair = actorsOf(
      "Wine\n\nAnna Maria de Souza, the body's chair, urged exporters to diversify.",
    ).find((a) => a.name === 'Anna Maria de Souza');
    expect(chair?.kind ?? 'none').not.toBe('organization');
  });

  it('a body abroad keeps its host country in its name ("American Chamber of Commerce in Indonesia")', () => {
    expect(names('Deal\n\nThe American Chamber of Commerce in Indonesia praised the deal.')).toContain(
      'American Chamber of Commerce in Indonesia',
    );
    // near miss: a city is a place, not part of the name
    expect(names('Deal\n\nThe American Chamber of Commerce in Jakarta praised the deal.')).toContain(
      'American Chamber of Commerce',
    );
  });

  it('reads "director general, <Name>," as a titled person, and "companies such as X" as a company', () => {
    const a = actorsOf(
      'Steel\n\nEurofer welcomed it. Its director general, Axel Eggert, said it should start soon.',
    );
    expect(a.find((x) => x.name === 'Axel Eggert')?.role).toBe('director general');
    const b = actorsOf('Gas\n\nInvestment came through South African companies such as Sasol and Mondi.');
    expect(b.filter((x) => x.kind === 'company').map((x) => x.name)).toEqual(['Sasol', 'Mondi']);
    expect(names('Gas\n\nInvestment came through such as Sasol.')).toEqual([]);
  });
});

describe('actors: two firms joined by "and"', () => {
  it('splits "X Y Capital Markets and Z W Inc", not utility or one-word-partner names', () => {
    const a = names(
      'Bonds\n\nThe issues will be offered through underwriting groups led by Harlow Dent Capital Markets and Brandt Brothers Inc. The two issues are separate.',
    );
    expect(a).toEqual(['Harlow Dent Capital Markets', 'Brandt Brothers Inc']);
    expect(names('Bonds\n\nThe bonds of Sound Power and Light Co were redeemed on Monday.')).toEqual([
      'Sound Power and Light Co',
    ]);
  });

  it('keeps "the X Y and Z W Study Group" one body after "the" (wire sets AZ, BA)', () => {
    expect(
      names('Metals\n\nThe International Copper and Nickel Study Group said demand would rise.'),
    ).toEqual(['International Copper and Nickel Study Group']);
    // (without "the", two firms as before)
    expect(
      names('Bonds\n\nThe issues were led by Harlow Dent Capital Markets and Brandt Brothers Inc on Monday.'),
    ).toEqual(['Harlow Dent Capital Markets', 'Brandt Brothers Inc']);
  });
});

describe('actors: a government body named without its country', () => {
  it('takes the country from a possessive before it or "in <capital>" after it', () => {
    const side = (text: string): string | null | undefined =>
      actorsOf(text).find((a) => a.name === 'Commerce Ministry')?.side;
    expect(side("Trade\n\nChina's Commerce Ministry said it wants Canada to drop the tariffs.")).toBe(
      'China',
    );
    expect(side('Trade\n\nThe Commerce Ministry in Beijing said it wants Canada to drop the tariffs.')).toBe(
      'China',
    );
    // near miss: nothing names its country, and a lobby keeps none
    expect(side('Trade\n\nThe Commerce Ministry said it wants Canada to drop the tariffs.')).toBeNull();
    const lobby = actorsOf(
      "Trade\n\nChina's Soybean Growers Council said it wants Canada to drop the tariffs.",
    ).find((a) => a.name === 'Soybean Growers Council');
    expect(lobby?.kind).toBe('organization');
    expect(lobby?.side).toBeNull();
  });
});

describe('actors: a spaced dash ends a name', () => {
  it('keeps a dateline out of the name after it, and a hyphen inside a name', () => {
    expect(
      names('Deal\n\nBRUSSELS - The European Union and Indonesia agreed on Sunday to cut tariffs.'),
    ).toEqual(['European Union', 'Indonesia']);
    // near miss: an unspaced hyphen joins two capitalised words of one name
    expect(names('Deal\n\nThe Anglo-Dutch Shipping Council urged Indonesia to cut tariffs.')).toContain(
      'Anglo-Dutch Shipping Council',
    );
  });
});

describe('actors: organisation names joined by "and"', () => {
  it('keeps one closing word after "and" in the name, and splits two complete names', () => {
    expect(
      names(
        'Cars\n\nThe Society of Motor Manufacturers and Traders (SMMT) urged negotiators to cut tariffs.',
      ),
    ).toContain('Society of Motor Manufacturers and Traders');
    expect(
      names('Tariffs\n\nThe U.S. Chamber of Commerce and Amcham Brasil urged Washington to cut tariffs.'),
    ).toContain('U.S. Chamber of Commerce');
    // near misses: a one-word tail before "of" starts another body; a ministry's own "and" stays
    // (the Census Bureau is in the lexicon since the twenty-ninth pass, under its full name)
    expect(names('Data\n\nThe Census Bureau and Bureau of Economic Analysis said imports rose.')).toEqual([
      'U.S. Census Bureau',
      'Bureau of Economic Analysis',
    ]);
    expect(
      names("Chips\n\nJapan's Ministry of International Trade and Industry urged Washington to cut tariffs."),
    ).toContain('Ministry of International Trade and Industry');
  });
});

describe('actors: "the Commission" of a bloc named in the text', () => {
  it('is the European Commission once the EU is named, and nothing without it', () => {
    const withEu = actorsOf('Trade\n\nIndonesia wants the EU to cut tariffs. The Commission refused.');
    expect(withEu.find((a) => a.name === 'European Commission')?.m).toEqual(['Commission']);
    // near miss: no bloc named, no body of it
    expect(
      names('Trade\n\nThe U.S. wants lower tariffs. The Commission said it would study the case.'),
    ).toEqual(['United States']);
  });
});

describe('actors: a name defining an acronym', () => {
  it('is an organisation, but a scheme or a law is not', () => {
    expect(
      actorsOf(
        'Politics\n\nThe opposition Kuomintang (KMT) called on the president to publish the offer.',
      ).find((a) => a.name === 'Kuomintang')?.kind,
    ).toBe('organization');
    // near misses: schemes and laws define acronyms too
    expect(names('Trade\n\nThe Generalised System of Preference (GSP) lapsed.')).toEqual([]);
    expect(names('Trade\n\nThe Export Enhancement Program (EEP) was extended.')).toEqual([]);
  });
});

describe('actors: officials and bodies of the 1980s (wire archives)', () => {
  it('knows an official by surname alone within their years, with side and role', () => {
    const a = actorsOf('Chips\n\nBaldrige said Tamura would visit Washington next month.', '1987-03-02');
    expect(a.map((x) => [x.name, x.side, x.role])).toEqual([
      ['Malcolm Baldrige', 'United States', 'Commerce Secretary'],
      ['Hajime Tamura', 'Japan', 'Trade and Industry Minister'],
    ]);
    // near miss: decades later a bare surname is nobody we know
    expect(names('Chips\n\nTamura said the plant would open next month.', '2024-03-02')).toEqual([]);
  });

  it('gives a lobby its own positions, aimed at the government it presses', () => {
    const r = analyze({
      text: 'Trade\n\nKeidanren urged Tokyo to cut tariffs on farm goods.',
      published: '1987-03-02',
    });
    expect(r.preconditions.map((p) => [p.holder, p.target, p.issue])).toEqual([
      ['jp:keidanren', 'jp', 'tariffs'],
    ]);
  });
});

describe('actors: titles, appositives and names that generalise (wire and news)', () => {
  const kindOf = (text: string, name: string, published = '1987-04-01'): string | undefined =>
    actorsOf(text, published).find((a) => a.name === name)?.kind;

  it('reads "<agency> Deputy Administrator <name>" as a person with that title', () => {
    const a = actorsOf(
      'Grain\n\nStocks will shrink, U.S. Department of Energy Deputy Administrator Carl Whitby said.',
    );
    expect(a.find((x) => x.name === 'Carl Whitby')?.role).toContain('Deputy Administrator');
    // near miss: the title with no name after it is nobody
    expect(names('Grain\n\nThe deputy administrator of the fund said stocks will shrink.')).toEqual([]);
  });

  it('keeps a department named in full before a title as an actor of its own', () => {
    const a = actorsOf(
      'Grain\n\nStocks will shrink, U.S. Department of Agriculture Deputy Administrator Carl Whitby said.',
    );
    expect(a.map((x) => x.ids)).toEqual(['us:usda', 'p:carl-whitby']);
    // near miss: an office that is also the title ("Trade Representative") stays inside the role
    expect(names('Grain\n\nU.S. Trade Representative Carl Whitby said stocks will shrink.')).toEqual([
      'United States',
      'Carl Whitby',
    ]);
  });

  it('keeps a board, commission or acronym named before a title as an actor of its own', () => {
    const ids = (s: string): string[] => actorsOf(`Dollar\n\n${s}`).map((x) => x.ids);
    expect(ids('Federal Reserve Board chairman Carl Whitby said rates may rise.')).toEqual([
      'us:fed',
      'p:carl-whitby',
    ]);
    expect(ids('MITI vice minister Taro Sato said exports may fall.')).toEqual(['jp:miti', 'p:taro-sato']);
    // near miss: a one-word office that is also part of the title stays inside the role
    expect(ids('Treasury Secretary Carl Whitby said rates may rise.')).toEqual(['p:carl-whitby']);
  });

  it('takes a name right after "<title> of <body named in full>" with no comma', () => {
    const a = actorsOf(
      'Aid\n\nCuts are due, the director general of the International Monetary Fund Marie-Anne Coudert said.',
    );
    expect(a.find((x) => x.name === 'Marie-Anne Coudert')?.role).toBe(
      'director general of the International Monetary Fund',
    );
    expect(a.map((x) => x.name)).toContain('International Monetary Fund');
    // near miss: one capitalised word after the body is no full name
    expect(
      names('Aid\n\nThe director general of the International Monetary Fund Board met on Monday.'),
    ).not.toContain('Board');
  });

  it('knows firms named bare, and a known firm that opens another firm or body keeps that name', () => {
    expect(names('Chips\n\nToshiba and Fujitsu cut prices, and Nomura bought shares.')).toEqual([
      'Toshiba',
      'Fujitsu',
      'Nomura',
    ]);
    // near misses: the longer name is another firm or body
    expect(names('Chips\n\nThe Daiwa Securities Research Institute said prices will fall.')).toEqual([
      'Daiwa Securities Research Institute',
    ]);
    expect(names('Chips\n\nToshiba Machine Co said prices will fall.')).toEqual(['Toshiba Machine Co']);
  });

  it('reads "<Firm> Ltd of <Country>" as the firm and where it is from, and ends a firm before "on"', () => {
    expect(names('Satellites\n\nThey were built for Koala Sat Pty Ltd of Australia.')).toEqual([
      'Koala Sat Pty Ltd',
      'Australia',
    ]);
    expect(names('Satellites\n\nThey fly on rockets of Asia Orbital Launch Co.')).toEqual([
      'Asia Orbital Launch Co',
    ]);
    expect(names('Satellites\n\nThey were sent by Orbital Freight Corp on Long March rockets.')).toEqual([
      'Orbital Freight Corp',
    ]);
    // near misses: a spelled-out form is part of the name, a known firm abroad is its subsidiary
    expect(names('Cotton\n\nThe Cotton Trading Corporation of Pakistan said so.')).toEqual([
      'Cotton Trading Corporation of Pakistan',
    ]);
    expect(names('Cars\n\nFord Motor Co of Canada said so.')).toEqual(['Ford Motor Co of Canada']);
  });

  it('keeps "<X> Manufacturers and Exporters Association", "<X> Industries of America" and "Chambers of" whole', () => {
    expect(names('Quotas\n\nThe Nepal Carpet Makers and Exporters Association said quotas hurt.')).toEqual([
      'Nepal Carpet Makers and Exporters Association',
    ]);
    expect(names('Quotas\n\nThe Luggage Industries of America said quotas help.')).toEqual([
      'Luggage Industries of America',
    ]);
    expect(names('Quotas\n\nHe spoke to the Federated Chambers of Commerce in Lagos.')).toEqual([
      'Federated Chambers of Commerce',
    ]);
    // near miss: a head word before "and" closes the first body
    expect(names('Quotas\n\nThe Cotton Growers Association and Exporters Council met.')).toEqual([
      'Cotton Growers Association',
      'Exporters Council',
    ]);
  });

  it('reads "<Name>, <AGENCY> <title> said" as a person with that role', () => {
    const a = actorsOf('Juice\n\nA duty of 2 pct applies, Maria Delgado, ITC investigator said.');
    expect(a.find((x) => x.name === 'Maria Delgado')?.role).toBe('ITC investigator');
    expect(names('Juice\n\nStocks fell, Tom Barker, USDA economist, said.')).toContain('Tom Barker');
    // near miss: an agency's data after a firm's name is no title
    expect(names('Juice\n\nPrices rose at Acme Widgets, USDA data showed.')).not.toContain('Acme Widgets');
  });

  it('reads an outlet after "journal" or "monthly", and not its owner named before "daily"', () => {
    expect(names('Trade\n\nThe monthly journal Export Review said trade fell.')).toEqual(['Export Review']);
    expect(names('Trade\n\nThe Workers Party daily Voz Nueva said trade fell.')).toEqual(['Voz Nueva']);
    // near miss: the party itself, speaking
    expect(names('Trade\n\nThe Workers Party said trade fell.')).toEqual(['Workers Party']);
  });

  it('takes no country from a capital used as a modifier after "its" or "the"', () => {
    expect(names('Bananas\n\nThe EC will honour its Lome commitments, officials said.')).toEqual([
      'European Community',
    ]);
    expect(names('Bananas\n\nPrices rose after the Ottawa talks, dealers said.')).toEqual([]);
    // near miss: the capital acting, before a plural verb or a past tense
    expect(names('Bananas\n\nOttawa wants quotas, dealers said.')).toEqual(['Canada']);
  });

  it('reads wire names: "Jan" as a given name, "All <Country> ...", a comma inside a body, a firm after "Corp."', () => {
    expect(names('Tax\n\nThe tax hurt sales, delegate Jan Pretorius said.')).toEqual(['Jan Pretorius']);
    expect(names('Tax\n\nThe tax took effect on Jan 5, traders said.')).toEqual([]);
    expect(names('Quotas\n\nThe All India Jute Mills Association urged the government to act.')).toEqual([
      'All India Jute Mills Association',
    ]);
    expect(names('Quotas\n\nThe Yarn, Cloth and Garment Council said quotas hurt.')).toEqual([
      'Yarn, Cloth and Garment Council',
    ]);
    expect(names('Copiers\n\nDuties hit Acme Corp. Zenith Office Machines Co escaped them.')).toEqual([
      'Acme Corp',
      'Zenith Office Machines Co',
    ]);
    expect(
      names('Exports\n\nFigures from ACEX, the foreign trade department of the bank, show a rise.'),
    ).toEqual(['ACEX']);
    expect(names('Drugs\n\nOpposition trade critic Jane Roe demanded a vote.')).toEqual(['Jane Roe']);
    // near misses: a list of firms, and a title after the department in an appositive
    expect(names('Copiers\n\nHe visited the Acme, Apex and Zenith plants.')).toEqual([]);
    expect(
      names('Drugs\n\nClyde Barrow, a Commerce Department counsellor who led the team, said so.'),
    ).toEqual(['Clyde Barrow', 'U.S. Commerce Department']);
  });

  it('takes no country from a sea named after it or a U.S. state before a party member', () => {
    expect(names('Shrimp\n\nBoats from the Gulf of Mexico asked for duties on imports.')).toEqual([]);
    expect(names('Quotas\n\nThe bill of Georgia Democrat Ed Jenkins failed.')).toEqual(['Ed Jenkins']);
    // near miss: the country itself, and after "of" with no body of water before it
    expect(names('Wine\n\nGeorgia and Armenia want quotas.')).toEqual(['Georgia', 'Armenia']);
    expect(names('Oil\n\nThe government of Mexico asked for duties.')).toEqual(['Mexico']);
  });

  it('reads "<Committee> for the <Purpose>" and "<Committee> on <Subject>" as one body', () => {
    expect(
      names('Quotas\n\nAn official of the Board for the Promotion of Garment Exports said quotas will rise.'),
    ).toEqual(['Board for the Promotion of Garment Exports']);
    expect(names('Quotas\n\nThe Council on Farm Trade Relations said quotas will rise.')).toEqual([
      'Council on Farm Trade Relations',
    ]);
    // near misses: a date after "on", a lower-case purpose after "for the", a head word alone
    expect(names('Quotas\n\nThe Council on Monday said quotas will rise.')).toEqual([]);
    expect(names('Quotas\n\nThe Board for the first time said quotas will rise.')).toEqual([]);
    expect(names('Quotas\n\nAn official of the Committee said quotas will rise.')).toEqual([]);
  });

  it('splits "<title> of the <Capitalised Body> <full name> said" where the lexicon knows no body', () => {
    const a = actorsOf('Exports\n\nSales rose, chairman of the Rubber Export Council Ahmad Bin Yusof said.');
    expect(a.map((x) => x.name)).toEqual(['Rubber Export Council', 'Ahmad Bin Yusof']);
    expect(a[1]!.role).toBe('chairman of the Rubber Export Council');
    // near miss: a body named after the title with no name after it stays one body
    expect(names('Exports\n\nSales rose, the chairman of the Rubber Export Council said.')).toEqual([
      'Rubber Export Council',
    ]);
  });

  it('reads a capitalised title appositive after a name ("X Y, Executive Vice-president of Z,")', () => {
    const a = actorsOf(
      'Grain\n\nPrices should float, proposed Henry Dalton, Senior Vice-president of Cargill (USA), a trader.',
    );
    expect(a.find((x) => x.name === 'Henry Dalton')?.role).toBe('Senior Vice-president of Cargill (USA)');
    // near miss: a place before ", State officials" (no title head) is no person
    expect(names('Grain\n\nThe storm hit Green Valley, State officials said.')).toEqual([]);
  });

  it('takes a name set off by commas after a phrase with a role word, before a speech verb', () => {
    const a = actorsOf(
      'Budget\n\nTaxes will fall, the head of the panel drafting the budget, Kenji Moriyama, said.',
    );
    expect(a.find((x) => x.name === 'Kenji Moriyama')?.kind).toBe('person');
    // near miss: the same shape after a phrase with no role word
    expect(names('Budget\n\nPrices will rise, the maker of the parts, Acme Widgets, said.')).toEqual([]);
  });

  it('keeps lower-case particles inside a name ("de la", "von der")', () => {
    expect(names('Talks\n\nThe talks stalled, said Ramon de la Vega.')).toEqual(['Ramon de la Vega']);
    expect(names('Talks\n\nThe chair, Liese von der Aue, said no.')).toContain('Liese von der Aue');
    // near miss: particles with no capitalised surname after them end the name
    expect(names('Talks\n\nThe visit of Ramon de la semana said little.')).not.toContain(
      'Ramon de la semana',
    );
  });

  it('reads "<noun> organisation ACRONYM" as an organisation', () => {
    expect(
      kindOf("Feed\n\nThe levy is opposed by the European bakers' organisation EBAK, he said.", 'EBAK'),
    ).toBe('organization');
    // near miss: a lower-case word between the noun and the name
    expect(names('Feed\n\nThe organisation in Geneva said so.')).toEqual([]);
  });

  it('reads "the Commission" as the bloc executive once the European Community is named', () => {
    expect(names('Farm\n\nThe EC agreed. Later the Commission proposed a levy.')).toContain(
      'European Commission',
    );
    // near miss: with no bloc named, "the Commission" is nobody in particular
    expect(names('Farm\n\nLater the Commission proposed a levy.')).toEqual([]);
  });

  it('reads "the <Name> committee" in lower case as a committee', () => {
    expect(
      kindOf('Tax\n\nOn Monday the Rules and Budget committee approved it.', 'Rules and Budget committee'),
    ).toBe('organization');
    // near miss: a lower-case committee after a single common word
    expect(names('Tax\n\nOn Monday the Budget committee approved it.')).toEqual([]);
  });

  it('starts a congressional committee at its chamber after the country ("The U.S. House ... Committee")', () => {
    const a = actorsOf('Farm\n\nThe U.S. House Dairy Committee voted on Tuesday.');
    expect(a.map((x) => [x.name, x.side])).toEqual([
      ['United States', 'United States'],
      ['House Dairy Committee', 'United States'],
    ]);
    // near miss: the chamber alone stays the chamber's short form, not a committee
    expect(names('Farm\n\nThe U.S. House voted on Tuesday.')).not.toContain('House Dairy Committee');
  });

  it('reads a national branch of a lobby as its own organisation ("Greenpeace Switzerland")', () => {
    const a = actorsOf('Deal\n\nOxfam Germany urged lawmakers to reject the deal.', '2025-01-01');
    expect(a.map((x) => [x.name, x.side])).toEqual([['Oxfam Germany', 'Germany']]);
    // near miss: the lobby then a country in another role is two actors
    expect(names('Deal\n\nOxfam urged Germany to reject the deal.', '2025-01-01')).toEqual([
      'Oxfam',
      'Germany',
    ]);
  });

  it('reads a compound maker noun before a name as a company ("toolmakers such as X")', () => {
    expect(
      kindOf('Chips\n\nCurbs hit toolmakers such as Nagano Optics this year.', 'Nagano Optics', '2024-01-01'),
    ).toBe('company');
    // near miss: a short word ending in "maker" that is no compound ("the maker Acme" still is one)
    expect(names('Chips\n\nCurbs hit makers of tools this year.', '2024-01-01')).toEqual([]);
  });
});

describe('actors: a country named only by its adjective in a holder role', () => {
  it('reads "<demonym> officials said" as the country when the text names it no other way', () => {
    const a = actorsOf('Farm\n\nThe levy is unfair, Austrian officials said on Friday.');
    expect(a.map((x) => [x.name, x.m])).toEqual([['Austria', ['Austrian officials']]]);
    // near misses: officials who are only talked with, and a demonym before a thing
    expect(names('Farm\n\nThe minister held talks with Austrian officials and traders.')).toEqual([]);
    expect(names('Farm\n\nAustrian cheese sold well, traders said.')).toEqual([]);
  });
});

describe('actors: lists of companies after a noun that says what they are', () => {
  it('reads every item of "<producers>, including A, B and C\'s D" as a company', () => {
    const a = actorsOf(
      "Spirits\n\nTwelve distillers, including Marlow Cointet, Brisk Vale and LVMH's Orrin, gave undertakings.",
      '2025-01-01',
    );
    expect(a.map((x) => [x.name, x.kind])).toEqual([
      ['Marlow Cointet', 'company'],
      ['Brisk Vale', 'company'],
      ['LVMH', 'company'],
      ['Orrin', 'company'],
    ]);
    // near miss: a list of surnames after a verb is no list of companies
    expect(names('Spirits\n\nThe panel heard Marlow, Brisk and Orrin on Monday.', '2025-01-01')).toEqual([]);
  });
});

describe('actors: a relative "which" that says what a name does', () => {
  it('reads "X, which runs/speaks for ..." as a firm or a body', () => {
    expect(
      actorsOf('Steel\n\nTarvo, which runs two mills, delayed an expansion.').map((x) => [x.name, x.kind]),
    ).toEqual([['Tarvo', 'company']]);
    expect(
      actorsOf('Farm\n\nBauernrat, which speaks for alpine farmers, warned against quotas.').map((x) => [
        x.name,
        x.kind,
      ]),
    ).toEqual([['Bauernrat', 'organization']]);
    // near miss: a place with a relative clause of another verb
    expect(names('Steel\n\nNuevo Leon, which borders Texas, is hit hard.')).toEqual([]);
  });
});

describe('actors: a demonym and a company suffix as a firm', () => {
  it('reads "<Demonym> Steel\'s ..." as a company when it owns something', () => {
    expect(
      actorsOf("Steel\n\nThe clause targets Irish Steel's foreign owner.").map((x) => [x.name, x.kind]),
    ).toEqual([['Irish Steel', 'company']]);
    // near miss: a demonym and a sector word before a noun is the sector, not a firm
    expect(names('Steel\n\nJapanese Steel exports fell in May.')).toEqual([]);
  });
});

describe('actors: a firm named again without its legal suffix', () => {
  it('links "Dorrit Motors" to "Dorrit Motors Corp" named before it', () => {
    const a = actorsOf("Cars\n\nRatings of Dorrit Motors Corp fell. Dorrit Motors's bonds were cut.");
    expect(a.map((x) => [x.name, x.m])).toEqual([
      ['Dorrit Motors Corp', ['Dorrit Motors Corp', 'Dorrit Motors']],
    ]);
    // near miss: another firm sharing the first word stays apart
    expect(names("Cars\n\nRatings of Dorrit Motors Corp fell. Dorrit Airlines's bonds were cut.")).toEqual([
      'Dorrit Motors Corp',
      'Dorrit Airlines',
    ]);
  });
});

describe('actors: "<Name> International" is an organisation', () => {
  it('reads an unknown group named "<Word> International" as an organisation, not a person', () => {
    expect(
      actorsOf('Rights\n\nClarity International urged ministers to act.').map((x) => [x.name, x.kind]),
    ).toEqual([['Clarity International', 'organization']]);
    // near miss: a country's name before "International obligations" is no body
    expect(names('Rights\n\nThe barriers breach U.S. International obligations, they said.')).toEqual([
      'United States',
    ]);
  });
});

describe('actors: the US chambers and the Pentagon by their short names', () => {
  it('reads "the Senate" as the US Senate once the House was named, and in a story about the US', () => {
    const a = actorsOf(
      'Farm bill\n\nThe House of Representatives passed the farm bill on Monday. The Senate will vote on its own version next week.',
      '1987-06-01',
    );
    expect(a.map((x) => x.ids)).toEqual(['us:house', 'us:senate']);
    const b = actorsOf(
      'Steel\n\nThe United States wants Canada to cap its steel shipments. A Senate panel will hear the steel makers on Friday.',
      '1987-06-01',
    );
    expect(b.map((x) => x.ids)).toContain('us:senate');
    // near miss: with no US body or the US named, "the Senate" is some other country's
    expect(
      names('Budget\n\nThe Senate rejected the budget of Prime Minister Hawke on Monday.', '1987-06-01'),
    ).not.toContain('U.S. Senate');
  });

  it('reads "the House" as the US House once the Senate was named', () => {
    const a = actorsOf(
      'Chips\n\nThe U.S. Senate voted to curb chip imports. The bill now goes to the House, aides said.',
      '1987-06-01',
    );
    expect(a.map((x) => x.ids)).toEqual(['us:senate', 'us:house']);
  });

  it("does not read another country's Congress as the US Congress", () => {
    expect(
      names('Software\n\nA bill before the Mexican Congress would protect software.', '1987-06-01'),
    ).toEqual([]);
    expect(
      names('Software\n\nA bill before Congress would protect software, U.S. officials said.', '1987-06-01'),
    ).toContain('United States Congress');
  });

  it('names the Pentagon as the US defence department', () => {
    const a = actorsOf('Arms\n\nPentagon officials want Norway to pay part of the cost.', '1987-06-01');
    expect(a.find((x) => x.ids === 'us:defense')).toMatchObject({
      m: ['Pentagon'],
      kind: 'organization',
      side: 'United States',
    });
  });
});

describe('actors: US legislators named by state and party', () => {
  it('reads "<State> Democrat|Republican <First Last>" as a US legislator', () => {
    const a = actorsOf(
      'Textiles\n\nThe United States will cap textile imports, said Ohio Republican Mary Tolland, who wrote the bill. Kansas Democrat Sam Pruett, its co-author, agreed.',
      '1987-06-01',
    );
    expect(a.filter((x) => x.kind === 'person').map((x) => [x.name, x.side, x.role])).toEqual([
      ['Mary Tolland', 'United States', 'Ohio Republican'],
      // (a sentence's first word stays out of a role, as everywhere)
      ['Sam Pruett', 'United States', 'Democrat'],
    ]);
  });

  it('reads the names after a party and a plural title ("Republican Senators Jane Doe of Ohio, ...")', () => {
    const a = actorsOf(
      'Budget\n\nThe rule is named after Republican Senators Mary Tolland of Ohio and Democrat Sam Pruett of Kansas. The U.S. budget is due.',
      '1987-06-01',
    );
    expect(a.filter((x) => x.kind === 'person').map((x) => [x.name, x.side])).toEqual([
      ['Mary Tolland', 'United States'],
      ['Sam Pruett', 'United States'],
    ]);
  });

  it('does not read a party name with one capitalised word after it as a person', () => {
    const a = actorsOf(
      'Vote\n\nThe Republican Party said the United States should cap textile imports.',
      '1987-06-01',
    );
    expect(a.filter((x) => x.kind === 'person')).toEqual([]);
  });
});

describe("actors: firms with legal forms, initials and founders' names", () => {
  it('keeps the legal form with a firm the lexicon knows ("Boeing Co")', () => {
    const a = actorsOf(
      'Jets\n\nThe order went to Boeing Co last week, and Boeing said it was pleased.',
      '1987-06-01',
    );
    expect(a.map((x) => [x.ids, x.m])).toEqual([['c:boeing', ['Boeing Co', 'Boeing']]]);
    // near miss: a capitalised word after the firm that is no legal form stays out
    expect(actorsOf('Jets\n\nBoeing Chairman Frank Ulm said no.', '1987-06-01')[0]?.m).toEqual(['Boeing']);
  });

  it('reads "Cos" as a legal form that ends a firm\'s name before "and"', () => {
    expect(
      names(
        'Tobacco\n\nIts members include Dorrit Brands Cos and Vell Tobacco Co, the group said.',
        '1987-06-01',
      ),
    ).toEqual(['Dorrit Brands Cos', 'Vell Tobacco Co']);
  });

  it('keeps an initial that opens a firm\'s name ("C. Hale Ltd")', () => {
    expect(
      names(
        'Sugar\n\nPrices eased. J. Harnett Ltd said in its weekly review that demand was firm.',
        '1987-06-01',
      ),
    ).toEqual(['J. Harnett Ltd']);
    // near miss: an initial ending the sentence before a firm is not part of its name
    expect(
      names('Sugar\n\nThe sugar went to the depot at gate B. Harnett Ltd said so.', '1987-06-01'),
    ).toEqual(['Harnett Ltd']);
  });

  it("reads a firm named after a known person's surname with a legal form as the firm", () => {
    // "Dawkins" is a lexicon surname (an Australian trade minister of the 1980s)
    expect(names('Tobacco\n\nT.W. Dawkins Tobacco Co said it would object.', '1987-06-01')).toEqual([
      'T.W. Dawkins Tobacco Co',
    ]);
    expect(names('Tobacco\n\nDawkins said he would object.', '1987-06-01')).toEqual(['John Dawkins']);
  });
});

describe('actors: lobby names', () => {
  it('reads "<Head> of <Word> and <Words> <plural head>" as one organisation', () => {
    expect(
      names(
        'Chips\n\nThe Chilean Federation of Copper and Precious Metal Producers, which speaks for the mines, said no.',
        '1987-06-01',
      ),
    ).toEqual(['Chilean Federation of Copper and Precious Metal Producers']);
    // near miss: after a complete "<Head> of <Name>", "and" before another body's name splits them
    expect(names('Chips\n\nThe Chamber of Commerce and Amcham Chile said no.', '1987-06-01')).toEqual([
      'Chamber of Commerce',
      'Amcham Chile',
    ]);
  });

  it('keeps an irregular plural\'s possessive inside a lobby name and reads "In <City>," as a place', () => {
    expect(
      names("Beef\n\nIn Omaha, the Western Stockmen's Association said prices were too high.", '1987-06-01'),
    ).toEqual(["Western Stockmen's Association"]);
    // near miss: a possessive of a country before a head word is the country's
    expect(names("Beef\n\nCanada's Association said prices were too high.", '1987-06-01')).toEqual([
      'Canada',
    ]);
  });

  it('reads contractors and builders as lobby heads before "of <country>"', () => {
    expect(names('Works\n\nThe United Builders of Canada has called for a review.', '1987-06-01')).toEqual([
      'United Builders of Canada',
    ]);
    // near miss: a demonym and the plural alone are people, not a body
    expect(names('Works\n\nJapanese Contractors won the bids.', '1987-06-01')).toEqual([]);
  });
});

describe('actors: "<Name>, <country>\'s <title>, who ..."', () => {
  it("reads the name before a country's title and a relative clause as a person of that country", () => {
    const a = actorsOf(
      "Farm\n\nWalter Brandt, Austria's Trade Minister, who chairs the group, told reporters they would not agree.",
      '1987-06-01',
    );
    expect(a.map((x) => [x.name, x.kind, x.side])).toEqual([
      ['Walter Brandt', 'person', 'Austria'],
      ['Austria', 'country', 'Austria'],
    ]);
    // near miss: a city and a country's noun phrase are a place
    expect(
      names("Farm\n\nVienna, Austria's capital, who knows why, said nothing.", '1987-06-01'),
    ).not.toContain('Vienna');
  });

  it("knows Australia's trade minister of 1987-1990 by surname", () => {
    const a = actorsOf('Farm\n\nDuffy said the Cairns Group would not accept it.', '1988-03-01');
    expect(a.find((x) => x.ids === 'p:michael-duffy')).toMatchObject({ side: 'Australia' });
  });
});

describe('actors: "state-owned <Name>" is a firm', () => {
  it('reads a capitalised name after "state-owned"/"family-owned" as a company', () => {
    expect(
      actorsOf("Arms\n\nSweden's state-owned Brettler Werke sold the lathes.", '1987-06-01').map((x) => [
        x.name,
        x.kind,
      ]),
    ).toEqual([
      ['Sweden', 'country'],
      ['Brettler Werke', 'company'],
    ]);
    // near miss: "owned by" a country names no firm
    expect(names('Arms\n\nThe yard is owned by Sweden.', '1987-06-01')).toEqual(['Sweden']);
  });
});

describe('actors: a partner firm named after a known one', () => {
  it('reads "<Word> <lexicon firm>" inside a sentence as another firm', () => {
    const a = actorsOf('Cars\n\nThe new plant of Tianhe Volkswagen opened on Monday.', '2020-06-01');
    expect(a.map((x) => [x.name, x.kind])).toEqual([['Tianhe Volkswagen', 'company']]);
    // near miss: at a sentence's start the capitalised word is an ordinary word ("Rival Boeing")
    expect(names('Jets\n\nRival Boeing said it would cut prices.', '2020-06-01')).toEqual(['Boeing']);
    expect(names("Jets\n\nThe site sets cookies. (See Boeing's own notice.)", '2020-06-01')).toEqual([
      'Boeing',
    ]);
  });
});

describe('actors: lexicon names are one line', () => {
  // Builder.fromRef takes a lexicon actor's name and role as they are (no line-break folding):
  // a name or role with a line break, a tab or two spaces in a row would reach the output as is.
  it('every lexicon actor, compiled and from source, has a one-line name and role', () => {
    const notOneLine = (s: string | null): boolean => s !== null && /\s\s|[^\S ]/.test(s);
    for (const lex of [getLexicon(), compileLexicon()]) {
      const bad = [...lex.byId.values()].filter((r) => notOneLine(r.name) || notOneLine(r.role));
      expect(bad.map((r) => r.id)).toEqual([]);
      expect(lex.byId.size).toBeGreaterThan(100);
    }
  });
});

describe('actors: "<Name>, <country>\'s <Title> ...." closing the sentence', () => {
  it("reads the name before a country's titled role that ends the sentence as a person", () => {
    const a = actorsOf(
      "Pact\n\nThe agreement was signed by Zheng Tuobin, China's Minister of Foreign Economic Relations and Trade.",
      '1987-04-01',
    );
    expect(a.find((x) => x.kind === 'person')).toMatchObject({
      name: 'Zheng Tuobin',
      side: 'China',
      role: "China's Minister of Foreign Economic Relations and Trade",
    });
    // "<Surname> and <Name>, <title role>": the titled name after 'and' is read on its own
    const b = actorsOf(
      "Pact\n\nThe agreement was signed by Mayer and Zheng Tuobin, China's Minister of Foreign Economic Relations and Trade.",
      '1987-04-01',
    );
    expect(b.map((x) => x.name)).toEqual(['Zheng Tuobin', 'China']);
    // near miss: a firm's name with 'and' before a role that has no title is no list of people
    // (the refiner's appositive makes it one firm)
    expect(names("Sugar\n\nHale and Dorr Sugars, Britain's biggest refiner, said no.", '1987-04-01')).toEqual(
      ['Hale and Dorr Sugars', 'United Kingdom'],
    );
    // near miss: a place's appositive has no title head
    expect(names("Trade\n\nThe plant is in Port Hope, Canada's oldest town.", '1987-04-01')).toEqual([
      'Canada',
    ]);
  });

  it('reads the Irish titles Taoiseach and Tánaiste as title heads (held-out 6)', () => {
    const a = actorsOf(
      'Talks\n\nTánaiste Simon Harris said Dublin was in close contact with the Commission.',
      '2025-09-26',
    );
    expect(a.find((x) => x.name === 'Simon Harris')).toMatchObject({
      kind: 'person',
      side: 'Ireland',
      role: 'Tánaiste',
    });
  });

  it("reads an object's titled appositive before the sentence goes on (held-out 6)", () => {
    const a = actorsOf(
      "Talks\n\nLeBlanc will fly to Washington next week with Kirsten Hillman, Canada's ambassador, to resume negotiations.",
      '2025-08-22',
    );
    expect(a.find((x) => x.name === 'Kirsten Hillman')).toMatchObject({ kind: 'person', side: 'Canada' });
    // near miss: a place's appositive before `to`
    expect(
      names("Trade\n\nThe lorries drove from Port Hope, Canada's oldest town, to Toronto.", '2025-08-22'),
    ).not.toContain('Port Hope');
  });
});

describe('actors: a province after "of" inside a body\'s name', () => {
  it('keeps "of <two-word province>" inside the name and takes its country as the side', () => {
    const a = actorsOf(
      'Lumber\n\nThe Council of Forest Industries of British Columbia, which speaks for producers, objected.',
      '1987-04-01',
    );
    expect(a.map((x) => [x.name, x.kind, x.side])).toEqual([
      ['Council of Forest Industries of British Columbia', 'organization', 'Canada'],
    ]);
    // near miss: the province alone, where it does not act, is no actor
    expect(names('Lumber\n\nMills in British Columbia cut output.', '1987-04-01')).toEqual([]);
  });
});

describe('actors: lexicon bodies and firms of the 1980s', () => {
  it('knows firms whose names hold an "and" ("Tate and Lyle")', () => {
    const a = actorsOf(
      "Sugar\n\nBritain's Tate and Lyle, which refines most of the sugar, said nothing.",
      '1987-04-01',
    );
    expect(a.map((x) => [x.name, x.kind, x.side])).toEqual([
      ['United Kingdom', 'country', 'United Kingdom'],
      ['Tate and Lyle', 'company', 'United Kingdom'],
    ]);
    expect(names('Goods\n\nProcter & Gamble said so, as did Black and Decker Corp.', '1987-04-01')).toEqual([
      'Procter and Gamble',
      'Black and Decker',
    ]);
  });

  it('knows the national business federations', () => {
    const a = actorsOf(
      'Trade\n\nKeidanren, the Japan Federation of Economic Organizations, welcomed it. The CBI and the Federation of Korean Industries objected, as did Confindustria.',
      '1987-04-01',
    );
    expect(a.map((x) => [x.name, x.side])).toEqual([
      ['Keidanren', 'Japan'],
      ['Confederation of British Industry', 'United Kingdom'],
      ['Federation of Korean Industries', 'South Korea'],
      ['Confindustria', 'Italy'],
    ]);
  });

  it('knows the United Nations Security Council, not any "Security Council"', () => {
    expect(
      names(
        'Sanctions\n\nSanctions should only be imposed by the United Nations Security Council, he said.',
        '1987-04-01',
      ),
    ).toEqual(['United Nations Security Council']);
    // near miss: another state's council keeps its own name
    expect(names('Arms\n\nThe National Security Council met on Monday, Smith said.', '1987-04-01')).toEqual([
      'National Security Council',
    ]);
  });
});

describe('actors: Arabic articles joined by a hyphen belong to the name', () => {
  it('reads "<Given> al-<Surname>" as one person and links a later "al-<Surname>"', () => {
    const a = actorsOf(
      'Trade\n\nTrade Ministry under-secretary Adnan al-Jaburi held talks in Baghdad. Later al-Jaburi told reporters the talks went well. Industry and Electricity Minister Abdulaziz al-Zamil told the meeting.',
      '1987-04-01',
    );
    const people = a.filter((x) => x.kind === 'person');
    expect(people.map((x) => [x.name, x.m])).toEqual([
      ['Adnan al-Jaburi', ['Adnan al-Jaburi', 'al-Jaburi']],
      ['Abdulaziz al-Zamil', ['Abdulaziz al-Zamil']],
    ]);
  });

  it('keeps "as"/"at" without a hyphen out of the name', () => {
    expect(
      actorsOf('Oil\n\nOil Minister Ali Khalil at Geneva said prices would rise.', '1987-04-01')
        .filter((x) => x.kind === 'person')
        .map((x) => x.name),
    ).toEqual(['Ali Khalil']);
  });
});

describe('actors: a trading firm whose name lists its goods', () => {
  it('reads "<Words> <Plural>, <Plural> and <Words> <legal form>" as one firm', () => {
    const a = actorsOf(
      'Grain\n\nThe buyer will be China National Cereals, Oils and Foodstuffs Import and Export Corp, which took part.',
      '1987-04-01',
    );
    expect(a.map((x) => [x.name, x.kind])).toEqual([
      ['China National Cereals, Oils and Foodstuffs Import and Export Corp', 'company'],
    ]);
  });

  it('keeps a list of names of their own apart ("Canada, Japan and Mitsubishi Corp")', () => {
    expect(
      names('Trade\n\nTariffs hit Canada, Japan and Mitsubishi Corp, officials said.', '1987-04-01'),
    ).toEqual(['Canada', 'Japan', 'Mitsubishi Corp']);
  });
});

describe('actors: "the [state] <Words> Centre" is a body', () => {
  it('reads a capitalised name ending in Centre after "the" as a government body of the story', () => {
    const a = actorsOf(
      "Trade\n\nThailand's exports will rise 10 pct this year, the state Export Promotion Centre forecast on Monday.",
      '1987-04-01',
    );
    expect(a.map((x) => [x.name, x.kind, x.side])).toEqual([
      ['Thailand', 'country', 'Thailand'],
      ['Export Promotion Centre', 'organization', 'Thailand'],
    ]);
  });

  it('keeps buildings and a bare "Centre" out', () => {
    expect(
      names('Talks\n\nTalks were held at the World Trade Center on Monday, he said.', '1987-04-01'),
    ).toEqual([]);
    expect(
      names('Talks\n\nRockefeller Center was sold on Monday. The Centre said no.', '1987-04-01'),
    ).toEqual([]);
  });
});

describe('actors: "<Capital> radio" as the source of a statement', () => {
  it('reads a city or country before radio/television, or after "Radio", as its state outlet', () => {
    const a = actorsOf(
      "Oil\n\nIran's Oil Minister Gholamreza Aqazadeh told Tehran radio the U.S. ban would not hurt Iran.",
      '1987-04-01',
    );
    expect(a.find((x) => x.kind === 'media')).toMatchObject({ name: 'Tehran radio', side: 'Iran' });
    expect(
      actorsOf(
        'Gulf\n\nBaghdad radio said planes hit a tanker. Radio Moscow reported the talks.',
        '1987-04-01',
      ).map((x) => [x.name, x.kind, x.side]),
    ).toEqual([
      ['Baghdad radio', 'media', 'Iraq'],
      ['Radio Moscow', 'media', 'Soviet Union'],
    ]);
  });

  it('keeps radio as a plain noun out', () => {
    expect(
      names(
        'Trade\n\nTariffs on Tokyo television sets rose. Tehran radio stations played music.',
        '1987-04-01',
      ),
    ).toEqual([]);
  });
});

describe('actors: "People" opening a body\'s name (held-out set 5)', () => {
  it('finds "the conservative People Power Party", not "Power Party"; "People familiar with" opens no name', () => {
    const n = names(
      'Korea tariffs\n\nThe ruling Democratic Party has urged the conservative People Power Party to back the bills. The People Power Party replied on Tuesday. People familiar with the talks said Seoul would wait.',
      '2026-01-27',
    );
    expect(n).toContain('People Power Party');
    expect(n).not.toContain('Power Party');
    expect(n.some((x) => x.startsWith('People familiar'))).toBe(false);
  });
});

describe('actors: twentieth pass, name shapes', () => {
  const person = (text: string, name: string) => actorsOf(text).find((a) => a.name === name);
  it('reads a capitalised title phrase before a name as the role ("Chief Executive Jane Roe")', () => {
    expect(
      person('Salmon\n\nChief Executive Ivar Lund said the tariffs would hurt.', 'Ivar Lund')?.role,
    ).toBe('Chief Executive');
    expect(
      person('Salmon\n\nChief Executive Officer Mara Eklund said exports fell.', 'Mara Eklund')?.role,
    ).toBe('Chief Executive Officer');
    expect(
      person("Salmon\n\nThe bank's Chief Economist Tomas Berg said exports fell.", 'Tomas Berg')?.role,
    ).toBe('Chief Economist');
    expect(person('Salmon\n\nChief Financial Officer Lena Holm said costs rose.', 'Lena Holm')?.role).toBe(
      'Chief Financial Officer',
    );
    expect(person('Salmon\n\nManaging Director Per Dahl said costs rose.', 'Per Dahl')?.role).toBe(
      'Managing Director',
    );
    expect(
      person('Trade\n\nChief Executive Officer Tim Cook said tariffs would hurt.', 'Tim Cook')?.role ?? 'x',
    ).not.toContain('Executive Tim');
    // near misses: an honorific after a title is the name's ("chairman Sir X"), and no name after
    // the title phrase
    expect(
      person('Gas\n\nBritish Gas chairman Sir Denis Rooke said so.', 'Denis Rooke')?.role ?? '',
    ).not.toContain('Sir');
    expect(names('Salmon\n\nThe Chief Executive said the tariffs would hurt Norway.')).toEqual(['Norway']);
    const n = names('Salmon\n\nChief Executive Ivar Lund said the tariffs would hurt.');
    expect(n.some((x) => x.startsWith('Executive'))).toBe(false);
  });

  it('reads Arabic names with bin / bint / ibn / Al and ruler titles', () => {
    const pub = '2025-12-18';
    const p = (text: string, name: string) => actorsOf(text, pub).find((a) => a.name === name);
    expect(
      p(
        "Oman pact\n\nSalim bin Nasser Al Harthy, Oman's Minister of Commerce, said the deal would be signed.",
        'Salim bin Nasser Al Harthy',
      )?.side,
    ).toBe('Oman');
    expect(
      p(
        "Gulf trade\n\nLubna bint Khalid Al Qasimi, the UAE's Minister of Foreign Trade, said talks went well.",
        'Lubna bint Khalid Al Qasimi',
      )?.kind,
    ).toBe('person');
    expect(
      p('Oman pact\n\nThe pact was signed in the presence of Sultan Haitham bin Tariq.', 'Haitham bin Tariq')
        ?.role,
    ).toBe('Sultan');
    expect(
      p('Qatar\n\nEmir Tamim bin Hamad Al Thani met the delegation.', 'Tamim bin Hamad Al Thani')?.role,
    ).toBe('Emir');
    expect(
      p('Saudi deal\n\nCrown Prince Mohammed bin Salman said the deal was fair.', 'Mohammed bin Salman')
        ?.role,
    ).toBe('Crown Prince');
    expect(
      p(
        "Saudi deal\n\nAhmed ibn Rashid, the kingdom's trade minister, said the deal was fair.",
        'Ahmed ibn Rashid',
      )?.kind,
    ).toBe('person');
    expect(
      p(
        "Oman pact\n\nMayer and Salim bin Nasser Al Harthy, Oman's Minister of Commerce, Industry and Investment Promotion, signed the accord.",
        'Salim bin Nasser Al Harthy',
      )?.role,
    ).toBe("Oman's Minister of Commerce, Industry and Investment Promotion");
    expect(
      p(
        "Gulf trade\n\nThani bin Ahmed Al-Zeyoudi, the UAE's Minister of State for Foreign Trade, said talks went well.",
        'Thani bin Ahmed Al-Zeyoudi',
      )?.kind,
    ).toBe('person');
    // near misses: a ruler's title with no name, and a place opened by "Abu"
    expect(names('Oman pact\n\nThe Sultan said Oman would sign.', pub)).toEqual(['Oman']);
    expect(names('Gulf trade\n\nOfficials in Abu Dhabi said the UAE would sign.', pub)).not.toContain('Abu');
  });

  it('reads outlets named "Radio X", "X Radio", "X TV" next to a source word, and after "the radio station"', () => {
    const media = (text: string) =>
      actorsOf(text)
        .filter((a) => a.kind === 'media')
        .map((a) => a.name);
    expect(
      media('Bananas\n\nJaramillo told the radio station Radio Pichincha that Ecuador would appeal.'),
    ).toEqual(['Radio Pichincha']);
    expect(media('Bananas\n\nThe minister told Radio Caracol that Colombia would appeal.')).toEqual([
      'Radio Caracol',
    ]);
    expect(media('Bananas\n\nThe minister told Channel Nine TV that Australia would appeal.')).toEqual([
      'Channel Nine TV',
    ]);
    expect(
      media('Bananas\n\nSpeaking on Ecuavisa Television, the minister said Ecuador would appeal.'),
    ).toEqual(['Ecuavisa Television']);
    expect(media('Bananas\n\nCanal Uno Radio reported that Ecuador would appeal.')).toEqual([
      'Canal Uno Radio',
    ]);
    expect(
      media('Bananas\n\nThe minister told the television station Teleamazonas that talks had stalled.'),
    ).toEqual(['Teleamazonas']);
    // near misses: no source word, and a broadcast word before a lower-case noun
    expect(media('Bananas\n\nEcuador bought Radio Pichincha last year.')).toEqual([]);
    expect(media('Bananas\n\nSales of Samsung TV sets fell in Ecuador.')).toEqual([]);
  });

  it('reads camel-case names that speak or represent as organisations, not products', () => {
    const orgs = (text: string) =>
      actorsOf(text)
        .filter((a) => a.kind === 'organization' || a.kind === 'company')
        .map((a) => a.name);
    expect(
      orgs('Tariffs\n\nMedTech Europe, which represents device makers, said tariffs would raise costs.'),
    ).toEqual(['MedTech Europe']);
    expect(
      orgs('Tariffs\n\nThe trade body SolarPower Europe said tariffs on China would hurt installers.'),
    ).toEqual(['SolarPower Europe']);
    expect(orgs('Tariffs\n\nAdvaMed said the tariffs would raise costs for hospitals in China.')).toEqual([
      'AdvaMed',
    ]);
    expect(orgs('Tariffs\n\nThe industry group techUK said it was disappointed.')).toEqual(['techUK']);
    expect(orgs('Tariffs\n\nTariffs will hurt sellers, eBay said on Monday.')).toEqual(['eBay']);
    // near misses: a product, and surnames with an inner capital
    expect(names('Tariffs\n\nThe iPhone will cost more in China, analysts said.')).toEqual(['China']);
    expect(orgs('Tariffs\n\nMacKenzie said the tariffs would hurt Canada.')).toEqual([]);
    expect(orgs('Tariffs\n\nJohn McDonald said the tariffs would hurt Canada.')).toEqual([]);
  });

  it("reads a known firm's name followed by a name part of its own as another firm where it speaks", () => {
    expect(
      names('Devices\n\nSiemens Healthineers said the tariffs would cost it 100 million euros.'),
    ).toEqual(['Siemens Healthineers']);
    expect(
      names(
        'Devices\n\nSiemens Gamesa, which builds turbines, said the tariffs would cost it 100 million euros.',
      ),
    ).toEqual(['Siemens Gamesa']);
    expect(
      names('Devices\n\nScanner makers including Siemens Healthineers and Philips said sales fell in China.'),
    ).toContain('Siemens Healthineers');
    // near misses: a product after the firm, and its legal form
    expect(names('Cars\n\nSales of the Toyota Camry fell in China.')).toEqual(['Toyota', 'China']);
    expect(names('Devices\n\nSiemens AG said the tariffs would cost it 100 million euros.')).toEqual([
      'Siemens',
    ]);
  });
});

describe("the nearest-party search for an official's side is bounded (linear time)", () => {
  it('still takes the side of the party named near a titled name in its sentence', () => {
    const r = analyze({
      text: 'India and Oman trade pact\n\nIndia and Oman signed a trade pact in Muscat on Thursday, officials said. The pact was signed in the presence of Sultan Haitham bin Tariq, who called it historic for Oman.',
      published: '2025-12-19',
    });
    expect(r.actors.find((a) => a.name === 'Haitham bin Tariq')?.side).toBe('Oman');
  });
});

describe('titles, appositives and names of modern stories (held-out 8, read for this)', () => {
  it('reads "Democratic Republic of Congo" without "the" as the country', () => {
    expect(names('Cobalt\n\nThe Democratic Republic of Congo extended its cobalt export ban.')).toEqual([
      'Democratic Republic of the Congo',
    ]);
  });

  it('reads a person before "<Country>\'s <title>," when a present tense or an auxiliary goes on', () => {
    const text =
      "Farm quotas\n\nTrade Commissioner Maros Sefcovic leads for the bloc; Taras Kachka, Ukraine's deputy economy minister and trade representative, leads for Kyiv.";
    expect(actorsOf(text).find((a) => a.name === 'Taras Kachka')?.side).toBe('Ukraine');
    expect(names("Trade\n\nJane Roe, Canada's trade minister, will travel to Mexico.")).toContain('Jane Roe');
    // a place's appositive has no title head
    expect(names("Trade\n\nToronto, Canada's largest city, has a port.")).toEqual(['Canada']);
  });

  it('keeps a title\'s modifier before another title head in the title ("Chief Cabinet Secretary")', () => {
    expect(names("Tariffs\n\nJapan's Chief Cabinet Secretary Yoshimasa Hayashi said tariffs hurt.")).toEqual([
      'Japan',
      'Yoshimasa Hayashi',
    ]);
    expect(names('Tariffs\n\nChief Trade Negotiator Jane Roe said tariffs hurt.')).toEqual(['Jane Roe']);
  });

  it('reads a title of two portfolios ("Minister of State for Foreign Trade") before the name', () => {
    const a = actorsOf(
      'Talks\n\nUAE Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi said tariffs would fall.',
    );
    expect(a.find((x) => x.kind === 'person')?.name).toBe('Thani bin Ahmed Al Zeyoudi');
  });

  it('reads a ministry whose portfolios are listed with commas as one name', () => {
    expect(
      names('Sandeel\n\nThe Department for Environment, Food and Rural Affairs said the ban would stay.'),
    ).toEqual(['Department for Environment, Food and Rural Affairs']);
    // a comma before no portfolio ends the name
    expect(names('Trade\n\nThe Department for Business and Trade, which sets tariffs, said no.')).toEqual([
      'Department for Business and Trade',
    ]);
    // (competition, science and the like are portfolios too)
    expect(
      names('Steel\n\nThe Department of Trade, Industry and Competition said the talks went well.'),
    ).toEqual(['Department of Trade, Industry and Competition']);
    expect(names('Ore\n\nThe Department of Industry, Science and Resources said exports rose.')).toEqual([
      'Department of Industry, Science and Resources',
    ]);
  });

  it('reads a capital used as a given name before a surname as a person ("Santiago Ruiz said")', () => {
    expect(names('Tolls\n\nSantiago Ruiz said the toll must go.')).toEqual(['Santiago Ruiz']);
    // near miss: the capital as a place, or before a firm's head word
    expect(names('Tolls\n\nOfficials in Santiago said the deal was near.')).toEqual([]);
    expect(names('Power\n\nOntario Hydro, owned by the province, could borrow.')).toEqual(['Ontario Hydro']);
  });

  it('reads a party named before a legislator\'s title ("a Labour Party MP") without the title', () => {
    expect(names('Tariffs\n\nThe Labour Party MP said tariffs hurt.')).toEqual(['Labour Party']);
  });

  it("reads a lobby's list of trades with commas before its head word as one name", () => {
    expect(
      names('Garments\n\nThe Textile, Apparel, Footwear and Travel Goods Association said the deal helps.'),
    ).toEqual(['Textile, Apparel, Footwear and Travel Goods Association']);
    // a country in the list ends it
    expect(names('Garments\n\nThe Textile, Japan and Korea Association said so.')).not.toContain(
      'Textile, Japan and Korea Association',
    );
  });

  it('knows political parties that no other country shares, with their country as side', () => {
    const a = actorsOf(
      'Deal\n\nThe opposition Kuomintang called on the government to publish the deal. The Congress party demanded that ministers disclose its terms.',
    );
    expect(a.map((x) => [x.name, x.side])).toEqual([
      ['Kuomintang', 'Taiwan'],
      ['Indian National Congress', 'India'],
    ]);
  });

  it('knows firms of modern trade disputes, with their home country', () => {
    expect(actorsOf('Steel\n\nNippon Steel agreed to buy U.S. Steel.').map((x) => [x.name, x.side])).toEqual([
      ['Nippon Steel', 'Japan'],
      ['United States Steel', 'United States'],
    ]);
    // a name of common words only with every word capitalised, and not in a line of capitals
    expect(names('Steel\n\nU.S. steel makers want tariffs, and New Zealand first raised it.')).toEqual([
      'United States',
      'New Zealand',
    ]);
    expect(names('U.S. STEEL IMPORTS FALL\n\nImports fell in May.')).toEqual(['United States']);
  });
});

describe("an official's side from what he said (twenty-third pass)", () => {
  const sideOf = (text: string, name: string): string | null =>
    actorsOf(text, '1987-04-01').find((a) => a.name === name)?.side ?? null;

  it('reads "X had said Israel would ..." as the party he speaks for', () => {
    expect(
      sideOf(
        'Egypt and Israel discuss oil price\n\nEgypt and Israel held talks on the price of Sinai crude on Monday. Energy Minister Moshe Shahal had said Israel would pay more for the crude.',
        'Moshe Shahal',
      ),
    ).toBe('Israel');
  });

  it('does not take a minister who sits in a senate for a member of Congress', () => {
    expect(
      sideOf(
        'Japan defers uranium deliveries\n\nJapanese utilities asked Australia and the United States to defer uranium deliveries. In Canberra, Resources Minister Senator Gordon McPhail said the request would be considered.',
        'Gordon McPhail',
      ),
    ).toBe('Australia');
    // a senator with no ministry in a story that names the United States still is one
    expect(
      sideOf(
        'Japan defers uranium deliveries\n\nJapanese utilities asked Australia and the United States to defer uranium deliveries. Senator John Heinz said the request was unfair.',
        'John Heinz',
      ),
    ).toBe('United States');
  });
});

describe('actors: twenty-fourth pass', () => {
  const lead = 'Trade talks\n\nThe United States and China held trade talks in Geneva on Monday.';

  it('goes on with a list of firms past a firm the lexicon knows and "and"', () => {
    const a = actorsOf(
      `${lead} The EU found that carmakers such as BYD and Zorvex benefited from subsidies.`,
    );
    expect(a.find((x) => x.name === 'Zorvex')?.kind).toBe('company');
    expect(names(`${lead} The report said makers such as BYD, Geely and Zorvex benefited.`)).toContain(
      'Zorvex',
    );
  });

  it('reads a counterpart or a founder named after the word, with or without a comma, as a person', () => {
    const a = actorsOf(`${lead} Talks between Kanai and his Chinese counterpart, Liu Jinsong, ended.`);
    expect(a.find((x) => x.name === 'Liu Jinsong')).toMatchObject({ kind: 'person', side: 'China' });
    expect(
      actorsOf(`${lead} The court stripped Wingtech's founder Zhang Xuezheng of his role.`).find(
        (x) => x.name === 'Zhang Xuezheng',
      )?.kind,
    ).toBe('person');
  });

  it('reads a firm noun opening a sentence as the noun before a firm, not part of a name', () => {
    expect(actorsOf(`${lead}\n\nDrugmaker Zorvex said it would pause its investment.`)).toContainEqual(
      expect.objectContaining({ name: 'Zorvex', kind: 'company' }),
    );
    expect(names(`${lead} Retailer Zorvex said prices would rise.`)).not.toContain('Retailer Zorvex');
    // a body whose name the noun opens stays whole
    expect(names(`${lead} Manufacturers Association of Nigeria said the tariffs hurt.`)).toContain(
      'Manufacturers Association of Nigeria',
    );
  });

  it("reads a name before ', the world's biggest chipmaker,' as a firm and ', Acme's chief executive,' as a person", () => {
    expect(actorsOf(`${lead} Zorvex, the world's biggest chipmaker, said sales fell.`)).toContainEqual(
      expect.objectContaining({ name: 'Zorvex', kind: 'company' }),
    );
    expect(actorsOf(`${lead} Zorvex, Europe's biggest steelmaker, said sales fell.`)).toContainEqual(
      expect.objectContaining({ name: 'Zorvex', kind: 'company' }),
    );
    expect(
      actorsOf(`${lead} Zorvex, the country's largest private-sector union, urged Ottawa to act.`),
    ).toContainEqual(expect.objectContaining({ name: 'Zorvex', kind: 'organization' }));
    expect(actorsOf(`${lead} Jane Quill, Acme's chief executive, said sales fell.`)).toContainEqual(
      expect.objectContaining({ name: 'Jane Quill', kind: 'person' }),
    );
    // a place described is no person
    expect(names(`${lead} Toronto, Canada's largest city, said nothing.`)).not.toContain('Toronto');
  });

  it("reads a capital after a given name as a person's surname, not the capital's state", () => {
    expect(actorsOf(`${lead} Mateus Lima said the quota was small.`)).toContainEqual(
      expect.objectContaining({ name: 'Mateus Lima', kind: 'person' }),
    );
    expect(names(`${lead} The deal was signed, said Carlos Lima, the group's president.`)).not.toContain(
      'Peru',
    );
    // the capital itself, and a sentence's first word that is no given name
    expect(names(`${lead} Lima said the quota was small.`)).toContain('Peru');
    expect(names(`${lead} Whatever Brussels signs, Poland will keep its ban.`)).toContain('European Union');
  });

  it('reads research and advisory firms by their last word, without the city they sit in', () => {
    expect(
      actorsOf(`${lead} Economist Jane Quill of Zorvex Economics said the deal was small.`),
    ).toContainEqual(expect.objectContaining({ name: 'Zorvex Economics', kind: 'company' }));
    expect(names(`${lead} Jane Quill, an analyst at Zorvex Securities in Singapore, said so.`)).toContain(
      'Zorvex Securities',
    );
    // a body abroad keeps its host country
    expect(names(`${lead} The European Business Group in India said so.`)).toContain(
      'European Business Group in India',
    );
  });

  it("reads an ambassador's host after 'to' as part of the role, and the sender as the side", () => {
    expect(
      actorsOf(`${lead} Canadian Ambassador to the United States Kirsten Hillman said talks would resume.`),
    ).toContainEqual(expect.objectContaining({ name: 'Kirsten Hillman', kind: 'person', side: 'Canada' }));
    expect(
      actorsOf(`${lead} China's ambassador to the EU, Zhang Ming, said talks would resume.`),
    ).toContainEqual(expect.objectContaining({ name: 'Zhang Ming', side: 'China' }));
  });

  it('reads a name before ", the <firm noun> that ..." as a firm', () => {
    expect(actorsOf(`${lead} Zorvex, the company that makes chips, said sales fell.`)).toContainEqual(
      expect.objectContaining({ name: 'Zorvex', kind: 'company' }),
    );
  });

  it("gives an official speaking at a briefing in a capital that capital's country", () => {
    expect(
      actorsOf(
        `${lead}\n\n10:30 At a regular briefing in Beijing, foreign ministry spokesperson Jane Quill said Japan must act.`,
      ),
    ).toContainEqual(expect.objectContaining({ name: 'Jane Quill', side: 'China' }));
  });
});

describe('twenty-fifth pass: a name, "of" where they work, then a speech verb', () => {
  it('finds the person and the body ("Adam Posen of the Peterson Institute ... said")', () => {
    const got = names(
      'Tariffs\n\nAdam Posen of the Peterson Institute for International Economics said the tariffs would hurt growth.',
    );
    expect(got).toContain('Adam Posen');
    expect(got).toContain('Peterson Institute for International Economics');
    expect(names('Tariffs\n\nJane Roe of Capital Economics said the duties would stay.')).toContain(
      'Jane Roe',
    );
    // near misses: a body's own name with "of", and people named by their plural
    expect(names('Tariffs\n\nBank of America said the tariffs would hurt growth.')).toEqual([
      'Bank of America',
    ]);
    expect(
      names('Tariffs\n\nOfficials of the European Commission said the tariffs would hurt growth.'),
    ).toEqual(['European Commission']);
  });
});

describe('twenty-sixth pass: a person by the body they lead', () => {
  it('finds "X chairs the Y Council" and "X, who heads the Y Union, said", with the role', () => {
    const a = actorsOf(
      'Garments\n\nSana Baloch chairs the Pakistan Apparel Exporters Council. She said the deal was a relief.',
    );
    const p = a.find((x) => x.name === 'Sana Baloch');
    expect(p?.kind).toBe('person');
    expect(p?.role).toBe('chair of the Pakistan Apparel Exporters Council');
    expect(p?.side).toBe('Pakistan');
    const b = actorsOf(
      'Beef\n\nJohn Smith, who heads the National Farmers Union, said the quota was too small.',
    );
    expect(b.find((x) => x.name === 'John Smith')?.role).toBe('head of the National Farmers Union');
    // near misses: a lone capitalised word after the verb, and a lower-case object
    expect(names('Beef\n\nJohn Smith heads the Commission.')).not.toContain('John Smith');
    expect(names('Beef\n\nJohn Smith runs the family farm.')).not.toContain('John Smith');
  });

  it('gives a Q&A interview’s answers to the head of the body introduced as leading it', () => {
    const text =
      'Interview: exporters want zero duty\n\nKARACHI - Sana Baloch chairs the Pakistan Apparel Exporters Council. The interview has been edited for length.\n\nIs 19 percent good?\n"It is a relief. India is at 25 percent."\n\nWhat next?\n"We want Islamabad to ask Washington for zero duty on garments made from American cotton."';
    const r = analyze({ text, published: '2025-08-01' });
    const name = (id: string | null): string => (id ? (r.actors.find((x) => x.id === id)?.name ?? id) : '-');
    expect(r.preconditions.map((p) => `${name(p.holder)}|${p.issue}|${p.stance}`)).toEqual([
      'Pakistan Apparel Exporters Council|tariffs|demand',
    ]);
  });
});

describe('twenty-sixth pass: sides in a Q&A, and foreign newspapers', () => {
  it('reads the party of a Q&A paragraph from its answer, past the question that opens it', () => {
    const text =
      'Q&A: The EU-Chile pact takes effect\n\nThe European Union and Chile signed the pact in Brussels. The EU will scrap its duties on Chilean fruit.\n\nWhat comes next?\nChile wants the rest of the agreement ratified quickly. "We ask member states not to wait," Foreign Minister Alberto van Klaveren said.';
    expect(actorsOf(text).find((x) => x.name === 'Alberto van Klaveren')?.side).toBe('Chile');
    // near miss: with no answer sentence naming a party, the story's own party stays
    const bare =
      'Q&A: The EU-Chile pact takes effect\n\nThe European Union and Chile signed the pact in Brussels. The EU will scrap its duties on Chilean fruit.\n\nWhat comes next?\n"We ask member states not to wait," Foreign Minister Alberto van Klaveren said.';
    expect(actorsOf(bare).find((x) => x.name === 'Alberto van Klaveren')?.side).toBe('European Union');
  });

  it('reads "told El Mercurio" as an outlet, not a person', () => {
    const a = actorsOf(
      'Lithium\n\nUndersecretary Claudia Sanhueza told El Mercurio that Chile would keep its tool.',
    );
    expect(a.find((x) => x.name === 'El Mercurio')?.kind).toBe('media');
    // near miss: a person's name after "told"
    expect(
      actorsOf('Lithium\n\nThe minister told Claudia Sanhueza that Chile would keep its tool.').find(
        (x) => x.name === 'Claudia Sanhueza',
      )?.kind,
    ).toBe('person');
  });
});

describe('twenty-sixth pass: a body named by its head word, then "of the" another body', () => {
  it('keeps "Conference of Presidents of the Chambers of Agriculture" one name', () => {
    expect(
      names(
        'Cattle levy\n\nIn Vienna, the Conference of Presidents of the Chambers of Agriculture urged the government to act.',
      ),
    ).toContain('Conference of Presidents of the Chambers of Agriculture');
    // near miss: a person's title before "of the" a country stays apart from it
    expect(names('Trade\n\nThe Minister of Trade of the Philippines said Manila would act.')).toEqual([
      'Philippines',
    ]);
  });
});

describe('twenty-sixth pass: a firm named again without its legal forms', () => {
  it('links "Broken Hill" to "Broken Hill Pty Co Ltd" named before, not a person', () => {
    const a = actorsOf(
      'Iron ore\n\nBroken Hill Pty Co Ltd met the mills on Monday. Broken Hill said it would sell more ore.',
    );
    expect(a.map((x) => `${x.name}:${x.kind}`)).toEqual(['Broken Hill Pty Co Ltd:company']);
    expect(a[0]!.m).toEqual(['Broken Hill Pty Co Ltd', 'Broken Hill']);
    // near miss: a person whose name is no firm's stays a person
    expect(
      actorsOf(
        'Iron ore\n\nBroken Hill Pty Co Ltd met the mills on Monday. John Hill said it would sell more ore.',
      ).map((x) => `${x.name}:${x.kind}`),
    ).toContain('John Hill:person');
  });
});

describe('twenty-seventh pass: regional blocs', () => {
  it('knows the regional economic communities by name and acronym', () => {
    const a = actorsOf(
      'Levy talks\n\nMinisters of the Economic Community of West African States met East African Community officials. ECOWAS and the EAC said talks would go on.',
    );
    expect(a.map((x) => `${x.name}:${x.kind}:${x.m.length}`)).toEqual([
      'Economic Community of West African States:bloc:2',
      'East African Community:bloc:2',
    ]);
  });

  it('reads "AES" as the Sahel alliance only once the alliance is named', () => {
    expect(names('Levy\n\nThe Alliance of Sahel States (AES) kept its levy. The AES said so.')).toEqual([
      'Alliance of Sahel States',
    ]);
    // near miss: the power company's name alone is no bloc
    expect(names('Power\n\nAES said it would sell its plant in Chile.')).not.toContain(
      'Alliance of Sahel States',
    );
  });
});

describe('twenty-seventh pass: a bloc’s commission', () => {
  it('reads "<bloc> Commission" as that bloc’s body, not the European Commission', () => {
    const a = actorsOf('Levy\n\nThe ECOWAS Commission said it wants the levy scrapped.', '2025-05-22');
    expect(a.map((x) => `${x.name}:${x.kind}:${x.side}`)).toContain(
      'ECOWAS Commission:organization:Economic Community of West African States',
    );
    expect(
      names('Levy\n\nThe African Union Commission said it wants the levy scrapped.', '2025-05-22'),
    ).toContain('African Union Commission');
    // near miss: the EU's own short form stays the European Commission
    expect(
      names(
        'Levy\n\nThe European Union met. The EU Commission said it wants the levy scrapped.',
        '2025-05-22',
      ),
    ).toContain('European Commission');
  });
});

describe('twenty-ninth pass (held-out 16)', () => {
  it('names "<Head> of <Word> and <Word>" whole where the first word is a firm suffix', () => {
    expect(
      names('Trade\n\nThe Chamber of Industries and Production said it was worried.', '2025-05-01'),
    ).toContain('Chamber of Industries and Production');
    // near miss: a firm and another firm after it stay two
    const n = names(
      'Trade\n\nInvestors in Mitsubishi Heavy Industries and Toshiba said they were worried.',
      '2025-05-01',
    );
    expect(n).toContain('Mitsubishi Heavy Industries');
    expect(n).toContain('Toshiba');
  });

  it('gives an official the party a later mention of theirs tells, before the headline’s party', () => {
    const text =
      'Why China is still closed to Brazilian chicken\n\nBuyers reopened. China has not.\n\nWhat does Brazil want?\n\nAgriculture Minister Carlos Fávaro wants Beijing to lift the ban. Fávaro has said Brazil will sign new protocols only if bans are regional.';
    const a = actorsOf(text, '2025-06-25');
    expect(a.find((x) => x.name === 'Carlos Fávaro')?.side).toBe('Brazil');
  });
});

describe('twenty-ninth pass (held-out 16): ministries and sides', () => {
  it('names a ministry whose portfolio is regional integration', () => {
    expect(
      names('Trade\n\nThe Ministry of Trade and Regional Integration said it was worried.', '2025-05-01'),
    ).toEqual(['Ministry of Trade and Regional Integration']);
  });

  it("gives an official the headline's '<Country>'s <title>' and her ministry her side", () => {
    const a = actorsOf(
      "Interview: 'We have opened banking. Now members must meet us halfway,' says Ethiopia's WTO negotiator\n\nGENEVA - The United States and the EU met. We spoke to Selamawit Bekele, deputy chief negotiator at the Ministry of Trade and Regional Integration.",
      '2025-05-01',
    );
    expect(a.find((x) => x.name === 'Selamawit Bekele')?.side).toBe('Ethiopia');
    expect(a.find((x) => x.name === 'Ministry of Trade and Regional Integration')?.side).toBe('Ethiopia');
  });
});

describe('twenty-ninth pass (held-out 16): territories and place pairs', () => {
  it('knows territories with governments of their own', () => {
    const n = names(
      'Trade\n\nGibraltar and the Faroe Islands said they were worried, as did Bermuda.',
      '2025-05-01',
    );
    expect(n).toEqual(expect.arrayContaining(['Gibraltar', 'Faroe Islands', 'Bermuda']));
  });

  it('keeps "<Head> of ... of <Place> and <Place>" whole', () => {
    expect(
      names(
        'Bananas\n\nThe Union of Banana Producers of Guadeloupe and Martinique said it was worried.',
        '1987-05-01',
      ),
    ).toContain('Union of Banana Producers of Guadeloupe and Martinique');
    // near miss: no body's head word before "of": the place after "and" is its own
    expect(names('Bananas\n\nExporters of Japan and China said they were worried.', '1987-05-01')).toContain(
      'China',
    );
  });
});

describe('twenty-ninth pass (held-out 17): legislatures that vote on trade deals', () => {
  it('knows the French Senate and the Bundestag as their own bodies of their country', () => {
    const a = actorsOf(
      'CETA\n\nThe French Senate voted against the deal; the Bundestag had approved it.',
      '2024-03-22',
    );
    expect(a.map((x) => `${x.name}:${x.side}`)).toEqual(
      expect.arrayContaining(['French Senate:France', 'Bundestag:Germany']),
    );
  });
});

describe('twenty-ninth pass (held-out 16): statistics offices', () => {
  it('knows national statistics offices and their sides', () => {
    const a = actorsOf(
      'Exports\n\nNew Zealand exports rose in October, Stats NZ said. Eurostat and the Census Bureau publish on Friday.',
      '2025-11-20',
    );
    expect(a.map((x) => `${x.name}:${x.side}`)).toEqual(
      expect.arrayContaining([
        'Stats NZ:New Zealand',
        'Eurostat:European Union',
        'U.S. Census Bureau:United States',
      ]),
    );
  });
});

describe('twenty-ninth pass (held-out 17): a ministry of services', () => {
  it('names a ministry whose portfolios end in services', () => {
    expect(
      names(
        'Trade\n\nThe Ministry of Development, Industry, Trade and Services said exports rose.',
        '2024-07-05',
      ),
    ).toEqual(['Ministry of Development, Industry, Trade and Services']);
  });
});

describe('twenty-ninth pass (held-out 17): a full name whose surname speaks elsewhere', () => {
  it('takes "First Last" as a person when "said Last" or "Last said" comes in the text', () => {
    const text =
      'Grain\n\nThe tractors are parked, and Tomasz Wrona sees no reason to move his. "We are against cheap wheat," said Wrona, who farms near Hrubieszow.';
    expect(names(text, '2024-03-29')).toContain('Tomasz Wrona');
    // near miss: no surname that speaks, no person by shape alone
    expect(
      names('Grain\n\nThe tractors are parked, and Tomasz Wrona sees no reason to move his.', '2024-03-29'),
    ).not.toContain('Tomasz Wrona');
  });
});

describe('thirtieth pass (held-out 18): a headline that opens with a quotation', () => {
  it('takes the home party from the headline outside its quotation', () => {
    const text =
      'Interview: "We lost Taiwan overnight" - Honduran shrimp farmers want China to open its doors first\n\nThe country is negotiating a trade agreement with China. Economic Development Minister Fredis Cerrato spoke to us.';
    const cerrato = actorsOf(text, '2024-05-01').find((a) => a.name === 'Fredis Cerrato');
    expect(cerrato?.side).toBe('Honduras');
    // near miss: with the name outside the quotation, the headline's first party is home
    const plain = text.replace('"We lost Taiwan overnight" - Honduran', 'Taiwan gone, Honduran');
    expect(actorsOf(plain, '2024-05-01').find((a) => a.name === 'Fredis Cerrato')?.side).toBe('Taiwan');
  });
});

describe('thirtieth pass (held-out 18): "Hon." before a name', () => {
  it('takes the name after "Hon." as a person, the honorific as no role', () => {
    const text =
      'Kenya trade\n\nThe Cabinet Secretary for Investments, Trade and Industry, Hon. Salim Mvurya, today signed the agreement with the United Arab Emirates.';
    expect(names(text, '2025-01-14')).toContain('Salim Mvurya');
    // near miss: no honorific, no title, no person by shape alone
    expect(names(text.replace('Hon. ', ''), '2025-01-14')).not.toContain('Salim Mvurya');
  });
});

describe('thirtieth pass (held-out 19): heads of state beyond the major economies', () => {
  it('knows Central Asian presidents and a minister whose first name is a country', () => {
    const text =
      'Central Asia summit\n\nKassym-Jomart Tokayev and Sadyr Japarov met President Donald Trump at the White House, while Israel Katz spoke in Jerusalem.';
    const got = actorsOf(text, '2025-11-06');
    expect(got.find((a) => a.name === 'Kassym-Jomart Tokayev')?.side).toBe('Kazakhstan');
    expect(got.find((a) => a.name === 'Sadyr Japarov')?.side).toBe('Kyrgyzstan');
    expect(got.find((a) => a.name === 'Israel Katz')?.side).toBe('Israel');
  });
});

describe('thirty-first pass (held-out 20): an ambassador in a city', () => {
  it('reads "Ukraine\'s ambassador in Ottawa, Yuliya Kovaliv, has been blunt" as a person', () => {
    expect(names("Trade deal\n\nUkraine's ambassador in Ottawa, Yuliya Kovaliv, has been blunt.")).toContain(
      'Yuliya Kovaliv',
    );
    // near miss: a city's comma and a state name no person
    expect(names('Trade deal\n\nThe ambassador in Paris, Texas, said nothing.')).toEqual([]);
  });

  it('reads "Shri" and "H.E." before a name after its title as styles', () => {
    const got = names(
      'Trade deal\n\nThe agreement was signed by Union Minister of Commerce and Industry Shri Piyush Goyal and UAE Minister of Economy H.E. Abdulla bin Touq Al Marri in Delhi.',
    );
    expect(got).toContain('Abdulla bin Touq Al Marri');
    expect(got).not.toContain('Shri');
    // near miss: a name with no style keeps its first word
    expect(
      names('Trade deal\n\nThe agreement was signed by Minister of Economy Abdulla Marri in Delhi.'),
    ).toContain('Abdulla Marri');
  });

  it('reads a title with a list of portfolios before a name', () => {
    expect(
      names(
        'Trade row\n\nMinister of Industry, Entrepreneurship and Trade Rozeta Hajdari told lawmakers that goods would be allowed.',
      ),
    ).toContain('Rozeta Hajdari');
    // near miss: a portfolio after a comma ends no name ("Investment Promotion" is none)
    expect(
      names(
        "Trade deal\n\nQais bin Mohammed Al Yousef, Oman's Minister of Commerce, Industry and Investment Promotion, signed the accord.",
      ),
    ).not.toContain('Promotion');
  });

  it("reads Mexico's state energy firms and Morocco's exchange office from the lexicon", () => {
    const got = actorsOf(
      'Energy row\n\nTai said Mexico favours the Comisión Federal de Electricidad (CFE) and Petróleos Mexicanos (Pemex). Data from the Office des Changes showed exports rose.',
    );
    expect(got.map((a) => `${a.name}|${a.side}`)).toEqual(
      expect.arrayContaining([
        'Petróleos Mexicanos|Mexico',
        'Comisión Federal de Electricidad|Mexico',
        'Office des Changes|Morocco',
      ]),
    );
    // near miss: a bare "Office" names no body
    expect(names('Energy row\n\nData from the Office showed exports rose.')).toEqual([]);
  });

  it('reads "und" inside a German firm\'s name and Rural Solidarity apart from Solidarity', () => {
    expect(names('Potash row\n\nKali und Salz AG said it wanted definitive duties on potash.')).toEqual([
      'Kali und Salz AG',
    ]);
    // near miss: the farmers' union and the trade union are two bodies
    const got = names('Potash row\n\nRural Solidarity demanded lower tariffs, and Solidarity said nothing.');
    expect(got).toContain('Rural Solidarity');
    expect(got).toContain('Solidarity');
  });

  it('ends a firm\'s name in another language before "of <Country>"', () => {
    const got = names(
      "Potash row\n\nCommunity producers, led by Mines de Potasse d'Alsace of France and Kali und Salz AG of West Germany, had pressed for duties.",
    );
    expect(got).toContain("Mines de Potasse d'Alsace");
    expect(got).toContain('France');
    // near miss: a body's head word keeps its "of <Country>" ("Banque de Commerce of ..." is not split)
    expect(
      names('Bank row\n\nThe Banque de Commerce of France said it had pressed for lower duties.'),
    ).not.toContain('Banque de Commerce');
  });

  it("knows the wire's state trading agencies, gas buyers and farm lobbies", () => {
    const got = actorsOf(
      'Gas talks\n\nExportkhleb said it would buy more wheat. Ruhrgas and Distrigaz asked for lower prices, and the FNSEA protested. YPFB and Gas del Estado met in La Paz.',
      '1987-03-01',
    );
    expect(got.map((a) => `${a.name}|${a.side}`)).toEqual(
      expect.arrayContaining([
        'Exportkhleb|Soviet Union',
        'Ruhrgas|Germany',
        'Distrigaz|Belgium',
        'FNSEA|France',
        'YPFB|Bolivia',
        'Gas del Estado|Argentina',
      ]),
    );
    // near miss: a lower-case "canon" is no firm
    expect(names('Trade row\n\nThe canon of trade law says little about it, Canada said.')).toEqual([
      'Canada',
    ]);
  });

  it("links a body named again without its first word of scope ('the Pork Producers' Council')", () => {
    expect(
      names(
        "Pork duties\n\nThe National Pork Producers' Council said it was disappointed. The Pork Producers' Council filed an appeal.",
      ),
    ).toEqual(["National Pork Producers' Council"]);
    // near miss: a body whose name only ends the same is another body
    expect(
      names(
        "Pork duties\n\nThe National Pork Producers' Council said it was disappointed. The Canadian Pork Producers' Council filed an appeal.",
      ),
    ).toEqual(["National Pork Producers' Council", "Canadian Pork Producers' Council"]);
  });
});

describe('actors: thirty-second pass (held-out 21 read)', () => {
  const side = (text: string, who: string): string | null | undefined =>
    actorsOf(text).find((a) => a.name === who)?.side;

  it("reads 'Jan' before a second capitalised word as a given name after a title", () => {
    const lead = 'Steel duties\n\nChina urged the United States to act. ';
    expect(
      side(
        `${lead}Norway's Trade Minister Jan Christian Vestre said Oslo expected more.`,
        'Jan Christian Vestre',
      ),
    ).toBe('Norway');
    expect(side(`${lead}Norwegian trade minister Jan Vestre said Oslo expected more.`, 'Jan Vestre')).toBe(
      'Norway',
    );
    // near miss: the month's short form before a number is a date, no name
    expect(names(`${lead}On Jan 31 Norway said Oslo expected more.`)).not.toContain('Jan');
  });

  it('takes the side of a demonym that opens a paragraph before a title', () => {
    const text =
      'Oil transit\n\nThe talks failed.\n\nUkrainian foreign ministry spokesman Heorhii Tykhyi said Budapest had years to find other suppliers.';
    expect(side(text, 'Heorhii Tykhyi')).toBe('Ukraine');
  });

  it('takes the side of the government body named right before a title', () => {
    const text =
      'Oil transit\n\nKyiv refused. Ukrainian Foreign Ministry spokesman Heorhii Tykhyi said Budapest had years to find other suppliers.';
    expect(side(text, 'Heorhii Tykhyi')).toBe('Ukraine');
    expect(
      side(
        'Trade row\n\nChinese Foreign Ministry spokesman Geng Shuang said Washington had broken its word.',
        'Geng Shuang',
      ),
    ).toBe('China');
  });

  it("reads a person before ', comptroller-general of ...,' and ', its president,'", () => {
    expect(
      names(
        'Border\n\nHameed Ali, Comptroller-General of the Nigeria Customs Service, said the borders would stay shut.',
      ),
    ).toContain('Hameed Ali');
    expect(
      names(
        "Farm deal\n\nThe National Farmers' Union was clear: Minette Batters, its president, says farmers want equal standards.",
      ),
    ).toContain('Minette Batters');
    // near miss: ", its parent company," names a firm's owner, no person
    expect(names('Steel\n\nAcme Steel, its parent company, said prices would rise.')).not.toContain(
      'Acme Steel'.split(' ')[0],
    );
  });
});

describe('actors: thirty-second pass (b), officials named again by title', () => {
  const person = (text: string, who: string) => actorsOf(text).find((a) => a.name === who);

  it("reads 'The First Deputy Prime Minister said' as the one official named with that title", () => {
    const text =
      "Digital trade\n\nThe agreement was signed by Business and Trade Secretary Kemi Badenoch and Ukraine's First Deputy Prime Minister and Minister of Economy, Yulia Svyrydenko.\n\nThe First Deputy Prime Minister said firms needed open markets. The Business and Trade Secretary said the rules would help.";
    const y = person(text, 'Yulia Svyrydenko')!;
    expect(y.side).toBe('Ukraine');
    expect(y.role).toBe("Ukraine's First Deputy Prime Minister and Minister of Economy");
    expect(y.m).toEqual(['Yulia Svyrydenko', 'First Deputy Prime Minister']);
    expect(person(text, 'Kemi Badenoch')!.m).toEqual(['Kemi Badenoch', 'Business and Trade Secretary']);
    // near miss: a title two people named before hold is left unlinked
    const two =
      'Trade talks\n\nTrade Minister Jane Roe of Canada met Trade Minister John Doe of Mexico. The Trade Minister said talks would go on.';
    expect(actorsOf(two).flatMap((a) => a.m)).not.toContain('Trade Minister');
  });
});

describe('actors: thirty-second pass (c), firms and agencies', () => {
  it("reads '<Country>'s pipeline operator JANAF' as that country's firm, and Enterprise Singapore", () => {
    expect(
      actorsOf(
        "Oil transit\n\nCroatia's pipeline operator JANAF said the pipeline could carry all the oil.",
      ).find((a) => a.name === 'JANAF'),
    ).toMatchObject({ kind: 'company', side: 'Croatia' });
    expect(
      actorsOf("Exports\n\nSingapore's exports rose, Enterprise Singapore said on Monday.").find(
        (a) => a.name === 'Enterprise Singapore',
      ),
    ).toMatchObject({ kind: 'organization', side: 'Singapore' });
    // near miss: a lower-case operator with no name after it is no actor
    expect(names('Tours\n\nThe tour operator said prices would rise in Croatia.')).toEqual(['Croatia']);
  });
});

describe('actors: thirty-second pass (d), a body named with a plural possessive', () => {
  it("reads 'chair of the Coast Seafood Processors' Association' as the body, no person", () => {
    expect(
      names("Fish trade\n\nJane Roe, chair of the Coast Seafood Processors' Association, said prices rose."),
    ).toEqual(['Jane Roe', "Coast Seafood Processors' Association"]);
    // near miss: a title's "of the <Place>" before a full name still names a person
    expect(names('Fish trade\n\nChancellor of the Exchequer Nigel Lawson said prices rose.')).toContain(
      'Nigel Lawson',
    );
  });
});

describe('actors: thirty-second pass (e), a headline ends at its line', () => {
  it('takes no side from a title in the body as if the headline named it', () => {
    const text =
      "Q&A: Africa's duty-free door has shut\n\nWhat do governments want? South Africa's Trade Minister Parks Tau said Pretoria expected to stay eligible.\n\nWho is hurt most?\nLesotho, a small kingdom, makes jeans. Its Trade Minister Mokhethi Shelile said the country had asked Washington to restore duty-free access.";
    expect(actorsOf(text).find((a) => a.name === 'Mokhethi Shelile')?.side).toBe('Lesotho');
    // near miss: a headline that names the title still gives its side
    const headed =
      "Interview: we must join the WTO by March, says Ethiopia's chief negotiator\n\nMamo Mihretu, chief negotiator at the Ministry of Trade, said talks were close.";
    expect(actorsOf(headed).find((a) => a.name === 'Mamo Mihretu')?.side).toBe('Ethiopia');
  });
});

describe("actors: thirty-second pass (f), an envoy addressing the story's own party", () => {
  it('gives an ambassador who urges the home party the other country of the sentence', () => {
    const text =
      'Australia turns down a call for a united front\n\nAustralia will not join China against U.S. tariffs. In an opinion piece, Ambassador Xiao Qian urged Australia to work with China in resisting pressure.';
    expect(actorsOf(text).find((a) => a.name === 'Xiao Qian')?.side).toBe('China');
    // near miss: an ambassador who speaks of another party stays the story's
    const own =
      'Australia turns down a call for a united front\n\nAustralia will not join China against U.S. tariffs. In an opinion piece, Ambassador Jane Roe said China should work with Washington.';
    expect(actorsOf(own).find((a) => a.name === 'Jane Roe')?.side).not.toBe('China');
  });
});

describe('actors: thirty-second pass (g), the Treasury', () => {
  it('reads "The Treasury" in a story of the United States as the U.S. Treasury', () => {
    expect(
      names(
        'Minerals pact\n\nThe United States and Japan signed a pact. The Treasury is expected to publish guidance.',
      ),
    ).toContain('U.S. Treasury');
    // near miss: in a British story it is no U.S. body; a British title keeps its person
    expect(
      names(
        'Minerals pact\n\nBritain and Japan signed a pact. The Treasury is expected to publish guidance.',
      ),
    ).not.toContain('U.S. Treasury');
    expect(
      names(
        "Unitary tax\n\nCalifornia's unitary tax hurts U.S. ties. Financial Secretary to the Treasury John Moore said the government would act.",
      ),
    ).toContain('John Moore');
  });
});

describe('actors: thirty-third pass, the Crown Dependencies and a second seat of government', () => {
  it('knows Jersey and Guernsey, not inside "New Jersey"', () => {
    expect(names('Fishing row\n\nJersey and Guernsey issue their own fishing licences.')).toEqual([
      'Jersey',
      'Guernsey',
    ]);
    expect(names('Trade row\n\nThe governor of New Jersey spoke on steel tariffs.')).not.toContain('Jersey');
    // (a city of New Jersey; a page of Melville's "Bartleby" crosses "over to Jersey City")
    expect(names('Trade row\n\nThe ferry crossed over to Jersey City and Hoboken.')).not.toContain('Jersey');
  });
  it('reads Putrajaya as Malaysia', () => {
    expect(names('Palm oil row\n\nPutrajaya said the curbs on refined oil were unfair.')).toEqual([
      'Malaysia',
    ]);
  });
});

describe('actors: thirty-third pass, "Its <title>, <name>," points back to the state before', () => {
  it('gives the official the state the possessive points back to', () => {
    const a = actorsOf(
      'Trade row\n\nQatar set new rules. Oman is the member with the most to lose. Its Minister of Commerce, Saif bin Rashid, said the rules were unfair.',
    );
    expect(a.find((x) => x.name === 'Saif bin Rashid')?.side).toBe('Oman');
    const b = actorsOf(
      'Trade row\n\nQatar set new rules. Oman is the member with the most to lose. Its trade minister, Saif bin Rashid, said the rules were unfair.',
    );
    expect(b.find((x) => x.name === 'Saif bin Rashid')?.side).toBe('Oman');
  });
});

describe('actors: thirty-third pass, a body named again without its "of <Place>"', () => {
  it('links "the State Bank" to "the State Bank of Vietnam"', () => {
    const a = actorsOf(
      'Currency talks\n\nWashington suspects the State Bank of Vietnam keeps the dong weak. In a joint statement, the State Bank said it would refrain from devaluation.',
    );
    expect(a.find((x) => x.name === 'State Bank of Vietnam')?.m).toEqual([
      'State Bank of Vietnam',
      'State Bank',
    ]);
    expect(a.map((x) => x.name)).not.toContain('State Bank');
  });
});

describe('actors: thirty-third pass (a), a firm named again at a sentence start', () => {
  it('finds a firm known from its appositive again when its name opens a later sentence', () => {
    const text =
      'Dairy row\n\nBirunga Farms, a Rwandan dairy firm, lost its market. Birunga Farms asked Tanzania to lift the levy on yoghurt.';
    expect(actorsOf(text).find((a) => a.name === 'Birunga Farms')?.m).toEqual([
      'Birunga Farms',
      'Birunga Farms',
    ]);
    // near miss: another name that shares a word is not the firm
    const other =
      'Dairy row\n\nBirunga Farms, a Rwandan dairy firm, lost its market. Birunga Valley asked Tanzania to lift the levy on yoghurt.';
    expect(actorsOf(other).find((a) => a.name === 'Birunga Farms')?.m).toEqual(['Birunga Farms']);
  });
});

describe('actors: thirty-third pass (b), the body a spokesman speaks for', () => {
  it('reads "a spokeswoman for <Name>, whose ..." and "an official for <Name> said" as a body', () => {
    const whose =
      'Sugar row\n\nA spokeswoman for Kagera Hills Estates, whose cane was turned back at the border, said the company would appeal.';
    expect(actorsOf(whose).find((a) => a.name === 'Kagera Hills Estates')?.kind).toBe('company');
    const said = 'Sugar row\n\nAn official for Lake Basin Cooperative said the quota was unfair.';
    expect(actorsOf(said).find((a) => a.name === 'Lake Basin Cooperative')?.kind).toBe('organization');
    // near miss: a person's spokeswoman, the person named again by honorific, is a person
    const person =
      'Sugar row\n\nA spokeswoman for Amina Otieno said she would not comment. Ms. Otieno is on leave.';
    expect(actorsOf(person).find((a) => a.name === 'Amina Otieno')?.kind).toBe('person');
  });
});

describe('actors: thirty-third pass (c), a plural title before two names', () => {
  it('makes a person of each name after "Presidents"/"Prime Ministers" ... "and" ...', () => {
    // heads of state the lexicon knows by surname keep their sides
    const known = actorsOf(
      'Milk row\n\nPresidents Kenyatta and Museveni must settle the row over milk, a trader said.',
      '2020-03-01',
    );
    expect(known.find((a) => a.name === 'Uhuru Kenyatta')?.side).toBe('Kenya');
    expect(known.find((a) => a.name === 'Yoweri Museveni')?.side).toBe('Uganda');
    // invented leaders: persons, with no side the text does not give
    const invented = actorsOf(
      'Fish row\n\nFiji and Samoa disagree on tuna. Prime Ministers Vailea and Tokomua agreed to meet in June.',
    );
    expect(invented.filter((a) => a.kind === 'person').map((a) => [a.name, a.side])).toEqual([
      ['Vailea', null],
      ['Tokomua', null],
    ]);
    // a name pass 2 read after a party's plural title keeps its role
    const party = actorsOf(
      'Beef row\n\nRepublican Senators Tom Vargo and Ann Lister said Japan must buy more beef.',
      '1987-05-01',
    );
    expect(party.find((a) => a.name === 'Tom Vargo')?.role).toBe('Republican');
    // near miss: a plural title before bodies' names makes no person of them
    expect(
      actorsOf('Fish row\n\nMinisters Pacific Council and Ocean Secretariat staff agreed to meet.').filter(
        (a) => a.kind === 'person',
      ),
    ).toEqual([]);
  });
});

describe('actors: thirty-third pass (d), outlets cited by name and by the noun after it', () => {
  it('knows Al Arabiya and other outlets, and reads "the <Name> channel/newspaper" when cited', () => {
    expect(
      actorsOf('Gulf trade\n\nThe minister told the Al Arabiya channel that Oman would ease the rules.').find(
        (a) => a.name === 'Al Arabiya',
      )?.kind,
    ).toBe('media');
    expect(names('Grain row\n\nInterfax reported that Moscow would cut export duties.')).toContain(
      'Interfax',
    );
    const paper = actorsOf(
      'Tea exports\n\nColombo will seek a lower rate, the Island Ledger newspaper said.',
    );
    expect(paper.find((a) => a.name === 'Island Ledger')?.kind).toBe('media');
    const tv = actorsOf('Tea exports\n\nThe minister told the Lanka Today TV channel that talks went well.');
    expect(tv.find((a) => a.name === 'Lanka Today')?.kind).toBe('media');
    // near miss: a name before "channel" that no one cites, and a place before the paper it names
    expect(names('Tea exports\n\nThe Marlow Farms channel was full of water.')).toEqual([]);
    expect(names('Tea exports\n\nThe Galle newspaper Island Ledger said talks went well.')).not.toContain(
      'Galle',
    );
  });
});

describe('actors: thirty-third pass (e), United Nations agencies', () => {
  it('knows the World Food Programme in both spellings and other UN agencies', () => {
    const wfp = actorsOf(
      'Food aid\n\nThe World Food Program asked members to exempt its purchases from export bans. The WFP said stocks were low.',
    );
    expect(wfp.find((a) => a.name === 'World Food Programme')?.m).toEqual(['World Food Program', 'WFP']);
    expect(
      names(
        'Food aid\n\nThe United Nations Development Programme and the International Trade Centre backed the plan.',
      ),
    ).toEqual(['United Nations Development Programme', 'International Trade Centre']);
    // near miss: "ITC" alone stays the U.S. International Trade Commission's
    expect(names('Steel case\n\nThe ITC voted to go ahead with duties on steel.')).not.toContain(
      'International Trade Centre',
    );
  });
});

describe('actors: thirty-third pass (f), a place opened by a particle after a place preposition', () => {
  it('makes no person of "in La Rochelle, a port ..." or "at Las Palmas, the ..."', () => {
    expect(
      names(
        'Fishing row\n\nTrawlers stayed in La Rochelle, a port hit by the ban, as Paris asked London to relent.',
      ),
    ).not.toContain('La Rochelle');
    expect(
      names('Fishing row\n\nBoats waited at Las Palmas, the main harbour, while Madrid demanded access.'),
    ).not.toContain('Las Palmas');
    // near miss: a particle-led surname that opens a clause with an appositive is still a person
    expect(
      actorsOf('Fishing row\n\nDe Vries, the fishermen’s leader, said the quotas were unfair.').find(
        (a) => a.name === 'De Vries',
      )?.kind,
    ).toBe('person');
  });
});

describe("actors: thirty-third pass (g), a feature's private people by name shape", () => {
  it('reads a two-word name opening a sentence before a verb, quoted as he or she, as a person', () => {
    const text =
      'Maize piles up at the border\n\nMALABA - Peter Wafula has waited with his lorry for a week. Nobody says why. "They keep my papers," he said.\n\nOn the Ugandan side, Rose Achieng fries fish for the drivers. "No lorries, no money," she said.';
    const people = actorsOf(text).filter((a) => a.kind === 'person');
    expect(people.map((a) => [a.name, a.side])).toEqual([
      ['Peter Wafula', null],
      ['Rose Achieng', null],
    ]);
    // near misses: a firm or a place opening the sentence, and a name whose words the text
    // uses in lower case, are no person
    expect(
      names('Maize\n\nTororo Farms has cut output. "We lose money," he said.').filter(
        (x) => x === 'Tororo Farms',
      ),
    ).toEqual([]);
    expect(names('Maize\n\nMount Elgon has had no rain. "We wait," she said.')).toEqual([]);
    expect(
      names('Maize\n\nSilver Reed sells maize. The reed beds are dry. "We wait," she said.').filter(
        (x) => x === 'Silver Reed',
      ),
    ).toEqual([]);
    // nor a bank that forecasts, or a name whose sentence calls it "its"
    expect(
      names('Maize\n\nKerio Brandt expects prices to rise. "We wait," he said.').filter(
        (x) => x === 'Kerio Brandt',
      ),
    ).toEqual([]);
    expect(
      names('Maize\n\nKerio Brandt has cut its forecast. "We wait," he said.').filter(
        (x) => x === 'Kerio Brandt',
      ),
    ).toEqual([]);
  });
});

describe('actors: thirty-fourth pass (a), offices across the Taiwan Strait', () => {
  it('gives Beijing’s Taiwan Affairs Office China’s side and Taipei’s farm council Taiwan’s', () => {
    const a = actorsOf(
      'Fruit ban\n\nZhu Fenglian, a spokeswoman for the Taiwan Affairs Office, defended the ban. The Council of Agriculture said checks were passed.',
      '2021-03-04',
    );
    expect(a.find((x) => x.name === 'Taiwan Affairs Office')?.side).toBe('China');
    expect(a.find((x) => x.name === 'Zhu Fenglian')?.side).toBe('China');
    expect(a.find((x) => x.name === 'Council of Agriculture')?.side).toBe('Taiwan');
    // near miss: the Mainland Affairs Council is Taipei's
    expect(
      actorsOf('Fruit ban\n\nThe Mainland Affairs Council criticised the ban.', '2021-03-04').find(
        (x) => x.name === 'Mainland Affairs Council',
      )?.side,
    ).toBe('Taiwan');
  });
});

describe('actors: thirty-fourth pass (b), India’s DGFT, the Niger Delta', () => {
  it('names India’s Directorate General of Foreign Trade and no Niger in "the Niger Delta"', () => {
    const a = actorsOf(
      'Onion exports\n\nIndia’s Directorate General of Foreign Trade has given no date for a review. Output in the Niger Delta rose.',
      '2019-10-05',
    );
    expect(a.find((x) => x.name === 'Directorate General of Foreign Trade')?.side).toBe('India');
    expect(a.map((x) => x.name)).not.toContain('Niger');
    // near miss: Niger named as a state is one
    expect(
      actorsOf('Uranium trade\n\nNiger said it would cut uranium exports.', '2019-10-05').map((x) => x.name),
    ).toContain('Niger');
  });
});

describe('actors: thirty-fourth pass (c), seats of government', () => {
  it('reads Cotonou as Benin and Nur-Sultan as Kazakhstan where they act', () => {
    expect(
      actorsOf(
        'Border trade\n\nNiger wants the border open. Cotonou said it would lift its tariffs.',
        '2024-06-01',
      ).map((x) => x.name),
    ).toContain('Benin');
    expect(
      actorsOf(
        'Border trade\n\nNur-Sultan said it would lift its tariffs on Russian grain.',
        '2020-06-01',
      ).map((x) => x.name),
    ).toContain('Kazakhstan');
    // near miss: a place named after "in" is where something happens
    expect(
      actorsOf('Border trade\n\nNiger wants the border open. Talks were held in Cotonou.', '2024-06-01').map(
        (x) => x.name,
      ),
    ).not.toContain('Benin');
  });
});

describe('actors: thirty-fourth pass (d), more heads of state and ministers', () => {
  it('knows Paraguay’s, Argentina’s and Nicaragua’s leaders and Russia’s foreign minister', () => {
    const a = actorsOf(
      'Mercosur summit\n\nParaguay’s Santiago Peña and Argentina’s Alberto Fernandez met. Sergei Lavrov said Moscow would help.',
      '2023-12-01',
    );
    expect(a.find((x) => x.name === 'Santiago Peña')?.side).toBe('Paraguay');
    expect(a.find((x) => x.name === 'Alberto Fernández')?.side).toBe('Argentina');
    expect(a.find((x) => x.name === 'Sergei Lavrov')?.side).toBe('Russia');
    const n = actorsOf(
      'Nicaragua tariffs\n\nDaniel Ortega and Rosario Murillo rejected the tariffs.',
      '2025-12-01',
    );
    expect(n.filter((x) => x.kind === 'person').map((x) => `${x.name}/${x.side}`)).toEqual([
      'Daniel Ortega/Nicaragua',
      'Rosario Murillo/Nicaragua',
    ]);
  });
});

describe('actors: session 44, a short name two countries share', () => {
  it('reads "Congo" as the Congo the text named in full, and as no one alone', () => {
    const drc = actorsOf(
      'Trade bloc\n\nThe Democratic Republic of Congo joined the East African Community on Friday. Congo must now apply the common tariff.',
    );
    expect(drc.find((x) => x.name === 'Democratic Republic of the Congo')?.m).toEqual([
      'Democratic Republic of Congo',
      'Congo',
    ]);
    const cg = actorsOf(
      'Oil talks\n\nThe Congo Republic signed an oil deal with Gabon on Friday. Congo will cut its export duty.',
    );
    expect(cg.find((x) => x.name === 'Republic of the Congo')?.m).toEqual(['Congo Republic', 'Congo']);
    // near miss: alone, or with both named, the short name is neither
    expect(actorsOf('Trade bloc\n\nCongo must now apply the common tariff.').map((x) => x.name)).toEqual([]);
    const both = actorsOf(
      'Trade bloc\n\nThe Democratic Republic of Congo and the Republic of Congo met on Friday. Congo must now apply the common tariff.',
    );
    expect(both.flatMap((x) => x.m)).not.toContain('Congo');
  });
});

describe('actors: session 45, a capital, an adverb in -ly, then its verb', () => {
  it('reads "Brasilia originally demanded" as Brazil', () => {
    expect(names('Tariff talks\n\nBrasilia originally demanded a deeper cut.')).toEqual(['Brazil']);
    expect(names('Tariff talks\n\nOttawa repeatedly refused to lift the quota.')).toEqual(['Canada']);
    // near miss: a place before its adverb and a noun is still a place
    expect(names('Tariff talks\n\nBrasilia traditionally hosts the summit.')).toEqual([]);
  });
});
