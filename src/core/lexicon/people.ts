/**
 * Heads of state and government and chief trade/economic officials of the major economies from
 * 2017 on, and those of the mid-1980s (wire archives such as Reuters-21578 are from 1987), with the role and
 * the dates in office, as PETRARCH-style actor dictionaries keep them.
 *
 * Line format: `slug|Full Name|side id|role|from|to|other full forms;...`
 * (A name whose last part is no family name is written as the part the press uses alone, its full
 * form among the other forms: "Mahathir", whose "Mohamad" is his father's name and many others'.)
 * `to` empty = still in office. The surname alone (also the first part for the sides in
 * FAMILY_FIRST_SIDES: "Xi", "Yoon", "Prabowo") is accepted when the article's publication date
 * falls within [from - 1y, to + 4y] (or is unknown), or when the full name occurs in the text.
 */
export const PEOPLE_VERSION = 11;

export const PEOPLE_TABLE = `
donald-trump|Donald Trump|us|President|2017-01-20||Donald J. Trump
joe-biden|Joe Biden|us|President|2021-01-20|2025-01-20|Joseph Biden;Joseph R. Biden
mike-pence|Mike Pence|us|Vice President|2017-01-20|2021-01-20
kamala-harris|Kamala Harris|us|Vice President|2021-01-20|2025-01-20
jd-vance|JD Vance|us|Vice President|2025-01-20||J.D. Vance
robert-lighthizer|Robert Lighthizer|us|U.S. Trade Representative|2017-05-15|2021-01-20|Bob Lighthizer
katherine-tai|Katherine Tai|us|U.S. Trade Representative|2021-03-18|2025-01-20
jamieson-greer|Jamieson Greer|us|U.S. Trade Representative|2025-02-26|
wilbur-ross|Wilbur Ross|us|Commerce Secretary|2017-02-28|2021-01-20
gina-raimondo|Gina Raimondo|us|Commerce Secretary|2021-03-03|2025-01-20
howard-lutnick|Howard Lutnick|us|Commerce Secretary|2025-02-21|
steven-mnuchin|Steven Mnuchin|us|Treasury Secretary|2017-02-13|2021-01-20|Steve Mnuchin
janet-yellen|Janet Yellen|us|Treasury Secretary|2021-01-26|2025-01-20
scott-bessent|Scott Bessent|us|Treasury Secretary|2025-01-28|
peter-navarro|Peter Navarro|us|White House trade adviser|2017-01-20|2021-01-20
larry-kudlow|Larry Kudlow|us|National Economic Council director|2018-04-02|2021-01-20
mike-pompeo|Mike Pompeo|us|Secretary of State|2018-04-26|2021-01-20
antony-blinken|Antony Blinken|us|Secretary of State|2021-01-26|2025-01-20
marco-rubio|Marco Rubio|us|Secretary of State|2025-01-21|
sonny-perdue|Sonny Perdue|us|Agriculture Secretary|2017-04-25|2021-01-20
tom-vilsack|Tom Vilsack|us|Agriculture Secretary|2021-02-24|2025-01-20
brooke-rollins|Brooke Rollins|us|Agriculture Secretary|2025-02-13|
xi-jinping|Xi Jinping|cn|President|2013-03-14|
li-keqiang|Li Keqiang|cn|Premier|2013-03-15|2023-03-11
li-qiang|Li Qiang|cn|Premier|2023-03-11|
liu-he|Liu He|cn|Vice Premier|2018-03-19|2023-03-12
he-lifeng|He Lifeng|cn|Vice Premier|2023-03-12|
zhong-shan|Zhong Shan|cn|Commerce Minister|2017-02-24|2020-12-26
wang-wentao|Wang Wentao|cn|Commerce Minister|2020-12-26|
wang-yi|Wang Yi|cn|Foreign Minister|2013-03-16|
wang-shouwen|Wang Shouwen|cn|Vice Commerce Minister|2017-02-01|
li-chenggang|Li Chenggang|cn|China International Trade Representative|2024-01-01|
gao-feng|Gao Feng|cn|Commerce Ministry spokesman|2017-01-01|2021-12-31
shu-jueting|Shu Jueting|cn|Commerce Ministry spokeswoman|2021-01-01|
jean-claude-juncker|Jean-Claude Juncker|eu|European Commission President|2014-11-01|2019-11-30
ursula-von-der-leyen|Ursula von der Leyen|eu|European Commission President|2019-12-01||Ursula Von der Leyen
cecilia-malmstrom|Cecilia Malmström|eu|EU Trade Commissioner|2014-11-01|2019-11-30|Cecilia Malmstrom
phil-hogan|Phil Hogan|eu|EU Trade Commissioner|2019-12-01|2020-08-26
valdis-dombrovskis|Valdis Dombrovskis|eu|EU Trade Commissioner|2020-08-26|2024-11-30
maros-sefcovic|Maroš Šefčovič|eu|EU Trade Commissioner|2024-12-01||Maros Sefcovic
michel-barnier|Michel Barnier|eu|EU chief Brexit negotiator|2016-10-01|2021-03-31
charles-michel|Charles Michel|eu|European Council President|2019-12-01|2024-11-30
antonio-costa|António Costa|eu|European Council President|2024-12-01||Antonio Costa
donald-tusk|Donald Tusk|eu|European Council President|2014-12-01|2019-11-30
theresa-may|Theresa May|gb|Prime Minister|2016-07-13|2019-07-24
boris-johnson|Boris Johnson|gb|Prime Minister|2019-07-24|2022-09-06
liz-truss|Liz Truss|gb|Prime Minister|2019-07-24|2022-10-25
rishi-sunak|Rishi Sunak|gb|Prime Minister|2022-10-25|2024-07-05
keir-starmer|Keir Starmer|gb|Prime Minister|2024-07-05|
liam-fox|Liam Fox|gb|International Trade Secretary|2016-07-13|2019-07-24
kemi-badenoch|Kemi Badenoch|gb|Business and Trade Secretary|2023-02-07|2024-07-05
jonathan-reynolds|Jonathan Reynolds|gb|Business and Trade Secretary|2024-07-05|2025-09-05
david-frost|David Frost|gb|UK chief Brexit negotiator|2019-07-24|2021-12-18
shinzo-abe|Shinzo Abe|jp|Prime Minister|2012-12-26|2020-09-16
yoshihide-suga|Yoshihide Suga|jp|Prime Minister|2020-09-16|2021-10-04
fumio-kishida|Fumio Kishida|jp|Prime Minister|2021-10-04|2024-10-01
shigeru-ishiba|Shigeru Ishiba|jp|Prime Minister|2024-10-01|2025-10-21
sanae-takaichi|Sanae Takaichi|jp|Prime Minister|2025-10-21|
toshimitsu-motegi|Toshimitsu Motegi|jp|Economy Minister|2017-08-03|2019-09-11
ryosei-akazawa|Ryosei Akazawa|jp|Economic Revitalization Minister|2024-10-01|
justin-trudeau|Justin Trudeau|ca|Prime Minister|2015-11-04|2025-03-14
mark-carney|Mark Carney|ca|Prime Minister|2025-03-14|
chrystia-freeland|Chrystia Freeland|ca|Foreign Minister|2017-01-10|2024-12-16
mary-ng|Mary Ng|ca|Trade Minister|2019-11-20|2025-05-13
dominic-leblanc|Dominic LeBlanc|ca|Minister of Canada-U.S. Trade|2024-12-20|
enrique-pena-nieto|Enrique Peña Nieto|mx|President|2012-12-01|2018-11-30|Enrique Pena Nieto
andres-manuel-lopez-obrador|Andrés Manuel López Obrador|mx|President|2018-12-01|2024-09-30|Andres Manuel Lopez Obrador;López Obrador;Lopez Obrador
claudia-sheinbaum|Claudia Sheinbaum|mx|President|2024-10-01|
ildefonso-guajardo|Ildefonso Guajardo|mx|Economy Minister|2012-12-01|2018-11-30
jesus-seade|Jesús Seade|mx|chief trade negotiator|2018-12-01|2020-07-31|Jesus Seade
marcelo-ebrard|Marcelo Ebrard|mx|Economy Minister|2024-10-01|
narendra-modi|Narendra Modi|in|Prime Minister|2014-05-26|
piyush-goyal|Piyush Goyal|in|Commerce Minister|2019-05-31|
suresh-prabhu|Suresh Prabhu|in|Commerce Minister|2017-09-03|2019-05-30
moon-jae-in|Moon Jae-in|kr|President|2017-05-10|2022-05-09
yoon-suk-yeol|Yoon Suk Yeol|kr|President|2022-05-10|2025-04-04|Yoon Suk-yeol
lee-jae-myung|Lee Jae-myung|kr|President|2025-06-04||Lee Jae Myung
yoo-myung-hee|Yoo Myung-hee|kr|Trade Minister|2019-02-01|2022-05-09
angela-merkel|Angela Merkel|de|Chancellor|2005-11-22|2021-12-08
olaf-scholz|Olaf Scholz|de|Chancellor|2021-12-08|2025-05-06
friedrich-merz|Friedrich Merz|de|Chancellor|2025-05-06|
emmanuel-macron|Emmanuel Macron|fr|President|2017-05-14|
jair-bolsonaro|Jair Bolsonaro|br|President|2019-01-01|2022-12-31
lula-da-silva|Luiz Inácio Lula da Silva|br|President|2023-01-01||Luiz Inacio Lula da Silva;Lula
scott-morrison|Scott Morrison|au|Prime Minister|2018-08-24|2022-05-23
anthony-albanese|Anthony Albanese|au|Prime Minister|2022-05-23|
malcolm-turnbull|Malcolm Turnbull|au|Prime Minister|2015-09-15|2018-08-24
vladimir-putin|Vladimir Putin|ru|President|2012-05-07|
tsai-ing-wen|Tsai Ing-wen|tw|President|2016-05-20|2024-05-20
lai-ching-te|Lai Ching-te|tw|President|2024-05-20|
to-lam|To Lam|vn|General Secretary of the Communist Party of Vietnam|2024-08-03|
pham-minh-chinh|Pham Minh Chinh|vn|Prime Minister|2021-04-05||Phạm Minh Chính
nguyen-hong-dien|Nguyen Hong Dien|vn|Industry and Trade Minister|2021-04-08|
prabowo-subianto|Prabowo Subianto|id|President|2024-10-20||Prabowo
joko-widodo|Joko Widodo|id|President|2014-10-20|2024-10-20|Jokowi
airlangga-hartarto|Airlangga Hartarto|id|Coordinating Minister for Economic Affairs|2019-10-23|
anwar-ibrahim|Anwar Ibrahim|my|Prime Minister|2022-11-24||Anwar
tengku-zafrul-aziz|Tengku Zafrul Aziz|my|Investment, Trade and Industry Minister|2023-12-12||Tengku Zafrul Abdul Aziz;Zafrul Aziz
lawrence-wong|Lawrence Wong|sg|Prime Minister|2024-05-15|
ferdinand-marcos-jr|Ferdinand Marcos Jr.|ph|President|2022-06-30||Ferdinand Marcos Jr;Bongbong Marcos
paetongtarn-shinawatra|Paetongtarn Shinawatra|th|Prime Minister|2024-08-16|2025-08-29|Paetongtarn
anutin-charnvirakul|Anutin Charnvirakul|th|Prime Minister|2025-09-07||Anutin
kim-jung-kwan|Kim Jung-kwan|kr|Trade, Industry and Energy Minister|2025-07-21||Kim Jung Kwan
yeo-han-koo|Yeo Han-koo|kr|Trade Minister|2021-05-14||Yeo Han Koo
ahn-duk-geun|Ahn Duk-geun|kr|Trade, Industry and Energy Minister|2024-01-01|2025-07-21|Ahn Duk Geun
cheong-in-kyo|Cheong In-kyo|kr|Trade Minister|2024-01-01|2025-07-21|Cheong In Kyo
yoji-muto|Yoji Muto|jp|Economy, Trade and Industry Minister|2024-10-01|2025-10-21
francois-philippe-champagne|François-Philippe Champagne|ca|Finance Minister|2025-03-14||Francois-Philippe Champagne
melanie-joly|Mélanie Joly|ca|Industry Minister|2025-05-13||Melanie Joly
maninder-sidhu|Maninder Sidhu|ca|International Trade Minister|2025-05-13|
peter-kyle|Peter Kyle|gb|Business and Trade Secretary|2025-09-05|
rachel-reeves|Rachel Reeves|gb|Chancellor of the Exchequer|2024-07-05|
don-farrell|Don Farrell|au|Trade Minister|2022-06-01|
jim-chalmers|Jim Chalmers|au|Treasurer|2022-06-01|
christopher-luxon|Christopher Luxon|nz|Prime Minister|2023-11-27|
todd-mcclay|Todd McClay|nz|Trade Minister|2023-11-27|
francois-bayrou|François Bayrou|fr|Prime Minister|2024-12-13|2025-09-09|Francois Bayrou
sebastien-lecornu|Sébastien Lecornu|fr|Prime Minister|2025-09-09||Sebastien Lecornu
laurent-saint-martin|Laurent Saint-Martin|fr|Foreign Trade Minister|2024-12-23|2025-10-12
robert-habeck|Robert Habeck|de|Economy Minister|2021-12-08|2025-05-06
katherina-reiche|Katherina Reiche|de|Economy Minister|2025-05-06|
giorgia-meloni|Giorgia Meloni|it|Prime Minister|2022-10-22|
pedro-sanchez|Pedro Sánchez|es|Prime Minister|2018-06-02||Pedro Sanchez
carlos-cuerpo|Carlos Cuerpo|es|Economy Minister|2023-12-29|
karin-keller-sutter|Karin Keller-Sutter|ch|Finance Minister|2023-01-01|
guy-parmelin|Guy Parmelin|ch|Economy Minister|2021-01-01|
nirmala-sitharaman|Nirmala Sitharaman|in|Finance Minister|2019-05-31|
geraldo-alckmin|Geraldo Alckmin|br|Vice President and Minister of Development, Industry, Trade and Services|2023-01-01|
mauro-vieira|Mauro Vieira|br|Foreign Minister|2023-01-01|
fernando-haddad|Fernando Haddad|br|Finance Minister|2023-01-01|
javier-milei|Javier Milei|ar|President|2023-12-10|
cyril-ramaphosa|Cyril Ramaphosa|za|President|2018-02-15|
recep-tayyip-erdogan|Recep Tayyip Erdoğan|tr|President|2014-08-28||Recep Tayyip Erdogan;Tayyip Erdogan
roberto-azevedo|Roberto Azevêdo|null|WTO Director-General|2013-09-01|2020-08-31|Roberto Azevedo
ngozi-okonjo-iweala|Ngozi Okonjo-Iweala|null|WTO Director-General|2021-03-01|
kristalina-georgieva|Kristalina Georgieva|null|IMF Managing Director|2019-10-01|
christine-lagarde|Christine Lagarde|null|IMF Managing Director|2011-07-05|2019-09-12
benjamin-netanyahu|Benjamin Netanyahu|il|Prime Minister|2009-03-31||
naftali-bennett|Naftali Bennett|il|Prime Minister|2021-06-13|2022-06-30
yair-lapid|Yair Lapid|il|Prime Minister|2022-07-01|2022-12-29
mohammed-bin-salman|Mohammed bin Salman|sa|Crown Prince|2017-06-21||MBS
mohamed-bin-zayed|Mohamed bin Zayed|ae|President|2022-05-14||Mohamed bin Zayed Al Nahyan
volodymyr-zelensky|Volodymyr Zelensky|ua|President|2019-05-20||Volodymyr Zelenskiy;Volodymyr Zelenskyy;Zelenskiy;Zelenskyy
denys-shmyhal|Denys Shmyhal|ua|Prime Minister|2020-03-04|2025-07-17|Denys Shmygal
yulia-svyrydenko|Yulia Svyrydenko|ua|Prime Minister|2025-07-17||Yuliia Svyrydenko
mikhail-mishustin|Mikhail Mishustin|ru|Prime Minister|2020-01-16||
mateusz-morawiecki|Mateusz Morawiecki|pl|Prime Minister|2017-12-11|2023-12-13
giuseppe-conte|Giuseppe Conte|it|Prime Minister|2018-06-01|2021-02-13
dick-schoof|Dick Schoof|nl|Prime Minister|2024-07-02|
sebastian-pinera|Sebastián Piñera|cl|President|2018-03-11|2022-03-11|Sebastian Pinera
gabriel-boric|Gabriel Boric|cl|President|2022-03-11|2026-03-11
gustavo-petro|Gustavo Petro|co|President|2022-08-07|2026-08-07
dina-boluarte|Dina Boluarte|pe|President|2022-12-07|2025-10-10
kassym-jomart-tokayev|Kassym-Jomart Tokayev|kz|President|2019-03-20||
nursultan-nazarbayev|Nursultan Nazarbayev|kz|President|1991-12-10|2019-03-20
shavkat-mirziyoyev|Shavkat Mirziyoyev|uz|President|2016-12-14||
sadyr-japarov|Sadyr Japarov|kg|President|2021-01-28||Sadyr Zhaparov
emomali-rahmon|Emomali Rahmon|tj|President|1994-11-16||
serdar-berdimuhamedov|Serdar Berdimuhamedov|tm|President|2022-03-19||
ilham-aliyev|Ilham Aliyev|az|President|2003-10-31||
alexander-lukashenko|Alexander Lukashenko|by|President|1994-07-20||Aliaksandr Lukashenka;Alyaksandr Lukashenko
viktor-orban|Viktor Orbán|hu|Prime Minister|2010-05-29||Viktor Orban
israel-katz|Israel Katz|il|Foreign Minister|2023-01-01|2024-11-05
mohammed-shia-al-sudani|Mohammed Shia al-Sudani|iq|Prime Minister|2022-10-27||Mohammed al-Sudani;Sudani
abdelmadjid-tebboune|Abdelmadjid Tebboune|dz|President|2019-12-19||
aziz-akhannouch|Aziz Akhannouch|ma|Prime Minister|2021-10-07||
abiy-ahmed|Abiy|et|Prime Minister|2018-04-02||Abiy Ahmed
paul-kagame|Paul Kagame|rw|President|2000-04-22||
felix-tshisekedi|Félix Tshisekedi|cd|President|2019-01-24||Felix Tshisekedi
hassan-sheikh-mohamud|Hassan Sheikh Mohamud|so|President|2022-05-23||
joao-lourenco|João Lourenço|ao|President|2017-09-26||Joao Lourenco
nana-akufo-addo|Nana Akufo-Addo|gh|President|2017-01-07|2025-01-07
john-mahama|John Mahama|gh|President|2025-01-07||John Dramani Mahama
hakainde-hichilema|Hakainde Hichilema|zm|President|2021-08-24||
emmerson-mnangagwa|Emmerson Mnangagwa|zw|President|2017-11-24||
luis-abinader|Luis Abinader|do|President|2020-08-16||
nayib-bukele|Nayib Bukele|sv|President|2019-06-01||
bernardo-arevalo|Bernardo Arévalo|gt|President|2024-01-14||Bernardo Arevalo
daniel-noboa|Daniel Noboa|ecu|President|2023-11-23||
luis-arce|Luis Arce|bo|President|2020-11-08|2025-11-08
nicolas-maduro|Nicolás Maduro|ve|President|2013-04-19||Nicolas Maduro
luis-lacalle-pou|Luis Lacalle Pou|uy|President|2020-03-01|2025-03-01
yamandu-orsi|Yamandú Orsi|uy|President|2025-03-01||Yamandu Orsi
mauricio-macri|Mauricio Macri|ar|President|2015-12-10|2019-12-10
alberto-fernandez|Alberto Fernández|ar|President|2019-12-10|2023-12-10|Alberto Fernandez
mario-abdo-benitez|Mario Abdo Benítez|py|President|2018-08-15|2023-08-15|Mario Abdo Benitez
santiago-pena|Santiago Peña|py|President|2023-08-15||Santiago Pena
daniel-ortega|Daniel Ortega|ni|President|2007-01-10||
rosario-murillo|Rosario Murillo|ni|Vice President|2017-01-10||
sergei-lavrov|Sergei Lavrov|ru|Foreign Minister|2004-03-09||Sergey Lavrov
muhammadu-buhari|Muhammadu Buhari|ng|President|2015-05-29|2023-05-29
bola-tinubu|Bola Tinubu|ng|President|2023-05-29||Bola Ahmed Tinubu
william-ruto|William Ruto|ke|President|2022-09-13|
uhuru-kenyatta|Uhuru Kenyatta|ke|President|2013-04-09|2022-09-13
john-magufuli|John Magufuli|tz|President|2015-11-05|2021-03-17|John Pombe Magufuli
samia-suluhu-hassan|Samia|tz|President|2021-03-19||Samia Suluhu Hassan;Samia Suluhu
evariste-ndayishimiye|Évariste Ndayishimiye|bi|President|2020-06-18||Evariste Ndayishimiye
salva-kiir|Salva Kiir|ss|President|2011-07-09||Salva Kiir Mayardit
abdel-fattah-el-sisi|Abdel Fattah el-Sisi|eg|President|2014-06-08||Abdel Fattah al-Sisi;Sisi
subrahmanyam-jaishankar|Subrahmanyam Jaishankar|in|External Affairs Minister|2019-05-30||S. Jaishankar
shehbaz-sharif|Shehbaz Sharif|pk|Prime Minister|2022-04-11||Shahbaz Sharif
imran-khan|Imran Khan|pk|Prime Minister|2018-08-18|2022-04-10
sheikh-hasina|Sheikh Hasina|bd|Prime Minister|2009-01-06|2024-08-05
muhammad-yunus|Muhammad Yunus|bd|Chief Adviser|2024-08-08|
lee-hsien-loong|Lee Hsien Loong|sg|Prime Minister|2004-08-12|2024-05-15
jacinda-ardern|Jacinda Ardern|nz|Prime Minister|2017-10-26|2023-01-25
chris-hipkins|Chris Hipkins|nz|Prime Minister|2023-01-25|2023-11-27
rodrigo-duterte|Rodrigo Duterte|ph|President|2016-06-30|2022-06-30
srettha-thavisin|Srettha Thavisin|th|Prime Minister|2023-08-22|2024-08-14
ronald-reagan|Ronald Reagan|us|President|1981-01-20|1989-01-20
yasuhiro-nakasone|Yasuhiro Nakasone|jp|Prime Minister|1982-11-27|1987-11-06
margaret-thatcher|Margaret Thatcher|gb|Prime Minister|1979-05-04|1990-11-28
helmut-kohl|Helmut Kohl|dw|Chancellor|1982-10-01|1998-10-27
francois-mitterrand|François Mitterrand|fr|President|1981-05-21|1995-05-17|Francois Mitterrand
brian-mulroney|Brian Mulroney|ca|Prime Minister|1984-09-17|1993-06-25
deng-xiaoping|Deng Xiaoping|cn|Paramount leader|1978-12-22|1989-11-09
mikhail-gorbachev|Mikhail Gorbachev|su|General Secretary|1985-03-11|1991-12-25
jacques-delors|Jacques Delors|ec|European Commission President|1985-01-07|1995-01-22
clayton-yeutter|Clayton Yeutter|us|U.S. Trade Representative|1985-07-01|1989-01-20
malcolm-baldrige|Malcolm Baldrige|us|Commerce Secretary|1981-01-20|1987-07-25
william-verity|William Verity|us|Commerce Secretary|1987-10-19|1989-01-20|C. William Verity
james-baker|James Baker|us|Treasury Secretary|1985-02-04|1988-08-17|James A. Baker;James Baker III
richard-lyng|Richard Lyng|us|Agriculture Secretary|1986-03-07|1989-01-20
george-shultz|George Shultz|us|Secretary of State|1982-07-16|1989-01-20
paul-volcker|Paul Volcker|us|Federal Reserve Chairman|1979-08-06|1987-08-11
bruce-smart|Bruce Smart|us|Under Secretary of Commerce for International Trade|1985-08-01|1988-08-31
alan-holmer|Alan Holmer|us|Deputy U.S. Trade Representative|1987-06-01|1989-01-20|Alan F. Holmer
richard-darman|Richard Darman|us|Deputy Treasury Secretary|1985-02-04|1987-04-30
beryl-sprinkel|Beryl Sprinkel|us|Council of Economic Advisers Chairman|1985-04-18|1989-01-20
daniel-amstutz|Daniel Amstutz|us|Under Secretary of Agriculture|1983-07-01|1987-12-31|Daniel G. Amstutz
makoto-kuroda|Makoto Kuroda|jp|MITI Vice Minister for International Affairs|1986-06-01|1988-06-30
alan-greenspan|Alan Greenspan|us|Federal Reserve Chairman|1987-08-11|2006-01-31
hajime-tamura|Hajime Tamura|jp|Trade and Industry Minister|1986-07-22|1987-11-06
kiichi-miyazawa|Kiichi Miyazawa|jp|Finance Minister|1986-07-22|1987-11-06
tadashi-kuranari|Tadashi Kuranari|jp|Foreign Minister|1986-07-22|1987-11-06
noboru-takeshita|Noboru Takeshita|jp|Prime Minister|1987-11-06|1989-06-03
satoshi-sumita|Satoshi Sumita|jp|Bank of Japan Governor|1984-12-17|1989-12-16
willy-de-clercq|Willy De Clercq|ec|EC External Relations Commissioner|1985-01-07|1989-01-05|Willy de Clercq
frans-andriessen|Frans Andriessen|ec|EC Agriculture Commissioner|1985-01-07|1989-01-05
martin-bangemann|Martin Bangemann|dw|Economics Minister|1984-06-27|1988-12-09
gerhard-stoltenberg|Gerhard Stoltenberg|dw|Finance Minister|1982-10-04|1989-04-21
karl-otto-poehl|Karl Otto Poehl|dw|Bundesbank President|1980-01-01|1991-07-31|Karl Otto Pöhl;Karl Otto Pohl
hans-dietrich-genscher|Hans-Dietrich Genscher|dw|Foreign Minister|1974-05-17|1992-05-17
nigel-lawson|Nigel Lawson|gb|Chancellor of the Exchequer|1983-06-11|1989-10-26
paul-channon|Paul Channon|gb|Trade and Industry Secretary|1986-01-24|1987-06-13
geoffrey-howe|Geoffrey Howe|gb|Foreign Secretary|1983-06-11|1989-07-24
jacques-chirac|Jacques Chirac|fr|Prime Minister|1986-03-20|1988-05-10
edouard-balladur|Edouard Balladur|fr|Finance Minister|1986-03-20|1988-05-10|Édouard Balladur
michel-noir|Michel Noir|fr|Foreign Trade Minister|1986-03-20|1988-05-10
pat-carney|Pat Carney|ca|Trade Minister|1986-06-30|1988-03-30
simon-reisman|Simon Reisman|ca|Chief Trade Negotiator|1985-11-01|1988-10-04
bob-hawke|Bob Hawke|au|Prime Minister|1983-03-11|1991-12-20
john-dawkins|John Dawkins|au|Trade Minister|1984-12-13|1987-07-24
michael-duffy|Michael Duffy|au|Trade Minister|1987-07-24|1990-04-04
john-kerin|John Kerin|au|Primary Industry Minister|1983-03-11|1991-06-04
arthur-dunkel|Arthur Dunkel|null|GATT Director-General|1980-10-01|1993-06-30
michel-camdessus|Michel Camdessus|null|IMF Managing Director|1987-01-16|2000-02-14
barber-conable|Barber Conable|null|World Bank President|1986-07-01|1991-08-31
jose-sarney|José Sarney|br|President|1985-03-15|1990-03-15|Jose Sarney
dilson-funaro|Dilson Funaro|br|Finance Minister|1985-08-26|1987-04-29
miguel-de-la-madrid|Miguel de la Madrid|mx|President|1982-12-01|1988-11-30
raul-alfonsin|Raúl Alfonsín|ar|President|1983-12-10|1989-07-08|Raul Alfonsin
chun-doo-hwan|Chun Doo-hwan|kr|President|1980-09-01|1988-02-24|Chun Doo Hwan
chiang-ching-kuo|Chiang Ching-kuo|tw|President|1978-05-20|1988-01-13
zhao-ziyang|Zhao Ziyang|cn|Premier|1980-09-10|1987-11-24
nikolai-ryzhkov|Nikolai Ryzhkov|su|Chairman of the Council of Ministers|1985-09-27|1991-01-14
bettino-craxi|Bettino Craxi|it|Prime Minister|1983-08-04|1987-04-17
ruud-lubbers|Ruud Lubbers|nl|Prime Minister|1982-11-04|1994-08-22
corazon-aquino|Corazon Aquino|ph|President|1986-02-25|1992-06-30
robert-mugabe|Robert Mugabe|zw|Prime Minister|1980-04-18|1987-12-31
yoweri-museveni|Yoweri Museveni|ug|President|1986-01-29|
daniel-arap-moi|Daniel arap Moi|ke|President|1978-10-14|2002-12-30|Daniel Arap Moi
kenneth-kaunda|Kenneth Kaunda|zm|President|1964-10-24|1991-11-02
ibrahim-babangida|Ibrahim Babangida|ng|President|1985-08-27|1993-08-26
pw-botha|P.W. Botha|za|President|1984-09-14|1989-08-14|P. W. Botha;Pieter Willem Botha
hosni-mubarak|Hosni Mubarak|eg|President|1981-10-14|2011-02-11
felix-houphouet-boigny|Felix Houphouet-Boigny|ci|President|1960-08-07|1993-12-07
jerry-rawlings|Jerry Rawlings|gh|Head of state|1981-12-31|2001-01-07
mahathir-mohamad|Mahathir|my|Prime Minister|1981-07-16|2003-10-31|Mahathir Mohamad
suharto|Suharto|id|President|1967-03-12|1998-05-21
lee-kuan-yew|Lee Kuan Yew|sg|Prime Minister|1959-06-05|1990-11-28
rajiv-gandhi|Rajiv Gandhi|in|Prime Minister|1984-10-31|1989-12-02
zia-ul-haq|Zia ul-Haq|pk|President|1978-09-16|1988-08-17|Mohammad Zia ul-Haq
mohammad-khan-junejo|Mohammad Khan Junejo|pk|Prime Minister|1985-03-23|1988-05-29
roh-tae-woo|Roh Tae-woo|kr|President|1988-02-25|1993-02-24
prem-tinsulanonda|Prem Tinsulanonda|th|Prime Minister|1980-03-03|1988-08-04
lee-teng-hui|Lee Teng-hui|tw|President|1988-01-13|2000-05-20
li-peng|Li Peng|cn|Premier|1987-11-24|1998-03-17
david-lange|David Lange|nz|Prime Minister|1984-07-26|1989-08-08
turgut-ozal|Turgut Ozal|tr|Prime Minister|1983-12-13|1989-11-09|Turgut Özal
andreas-papandreou|Andreas Papandreou|gr|Prime Minister|1981-10-21|1989-07-02
anibal-cavaco-silva|Anibal Cavaco Silva|pt|Prime Minister|1985-11-06|1995-10-28|Aníbal Cavaco Silva
wilfried-martens|Wilfried Martens|be|Prime Minister|1981-12-17|1992-03-07
poul-schluter|Poul Schluter|dk|Prime Minister|1982-09-10|1993-01-25|Poul Schlüter
ingvar-carlsson|Ingvar Carlsson|se|Prime Minister|1986-03-01|1991-10-04
gro-harlem-brundtland|Gro Harlem Brundtland|no|Prime Minister|1986-05-09|1989-10-16
mauno-koivisto|Mauno Koivisto|fi|President|1982-01-27|1994-03-01
franz-vranitzky|Franz Vranitzky|at|Chancellor|1986-06-16|1997-01-28
charles-haughey|Charles Haughey|ie|Prime Minister|1987-03-10|1992-02-11
nicolae-ceausescu|Nicolae Ceausescu|ro|President|1974-03-28|1989-12-22
wojciech-jaruzelski|Wojciech Jaruzelski|pl|Head of state|1981-10-18|1990-12-22
janos-kadar|Janos Kadar|hu|Party leader|1956-10-25|1988-05-22
erich-honecker|Erich Honecker|dd|Head of state|1971-05-03|1989-10-18
todor-zhivkov|Todor Zhivkov|bg|Head of state|1954-03-04|1989-11-10
gustav-husak|Gustav Husak|cs|President|1975-05-29|1989-12-10
virgilio-barco|Virgilio Barco|co|President|1986-08-07|1990-08-07
jaime-lusinchi|Jaime Lusinchi|ve|President|1984-02-02|1989-02-02
leon-febres-cordero|Leon Febres Cordero|ecu|President|1984-08-10|1988-08-10
augusto-pinochet|Augusto Pinochet|cl|President|1974-12-17|1990-03-11
julio-maria-sanguinetti|Julio Maria Sanguinetti|uy|President|1985-03-01|1990-03-01|Julio María Sanguinetti
edward-seaga|Edward Seaga|jm|Prime Minister|1980-11-01|1989-02-10
carlos-salinas-de-gortari|Carlos Salinas de Gortari|mx|President|1988-12-01|1994-11-30
yitzhak-shamir|Yitzhak Shamir|il|Prime Minister|1986-10-20|1992-07-13
shimon-peres|Shimon Peres|il|Prime Minister|1984-09-13|1986-10-20
`;
