/**
 * Countries and territories, one line each, as data:
 *   `id|Canonical name|other names;...|adjectives/demonyms;...|capitals (metonyms);...|flags`
 * flags: `lc` = the name may also match in lower case (unambiguous words only; "turkey", "chad",
 * "jordan" stay case-sensitive); `hist` = a historical state kept for older news.
 * Kept as one string so loading is a single split, not thousands of object literals.
 */
export const COUNTRIES_VERSION = 9;

export const COUNTRY_TABLE = `
af|Afghanistan||Afghan;Taliban|Kabul|lc
al|Albania||Albanian|Tirana|lc
dz|Algeria||Algerian|Algiers|lc
ad|Andorra||Andorran||lc
ao|Angola||Angolan|Luanda|lc
ag|Antigua and Barbuda|Antigua|Antiguan||
ar|Argentina|Argentine Republic|Argentine;Argentinian|Buenos Aires|lc
am|Armenia||Armenian|Yerevan|lc
au|Australia|Commonwealth of Australia|Australian|Canberra|lc
at|Austria||Austrian|Vienna|lc
az|Azerbaijan||Azerbaijani|Baku|lc
bs|Bahamas|The Bahamas|Bahamian|Nassau|
bh|Bahrain||Bahraini|Manama|lc
bd|Bangladesh||Bangladeshi|Dhaka|lc
bb|Barbados||Barbadian||lc
by|Belarus|Byelorussia|Belarusian|Minsk|lc
be|Belgium||Belgian||lc
bz|Belize||Belizean||lc
bj|Benin||Beninese|Porto-Novo;Cotonou|
bt|Bhutan||Bhutanese|Thimphu|lc
bo|Bolivia||Bolivian|La Paz;Sucre|lc
ba|Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo|lc
bw|Botswana||Botswanan|Gaborone|lc
br|Brazil|Brasil|Brazilian|Brasilia;Brasília|lc
bn|Brunei||Bruneian||lc
bg|Bulgaria||Bulgarian||lc
bf|Burkina Faso||Burkinabe|Ouagadougou|lc
bi|Burundi||Burundian|Gitega|lc
cv|Cape Verde|Cabo Verde|Cape Verdean|Praia|
kh|Cambodia|Kampuchea|Cambodian|Phnom Penh|lc
cm|Cameroon||Cameroonian|Yaounde|lc
ca|Canada||Canadian|Ottawa|lc
cf|Central African Republic||Central African|Bangui|
td|Chad||Chadian|N'Djamena|
cl|Chile||Chilean|Santiago|lc
cn|China|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Peking|lc
co|Colombia||Colombian|Bogota;Bogotá|lc
km|Comoros||Comoran|Moroni|
cg|Republic of the Congo|Republic of Congo;Congo Republic;Congo-Brazzaville|Congolese|Brazzaville|
cd|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Zaire|Congolese|Kinshasa|
cr|Costa Rica||Costa Rican|San Jose|
ci|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian|Yamoussoukro;Abidjan|
hr|Croatia||Croatian|Zagreb|lc
cu|Cuba||Cuban|Havana|lc
cy|Cyprus||Cypriot|Nicosia|lc
cz|Czech Republic|Czechia|Czech|Prague|lc
cs|Czechoslovakia||Czechoslovak||lc,hist
dk|Denmark||Danish|Copenhagen|lc
dj|Djibouti||Djiboutian||lc
dm|Dominica||Dominican||
do|Dominican Republic||Dominican|Santo Domingo|
ecu|Ecuador||Ecuadorean;Ecuadorian|Quito|lc
eg|Egypt||Egyptian|Cairo|lc
sv|El Salvador||Salvadoran|San Salvador|
gq|Equatorial Guinea||Equatoguinean|Malabo|
er|Eritrea||Eritrean|Asmara|lc
ee|Estonia||Estonian|Tallinn|lc
sz|Eswatini|Swaziland|Swazi|Mbabane|lc
et|Ethiopia||Ethiopian|Addis Ababa|lc
fj|Fiji||Fijian|Suva|lc
fi|Finland||Finnish|Helsinki|lc
fr|France|French Republic|French|Paris|lc
ga|Gabon||Gabonese|Libreville|lc
gm|Gambia|The Gambia|Gambian|Banjul|
ge|Georgia||Georgian|Tbilisi|
de|Germany|Federal Republic of Germany|German|Berlin|lc
dd|East Germany|German Democratic Republic;GDR|East German|East Berlin|hist
dw|West Germany|FRG|West German|Bonn|hist
gh|Ghana||Ghanaian|Accra|lc
gr|Greece||Greek|Athens|lc
gd|Grenada||Grenadian||
gt|Guatemala||Guatemalan|Guatemala City|lc
gn|Guinea||Guinean|Conakry|
gw|Guinea-Bissau||Bissau-Guinean|Bissau|
gy|Guyana||Guyanese|Georgetown|lc
ht|Haiti||Haitian|Port-au-Prince|lc
hn|Honduras||Honduran|Tegucigalpa|lc
hu|Hungary||Hungarian|Budapest|lc
is|Iceland||Icelandic|Reykjavik|lc
in|India|Republic of India|Indian|New Delhi|lc
id|Indonesia||Indonesian|Jakarta|lc
ir|Iran|Islamic Republic of Iran|Iranian|Tehran|lc
iq|Iraq||Iraqi|Baghdad|lc
ie|Ireland|Irish Republic;Republic of Ireland|Irish|Dublin|lc
il|Israel||Israeli|Jerusalem|lc
it|Italy||Italian|Rome|lc
jm|Jamaica||Jamaican|Kingston|lc
jp|Japan||Japanese|Tokyo|lc
jo|Jordan||Jordanian|Amman|
kz|Kazakhstan||Kazakh|Astana;Nur-Sultan|lc
ke|Kenya||Kenyan|Nairobi|lc
ki|Kiribati||I-Kiribati||lc
kp|North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang|lc
kr|South Korea|Republic of Korea;ROK;S. Korea;S.Korea;Korea|South Korean;Korean|Seoul|lc
xk|Kosovo||Kosovar|Pristina|lc
kw|Kuwait||Kuwaiti||lc
kg|Kyrgyzstan||Kyrgyz|Bishkek|lc
la|Laos||Lao;Laotian|Vientiane|lc
lv|Latvia||Latvian|Riga|lc
lb|Lebanon||Lebanese|Beirut|lc
ls|Lesotho||Basotho|Maseru|lc
lr|Liberia||Liberian|Monrovia|lc
ly|Libya||Libyan|Tripoli|lc
li|Liechtenstein||Liechtenstein|Vaduz|lc
lt|Lithuania||Lithuanian|Vilnius|lc
lu|Luxembourg||Luxembourgish||
mg|Madagascar||Malagasy|Antananarivo|lc
mw|Malawi||Malawian|Lilongwe|lc
my|Malaysia||Malaysian|Kuala Lumpur;Putrajaya|lc
mv|Maldives||Maldivian||
ml|Mali||Malian|Bamako|
mt|Malta||Maltese|Valletta|lc
mh|Marshall Islands||Marshallese|Majuro|
mr|Mauritania||Mauritanian|Nouakchott|lc
mu|Mauritius||Mauritian|Port Louis|lc
mx|Mexico|United Mexican States|Mexican|Mexico City|lc
fm|Micronesia||Micronesian||
md|Moldova||Moldovan|Chisinau|lc
mc|Monaco||Monegasque||
mn|Mongolia||Mongolian|Ulaanbaatar|lc
me|Montenegro||Montenegrin|Podgorica|lc
ma|Morocco||Moroccan|Rabat|lc
mz|Mozambique||Mozambican|Maputo|lc
mm|Myanmar|Burma|Burmese|Naypyidaw;Rangoon;Yangon|lc
na|Namibia||Namibian|Windhoek|lc
nr|Nauru||Nauruan||lc
np|Nepal||Nepalese;Nepali|Kathmandu|lc
nl|Netherlands|The Netherlands;Holland|Dutch|The Hague;Amsterdam|lc
nz|New Zealand|N.Z.|New Zealander|Wellington|lc
ni|Nicaragua||Nicaraguan|Managua|lc
ne|Niger||Nigerien|Niamey|
ng|Nigeria||Nigerian|Abuja;Lagos|lc
mk|North Macedonia|Macedonia|Macedonian|Skopje|lc
no|Norway||Norwegian|Oslo|lc
om|Oman||Omani|Muscat|lc
pk|Pakistan||Pakistani|Islamabad|lc
pw|Palau||Palauan||
ps|Palestine|Palestinian Territories;West Bank;Gaza|Palestinian|Ramallah|lc
pa|Panama||Panamanian|Panama City|lc
pg|Papua New Guinea||Papua New Guinean|Port Moresby|
py|Paraguay||Paraguayan|Asuncion;Asunción|lc
pe|Peru||Peruvian|Lima|lc
ph|Philippines|The Philippines|Philippine;Filipino|Manila|lc
pl|Poland||Polish|Warsaw|lc
pt|Portugal||Portuguese|Lisbon|lc
qa|Qatar||Qatari|Doha|lc
ro|Romania|Rumania|Romanian;Rumanian|Bucharest|lc
ru|Russia|Russian Federation|Russian|Moscow;Kremlin|lc
su|Soviet Union|USSR;U.S.S.R.|Soviet|Moscow;Kremlin|hist
rw|Rwanda||Rwandan|Kigali|lc
kn|Saint Kitts and Nevis|St Kitts and Nevis|||
lc|Saint Lucia|St Lucia;St. Lucia|Saint Lucian||
vc|Saint Vincent and the Grenadines|||
ws|Samoa||Samoan|Apia|lc
sm|San Marino||Sammarinese||
st|Sao Tome and Principe|São Tomé and Príncipe|||
sa|Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Riyadh|lc
sn|Senegal||Senegalese|Dakar|lc
rs|Serbia||Serbian|Belgrade|lc
yu|Yugoslavia||Yugoslav||lc,hist
sc|Seychelles||Seychellois||
sl|Sierra Leone||Sierra Leonean|Freetown|
sg|Singapore||Singaporean||lc
sk|Slovakia||Slovak|Bratislava|lc
si|Slovenia||Slovenian;Slovene|Ljubljana|lc
sb|Solomon Islands||Solomon Islander|Honiara|
so|Somalia||Somali|Mogadishu|lc
za|South Africa|S. Africa;S.Africa|South African|Pretoria|lc
ss|South Sudan||South Sudanese|Juba|
es|Spain||Spanish|Madrid|lc
lk|Sri Lanka|Ceylon|Sri Lankan|Colombo|lc
sd|Sudan||Sudanese|Khartoum|lc
sr|Suriname||Surinamese|Paramaribo|lc
se|Sweden||Swedish|Stockholm|lc
ch|Switzerland|Swiss Confederation|Swiss|Bern;Berne|lc
sy|Syria||Syrian|Damascus|lc
tw|Taiwan|Republic of China;Chinese Taipei|Taiwanese|Taipei|lc
tj|Tajikistan||Tajik|Dushanbe|lc
tz|Tanzania||Tanzanian|Dodoma;Dar es Salaam|lc
th|Thailand|Siam|Thai|Bangkok|lc
tl|East Timor|Timor-Leste|Timorese|Dili|
tg|Togo||Togolese|Lome|
to|Tonga||Tongan|Nuku'alofa|
tt|Trinidad and Tobago|Trinidad|Trinidadian||
tn|Tunisia||Tunisian|Tunis|lc
tr|Turkey|Turkiye;Türkiye|Turkish|Ankara|
tm|Turkmenistan||Turkmen|Ashgabat|lc
tv|Tuvalu||Tuvaluan||lc
ug|Uganda||Ugandan|Kampala|lc
ua|Ukraine||Ukrainian|Kyiv;Kiev|lc
ae|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Abu Dhabi|lc
gb|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British|London;Downing Street;Whitehall|lc
us|United States|US;U.S.;U.S;USA;U.S.A.;United States of America;America|American|Washington|lc
uy|Uruguay||Uruguayan|Montevideo|lc
uz|Uzbekistan||Uzbek|Tashkent|lc
vu|Vanuatu||Vanuatuan|Port Vila|lc
va|Vatican|Holy See|Vatican||
ve|Venezuela||Venezuelan|Caracas|lc
vn|Vietnam|Viet Nam|Vietnamese|Hanoi|lc
ye|Yemen||Yemeni|Sanaa|lc
zm|Zambia||Zambian|Lusaka|lc
zw|Zimbabwe|Rhodesia|Zimbabwean|Harare|lc
hk|Hong Kong|Hongkong|Hong Konger||
mo|Macau|Macao|Macanese||
pr|Puerto Rico||Puerto Rican|San Juan|
gl|Greenland||Greenlandic|Nuuk|lc
gi|Gibraltar||Gibraltarian||lc
fo|Faroe Islands|Faroes;Faeroe Islands|Faroese|Torshavn;Tórshavn|lc
ky|Cayman Islands|Caymans|Caymanian||lc
bm|Bermuda||Bermudian||lc
gu|Guam||Guamanian||lc
fk|Falkland Islands|Falklands|Falkland Islander||lc
im|Isle of Man||Manx||lc
je|Jersey|Bailiwick of Jersey||St Helier;St. Helier|
gg|Guernsey|Bailiwick of Guernsey||St Peter Port;St. Peter Port|
aw|Aruba||Aruban|Oranjestad|lc
cw|Curaçao|Curacao|Curaçaoan;Curacaoan|Willemstad|lc
sx|Sint Maarten|||Philipsburg|lc
nc|New Caledonia||New Caledonian|Noumea;Nouméa|lc
pf|French Polynesia|Tahiti|French Polynesian;Tahitian|Papeete|lc
ai|Anguilla||Anguillan||lc
vg|British Virgin Islands|||Road Town|
vi|U.S. Virgin Islands|US Virgin Islands;United States Virgin Islands|||
tc|Turks and Caicos Islands|Turks and Caicos|||
ms|Montserrat||Montserratian||lc
as|American Samoa||American Samoan|Pago Pago|
mp|Northern Mariana Islands|Northern Marianas|||
re|Réunion|Reunion Island|Réunionese||
mq|Martinique||Martinican||lc
gp|Guadeloupe||Guadeloupean||lc
gf|French Guiana||French Guianese|Cayenne|
yt|Mayotte||Mahoran||lc
pm|Saint Pierre and Miquelon||||
wf|Wallis and Futuna||||
ck|Cook Islands||Cook Islander|Avarua|
nu|Niue||Niuean||lc
eh|Western Sahara||Sahrawi;Saharawi|Laayoune|
`;

/**
 * Short names two countries share, as data: `short name (lower case) -> ids`. Alone they name no
 * one; once a text has named one of them in full ("the Democratic Republic of Congo ... Congo
 * must start applying the tariff"), they are that one (actors.ts). ("Congo" was the Republic of
 * the Congo in 1980s copy, when the other was Zaire; it is most often the DRC today.)
 */
export const SHARED_SHORT_NAMES: ReadonlyMap<string, readonly string[]> = new Map([['congo', ['cd', 'cg']]]);
