/**
 * Entities (issue 3): people, organisations and places, one entity per real-world thing with all
 * its mentions in order, titles and possessives outside the spans, roles from titles and
 * appositions. Each row is a short passage a reader can check by eye.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../src/document.js';
import { createEntitiesStage } from '../../src/stages/entities.js';
import { createSegmentStage } from '../../src/stages/segment.js';

interface ExpectedEntity {
  type: EntityType;
  /** Canonical name; a RegExp where more than one spelling is acceptable. */
  name: string | RegExp;
  /** Every mention's text, in text order. */
  mentions: string[];
  /** Each pattern must match at least one of the entity's roles. */
  roles?: RegExp[];
}

interface Row {
  name: string;
  text: string;
  entities: ExpectedEntity[];
  /** Strings no mention may equal. */
  not?: string[];
  /** No entities other than the expected ones. */
  only?: boolean;
}

const P = (name: string | RegExp, mentions: string[], roles?: RegExp[]): ExpectedEntity =>
  roles ? { type: 'PERSON', name, mentions, roles } : { type: 'PERSON', name, mentions };
const O = (name: string | RegExp, mentions: string[]): ExpectedEntity => ({ type: 'ORG', name, mentions });
const L = (name: string | RegExp, mentions: string[]): ExpectedEntity => ({ type: 'PLACE', name, mentions });

const rows: Row[] = [
  {
    name: 'a Spanish or Portuguese word of position before a region is a region ("Alto Amazonas", "Alto Paraguay"), not an agency named after a place',
    text: 'Farmers in Alto Amazonas protested on Monday. Officials in Alto Paraguay agreed.',
    entities: [L('Alto Amazonas', ['Alto Amazonas']), L('Alto Paraguay', ['Alto Paraguay'])],
    only: true,
  },
  {
    name: 'a name after "in" shortly after a word of publishing is a journal ("published Monday in The Lancet"); a town after "a study in" stays a place',
    text: 'The results were published Monday in The Lancet. A second paper, in Nature Medicine, agreed. A study in Tamale found the same.',
    entities: [O('The Lancet', ['The Lancet']), O('Nature Medicine', ['Nature Medicine']), L('Tamale', ['Tamale'])],
    only: true,
  },
  {
    name: 'a two-syllable given name with its second syllable in lower case, before the surname ("Min-jun Seo"); a prefix before a hyphen is no given name ("Ex-pro")',
    text: 'The trial heard from Min-jun Seo, who kept the books. Seo said he was told to lie. The club hired an Ex-pro Tim Ode as coach.',
    entities: [P('Min-jun Seo', ['Min-jun Seo', 'Seo'])],
    not: ['Ex-pro Tim Ode'],
  },
  {
    name: 'a title with "-in-Chief" is no place; a people\'s adjective before "-backed" is no person; "Ciudad" opens a place name',
    text: 'The delegation was led by the Engineer-in-Chief, Dr. Omar Vell. A Chinese-backed group bid. An Obama-appointed judge ruled.\n\nCiudad del Tano, about 30 km east of the capital, voted.',
    entities: [P('Omar Vell', ['Omar Vell']), P('Obama', ['Obama']), L('Ciudad del Tano', ['Ciudad del Tano'])],
    not: ['-in-Chief', 'Engineer-in-Chief', 'Chinese'],
  },
  {
    name: 'a Japanese prefecture written "Pref." is a place',
    text: 'MAEBASHI, Gunma Pref. — Hospitals turned away ambulances.',
    entities: [L('MAEBASHI', ['MAEBASHI']), L('Gunma Pref', ['Gunma Pref'])],
  },
  {
    name: 'the surname of "Lionel Heng Kok Wah" is "Heng" (a Western given name before a Chinese name); a first name given with a description holding a comma',
    text: 'Lionel Heng Kok Wah, 43, forged signatures. The prosecutor argued that Heng had abused his position. Jenna, a nurse in Columbus, Ohio, who asked that only her first name be used, said so.',
    entities: [P('Lionel Heng Kok Wah', ['Lionel Heng Kok Wah', 'Heng']), P('Jenna', ['Jenna']), L('Columbus', ['Columbus']), L('Ohio', ['Ohio'])],
  },
  {
    name: 'a country of two words owning an organisation; a name with its own-language acronym ("Social Democrats (SPD)"); "G.O. Ms. No. 24" names no one',
    text: 'South Africa\'s Department of Mineral Resources did not respond. Henrike Baumgart, of the center-left Social Democrats (SPD), opened the debate. The court stayed G.O. Ms. No. 24.',
    entities: [L('South Africa', ['South Africa']), O('Department of Mineral Resources', ['Department of Mineral Resources']), P('Henrike Baumgart', ['Henrike Baumgart']), O('Social Democrats', ['Social Democrats', 'SPD'])],
    not: ['No.', 'No'],
  },
  {
    name: 'a two-word title before a name ("Council Member Ana Porrata"); "X Motor" is a company; "shares in X" a company; "X province" a place',
    text: 'Council Member Ana Porrata said the city had failed. Tamazaki Motor delayed its plant. Shares in Brevald fell. Villagers in Nosrat province fled.',
    entities: [P('Ana Porrata', ['Ana Porrata'], [/Council Member/]), O('Tamazaki Motor', ['Tamazaki Motor']), O('Brevald', ['Brevald']), L('Nosrat', ['Nosrat'])],
  },
  {
    name: 'owned or listed before a name makes it a company ("state-owned Petrova", "privately held Brannock")',
    text: 'The field is 15% owned by state-owned Petrova and 30% by privately held Brannock.',
    entities: [O('Petrova', ['Petrova']), O('Brannock', ['Brannock'])],
  },
  {
    name: 'a resource site and a place\'s relative clause make a place ("its Varnholm oil field", "Varnholm, which lies …")',
    text: 'Osterby shut its Varnholm oil field. Varnholm, which lies about 140 km west of Bergen, began producing in 2008.',
    entities: [L('Varnholm', ['Varnholm', 'Varnholm']), L('Bergen', ['Bergen'])],
  },
  {
    name: 'an unknown name listed with places after a place preposition is a place ("in Fort Worth, Midland and Odessa")',
    text: 'The company runs trucks out of terminals in Fort Worth, Midland and Odessa.',
    entities: [L('Fort Worth', ['Fort Worth']), L('Midland', ['Midland']), L('Odessa', ['Odessa'])],
  },
  {
    name: 'an area noun after a place preposition ("in Kolvad district"); shoals and seafood companies',
    text: 'Farmers in Kolvad district waited. The plan would close the Tarrant Shoals; buyers such as Marrow Bay Seafoods objected.',
    entities: [L('Kolvad', ['Kolvad']), L('Tarrant Shoals', ['Tarrant Shoals']), O('Marrow Bay Seafoods', ['Marrow Bay Seafoods'])],
  },
  {
    name: 'a region\'s word before party members is no name ("Southern Republicans"); a name with a party tag is a legislator',
    text: 'A bloc of Southern Republicans told Haverkamp (R-Neb.) they could not support it. Southern members had not signed off.',
    entities: [P('Haverkamp', ['Haverkamp'])],
    not: ['Southern', 'Southern Republicans'],
  },
  {
    name: 'a two-word name whose first word alone is a company ("Vessbyn\'s chief operating officer") is the company, not a person',
    text: 'Vessbyn Energi has shut its field, the company said. "We found the leak," Ana Berg, Vessbyn\'s chief operating officer, said.',
    entities: [O('Vessbyn Energi', ['Vessbyn Energi', 'Vessbyn']), P('Ana Berg', ['Ana Berg'])],
  },
  {
    name: 'a role after a party tag in parentheses is the person\'s ("Rep. Ola Brandt (D-Ore.), the committee’s ranking member")',
    text: 'Rep. Ola Brandt (D-Ore.), the committee’s ranking member, said the cap was fair.',
    entities: [P('Ola Brandt', ['Ola Brandt'], [/ranking member/])],
  },
  {
    name: 'national parliaments known by their own names are organisations ("the Bundestag", "the Knesset")',
    text: 'Its fate in the Bundestag is far from certain, and the Knesset votes next week.',
    entities: [O('Bundestag', ['Bundestag']), O('Knesset', ['Knesset'])],
    only: true,
  },
  {
    name: 'British "St" opens a place ("in St Catherine"); a caucus, an auction and Paris stations by their heads; CCTV is no organisation',
    text: 'Farmers in Clarendon and St Catherine lost crops. The House Freedom Caucus blocked the bill. Cattle were sold at the Rio Verde Livestock Auction. Trains left the Gare Saint-Lazare. CCTV showed the men.',
    entities: [L('Clarendon', ['Clarendon']), L('St Catherine', ['St Catherine']), O('House Freedom Caucus', ['House Freedom Caucus']), O('Rio Verde Livestock Auction', ['Rio Verde Livestock Auction']), L('Gare Saint-Lazare', ['Gare Saint-Lazare'])],
    only: true,
  },
  {
    name: 'a person title without an article before "of" in an apposition ("director of services"); a state with a plural nickname is a team, not "the Kansas Constitution"; councillors\' titles ("Cllr", "Coun")',
    text: 'Niall Barrow, director of services for housing at Roscommon County Council, said so. The Oregon Rainmakers beat the San Antonio Marshals. The Kansas Constitution protects it. Cllr Janet Oduya agreed with Coun Tim Rusk.',
    entities: [P('Niall Barrow', ['Niall Barrow']), O('Roscommon County Council', ['Roscommon County Council']), O('Oregon Rainmakers', ['Oregon Rainmakers']), O('San Antonio Marshals', ['San Antonio Marshals']), P('Janet Oduya', ['Janet Oduya']), P('Tim Rusk', ['Tim Rusk'])],
    not: ['Kansas Constitution', 'Cllr Janet Oduya', 'Coun Tim Rusk'],
  },
  {
    name: 'Hong Kong districts are places; GPs, TDs, an MRI and an ACL are no organisations; a name before a verb after "company" is that clause\'s subject',
    text: 'Jason Leung Ka-ho was convicted at the District Court in Wan Chai. A firm in Tsim Sha Tsui sold the units. Referrals from GPs were delayed, opposition TDs said, and an MRI showed an ACL tear. The money went to Kinwell Holdings, a shell company Leung controlled.',
    entities: [P('Jason Leung Ka-ho', ['Jason Leung Ka-ho', 'Leung']), O('District Court', ['District Court']), L('Wan Chai', ['Wan Chai']), L('Tsim Sha Tsui', ['Tsim Sha Tsui']), O('Kinwell Holdings', ['Kinwell Holdings'])],
    only: true,
  },
  {
    name: 'a name its acronym spells, a word giving up to three letters ("Economic Community of West African States (ECOWAS)"); an elided particle in a hyphenated place ("Val-d\'Or"); two hyphenated regions before "regions"',
    text: 'Envoys of the Economic Community of West African States (ECOWAS) met in Lomé. Evacuees were taken to Val-d\'Or, and fires burned across the Abitibi-Témiscamingue and Nord-du-Québec regions.',
    entities: [O('Economic Community of West African States', ['Economic Community of West African States', 'ECOWAS']), L('Lomé', ['Lomé']), L("Val-d'Or", ["Val-d'Or"]), L('Abitibi-Témiscamingue', ['Abitibi-Témiscamingue']), L('Nord-du-Québec', ['Nord-du-Québec'])],
    only: true,
  },
  {
    name: 'a council named in lower case after its place ("Westmoor county council"); a head and its number ("Channel 9"); "in nearby" before a town named like a person; "the capital, X." closing a sentence',
    text: 'Westmoor county council did not respond. A statement emailed to Channel 9 said so. She may look at schools in nearby Carmel. Fighting broke out in the capital, Dravonne.',
    entities: [O('Westmoor county council', ['Westmoor county council']), O('Channel 9', ['Channel 9']), L('Carmel', ['Carmel']), L('Dravonne', ['Dravonne'])],
    only: true,
  },
  {
    name: 'care companies, asset managers and lithium miners by their heads; a union by its possessed role ("Unity\'s national officer"); "The Department of … and …" at a sentence\'s start stays one',
    text: 'Homes run by Ashcombe Care were short-staffed, said Rita Mole, head of research at Pellworth Asset Management. Tarrow Lithium denied it. Jo Pike, Unity’s national officer for health, agreed. The Department of Health and Social Care said nothing.',
    entities: [O('Ashcombe Care', ['Ashcombe Care']), P('Rita Mole', ['Rita Mole'], [/head of research at Pellworth Asset Management/]), O('Pellworth Asset Management', ['Pellworth Asset Management']), O('Tarrow Lithium', ['Tarrow Lithium']), P('Jo Pike', ['Jo Pike']), O('Unity', ['Unity']), O('Department of Health and Social Care', ['Department of Health and Social Care'])],
    only: true,
  },
  {
    name: 'a first name with "the 23-year-old …" after it is a person',
    text: 'Salome, the 23-year-old daughter of a detained minister, said the family had one call.',
    entities: [P('Salome', ['Salome'])],
    only: true,
  },
  {
    name: 'a title before "and" makes the first part a person ("Fisheries Minister Mamadou Thiaw and European Union officials"); not a name opening with a title word ("Justice and Development Alliance")',
    text: 'The protocol was signed by Fisheries Minister Mamadou Lamine Thiaw and European Union officials. The Justice and Development Alliance won 40 seats.',
    entities: [P('Mamadou Lamine Thiaw', ['Mamadou Lamine Thiaw']), O('European Union', ['European Union']), O('Justice and Development Alliance', ['Justice and Development Alliance'])],
    only: true,
  },
  {
    name: 'a German company word heads an organisation ("Kesselring Logistik"); two known places joined by a hyphen stay two',
    text: 'Kesselring Logistik said it would sell. Kesselring did not respond. Austria-Hungary fell.',
    entities: [O('Kesselring Logistik', ['Kesselring Logistik', 'Kesselring']), L('Austria', ['Austria']), L('Hungary', ['Hungary'])],
    only: true,
  },
  {
    name: 'a capitalised head after "the" mid-sentence is an organisation ("the Legislature"); an apposition with a plural possessive ("a riders’ collective"); a role whose name wink tags as a verb',
    text: 'We are still waiting on the Legislature to pay. The strike was called by Pedal Común, a riders’ collective that says it represents 4,000 couriers. Luis Arredondo, superintendent of Calloway Springs ISD, said so.',
    entities: [O('Legislature', ['Legislature']), O('Pedal Común', ['Pedal Común']), P('Luis Arredondo', ['Luis Arredondo'], [/superintendent of Calloway Springs ISD/])],
  },
  {
    name: 'a dateline with its agency in parentheses ("HOUSTON (AP) —") is a place; a company with and without its legal form is one, and its first word alone is it',
    text: 'HOUSTON (AP) — Prithvi Credit Ltd lent the money. Prithvi Credit did not respond, and Prithvi later sold the loans. He pleaded not guilty in federal court in Houston.',
    entities: [L('HOUSTON', ['HOUSTON', 'Houston']), O('AP', ['AP']), O(/^Prithvi Credit/, ['Prithvi Credit Ltd', 'Prithvi Credit', 'Prithvi'])],
    only: true,
  },
  {
    name: 'a given name of two syllables joined by a hyphen, the second in lower case, is part of the name ("Ahn Jae-min", "Chan Tai-man"); not a compound ("Mao-era")',
    text: 'Ahn Jae-min, a spokesperson for the federation, said so. Secretary for Housing Chan Tai-man said no.',
    entities: [P('Ahn Jae-min', ['Ahn Jae-min']), P('Chan Tai-man', ['Chan Tai-man'])],
    only: true,
  },
  {
    name: 'an everyday word capitalised after an ordinal names no one ("the second Test")',
    text: 'South Africa were 287 for 6 on the second day of the second Test, and Kettering reached his 11th Test hundred.',
    entities: [L('South Africa', ['South Africa'])],
    not: ['Test'],
  },
  {
    name: 'a company by its spokesperson before a name; "Municipality" heads an organisation; Irish particles in names; letters after a name; "Co" before a county',
    text: 'Eskom spokesperson Lerato Sebogodi said supply to the Khanyisa Metropolitan Municipality would be cut. “Nobody at Eskom wants this,” she said. Minister of State for Housing Pádraig Ó Ceallaigh disagreed, and Clodagh Ní Riada TD said a landlord in Castlerea, Co Roscommon, had waited a year.',
    entities: [O('Eskom', ['Eskom', 'Eskom']), P('Lerato Sebogodi', ['Lerato Sebogodi']), O('Khanyisa Metropolitan Municipality', ['Khanyisa Metropolitan Municipality']), P('Pádraig Ó Ceallaigh', ['Pádraig Ó Ceallaigh']), P('Clodagh Ní Riada', ['Clodagh Ní Riada']), L('Castlerea', ['Castlerea']), L('Roscommon', ['Roscommon'])],
    only: true,
  },
  {
    name: 'a nickname in quotation marks inside a name',
    text: 'Senator Miguel "Migs" Ilagan said he would summon officials. Ilagan chairs the committee.',
    entities: [P(/Miguel "Migs" Ilagan/, ['Miguel "Migs" Ilagan', 'Ilagan'])],
    only: true,
  },
  {
    name: 'an agency named by a word and a two-word country, and the same with the country abbreviated; a company by its possessed role',
    text: 'The figures were published by Health New Zealand on Monday. According to Health NZ data, 1312 patients waited. Laurent Vasseur, Airbus’s senior vice president for sales, said Airbus had delivered 61 jets.',
    entities: [O('Health New Zealand', ['Health New Zealand', 'Health NZ']), P('Laurent Vasseur', ['Laurent Vasseur']), O('Airbus', ['Airbus', 'Airbus'])],
    only: true,
  },
  {
    name: 'a capitalised dateline closed by a colon is a place; "Corporator" and "Councillor" are titles; a term spelled by lower-case words is no organisation',
    text: 'NAGPUR: Corporator Meena Patil said the rollout of 900 compressed natural gas (CNG) buses would begin in June. CNG is cheaper, Councillor Arun Rao said.',
    entities: [L('NAGPUR', ['NAGPUR']), P('Meena Patil', ['Meena Patil']), P('Arun Rao', ['Arun Rao'])],
    only: true,
  },
  {
    name: 'an organisation head before "for" opens a name ("Union for Progress"); a spokesman for a person named before is that person',
    text: 'Mayor Ana Petrova of the governing Union for Progress lost the recount. A senior Union for Progress official said little. A spokesman for Petrova declined to comment.',
    entities: [P('Ana Petrova', ['Ana Petrova', 'Petrova']), O('Union for Progress', ['Union for Progress', 'Union for Progress'])],
  },
  {
    name: '"in" and a place belong to a name when its acronym spells them',
    text: 'The Organization for Security and Co-operation in Europe (OSCE) sent observers. The OSCE said the count was orderly.',
    entities: [O('Organization for Security and Co-operation in Europe', ['Organization for Security and Co-operation in Europe', 'OSCE', 'OSCE'])],
    only: true,
  },
  {
    name: 'a name no list knows before "union"; a company in apposition with "with"; "Terminals" heads a company',
    text: 'The strike was called by the Kraanbond union. Velora Line, a Hamburg-based carrier with five ships in the queue, declined to comment. Kadewerf Container Terminals said talks would resume. Kadewerf was formed in 2011.',
    entities: [O('Kraanbond', ['Kraanbond']), O('Velora Line', ['Velora Line']), L('Hamburg', ['Hamburg']), O('Kadewerf Container Terminals', ['Kadewerf Container Terminals', 'Kadewerf'])],
    only: true,
  },
  {
    name: 'a compass word and a nationality are no name ("a South Korean refiner"); a sport\'s national body ("Welsh Rugby")',
    text: 'The South Korean refiner Daemyung Energy signed the deal. Welsh Rugby did not respond.',
    entities: [O('Daemyung Energy', ['Daemyung Energy']), O('Welsh Rugby', ['Welsh Rugby'])],
    not: ['South Korean'],
  },
  {
    name: '"City of X" is the municipality; the Dáil; megawatts and the GDPR are no names',
    text: 'The City of Durban said it would help after the grid lost 4,000 MW. The Dáil debated the GDPR on Tuesday.',
    entities: [O('City of Durban', ['City of Durban']), O(/Dáil/, ['Dáil'])],
    not: ['MW', 'GDPR'],
  },
  {
    name: 'an Indonesian company\'s "PT", "Metals" and "Sports" heads; Indonesia\'s islands and provinces; a senator before "(R-Kan.)"',
    text: 'The smelter is run by PT Tanjung Besi Makmur, a venture of Hailong Dongsheng Metals, in South Sulawesi. Her agency, Lakeview Sports, did not respond. Sen. Dale Whitford (R-Kan.), the ranking Republican, objected.',
    entities: [O('PT Tanjung Besi Makmur', ['PT Tanjung Besi Makmur']), O('Hailong Dongsheng Metals', ['Hailong Dongsheng Metals']), L('South Sulawesi', ['South Sulawesi']), O('Lakeview Sports', ['Lakeview Sports']), P('Dale Whitford', ['Dale Whitford'])],
  },
  {
    name: 'a court named after a hyphenated town is the court; a party\'s name that opens with a party word ("Liberal Democrats"); a payments business; a vaccine\'s acronym is no name',
    text: 'He was jailed at Stoke-on-Trent Crown Court on Monday. The Liberal Democrats called for an inquiry into Varrow Payments. The MMR vaccine is safe.',
    entities: [O('Stoke-on-Trent Crown Court', ['Stoke-on-Trent Crown Court']), O('Liberal Democrats', ['Liberal Democrats']), O('Varrow Payments', ['Varrow Payments'])],
    not: ['MMR', 'Democrats'],
  },
  {
    name: 'a club goes by the last word of its name once named ("Albion", "United")',
    text: 'Harwick Albion lost 2-1 to Dunmere United on Saturday. Albion dominated for long spells, but United scored twice.\n\nFormer Albion defender Danny Moss said the squad was thin.',
    entities: [O('Harwick Albion', ['Harwick Albion', 'Albion']), O('Dunmere United', ['Dunmere United', 'United'])],
  },
  {
    name: 'a currency\'s prefix is no name ("HK$", "US$"); an initial without its full stop before a name ("K Veeran"), but not a position before a first name ("G Nico Baptiste")',
    text: 'The developer owes HK$26.5 billion (US$3.4 billion). Chief minister-designate K Veeran thanked voters, and Veeran said the mandate was clear. The team was without G Nico Baptiste.',
    entities: [P('K Veeran', ['K Veeran', 'Veeran']), P('Nico Baptiste', ['Nico Baptiste'])],
    not: ['HK', 'US', 'G Nico Baptiste'],
  },
  {
    name: 'a utility named "Hydro"; "First Nation" after a place is a kind of community, after its own name an organisation; a titled person, "and", then a body',
    text: 'A northern Saskatchewan First Nation will own a third. Tolmie Creek First Nation signed with Premier Dana Ferris and Saskatchewan Hydro on Monday.',
    entities: [L('Saskatchewan', ['Saskatchewan']), O('Tolmie Creek First Nation', ['Tolmie Creek First Nation']), P('Dana Ferris', ['Dana Ferris']), O('Saskatchewan Hydro', ['Saskatchewan Hydro'])],
    not: ['Saskatchewan First Nation', 'First Nation'],
  },
  {
    name: 'Japanese prefectures and New York\'s boroughs are places',
    text: 'The plant lies between Hyogo and Shimane. The ring sold pills in the Bronx and Queens.',
    entities: [L('Hyogo', ['Hyogo']), L('Shimane', ['Shimane']), L('Bronx', ['Bronx']), L('Queens', ['Queens'])],
  },
  {
    name: 'a team named by its city and nickname: the city alone is the team as a subject, after "with"/"for"/"beat", after "to" in a trade or as what a trade sends to, and before "\'s games" or a score; not "the mayor of" the city or "in" it',
    text: 'The Boston Harriers have acquired Mika Strand from the Denver Comets. Boston will send two picks to Denver, sources said. The Comets will swap picks with Boston in 2030. Strand started all 46 of Boston\'s games. The mayor of Boston was pleased. Fans in Boston cheered. Boston will send Denver a first-round pick. Strand scored 41 in Denver\'s 118-109 win.',
    entities: [
      O('Boston Harriers', ['Boston Harriers', 'Boston', 'Boston', 'Boston', 'Boston']),
      O('Denver Comets', ['Denver Comets', 'Denver', 'Comets', 'Denver', 'Denver']),
      L('Boston', ['Boston', 'Boston']),
    ],
  },
  {
    name: 'a title word after "of" is what a court deals with, not a title',
    text: 'The ruling was appealed to the Regional Court of Justice on Monday.',
    entities: [O('Regional Court of Justice', ['Regional Court of Justice'])],
  },
  {
    name: 'a word describing a company before its name opens the sentence ("Carmaker X"), unless it is a person\'s job',
    text: 'Carmaker Valtrosa, which builds vans, declined to comment. Producer Leona Marsh left the project in May.',
    entities: [O('Valtrosa', ['Valtrosa']), P('Leona Marsh', ['Leona Marsh'])],
    not: ['Carmaker Valtrosa'],
  },
  {
    name: 'a town of two words is no team ("Market Harborough"); an English county is a place',
    text: 'Mira, 41, from Market Harborough in Leicestershire, said she had waited a year.',
    entities: [L('Market Harborough', ['Market Harborough']), L('Leicestershire', ['Leicestershire'])],
  },
  {
    name: 'a nationality before a noun is no organisation, after a role or as a word of a body\'s name',
    text: 'A spokesperson for the Norwegian data watchdog said it would look at the deal. The Kenyan Water Agency said it would help, according to a Kenyan charity that runs wells.',
    entities: [O('Kenyan Water Agency', ['Kenyan Water Agency'])],
    not: ['Norwegian', 'Kenyan'],
  },
  {
    name: 'a name after a river and a comma is a person when an age follows, not a town',
    text: 'Near the Dorrin River, Amina, a 29-year-old nurse, said the water had gone.',
    entities: [P('Amina', ['Amina']), L('Dorrin River', ['Dorrin River'])],
  },
  {
    name: 'a region named by compass words alone ("the North East")',
    text: 'Waiting lists in the North East grew fastest, the figures showed.',
    entities: [L('North East', ['North East'])],
  },
  {
    name: 'a pair after a lower-case title is a person, though its last word is an everyday word',
    text: 'The bid was led by Orlaith’s chair Maren Brink, people familiar with the talks said.',
    entities: [P('Maren Brink', ['Maren Brink'])],
  },
  {
    name: 'a letter joined by a hyphen stays in the name ("R-VII")',
    text: 'The Cedar Hollow R-VII School District board met on Monday.',
    entities: [O('Cedar Hollow R-VII School District', ['Cedar Hollow R-VII School District'])],
    not: ['VII School District'],
  },
  {
    name: 'an acronym in mixed case in parentheses whose capitals are the initials ("TaFRA")',
    text: 'The Tarvi Flood Response Agency (TaFRA) said on Monday it would help. TaFRA asked donors for funds.',
    entities: [O('Tarvi Flood Response Agency', ['Tarvi Flood Response Agency', 'TaFRA', 'TaFRA'])],
  },
  {
    name: 'a town written without its accents ("Jundiai" for Jundiaí)',
    text: 'The plant in Jundiai employs 300 people.',
    entities: [L('Jundiai', ['Jundiai'])],
  },
  {
    name: 'a pair another mention types a place is that place, not a person',
    text: 'Cattle come from ranches in the Serra Alta and Vale Fundo regions. The firm is based in the Vale Fundo capital, officials said.',
    entities: [L('Vale Fundo', ['Vale Fundo', 'Vale Fundo'])],
  },
  {
    name: 'appositions that make a name an organisation: "a company based in" (even after a first name), "the seed alliance", "a Double-A team"',
    text: 'Orla Brightwater, a company based in Cork, makes the valves. Veyra, the seed alliance, which funds growers, declined to comment. The Harbor Owls, a Double-A team in the Eastern League, have played there since 1990.',
    entities: [O('Orla Brightwater', ['Orla Brightwater']), O('Veyra', ['Veyra']), O('Harbor Owls', ['Harbor Owls'])],
  },
  {
    name: 'a name in apposition to a role, before "of" and a firm, is a person',
    text: 'Her agent, Dario Finch of Northstar Talent Group, declined to comment.',
    entities: [P('Dario Finch', ['Dario Finch']), O('Northstar Talent Group', ['Northstar Talent Group'])],
  },
  {
    name: 'a tower is a place; a confidence interval is no organisation',
    text: 'Crowds gathered at the Varnholm Tower on Sunday. Efficacy was 71% (95% CI 58% to 80%).',
    entities: [L('Varnholm Tower', ['Varnholm Tower'])],
    not: ['CI'],
  },
  {
    name: 'a group\'s chosen name after "calls itself"; "Networks" ends a company\'s name',
    text: 'The group, which calls itself Nightcrow, posted the files. Nightcrow has been busy. The device is made by Torvane Networks.',
    entities: [O('Nightcrow', ['Nightcrow', 'Nightcrow']), O('Torvane Networks', ['Torvane Networks'])],
  },
  {
    name: 'an acronym written as a word in parentheses, whose letters are the initials of the name before it',
    text: 'The Energy and Petroleum Regulatory Authority (Epra) raised prices. Epra said more rises were likely.',
    entities: [O('Energy and Petroleum Regulatory Authority', ['Energy and Petroleum Regulatory Authority', 'Epra', 'Epra'])],
  },
  {
    name: 'a bare town that also begins a school\'s name is the town when one of its mentions says so ("Harlow Creek, a town of about 2,100 people")',
    text: 'The tornado touched down southwest of Harlow Creek. A shelter opened at Harlow Creek High School. Most victims lived on the edge of Harlow Creek, a town of about 2,100 people.',
    entities: [L('Harlow Creek', ['Harlow Creek', 'Harlow Creek']), O('Harlow Creek High School', ['Harlow Creek High School'])],
  },
  {
    name: 'a person\'s role in apposition makes an unknown name a person; "X-based" makes X a place; a person "in" a place after "and" is no place',
    text: 'In Singapore, Lim Wei Ting, an energy analyst at Straits Harbour Securities, said so. The Düsseldorf-based bank agreed.\n(Reporting by Tomas Ellery in London and Chen Yuming in Singapore)',
    entities: [L('Singapore', ['Singapore', 'Singapore']), P('Lim Wei Ting', ['Lim Wei Ting']), O('Straits Harbour Securities', ['Straits Harbour Securities']), L('Düsseldorf', ['Düsseldorf']), P('Tomas Ellery', ['Tomas Ellery']), L('London', ['London']), P('Chen Yuming', ['Chen Yuming'])],
  },
  {
    name: 'an apposition with a possessive place for its article ("BaFin, Germany\'s financial regulator,") makes an organisation',
    text: 'BaFin, Germany’s financial regulator, ordered an audit. BaFin declined to comment.',
    entities: [O('BaFin', ['BaFin', 'BaFin']), L('Germany', ['Germany'])],
  },
  {
    name: 'a lone capitalised plural after "the" mid-sentence names a team or party; a known range or a demonym does not',
    text: 'A loss dropped the Wildcats to 3-5. He skied in the Alps. Fans of the Belgians cheered.',
    entities: [O('Wildcats', ['Wildcats']), L('Alps', ['Alps'])],
    not: ['Belgians'],
  },
  {
    name: 'an Australian state by its abbreviation; "Equities" and "Biopharma" end a company\'s name; a time zone is no place; a Canadian province abbreviated after its town',
    text: 'Fires burned across NSW. Analysts at Crestmoor Institutional Equities and Jinhai Biopharma agreed. Shares closed at 3:30 pm IST. They met in Kelowna, B.C., on Monday.',
    entities: [L(/New South Wales|NSW/, ['NSW']), O('Crestmoor Institutional Equities', ['Crestmoor Institutional Equities']), O('Jinhai Biopharma', ['Jinhai Biopharma']), L('Kelowna', ['Kelowna']), L(/B\.C\./, ['B.C.'])],
    not: ['IST'],
  },
  {
    name: 'the firm after a plural like "solicitors"; the organisation after a role noun several words before "at" or ending in -ologist; "Prof" without its full stop is a title',
    text: 'Her solicitors, Brannock Tyrell, declined to comment. “It fell,” said Hattie Lund, head of commodities research at Corbel Vane in London. Prof Idris Mallory, a glaciologist at Nordlig Institute, agreed.',
    entities: [O('Brannock Tyrell', ['Brannock Tyrell']), P('Hattie Lund', ['Hattie Lund']), O('Corbel Vane', ['Corbel Vane']), L('London', ['London']), P('Idris Mallory', ['Idris Mallory']), O('Nordlig Institute', ['Nordlig Institute'])],
  },
  {
    name: 'an ampersand joins a firm\'s name at the start of a sentence; a club\'s prefix; an embassy; a credit line in parentheses is no headline',
    text: 'Farrow & Pike said prices would rise. The forward, a signing from Académico Valverde, scored twice. The Chilean Embassy did not respond.\n(Reporting by Tomas Ellery; Editing by Daniel Askew)',
    entities: [O('Farrow & Pike', ['Farrow & Pike']), O('Académico Valverde', ['Académico Valverde']), O('Chilean Embassy', ['Chilean Embassy']), P('Tomas Ellery', ['Tomas Ellery']), P('Daniel Askew', ['Daniel Askew'])],
  },
  {
    name: 'a chamber opening a title or before a party\'s members; a titled person\'s possessive ends the name; a known body\'s possessive before its office',
    text: 'Senate Majority Leader Gerald Hartline said no. He said House Democrats were wrong. Support for Prime Minister Kenjiro Asakawa\'s government fell. The UN\'s Office for the Coordination of Humanitarian Affairs (OCHA) said so.',
    entities: [O('Senate', ['Senate']), P('Gerald Hartline', ['Gerald Hartline']), O(/House/, ['House']), P('Kenjiro Asakawa', ['Kenjiro Asakawa']), O(/^(UN|United Nations)$/, ['UN']), O('Office for the Coordination of Humanitarian Affairs', ['Office for the Coordination of Humanitarian Affairs', 'OCHA'])],
  },
  {
    name: 'Congo by its several names is one country',
    text: 'Thousands fled attacks in northeastern Democratic Republic of Congo. The appeal for DR Congo is underfunded. Fighting in Congo continued.',
    entities: [L(/Congo/, ['Democratic Republic of Congo', 'DR Congo', 'Congo'])],
  },
  {
    name: 'a Spanish name\'s paternal surname (the second to last word) names the person later; a first name with an age is a person though a town has that name',
    text: 'Luis Alberto Ferrán Ocampo, who leads the union, spoke first. Ferrán said the talks had failed. “We slept outside,” said Ngozi, 29, a mother of three.',
    entities: [P('Luis Alberto Ferrán Ocampo', ['Luis Alberto Ferrán Ocampo', 'Ferrán']), P('Ngozi', ['Ngozi'])],
  },
  {
    name: 'a news agency in parentheses after a dateline is an organisation, and so is its later mention',
    text: 'HARROWFIELD, Manitoba (Coastwire) — Crews were sent north. Most of the analysts polled by Coastwire expected it.',
    entities: [O('Coastwire', ['Coastwire', 'Coastwire'])],
  },
  {
    name: 'Romance organisation names open with their head word; an unknown word after "a spokesman for the" is an organisation',
    text: 'Thieves broke into the Museo Civico di Palazzo Fenzi. The insurer, Società Garanzia Arte, declined to comment. A spokesman for the Gendarmeria said the squad was searching. A spokeswoman for Agriculture Minister Ruth Dale said nothing.',
    entities: [O('Museo Civico di Palazzo Fenzi', ['Museo Civico di Palazzo Fenzi']), O('Società Garanzia Arte', ['Società Garanzia Arte']), O('Gendarmeria', ['Gendarmeria'])],
    not: ['Agriculture'],
  },
  {
    name: 'a numbered road; a town named in an apposition; a known town after "in" is the town, not the organisation named after it',
    text: 'Ada Moss, an officer with the Kamloops Fire Centre, said traffic backed up along Highway 5. Evacuees gathered in Kamloops. In Victoria, the provincial capital, the premier spoke.',
    entities: [O('Kamloops Fire Centre', ['Kamloops Fire Centre']), L('Highway 5', ['Highway 5']), L('Kamloops', ['Kamloops']), L('Victoria', ['Victoria'])],
  },
  {
    name: 'a place after "the regional government of" or "the mayor of"; the second of two places after "in"',
    text: 'The work was paid for by the regional government of Calvora. The mayor of Brendisi objected. Shelters are open in Kamloops and Copper Arm.',
    entities: [L('Calvora', ['Calvora']), L('Brendisi', ['Brendisi']), L('Kamloops', ['Kamloops']), L('Copper Arm', ['Copper Arm'])],
  },
  {
    name: '"the Commission" after "the European Commission"; "MPs" is no name and ends "Labour MPs"; a member\'s seat with a hyphenated name',
    text: 'The European Commission fined the firm. Lawyers said the Commission was also examining it. The Prime Minister told MPs the plan was sound. More than 60 Labour MPs signed. Kieran Maddox, the Labour MP for Stoke-on-Trent Central, voted against.',
    entities: [O('European Commission', ['European Commission', 'Commission']), O('Labour', ['Labour', 'Labour']), L('Stoke-on-Trent Central', ['Stoke-on-Trent Central']), P('Kieran Maddox', ['Kieran Maddox'])],
    not: ['MPs', 'Labour MPs', 'Trent Central'],
  },
  {
    name: 'an organisation\'s head word as a modifier mid-sentence; a demonym after "telling" is no outlet, a paper after "by the" is',
    text: 'The European Commission fined the firm for telling European users nothing. A Commission spokesperson defended it. Emails obtained by the Ledger show more.',
    entities: [O('European Commission', ['European Commission', 'Commission']), O('Ledger', ['Ledger'])],
    not: ['European'],
  },
  {
    name: 'Spanish organisation names opening a sentence, with a capitalised article inside',
    text: 'Minera La Ventisca said output fell. Banco de la Nación said it would lend.',
    entities: [O('Minera La Ventisca', ['Minera La Ventisca']), O('Banco de la Nación', ['Banco de la Nación'])],
    not: ['Ventisca', 'La Ventisca'],
  },
  {
    name: 'a city and a plural nickname no name list knows is a team, even after "St."; two dateline cities joined by a slash',
    text: 'HARLOW/ABUJA, March 10 (Coastwire) - The Pittsburgh Ironmen beat the St. Louis Archers and the Omaha Plainsmen. Paris Hilton watched. Officials in Abuja said so. A trader who gave her name only as Blessing agreed.',
    entities: [O('Pittsburgh Ironmen', ['Pittsburgh Ironmen']), O('St. Louis Archers', ['St. Louis Archers']), O('Omaha Plainsmen', ['Omaha Plainsmen']), P('Paris Hilton', ['Paris Hilton']), L('ABUJA', ['ABUJA', 'Abuja']), P('Blessing', ['Blessing'])],
  },
  {
    name: 'a known place of two words opening a sentence keeps both words',
    text: 'South Korea’s central bank cut rates. North Carolina officials said so.',
    entities: [L('South Korea', ['South Korea']), L('North Carolina', ['North Carolina'])],
    not: ['Korea', 'Carolina'],
  },
  {
    name: 'a name followed by the acronym of its words is an organisation (a given name first keeps it a person)',
    text: 'The ruling Nava Karnataka Paksha (NKP) won 112 seats. The NKP lost two. Jane Roe (JR) spoke.',
    entities: [O('Nava Karnataka Paksha', ['Nava Karnataka Paksha', 'NKP', 'NKP']), P('Jane Roe', ['Jane Roe', 'JR'])],
  },
  {
    name: 'Arabic place-name prefixes; an adjective before the place noun ("the besieged city of")',
    text: 'A convoy reached the besieged city of Qarat Nuwal at dawn. Trucks crossed Wadi Sirr near Mersa Kalat, then Dar Tayba.',
    entities: [L('Qarat Nuwal', ['Qarat Nuwal']), L('Wadi Sirr', ['Wadi Sirr']), L('Mersa Kalat', ['Mersa Kalat']), L('Dar Tayba', ['Dar Tayba'])],
  },
  {
    name: 'a German compound ending in an organisation\'s head word; Germany\'s states',
    text: 'Brandau Automobilwerke said it would cut jobs. Jane Westbank spoke. The governments of Hesse and Baden-Württemberg objected.',
    entities: [O('Brandau Automobilwerke', ['Brandau Automobilwerke']), P('Jane Westbank', ['Jane Westbank']), L('Hesse', ['Hesse']), L('Baden-Württemberg', ['Baden-Württemberg'])],
  },
  {
    name: 'the story after a dateline\'s dash opens a sentence ("The" is no part of the name); a city with its record or as a subject stands for its team',
    text: 'HARLOW — The Harlow Ironmen acquired Dorian Blackwood. Harlow (31-22) won 52 games. Fans in Harlow cheered.\n\nWASHINGTON — The Food and Drug Administration on Thursday rejected it.',
    entities: [O('Harlow Ironmen', ['Harlow Ironmen', 'Harlow']), O('Food and Drug Administration', ['Food and Drug Administration'])],
    not: ['The Harlow Ironmen', 'The Food and Drug Administration'],
  },
  {
    name: 'a lower-case link between hyphens names a place; a hyphenated given name stays a person',
    text: 'The service from Barrow-in-Furness to Lancaster derailed. She lives in Stratford-upon-Avon. Jean-Luc Picard spoke.',
    entities: [L('Barrow-in-Furness', ['Barrow-in-Furness']), L('Stratford-upon-Avon', ['Stratford-upon-Avon']), P('Jean-Luc Picard', ['Jean-Luc Picard'])],
  },
  {
    name: 'a person who gives only a first name, before or after saying so',
    text: '“We left,” said a mother who gave only her first name, Mireille, because she feared her former partner. Rosalba, who has run the bakery for 30 years and gave only her first name, said she heard a van.',
    entities: [P('Mireille', ['Mireille']), P('Rosalba', ['Rosalba'])],
  },
  {
    name: 'a possessive place before a title in an apposition: the title is the role; an honorific alone is none; a verb ends a title',
    text: 'Navdeep Grewal, British Columbia’s minister of emergency management, said the money would come. Dr Tariq Haddad agreed. “Did Mr. Thorsby tell you?” the prosecutor asked.',
    entities: [P('Navdeep Grewal', ['Navdeep Grewal'], [/^minister of emergency management$/]), P('Tariq Haddad', ['Tariq Haddad'], []), P('Thorsby', ['Thorsby'], [])],
  },
  {
    name: 'a name in apposition to a title is a person even when its first word is a country and its last an everyday word',
    text: '“We are sorry,” the singer’s manager, Jordan Pike, told reporters. Malaysia Tourism said nothing.',
    entities: [P('Jordan Pike', ['Jordan Pike'])],
    not: ['Malaysia Tourism'],
  },
  {
    name: 'an unknown word before "’s founder" or ", founded in" is an organisation; a Reuters dateline with a hyphen',
    text: 'OSLOGRAD, Jan 14 (Meridian Wire) - Prices rose. Lumera’s founder, Darnell Voss, gave money. By then, Lumera was the only bidder left. Smith’s founder said nothing.',
    entities: [L('OSLOGRAD', ['OSLOGRAD']), O('Lumera', ['Lumera', 'Lumera']), P('Darnell Voss', ['Darnell Voss']), P('Smith', ['Smith'])],
  },
  {
    name: 'a surname after "ter" that is also an English word; a party after an adjective and before "party"; a party after "the opposition"',
    text: 'Femke ter Horst, the party’s leader, told reporters. She clashed with Sanne Verhoeven of the liberal Open Netherlands party. The opposition Social Democrats led with 24 percent.',
    entities: [P('Femke ter Horst', ['Femke ter Horst']), P('Sanne Verhoeven', ['Sanne Verhoeven']), O('Open Netherlands', ['Open Netherlands']), O('Social Democrats', ['Social Democrats'])],
  },
  {
    name: 'a storm’s given name is no person, in its run or alone later',
    text: 'Hurricane Delphine made landfall near Wilmington. Delphine weakened overnight. Governor Roy Cooper said Delphine’s winds had fallen.',
    entities: [L('Wilmington', ['Wilmington']), P('Roy Cooper', ['Roy Cooper'])],
    not: ['Delphine', 'Hurricane Delphine'],
  },
  {
    name: 'dotted initials before a name; a two-word city before a team nickname',
    text: 'Company chairman K.V. Raghavendra Rao said so. The Las Vegas Rush lost again.',
    entities: [P('K.V. Raghavendra Rao', ['K.V. Raghavendra Rao']), O('Las Vegas Rush', ['Las Vegas Rush'])],
  },
  {
    name: 'a city and an everyday word name a team, and the team goes by its nickname; not "the Maine Democrat"',
    text: 'The Memphis Vipers beat the Denver Comets 104-98. The Vipers have won five straight. The Maine Democrat voted no.',
    entities: [O('Memphis Vipers', ['Memphis Vipers', 'Vipers']), O('Denver Comets', ['Denver Comets']), L('Maine', ['Maine'])],
  },
  {
    name: 'a name particle joined by a hyphen; a first name before ", a 34-year-old"; a place "in the" that an organisation is named after; a town after its street; a team whose name holds "and"',
    text: 'Saudi Arabia’s lead negotiator, Faisal al-Harbi, said no. Danielle, a 34-year-old aide, pays more. Rents in the Varnholt rose, the Varnholt Property Owners Alliance said. Jon Hale, 23, of Croft House Mews, Bramwick, was charged. Contact the Homicide and Major Enquiry Team.',
    entities: [L('Saudi Arabia', ['Saudi Arabia']), P('Faisal al-Harbi', ['Faisal al-Harbi']), P('Danielle', ['Danielle']), L('Varnholt', ['Varnholt']), O('Varnholt Property Owners Alliance', ['Varnholt Property Owners Alliance']), P('Jon Hale', ['Jon Hale']), L('Croft House Mews', ['Croft House Mews']), L('Bramwick', ['Bramwick']), O('Homicide and Major Enquiry Team', ['Homicide and Major Enquiry Team'])],
  },
  {
    name: 'a company before ", which makes"; places after "the capital" and "the village of"; a first name unknown to the lexicon with an age; a surname a gazetteer also knows as a place',
    text: 'Larkspur Home, which makes video doorbells, said it was hacked. Drones struck the capital Vordrava and the village of Kessany overnight. In the courtyard, Oksana, 71, who declined to give her surname, swept glass. “It was loud,” said Fenella Ashcroft, an analyst. Ashcroft told reporters more.',
    entities: [O('Larkspur Home', ['Larkspur Home']), L('Vordrava', ['Vordrava']), L('Kessany', ['Kessany']), P('Oksana', ['Oksana']), P('Fenella Ashcroft', ['Fenella Ashcroft', 'Ashcroft'])],
  },
  {
    name: 'an organisation after "the concert-industry tracker" and before ", the tour’s promoter,"; the school a word begins, not the group it ends',
    text: 'Sales topped $40 million, according to the concert-industry tracker Gigmetrix. Crestline Live, the tour’s promoter, said refunds would follow. Parents at Willowbend Elementary formed Familias de Willowbend, which runs a food bank. Teachers at Willowbend said little.',
    entities: [O('Gigmetrix', ['Gigmetrix']), O('Crestline Live', ['Crestline Live']), O('Willowbend Elementary', ['Willowbend Elementary', 'Willowbend']), O('Familias de Willowbend', ['Familias de Willowbend'])],
  },
  {
    name: 'an organisation after "sports daily", "side" and "the environmental group", a broadcaster after "told", a firm after "an analyst at"',
    text: 'The striker joined from Dutch side Vrede Kampen, the sports daily Gazet Noord reported. “It hurts,” he told Sky Sports. The environmental group Groen Erf objected. “Demand is weak,” said Ilse Maas, an analyst at Vanterpool Brandt in Zurich.',
    entities: [O('Vrede Kampen', ['Vrede Kampen']), O('Gazet Noord', ['Gazet Noord']), O('Sky Sports', ['Sky Sports']), O('Groen Erf', ['Groen Erf']), P('Ilse Maas', ['Ilse Maas']), O('Vanterpool Brandt', ['Vanterpool Brandt'])],
    not: ['Vrede', 'Gazet'],
  },
  {
    name: 'a first name with an age; towns after "such as"; a river, a region and a basin named by a lower-case noun',
    text: 'Marta, 34, who asked that her surname not be used, lives nearby. Dams that supply towns such as Velburg and Ostrana were low. The old mill stood on the banks of the Wenning river, in Freedonia’s southern Varenna region, near the Dresa basin.',
    entities: [P('Marta', ['Marta']), L('Velburg', ['Velburg']), L('Ostrana', ['Ostrana']), L('Wenning', ['Wenning']), L('Varenna', ['Varenna']), L('Dresa', ['Dresa'])],
  },
  {
    name: 'a country before a possessive is a place of its own, not part of the ministry after it',
    text: 'Reserves fell, according to Spain’s Ministry for Water Resources.',
    entities: [L('Spain', ['Spain']), O('Ministry for Water Resources', ['Ministry for Water Resources'])],
  },
  {
    name: 'two surnames of a three-word name are the same person; a nationality noun is no part of the name; a time zone is no organisation',
    text: 'Minister Ana Beatriz Carvalho Prates spoke at 1100 GMT. Carvalho Prates said the cuts were needed. Welshman Owain Pritchard, 29, signed on Friday.',
    entities: [P('Ana Beatriz Carvalho Prates', ['Ana Beatriz Carvalho Prates', 'Carvalho Prates']), P('Owain Pritchard', ['Owain Pritchard'])],
    not: ['GMT', 'Welshman Owain Pritchard'],
  },
  {
    name: 'the town an institution is named after; a name found only further on; a campaign of several words',
    text: 'Births at Wetherby Community Hospital will stop. Families in Wetherby are angry. The Alvenca reservoir is half empty, and farms around Alvenca are dry. Jo Reed chairs the Keep Our Midwives campaign.',
    entities: [O('Wetherby Community Hospital', ['Wetherby Community Hospital']), L('Wetherby', ['Wetherby']), L('Alvenca', ['Alvenca', 'Alvenca']), P('Jo Reed', ['Jo Reed']), O('Keep Our Midwives', ['Keep Our Midwives'])],
  },
  {
    name: 'an organisation after "resin maker", before ", the conciliation service,", and a paper after "reviewed by the"',
    text: 'The 2019 purchase of Spanish resin maker Quimitec cost €1 billion. The union wrote to Acas, the conciliation service, asking for talks. The tests passed, according to emails reviewed by the Ledger.',
    entities: [O('Quimitec', ['Quimitec']), O('Acas', ['Acas']), O('Ledger', ['Ledger'])],
    only: true,
  },
  {
    name: 'names with letters wink splits (Polish, Vietnamese) are whole names, linked by surname',
    text: 'Małgorzata Dębicka runs the clinic. Dębicka said it was full. Nguyễn Thị Hương arrived on Monday.',
    entities: [P('Małgorzata Dębicka', ['Małgorzata Dębicka', 'Dębicka']), P('Nguyễn Thị Hương', ['Nguyễn Thị Hương'])],
  },
  {
    name: 'towns from the world-cities list without other context, a surname that is also a town still links to its person, and town names that are words or first names need context',
    text: 'Kearney received 0.2 inches and Lexington none at all. Ana Córdoba spoke first. Córdoba said it was over. Reading beat Derby on Saturday.',
    entities: [L('Lexington', ['Lexington']), P('Ana Córdoba', ['Ana Córdoba', 'Córdoba'])],
    not: ['Reading'],
  },
  {
    name: 'clubs named with a prefix ("Deportivo", "Real"), a league in the alias list, a paper after "daily"',
    text: 'Deportivo Piedrabuena and Real Orbaneja drew on Sunday. La Liga fined both. The Spanish sports daily Marca reported it.',
    entities: [O('Deportivo Piedrabuena', ['Deportivo Piedrabuena']), O('Real Orbaneja', ['Real Orbaneja']), O('La Liga', ['La Liga']), O('Marca', ['Marca'])],
    only: true,
  },
  {
    name: 'a capitalised name mid-sentence whose first word wink tags as a noun, with a hyphenated given name',
    text: 'Korea substituted Park Joo-Ho in the 28th minute. The plant is near The Dalles.',
    entities: [L('Korea', ['Korea']), P('Park Joo-Ho', ['Park Joo-Ho'])],
    not: ['The Dalles'],
  },
  {
    name: 'a state abbreviation wink splits from its period, a party word before a name, "told the Tribune"',
    text: 'OXBOW FALLS, Wis. — Republican Troy Engstrom conceded. She told the Tribune in 1998 that she loved it.',
    entities: [L(/oxbow falls/i, ['OXBOW FALLS']), L('Wis.', ['Wis.']), P('Troy Engstrom', ['Troy Engstrom']), O('Tribune', ['Tribune'])],
    only: true,
  },
  {
    name: 'a dateline city named again in title case, a publication after "told", and a surname after "told"',
    text: 'BOWLING GREEN, Ky. (AP) — Storms hit the town. The river at Bowling Green rose. The actor Ana Ruiz told Variety the shoot was hard. Curtis Ambler pleaded guilty; his lawyer told Ambler to stay calm.',
    entities: [L(/bowling green/i, ['BOWLING GREEN', 'Bowling Green']), O('Variety', ['Variety']), P('Curtis Ambler', ['Curtis Ambler', 'Ambler'])],
    not: ['United States and Canada'],
  },
  {
    name: 'organisations named "Office for ...", a name ending before "on Wednesday", places joined by "and"',
    text: 'Figures released by the Office for National Statistics on Wednesday showed a rise. Screens in the United States and Canada sold out. New South Wales objected.',
    entities: [O('Office for National Statistics', ['Office for National Statistics']), L('United States', ['United States']), L('Canada', ['Canada']), L('New South Wales', ['New South Wales'])],
  },
  {
    name: 'an "and" inside one organisation name, an acronym that looks like a pronoun, and no dateline without a dash',
    text: 'US President Barack Obama praised the Senate Energy and Natural Resources Committee. WE ARE HERE, the banner said.',
    entities: [L('US', ['US']), P('Barack Obama', ['Barack Obama']), O('Senate Energy and Natural Resources Committee', ['Senate Energy and Natural Resources Committee'])],
    only: true,
  },
  {
    name: 'name particles and hyphenated surnames make one person, linked to later short forms',
    text: 'Daan van der Meulen scored twice. Van der Meulen smiled. The shot deflected off captain Kwame Osei-Bonsu and looped over goalkeeper Sem van den Broek. Osei-Bonsu was furious.',
    entities: [P('Daan van der Meulen', ['Daan van der Meulen', 'Van der Meulen']), P('Kwame Osei-Bonsu', ['Kwame Osei-Bonsu', 'Osei-Bonsu']), P('Sem van den Broek', ['Sem van den Broek'])],
  },
  {
    name: 'a particle before a place or an everyday word is no person\'s name (a Romance head word makes it an organisation)',
    text: 'Banco de Chile raised rates. Familias de Cottonwood met on Monday.',
    entities: [O('Banco de Chile', ['Banco de Chile'])],
    not: ['Familias de Cottonwood'],
  },
  {
    name: 'places: "X, 44, of Town", a list of first names closed by "counties", "the Town area", a three-place list after "in"',
    text: 'Travis Huckaby, 44, of Auburn, was arrested. He worked in Allen, DeKalb and Noble counties and in the Toledo area. Bases in Lincolnshire, North Yorkshire and Wiltshire will close.',
    entities: [P('Travis Huckaby', ['Travis Huckaby']), L('Auburn', ['Auburn']), L('Allen', ['Allen']), L('DeKalb', ['DeKalb']), L('Noble', ['Noble']), L('Toledo', ['Toledo']), L('Wiltshire', ['Wiltshire'])],
  },
  {
    name: 'a club, a company and a school named with everyday words are not people',
    text: 'Kingsmere Athletic beat the visitors on Saturday. Summit Ridge Exteriors took deposits from 40 homeowners, and Summit Ridge never did the work. Cottonwood Elementary will close in June.',
    entities: [O('Kingsmere Athletic', ['Kingsmere Athletic']), O('Summit Ridge Exteriors', ['Summit Ridge Exteriors', 'Summit Ridge']), O('Cottonwood Elementary', ['Cottonwood Elementary'])],
    only: true,
  },
  {
    name: 'a surname that is also a word still makes a person when it stands alone later, and a hyphenated name keeps its syllables',
    text: 'Dawit Hale coached the team. Hale retired last year. Coach Bong Young-Shik said the team was ready.',
    entities: [P('Dawit Hale', ['Dawit Hale', 'Hale']), P('Bong Young-Shik', ['Bong Young-Shik'])],
  },
  {
    name: 'a police department named after a town with a place prefix is an organisation',
    text: 'The Fort Wayne Police Department said the man was arrested on Monday.',
    entities: [O('Fort Wayne Police Department', ['Fort Wayne Police Department'])],
    not: ['Fort Wayne'],
  },
  {
    name: 'a language after "in" is not a place',
    text: 'The pupils learn science in Spanish and maths in English at the school in Pueblo.',
    entities: [L('Pueblo', ['Pueblo'])],
    not: ['Spanish', 'English'],
  },
  {
    name: 'a state before a party word is a place, not a person',
    text: 'Senator Ruth Calder, a Kansas Republican, voted no. The Maine Democrat who chairs the panel voted yes.',
    entities: [P('Ruth Calder', ['Ruth Calder']), L('Kansas', ['Kansas']), L('Maine', ['Maine'])],
    not: ['Kansas Republican', 'Maine Democrat'],
  },
  {
    name: 'a country name does not begin a person name',
    text: 'The lanterns were paid for by sponsors. The Malaysia Tourism board was prominent at the fair.',
    entities: [],
    not: ['Malaysia Tourism'],
  },
  {
    name: 'a town after "outside" stays a place even before an apposition with "group"',
    text: 'The company cut 1,150 jobs at its plant outside Ashgrove, the largest single group affected by the cuts.',
    entities: [L('Ashgrove', ['Ashgrove'])],
  },
  {
    name: 'an abstract noun after "to" is not a place',
    text: 'Her lawyer said she had been subjected to Islamophobia for years and moved to Harlow.',
    entities: [L('Harlow', ['Harlow'])],
    not: ['Islamophobia'],
  },
  // People: linking later mentions to the full name
  {
    name: 'towns in a list closed by a plural place word, and two towns after a preposition',
    text: 'Across Arden, Colvin and Marlow counties the wells ran dry. The cooperative serves farms around Tillby and Oswin.',
    entities: [L('Arden', ['Arden']), L('Colvin', ['Colvin']), L('Marlow', ['Marlow']), L('Tillby', ['Tillby']), L('Oswin', ['Oswin'])],
  },
  {
    name: 'a title-case headline is not a run of names; a byline names its reporter',
    text: 'City Council Delays Vote On Bus Fare Increase\nBy Jane Roe, Staff Writer\nThe Harlow City Council postponed the vote on Tuesday.',
    entities: [P('Jane Roe', ['Jane Roe']), O('Harlow City Council', ['Harlow City Council'])],
    not: ['City Council Delays Vote On Bus', 'Fare Increase', 'Staff Writer'],
    only: true,
  },
  {
    name: 'full name then surname is one person',
    text: 'Maria Okafor runs the night clinic. Okafor said the waiting list had doubled since spring.',
    entities: [P('Maria Okafor', ['Maria Okafor', 'Okafor'])],
    only: true,
  },
  {
    name: 'first name alone later links to the full name',
    text: 'Maria Okafor started the choir in her garage. We thank Maria for the coffee and the chairs.',
    entities: [P('Maria Okafor', ['Maria Okafor', 'Maria'])],
    only: true,
  },
  {
    name: 'two people, each with a later surname mention',
    text: 'Leah Marsh and Victor Osei met on the pier at noon. Osei spoke first, and Marsh listened.',
    entities: [P('Leah Marsh', ['Leah Marsh', 'Marsh']), P('Victor Osei', ['Victor Osei', 'Osei'])],
    only: true,
  },
  {
    name: 'a name at the very start of a sentence is still a person',
    text: 'Priya Nandakumar arrived before the doors opened.',
    entities: [P('Priya Nandakumar', ['Priya Nandakumar'])],
    only: true,
  },
  {
    name: 'middle initial kept in the full name; surname later linked',
    text: 'Gov. Rosa T. Delgado signed the budget on the last possible day. Delgado called it fair.',
    entities: [P('Rosa T. Delgado', ['Rosa T. Delgado', 'Delgado'], [/gov/i])],
    not: ['Gov. Rosa T. Delgado', 'Gov'],
  },
  {
    name: 'hyphenated surname with accents',
    text: 'Ana García-López won the seat by forty votes. García-López thanked the volunteers.',
    entities: [P('Ana García-López', ['Ana García-López', 'García-López'])],
    not: ['García', 'López'],
  },
  {
    name: 'an O’ surname is not cut at the apostrophe',
    text: 'Fiona O’Brien chaired the panel on housing.',
    entities: [P('Fiona O’Brien', ['Fiona O’Brien'])],
    not: ['Fiona O', 'Brien', 'Fiona'],
  },
  {
    name: 'near-identical spellings of one name are one person',
    text: 'Kim Jong Un toured a shipyard on the coast. Kim Jong-Un was said to be pleased with the work.',
    entities: [P(/^Kim Jong[ -]Un$/, ['Kim Jong Un', 'Kim Jong-Un'])],
  },
  {
    name: 'two people sharing a surname are both people',
    text: 'Paul Brenner and his sister Clara Brenner both testified before the committee.',
    entities: [P('Paul Brenner', ['Paul Brenner']), P('Clara Brenner', ['Clara Brenner'])],
  },
  {
    name: 'a month used as a first name',
    text: 'April Dunn chairs the harbour board, which next meets in April.',
    entities: [P('April Dunn', ['April Dunn'])],
    not: ['April'],
  },

  {
    name: 'Rep. is a role; the surname alone later links',
    text: 'Rep. Dana Whitlock introduced the amendment. Whitlock expects a close vote.',
    entities: [P('Dana Whitlock', ['Dana Whitlock', 'Whitlock'], [/rep(\.|resentative)/i])],
    not: ['Rep. Dana Whitlock', 'Rep'],
    only: true,
  },
  {
    name: 'age and occupation in apposition give a role',
    text: 'Carla Mendes, 54, a retired nurse, organised the vigil.',
    entities: [P('Carla Mendes', ['Carla Mendes'], [/nurse/])],
    only: true,
  },
  {
    name: 'a first name that is also a place is still a person',
    text: 'Georgia Hale coached the team for a decade. Hale retired last year.',
    entities: [P('Georgia Hale', ['Georgia Hale', 'Hale'])],
    not: ['Georgia'],
    only: true,
  },
  {
    name: 'spellings with and without accents are one person',
    text: 'José Álvarez opened the bakery. Jose Alvarez still bakes every loaf himself.',
    entities: [P(/^Jos[eé] [AÁ]lvarez$/, ['José Álvarez', 'Jose Alvarez'])],
  },

  // Possessives
  {
    name: 'curly possessive is outside the span',
    text: 'Tobias Renner drafted the budget. Renner’s plan cuts the ferry subsidy.',
    entities: [P('Tobias Renner', ['Tobias Renner', 'Renner'])],
    not: ['Renner’s', 'Renner’'],
    only: true,
  },
  {
    name: 'straight possessive on a full name is outside the span',
    text: "Critics attacked Ingrid Sato's proposal at the hearing.",
    entities: [P('Ingrid Sato', ['Ingrid Sato'])],
    not: ["Ingrid Sato's", 'Critics'],
    only: true,
  },
  {
    name: 'possessive on an organisation is outside the span',
    text: 'Westmere Bank’s profits fell for a third quarter.',
    entities: [O('Westmere Bank', ['Westmere Bank'])],
    not: ['Westmere Bank’s'],
  },

  // Titles, honorifics and roles
  {
    name: 'Sen. is a role, not part of the name',
    text: 'Sen. Omar Pike voted against the bill.',
    entities: [P('Omar Pike', ['Omar Pike'], [/sen(\.|ator)/i])],
    not: ['Sen. Omar Pike', 'Sen.', 'Sen'],
    only: true,
  },
  {
    name: 'Acting Commissioner is a role, not part of the name',
    text: 'Acting Commissioner Jane Doe signed the order late at night.',
    entities: [P('Jane Doe', ['Jane Doe'], [/acting commissioner/i])],
    not: ['Acting Commissioner Jane Doe', 'Acting Commissioner', 'Acting'],
    only: true,
  },
  {
    name: 'Dr. is not part of the name; Dr. plus surname links later',
    text: 'Dr. Lena Hart treated the two climbers. Dr. Hart said both would recover.',
    entities: [P('Lena Hart', ['Lena Hart', 'Hart'])],
    not: ['Dr. Lena Hart', 'Dr. Hart', 'Dr'],
    only: true,
  },
  {
    name: 'Ms. is not part of the name',
    text: 'Ms. Quinn Abara declined to comment. Ms. Abara later issued a written statement.',
    entities: [P('Quinn Abara', ['Quinn Abara', 'Abara'])],
    not: ['Ms. Quinn Abara', 'Ms. Abara', 'Ms'],
    only: true,
  },
  {
    name: 'Treasury Secretary: the person, and the Treasury as an organisation',
    text: 'Treasury Secretary Jane Roe defended the new tariffs.',
    entities: [P('Jane Roe', ['Jane Roe'], [/secretary/i]), O('Treasury', ['Treasury'])],
    not: ['Treasury Secretary Jane Roe', 'Treasury Secretary', 'Secretary Jane Roe'],
  },
  {
    name: 'a capitalised title before the name',
    text: 'Police Chief Ramon Ortiz asked the crowd for calm.',
    entities: [P('Ramon Ortiz', ['Ramon Ortiz'], [/police chief/i])],
    not: ['Police Chief Ramon Ortiz', 'Police Chief', 'Police'],
    only: true,
  },
  {
    name: 'President as a title, with a city and a weekday',
    text: 'President Ilse Brandt arrived in Vienna on Thursday.',
    entities: [P('Ilse Brandt', ['Ilse Brandt'], [/president/i]), L('Vienna', ['Vienna'])],
    not: ['President Ilse Brandt', 'President', 'Thursday'],
    only: true,
  },
  {
    name: 'apposition gives a role: “, a doctor,”',
    text: 'Hugh Hill, a doctor, examined the boy at the scene.',
    entities: [P('Hugh Hill', ['Hugh Hill'], [/doctor/])],
    only: true,
  },
  {
    name: 'relative-clause apposition gives a role: “who was mayor”',
    text: 'Ann Li, who was mayor from 2010 to 2014, opposed the tower.',
    entities: [P('Ann Li', ['Ann Li'], [/mayor/])],
    only: true,
  },
  {
    name: 'apposition after a quote gives a role',
    text: '“We will rebuild,” said Elena Voss, the town’s mayor.',
    entities: [P('Elena Voss', ['Elena Voss'], [/mayor/])],
    not: ['We'],
  },

  // Organisations: acronyms and well-known aliases
  {
    name: 'acronym in brackets after the expansion, then alone, is one organisation',
    text: 'The Federal Emergency Management Agency (FEMA) sent trailers to the valley. FEMA said more would follow.',
    entities: [O('Federal Emergency Management Agency', ['Federal Emergency Management Agency', 'FEMA', 'FEMA'])],
    not: ['The Federal Emergency Management Agency'],
  },
  {
    name: 'well-known aliases of Homeland Security are one organisation',
    text: 'The Department of Homeland Security issued a warning. A DHS official later softened it, and Homeland Security declined further comment.',
    entities: [O('Department of Homeland Security', ['Department of Homeland Security', 'DHS', 'Homeland Security'])],
  },
  {
    name: 'a well-known acronym links to its expansion without brackets',
    text: 'The Federal Bureau of Investigation opened an inquiry. The FBI would not say who was involved.',
    entities: [O('Federal Bureau of Investigation', ['Federal Bureau of Investigation', 'FBI'])],
  },

  // Organisations by structure
  {
    name: 'county sheriff’s office',
    text: 'Deputies from the Harlow County Sheriff’s Office searched the woods until dark.',
    entities: [O('Harlow County Sheriff’s Office', ['Harlow County Sheriff’s Office'])],
    not: ['Deputies', 'Harlow County Sheriff'],
  },
  {
    name: 'school district',
    text: 'Parents sued the Northfield School District over the bus cuts.',
    entities: [O('Northfield School District', ['Northfield School District'])],
    not: ['Parents'],
  },
  {
    name: 'federal district court with its district',
    text: 'The case was heard in U.S. District Court for the District of Oregon last year.',
    entities: [O('U.S. District Court for the District of Oregon', ['U.S. District Court for the District of Oregon'])],
  },
  {
    name: 'political party',
    text: 'She left the Green Party after the leadership vote.',
    entities: [O('Green Party', ['Green Party'])],
    only: true,
  },
  {
    name: 'company with Inc.',
    text: 'Brightline Logistics Inc. laid off forty drivers in the spring.',
    entities: [O('Brightline Logistics Inc.', ['Brightline Logistics Inc.'])],
    only: true,
  },
  {
    name: 'newspaper with Times as its head word',
    text: 'The story first ran in the Eastport Times under a small headline.',
    entities: [O('Eastport Times', ['Eastport Times'])],
    not: ['The'],
  },
  {
    name: 'university',
    text: 'Researchers at Calloway University published the survey.',
    entities: [O('Calloway University', ['Calloway University'])],
    not: ['Researchers'],
    only: true,
  },
  {
    name: 'University of a state is an organisation, the city a place',
    text: 'The University of Michigan opened a small campus in Detroit.',
    entities: [O('University of Michigan', ['University of Michigan']), L('Detroit', ['Detroit'])],
    not: ['Michigan'],
  },
  {
    name: 'bank',
    text: 'Customers of Westmere Bank lost access to their accounts.',
    entities: [O('Westmere Bank', ['Westmere Bank'])],
    not: ['Customers'],
    only: true,
  },
  {
    name: 'government service',
    text: 'The National Weather Service issued a flood watch for the coast.',
    entities: [O('National Weather Service', ['National Weather Service'])],
    not: ['The National Weather Service'],
  },
  {
    name: 'Department of something',
    text: 'The Department of Agriculture approved the grant.',
    entities: [O('Department of Agriculture', ['Department of Agriculture'])],
    only: true,
  },
  {
    name: 'another acronym in brackets, then “the” plus acronym',
    text: 'The Environmental Protection Agency (EPA) fined the plant. The EPA gave it a year to comply.',
    entities: [O('Environmental Protection Agency', ['Environmental Protection Agency', 'EPA', 'EPA'])],
  },
  {
    name: 'Ministry of something',
    text: 'The Ministry of Health extended the vaccine programme.',
    entities: [O('Ministry of Health', ['Ministry of Health'])],
    only: true,
  },
  {
    name: 'company with Corp.',
    text: 'Shares of Tallis Mining Corp. slid after the report.',
    entities: [O('Tallis Mining Corp.', ['Tallis Mining Corp.'])],
    not: ['Shares'],
    only: true,
  },
  {
    name: 'news outlet with News as its head word',
    text: 'Riverside News first reported the closure.',
    entities: [O('Riverside News', ['Riverside News'])],
    only: true,
  },
  {
    name: 'a city council named with its city',
    text: 'The Dunmore City Council approved the budget.',
    entities: [O('Dunmore City Council', ['Dunmore City Council'])],
  },
  {
    name: 'an organisation mentioned twice is one entity',
    text: 'Calloway University raised its fees. Students at Calloway University protested.',
    entities: [O('Calloway University', ['Calloway University', 'Calloway University'])],
    not: ['Students', 'Students at Calloway University'],
    only: true,
  },
  {
    name: 'the hacker group Anonymous is an organisation',
    text: 'The hacker group Anonymous claimed responsibility for the outage.',
    entities: [O('Anonymous', ['Anonymous'])],
  },
  {
    name: 'lower-case anonymous is just an adjective',
    text: 'An anonymous donor paid the whole bill.',
    entities: [],
    not: ['anonymous', 'An'],
    only: true,
  },

  // Places
  {
    name: 'city after “in”',
    text: 'The delegation landed in Lisbon before dawn.',
    entities: [L('Lisbon', ['Lisbon'])],
    only: true,
  },
  {
    name: 'city, state: both are places',
    text: 'The band played a show in Paris, Texas, last summer.',
    entities: [L('Paris', ['Paris']), L('Texas', ['Texas'])],
  },
  {
    name: 'a state',
    text: 'Voters in Ohio rejected the measure.',
    entities: [L('Ohio', ['Ohio'])],
    not: ['Voters'],
    only: true,
  },
  {
    name: 'a country after “from”',
    text: 'Exports from Brazil rose sharply.',
    entities: [L('Brazil', ['Brazil'])],
    not: ['Exports'],
    only: true,
  },
  {
    name: 'a river with its head word',
    text: 'Barges stalled on the Rhine River as the water fell.',
    entities: [L('Rhine River', ['Rhine River'])],
    not: ['Barges', 'Rhine'],
    only: true,
  },
  {
    name: 'a street',
    text: 'A water main burst on Maple Avenue overnight.',
    entities: [L('Maple Avenue', ['Maple Avenue'])],
    not: ['A', 'Maple'],
    only: true,
  },
  {
    name: 'a multi-word city',
    text: 'Rents in New York City rose again.',
    entities: [L('New York City', ['New York City'])],
    not: ['Rents', 'New York'],
    only: true,
  },
  {
    name: 'a city with an abbreviation in its name',
    text: 'The flight was diverted to St. Louis because of fog.',
    entities: [L('St. Louis', ['St. Louis'])],
    not: ['Louis'],
    only: true,
  },
  {
    name: 'a mountain and a lake',
    text: 'Hikers reached Mount Rainier before the storm, then camped by Lake Chelan.',
    entities: [L('Mount Rainier', ['Mount Rainier']), L('Lake Chelan', ['Lake Chelan'])],
    not: ['Hikers', 'Rainier'],
    only: true,
  },
  {
    name: 'dateline with a country',
    text: 'NAIROBI, Kenya — Heavy rain closed schools across the region.',
    entities: [L(/^nairobi$/i, ['NAIROBI']), L('Kenya', ['Kenya'])],
    not: ['Heavy', 'NAIROBI, Kenya'],
  },
  {
    name: 'dateline city in capitals',
    text: 'PORTLAND, Ore. — Firefighters contained the blaze on Sunday.',
    entities: [L(/^portland$/i, ['PORTLAND'])],
    not: ['Firefighters', 'Sunday', 'PORTLAND, Ore'],
  },

  // Not entities
  {
    name: 'sentence-initial “Officials said” is not a name',
    text: 'Officials said the bridge would reopen.',
    entities: [],
    not: ['Officials'],
    only: true,
  },
  {
    name: 'sentence-initial “Residents fled” is not a name',
    text: 'Residents fled the rising water.',
    entities: [],
    not: ['Residents'],
    only: true,
  },
  {
    name: 'sentence-initial “Dozens of” is not a name',
    text: 'Dozens of homes flooded overnight.',
    entities: [],
    not: ['Dozens'],
    only: true,
  },
  {
    name: 'sentence-initial “Undocumented workers” is not a name',
    text: 'Undocumented workers feared the raids.',
    entities: [],
    not: ['Undocumented', 'Undocumented workers'],
    only: true,
  },
  {
    name: 'weekdays and months are not entities',
    text: 'The council met on Monday and will meet again in March.',
    entities: [],
    not: ['Monday', 'March'],
    only: true,
  },
  {
    name: 'sentence-initial weekday and month are not entities',
    text: 'Wednesday was quiet. By September the protests had returned.',
    entities: [],
    not: ['Wednesday', 'September', 'By September'],
    only: true,
  },
  {
    name: 'a film title in curly quotes is not a person',
    text: 'Noor Haddad directed the film “Quiet Harbor” on a tiny budget.',
    entities: [P('Noor Haddad', ['Noor Haddad'])],
    not: ['Quiet Harbor', 'Quiet', 'Harbor'],
    only: true,
  },
  {
    name: 'a book title in straight quotes is not an entity',
    text: 'His memoir, "Bright Winter Roads," sold poorly.',
    entities: [],
    not: ['Bright Winter Roads', 'Bright', 'Winter Roads', 'His'],
    only: true,
  },
  {
    name: 'sentence-initial “Witnesses” and “Emergency crews” are not names',
    text: 'Witnesses described a loud bang. Emergency crews arrived within minutes.',
    entities: [],
    not: ['Witnesses', 'Emergency', 'Emergency crews'],
    only: true,
  },
  {
    name: 'a weekday with a possessive is not an entity',
    text: 'Saturday’s match was postponed until further notice.',
    entities: [],
    not: ['Saturday', 'Saturday’s'],
    only: true,
  },
  {
    name: 'a capitalised word after a colon is not a name',
    text: 'The warning was blunt: Leave now or stay indoors.',
    entities: [],
    not: ['Leave', 'The'],
    only: true,
  },
  {
    name: 'a one-word name that speaks, and no list knows, is an organisation with its other mentions',
    text: 'According to Watervane, the fines doubled. Watervane said on Tuesday that it would appeal, and its Watervane-branded plants stay open.',
    entities: [{ type: 'ORG', name: 'Watervane', mentions: ['Watervane', 'Watervane', 'Watervane'] }],
  },
  {
    name: 'a surname that speaks after a full name the tagger missed is no organisation',
    text: 'Wade Tolliver spoke first. Tolliver said the map was fair.',
    entities: [],
    not: ['Tolliver'],
  },
  {
    name: 'a plural that speaks is a group of people, not an organisation',
    text: 'Campaigners said the river was still polluted.',
    entities: [],
    not: ['Campaigners'],
  },
  {
    name: 'a person after a compound title with "Leader"',
    text: 'Senate Majority Floor Leader Wade Corrigan called the ruling political.',
    entities: [{ type: 'PERSON', name: 'Wade Corrigan', mentions: ['Wade Corrigan'] }],
  },
  {
    name: 'words before "Minister" name a portfolio, not an organisation',
    text: 'Emergency Services Minister Paul Ferrand did not respond.',
    entities: [{ type: 'PERSON', name: 'Paul Ferrand', mentions: ['Paul Ferrand'] }],
    not: ['Emergency Services'],
  },
  {
    name: 'a town named like a person, after "in"',
    text: 'The premier told reporters in Regina on Wednesday that talks had failed.',
    entities: [{ type: 'PLACE', name: 'Regina', mentions: ['Regina'] }],
  },
  {
    name: 'a town whose name opens with a title word',
    text: 'Families slept in Prince Albert on Tuesday, and a Prince Albert hockey arena became a shelter.',
    entities: [{ type: 'PLACE', name: 'Prince Albert', mentions: ['Prince Albert', 'Prince Albert'] }],
    not: ['Albert'],
  },
  {
    name: 'a compass direction and "of" before a place',
    text: 'The storm came ashore 40 miles southwest of Mobile before dawn.',
    entities: [{ type: 'PLACE', name: 'Mobile', mentions: ['Mobile'] }],
  },
  {
    name: '"according to" names a source, not a place',
    text: 'According to Ofwell, the penalty is the largest yet. Ofwell said the firm had failed.',
    entities: [{ type: 'ORG', name: 'Ofwell', mentions: ['Ofwell', 'Ofwell'] }],
  },
  {
    name: 'a river, a bayou and an inquiry',
    text: 'Volunteers test the River Marrow. On Pelican Bayou, residents waited for the report of the Kessin Ranges Bushfire Inquiry.',
    entities: [
      { type: 'PLACE', name: 'River Marrow', mentions: ['River Marrow'] },
      { type: 'PLACE', name: 'Pelican Bayou', mentions: ['Pelican Bayou'] },
      { type: 'ORG', name: 'Kessin Ranges Bushfire Inquiry', mentions: ['Kessin Ranges Bushfire Inquiry'] },
    ],
  },

  {
    name: 'a country the name lists lacked, also before a possessive',
    text: 'A cholera outbreak has killed 27 people in eastern Chad, and a spokesperson for Chad’s health ministry declined to comment.',
    entities: [{ type: 'PLACE', name: 'Chad', mentions: ['Chad', 'Chad'] }],
  },
  {
    name: 'what only a country has makes an unknown name a place, and a possessive place in apposition makes a town',
    text: "Dravonia's government and the rebels agreed to keep talking. Kel Sahra, Dravonia's second-largest city, is encircled.",
    entities: [
      { type: 'PLACE', name: 'Dravonia', mentions: ['Dravonia', 'Dravonia'] },
      { type: 'PLACE', name: 'Kel Sahra', mentions: ['Kel Sahra'] },
    ],
  },
  {
    name: 'a camp after the name, or a preposition only places take, makes a pair a place',
    text: 'The outbreak at Am Kessira camp was confirmed. Fighting around Upper Tovim continued, and families reached the Wad Kerim displacement camp.',
    entities: [
      { type: 'PLACE', name: 'Am Kessira', mentions: ['Am Kessira'] },
      { type: 'PLACE', name: 'Upper Tovim', mentions: ['Upper Tovim'] },
      { type: 'PLACE', name: 'Wad Kerim', mentions: ['Wad Kerim'] },
    ],
  },
  {
    name: 'a first name that is also a place prefix, after a title; a police rank abbreviation as a title',
    text: 'District Treasurer Glen Hadfield told the board the district is on track. The police spokesperson, SP Adebayo Okunlola, said the protest was peaceful.',
    entities: [
      { type: 'PERSON', name: 'Glen Hadfield', mentions: ['Glen Hadfield'] },
      { type: 'PERSON', name: 'Adebayo Okunlola', mentions: ['Adebayo Okunlola'] },
    ],
    not: ['SP'],
  },
  {
    name: '", where" after an unknown name makes a place; a sea named with "of"',
    text: 'Kendrapara, where two rivers drain into the Bay of Bengal, is among the worst hit.',
    entities: [
      { type: 'PLACE', name: 'Kendrapara', mentions: ['Kendrapara'] },
      { type: 'PLACE', name: 'Bay of Bengal', mentions: ['Bay of Bengal'] },
    ],
  },
  {
    name: 'what is "-based" somewhere is an organisation',
    text: 'Ostrander, the former chief executive of Houston-based Halvorsen Midstream, said he would divest.',
    entities: [{ type: 'ORG', name: 'Halvorsen Midstream', mentions: ['Halvorsen Midstream'] }],
  },
  {
    name: 'a town named like an everyday word after "in"; a district of words no dictionary knows after "in"',
    text: 'He was admitted at a center in Meridian on Monday. The District Court in Kwun Tong sat on Friday.',
    entities: [
      { type: 'PLACE', name: 'Meridian', mentions: ['Meridian'] },
      { type: 'PLACE', name: 'Kwun Tong', mentions: ['Kwun Tong'] },
    ],
  },
  {
    name: 'an unknown one-word name with a plural verb is a team, as British usage has it',
    text: 'Kingsmere have 10 points from 12 games, and fans of Kingsmere chanted.',
    entities: [{ type: 'ORG', name: 'Kingsmere', mentions: ['Kingsmere', 'Kingsmere'] }],
  },
  {
    name: '"MP" and "Collector" are titles',
    text: "Workers' Party MP Jonathan Seah said the cap was wrong. District Collector Priyanka Satpathy spoke.",
    entities: [
      { type: 'PERSON', name: 'Jonathan Seah', mentions: ['Jonathan Seah'] },
      { type: 'PERSON', name: 'Priyanka Satpathy', mentions: ['Priyanka Satpathy'] },
    ],
    not: ['MP Jonathan Seah'],
  },
  {
    name: 'parties and bodies from the alias list; an apposition whose noun names a person\'s job is no organisation; A&E is a department',
    text: 'Waits at A&E rose, NHS England said. Labor leads the polls. Board member Tetsu Morikawa dissented. Morikawa, a former commercial bank economist, said rates were too low.',
    entities: [
      { type: 'ORG', name: 'NHS England', mentions: ['NHS England'] },
      { type: 'ORG', name: 'Labor', mentions: ['Labor'] },
      { type: 'PERSON', name: 'Tetsu Morikawa', mentions: ['Tetsu Morikawa', 'Morikawa'] },
    ],
    not: ['A&E'],
  },
  {
    name: '"Santa" opens a place; a word after a prefix stands for the organisation; Resources, Treasury, Strategies are heads; "Labor Minister" holds a portfolio',
    text: 'Output at Santa Ines stopped, operator Minera Paloverde said. Workers want a raise from Paloverde. The mine is owned by Tamarack Pacific Resources. Labor Minister Carolina Ossandon urged talks. The National Treasury said it would lend. Dale Ketterman, a lobbyist at Prairie Row Strategies, was unmoved.',
    entities: [
      { type: 'PLACE', name: 'Santa Ines', mentions: ['Santa Ines'] },
      { type: 'ORG', name: 'Minera Paloverde', mentions: ['Minera Paloverde', 'Paloverde'] },
      { type: 'ORG', name: 'Tamarack Pacific Resources', mentions: ['Tamarack Pacific Resources'] },
      { type: 'PERSON', name: 'Carolina Ossandon', mentions: ['Carolina Ossandon'] },
      { type: 'ORG', name: 'National Treasury', mentions: ['National Treasury'] },
      { type: 'PERSON', name: 'Dale Ketterman', mentions: ['Dale Ketterman'] },
      { type: 'ORG', name: 'Prairie Row Strategies', mentions: ['Prairie Row Strategies'] },
    ],
    not: ['Labor', 'Labor Minister'],
  },
  {
    name: 'Commandant and MCA are titles',
    text: 'Assistant Commandant Gurpreet Singh Bhullar said boats were used. Kereita Central Ward MCA Boniface Murithi disagreed.',
    entities: [
      { type: 'PERSON', name: 'Gurpreet Singh Bhullar', mentions: ['Gurpreet Singh Bhullar'] },
      { type: 'PERSON', name: 'Boniface Murithi', mentions: ['Boniface Murithi'] },
    ],
    not: ['Commandant Gurpreet Singh Bhullar', 'MCA Boniface Murithi', 'MCA'],
  },
  {
    name: 'a town after modifiers and "town of"; everyday words before a country or state name an agency; a company named after a lane; a union after its name; MPA and TD are titles',
    text: 'Warnings were late for the central Victorian town of Coopers Rise, according to Forest Fire Management Victoria. Environment Canada and Universities UK disagreed. He moved to New South Wales. Supermarket chain Harvest Lane will close stores. Harvest Lane Group posted a loss. Katrin Obermaier represents the IG Metall union. Social Democrats TD Grainne Hurley spoke. The MPA said so.',
    entities: [
      { type: 'PLACE', name: 'Coopers Rise', mentions: ['Coopers Rise'] },
      { type: 'ORG', name: 'Forest Fire Management Victoria', mentions: ['Forest Fire Management Victoria'] },
      { type: 'ORG', name: 'Environment Canada', mentions: ['Environment Canada'] },
      { type: 'ORG', name: 'Universities UK', mentions: ['Universities UK'] },
      { type: 'PLACE', name: 'New South Wales', mentions: ['New South Wales'] },
      { type: 'ORG', name: 'Harvest Lane Group', mentions: ['Harvest Lane', 'Harvest Lane Group'] },
      { type: 'PERSON', name: 'Katrin Obermaier', mentions: ['Katrin Obermaier'] },
      { type: 'ORG', name: 'IG Metall', mentions: ['IG Metall'] },
      { type: 'PERSON', name: 'Grainne Hurley', mentions: ['Grainne Hurley'] },
    ],
    not: ['MPA', 'TD Grainne Hurley', 'Victoria'],
  },
  {
    name: 'titles alone name an office; an unknown acronym after a figure is its unit unless the story names it; an initial is no "k." for thousand',
    text: 'The plant will supply 400 MLD of water. The Minister said a decision would follow. He consulted the Advocate-General. The Chief Minister agreed. State Emergency Service (SES) crews and 300 SES volunteers helped. The fishermen welcomed the stay. K. Bharathi, president of the association, spoke.',
    entities: [
      { type: 'ORG', name: 'State Emergency Service', mentions: ['State Emergency Service', 'SES', 'SES'] },
      { type: 'PERSON', name: 'K. Bharathi', mentions: ['K. Bharathi'] },
    ],
    not: ['MLD', 'Minister', 'Advocate-General', 'Chief Minister', '-General'],
  },
  {
    name: 'a pair typed a person by its shape is the organisation another mention types it; a party acronym after a person is no name of theirs; common acronyms are no names',
    text: 'Vorbach Stahl says it will cut jobs.\n\nGerman steelmaker Vorbach Stahl announced the cuts on Wednesday. Economy Minister Stefan Harbrecht (SPD) said the subsidy had conditions. The SPD disagreed. The company filed its DRHP with the regulator, and its NBFC arm grew.',
    entities: [
      { type: 'ORG', name: 'Vorbach Stahl', mentions: ['Vorbach Stahl', 'Vorbach Stahl'] },
      { type: 'PERSON', name: 'Stefan Harbrecht', mentions: ['Stefan Harbrecht'] },
      { type: 'ORG', name: 'SPD', mentions: ['SPD', 'SPD'] },
    ],
    not: ['DRHP', 'NBFC'],
  },
  {
    name: 'after a title and "for" or "of", the portfolio, then its holder from a first name on (not a constituency, not an organisation)',
    text: 'Secretary for Housing Cheryl Lam said so. Minister of Finance Ana Ruiz agreed. Secretary of State Ann Roe spoke. The MP for Stoke-on-Trent Central voted. A spokeswoman for San Isabel Medical Center declined to comment.',
    entities: [
      { type: 'PERSON', name: 'Cheryl Lam', mentions: ['Cheryl Lam'] },
      { type: 'PERSON', name: 'Ana Ruiz', mentions: ['Ana Ruiz'] },
      { type: 'PERSON', name: 'Ann Roe', mentions: ['Ann Roe'] },
      { type: 'ORG', name: 'San Isabel Medical Center', mentions: ['San Isabel Medical Center'] },
    ],
    not: ['Housing Cheryl Lam', 'Finance Ana Ruiz', 'State Ann Roe', 'Trent Central'],
  },
  {
    name: 'a company with a legal form after its name (SA, NV), its trade word in Portuguese, and its short name',
    text: 'Iron ore producer Serra Alvorada Mineração SA agreed to merge with rival Mineração Quebrada SA on Monday. Quebrada declined to comment. Serra Alvorada shares rose, and Serra Alvorada Chief Executive Ana Lemos told reporters the deal was fair. Brenmoor NV was not involved.',
    entities: [
      { type: 'ORG', name: 'Serra Alvorada Mineração SA', mentions: ['Serra Alvorada Mineração SA', 'Serra Alvorada', 'Serra Alvorada'] },
      { type: 'ORG', name: 'Mineração Quebrada SA', mentions: ['Mineração Quebrada SA', 'Quebrada'] },
      { type: 'PERSON', name: 'Ana Lemos', mentions: ['Ana Lemos'] },
      { type: 'ORG', name: 'Brenmoor NV', mentions: ['Brenmoor NV'] },
    ],
    only: true,
  },
  {
    name: 'a name of no known kind before "of the" and an institution is a person; a French council is an organisation',
    text: 'Tarsem Voloder of the University of Kobe, who ran the survey, said the result was clear. Later, Voloder said more. A spokesman for the Conseil du Vin-Doré declined to comment.',
    entities: [
      { type: 'PERSON', name: 'Tarsem Voloder', mentions: ['Tarsem Voloder', 'Voloder'] },
      { type: 'ORG', name: 'University of Kobe', mentions: ['University of Kobe'] },
      { type: 'ORG', name: 'Conseil du Vin-Doré', mentions: ['Conseil du Vin-Doré'] },
    ],
    not: ['Tarsem Voloder of the University of Kobe'],
  },
  {
    name: 'a street named with a title word is a place; a town before a party member is the town; a titled person is no team',
    text: 'The council approved bus lanes on Prince Street on Tuesday. Lina Ostrova, a Fresno Democrat, said no. Rep. Bo Fenwick said yes.',
    entities: [
      { type: 'PLACE', name: 'Prince Street', mentions: ['Prince Street'] },
      { type: 'PERSON', name: 'Lina Ostrova', mentions: ['Lina Ostrova'] },
      { type: 'PLACE', name: 'Fresno', mentions: ['Fresno'] },
      { type: 'PERSON', name: 'Bo Fenwick', mentions: ['Bo Fenwick'] },
    ],
    not: ['Street', 'Fresno Democrat'],
    only: true,
  },
  {
    name: 'a coroner is a title; a compass word before an unknown name after "in" is a region; Spanish squares and stadiums are places; a fire chief is no team; a club named without its opening words',
    text: 'Marlow County Coroner Janna Pelk identified the victim. Farmers in East Vandria lost crops. Fans marched from the Plaza de los Tilos to the Estadio Ruedo Blanco. Halbury Fire Chief Dana Orrin spoke. Bids for Real Club Deportivo Salvora were rejected, and Deportivo Salvora fans cheered.',
    entities: [
      { type: 'PLACE', name: 'Marlow County', mentions: ['Marlow County'] },
      { type: 'PERSON', name: 'Janna Pelk', mentions: ['Janna Pelk'] },
      { type: 'PLACE', name: 'East Vandria', mentions: ['East Vandria'] },
      { type: 'PLACE', name: 'Plaza de los Tilos', mentions: ['Plaza de los Tilos'] },
      { type: 'PLACE', name: 'Estadio Ruedo Blanco', mentions: ['Estadio Ruedo Blanco'] },
      { type: 'PERSON', name: 'Dana Orrin', mentions: ['Dana Orrin'] },
      { type: 'ORG', name: 'Real Club Deportivo Salvora', mentions: ['Real Club Deportivo Salvora', 'Deportivo Salvora'] },
    ],
    not: ['Halbury Fire', 'Real Club'],
  },
  {
    name: 'a town before ", Co <county>"; an everyday surname with a role in apposition; a first-name pair that opens a company named by its trade',
    text: 'The plan for homes on the edge of Ballyrane, Co Kildare, was refused. "It is a blow," said Niall Barrow, the company’s managing director. Wen Lok Properties missed a payment, and Wen Lok shares fell.',
    entities: [
      { type: 'PLACE', name: 'Ballyrane', mentions: ['Ballyrane'] },
      { type: 'PLACE', name: 'Kildare', mentions: ['Kildare'] },
      { type: 'PERSON', name: 'Niall Barrow', mentions: ['Niall Barrow'], roles: [/managing director/] },
      { type: 'ORG', name: 'Wen Lok Properties', mentions: ['Wen Lok Properties', 'Wen Lok'] },
    ],
    only: true,
  },
  {
    name: 'a name no list knows before a country or region is a region of it; a trade word heads a company; a league opens an organisation',
    text: 'Farmers of Vallara Karnataka were angry. Cattle trader Rossaverde Agropecuaria was fined, and Rossaverde appealed. He joined from Liga Portugal side Almada.',
    entities: [
      { type: 'PLACE', name: 'Vallara Karnataka', mentions: ['Vallara Karnataka'] },
      { type: 'ORG', name: 'Rossaverde Agropecuaria', mentions: ['Rossaverde Agropecuaria', 'Rossaverde'] },
      { type: 'ORG', name: 'Liga Portugal', mentions: ['Liga Portugal'] },
    ],
    not: ['Karnataka'],
  },
  {
    name: 'an everyday surname with an age after it; a meadow and an expressway are places; a party member closes a name before "on the"; a company opening a sentence before its shares; a hyphenated pair of towns inside a longer name',
    text: 'Ravi Mason, 71, a retired millworker, said he would stay. The match at Ashton Meadow drew a crowd near the Ikorodu-Epe Expressway. Sen. Ann Roe, an Oregon Democrat on the Senate Commerce Committee, objected. Compass Air Holdings Inc. bid for a rival. Compass shares fell. It holds gates at Leeds-Bradford International Airport.',
    entities: [
      { type: 'PERSON', name: 'Ravi Mason', mentions: ['Ravi Mason'] },
      { type: 'PLACE', name: 'Ashton Meadow', mentions: ['Ashton Meadow'] },
      { type: 'PLACE', name: 'Ikorodu-Epe Expressway', mentions: ['Ikorodu-Epe Expressway'] },
      { type: 'PLACE', name: 'Oregon', mentions: ['Oregon'] },
      { type: 'ORG', name: 'Senate Commerce Committee', mentions: ['Senate Commerce Committee'] },
      { type: 'ORG', name: 'Compass Air Holdings Inc.', mentions: ['Compass Air Holdings Inc.', 'Compass'] },
      { type: 'PLACE', name: 'Leeds-Bradford International Airport', mentions: ['Leeds-Bradford International Airport'] },
    ],
    not: ['Oregon Democrat on the Senate Commerce Committee', 'Bradford International Airport'],
  },
  {
    name: 'a name closed by a place head word is no organisation, even with an organisation word inside it; South African provinces; a dam',
    text: 'A storm tide is forecast for low-lying parts of Karrabee and Orchid Beach. Residents of Sondra in the Eastern Cape waited, and the pipeline from the Hollin Dam burst. Shops on Bank Street closed.',
    entities: [
      { type: 'PLACE', name: 'Orchid Beach', mentions: ['Orchid Beach'] },
      { type: 'PLACE', name: 'Eastern Cape', mentions: ['Eastern Cape'] },
      { type: 'PLACE', name: 'Hollin Dam', mentions: ['Hollin Dam'] },
      { type: 'PLACE', name: 'Bank Street', mentions: ['Bank Street'] },
    ],
    not: ['Karrabee and Orchid Beach'],
  },
  {
    name: 'nurses, teachers and employers head a union or association named after a place',
    text: 'The United Nurses of Westland said on Thursday that most members voted yes. A spokesperson for Health Employers of Westland declined to comment.',
    entities: [
      { type: 'ORG', name: 'United Nurses of Westland', mentions: ['United Nurses of Westland'] },
      { type: 'ORG', name: 'Health Employers of Westland', mentions: ['Health Employers of Westland'] },
    ],
    only: true,
  },
  {
    name: 'well-known movements from the alias list are organisations, and a city the gazetteer spells two ways is a place',
    text: 'Mediators said Hamas had accepted the proposal and Hezbollah had not. Strikes hit Khan Younis overnight.',
    entities: [
      { type: 'ORG', name: 'Hamas', mentions: ['Hamas'] },
      { type: 'ORG', name: 'Hezbollah', mentions: ['Hezbollah'] },
      { type: 'PLACE', name: 'Khan Younis', mentions: ['Khan Younis'] },
    ],
    only: true,
  },
  {
    name: 'an apposition naming a group may hold an index and an "and"; the same pair typed a person by a name list elsewhere is the organisation',
    text: 'Ashby Hart, the FTSE 250 testing and inspection group, has rejected a takeover approach. Later, Ashby Hart said the offer was too low.',
    entities: [{ type: 'ORG', name: 'Ashby Hart', mentions: ['Ashby Hart', 'Ashby Hart'] }],
    not: ['FTSE 250'],
  },
  {
    name: 'a nation\'s branch of a known body is one organisation; a confederation, and a "Division of" body, are organisations',
    text: 'Volunteers from the Norwegian Red Cross arrived on Monday. The Chilean Confederation of Small Growers (CCP) said prices fell. She filed a complaint with the Division of Tenant Affairs. Crews closed Division Street and Elm Avenue on Monday.',
    entities: [
      { type: 'ORG', name: 'Norwegian Red Cross', mentions: ['Norwegian Red Cross'] },
      { type: 'ORG', name: 'Chilean Confederation of Small Growers', mentions: ['Chilean Confederation of Small Growers', 'CCP'] },
      { type: 'ORG', name: 'Division of Tenant Affairs', mentions: ['Division of Tenant Affairs'] },
      { type: 'PLACE', name: 'Division Street', mentions: ['Division Street'] },
      { type: 'PLACE', name: 'Elm Avenue', mentions: ['Elm Avenue'] },
    ],
    only: true,
  },
  {
    name: 'an office whose portfolio is a list with commas is one organisation; a list of bodies is not one',
    text: 'The Ministry of Roads, Ports and Inland Waterways said on Monday. The Ministry of Health, Oxfam and Unicef said nothing.',
    entities: [
      { type: 'ORG', name: 'Ministry of Roads, Ports and Inland Waterways', mentions: ['Ministry of Roads, Ports and Inland Waterways'] },
      { type: 'ORG', name: 'Ministry of Health', mentions: ['Ministry of Health'] },
      { type: 'ORG', name: 'Oxfam', mentions: ['Oxfam'] },
    ],
    not: ['Ministry of Health, Oxfam and Unicef', 'Ministry of Roads'],
  },
  {
    name: 'an Irish body with its article, a German company opened by "Deutsche", a title-holder\'s office, a town after a sentence-opening "In"',
    text: 'An Údarás Forbartha has refused the plan. The ruling by An Údarás Forbartha was final. Staff at Deutsche Kranwerk said so. A spokesperson for the Pell County Auditor\'s Office said. In Kisumu, a litre of petrol costs more.',
    entities: [
      { type: 'ORG', name: 'An Údarás Forbartha', mentions: ['An Údarás Forbartha', 'An Údarás Forbartha'] },
      { type: 'ORG', name: 'Deutsche Kranwerk', mentions: ['Deutsche Kranwerk'] },
      { type: 'ORG', name: "Pell County Auditor's Office", mentions: ["Pell County Auditor's Office"] },
      { type: 'PLACE', name: 'Kisumu', mentions: ['Kisumu'] },
    ],
  },
  {
    name: 'guards, a ship manager, developments and energies head organisations; a quarry, barracks and showgrounds are places',
    text: 'The Republican Guards seized the vessel, said Nereid Shipmanagement. Brackley Developments and Osk Energies declined to comment. Troops left Kinlough Barracks for Dunmore Quarry and the Tarrow Showgrounds.',
    entities: [
      { type: 'ORG', name: 'Republican Guards', mentions: ['Republican Guards'] },
      { type: 'ORG', name: 'Nereid Shipmanagement', mentions: ['Nereid Shipmanagement'] },
      { type: 'ORG', name: 'Brackley Developments', mentions: ['Brackley Developments'] },
      { type: 'ORG', name: 'Osk Energies', mentions: ['Osk Energies'] },
      { type: 'PLACE', name: 'Kinlough Barracks', mentions: ['Kinlough Barracks'] },
      { type: 'PLACE', name: 'Dunmore Quarry', mentions: ['Dunmore Quarry'] },
      { type: 'PLACE', name: 'Tarrow Showgrounds', mentions: ['Tarrow Showgrounds'] },
    ],
  },
  {
    name: 'a park, a volcano and an isle are places, as are a boulevard and a barangay; a chamber of trade and ferries are organisations',
    text: 'The Tallin Chamber of Trade said the fair at Orrin Park would go ahead. Skerry Ferries agreed. Ash fell near Tamlo Volcano and Grand Isle. Crowds filled Boulevard Marceau and Barangay Dulo.',
    entities: [
      { type: 'ORG', name: 'Tallin Chamber of Trade', mentions: ['Tallin Chamber of Trade'] },
      { type: 'ORG', name: 'Skerry Ferries', mentions: ['Skerry Ferries'] },
      { type: 'PLACE', name: 'Orrin Park', mentions: ['Orrin Park'] },
      { type: 'PLACE', name: 'Tamlo Volcano', mentions: ['Tamlo Volcano'] },
      { type: 'PLACE', name: 'Grand Isle', mentions: ['Grand Isle'] },
      { type: 'PLACE', name: 'Boulevard Marceau', mentions: ['Boulevard Marceau'] },
      { type: 'PLACE', name: 'Barangay Dulo', mentions: ['Barangay Dulo'] },
    ],
  },
  {
    name: 'an MSP is a title; a state named with "State" after "in" is a place; a nationality before "cities" is no place; inner capitals name a brand, not a Mc- surname',
    text: 'Labour MSP Iona Baird said 40 people died in Benue State. Some 200 other French cities joined. A KindFundMe page and ParkDOT helped, Iona McLEAN said.',
    entities: [
      { type: 'ORG', name: 'Labour', mentions: ['Labour'] },
      { type: 'PERSON', name: 'Iona Baird', mentions: ['Iona Baird'] },
      { type: 'PLACE', name: 'Benue State', mentions: ['Benue State'] },
      { type: 'ORG', name: 'KindFundMe', mentions: ['KindFundMe'] },
      { type: 'ORG', name: 'ParkDOT', mentions: ['ParkDOT'] },
      { type: 'PERSON', name: 'Iona McLEAN', mentions: ['Iona McLEAN'] },
    ],
    not: ['French'],
  },
  {
    name: 'a plural possessive inside a body\'s name keeps it whole (not after a name with "of"); a German head word alone after a name; seas and regions after "the"; a league named with a letter',
    text: 'The Senate Farmers’ Welfare Committee met. The Chamber of Deputies’ Budget Committee met too. Brenner Versicherung did not respond. Boats crossed the Mediterranean, and storms reached the Carolinas. The club plays in Italian Serie A, its owners said.',
    entities: [
      { type: 'ORG', name: 'Senate Farmers’ Welfare Committee', mentions: ['Senate Farmers’ Welfare Committee'] },
      { type: 'ORG', name: 'Chamber of Deputies', mentions: ['Chamber of Deputies'] },
      { type: 'ORG', name: 'Budget Committee', mentions: ['Budget Committee'] },
      { type: 'ORG', name: 'Brenner Versicherung', mentions: ['Brenner Versicherung'] },
      { type: 'PLACE', name: 'Mediterranean', mentions: ['Mediterranean'] },
      { type: 'PLACE', name: 'Carolinas', mentions: ['Carolinas'] },
      { type: 'ORG', name: 'Serie A', mentions: ['Serie A'] },
    ],
    not: ['Italian Serie A', 'Italian Serie'],
  },
  {
    name: 'a nationality after a holding\'s words is no company; a name there is',
    text: 'The deal is the latest Gulf investment in European football. Investors in Velcor cheered.',
    entities: [{ type: 'ORG', name: 'Velcor', mentions: ['Velcor'] }],
    not: ['European'],
  },
  {
    name: 'a double-barrelled surname ending in a place word is a person\'s; a hyphenated compound alone is a place; Welsh and French place words and a cycling team\'s "Team" open names',
    text: 'Miriam Holt-Lake said the road at Heol y Felin was shut. Ms Holt-Lake added that Team Varnholt rode up the Côte de Brenas. Fans filled the Elbwerk-Arena.',
    entities: [
      { type: 'PERSON', name: 'Miriam Holt-Lake', mentions: ['Miriam Holt-Lake', 'Holt-Lake'] },
      { type: 'PLACE', name: 'Heol y Felin', mentions: ['Heol y Felin'] },
      { type: 'ORG', name: 'Team Varnholt', mentions: ['Team Varnholt'] },
      { type: 'PLACE', name: 'Côte de Brenas', mentions: ['Côte de Brenas'] },
      { type: 'PLACE', name: 'Elbwerk-Arena', mentions: ['Elbwerk-Arena'] },
    ],
  },
  {
    name: 'a nationality compromise does not list, before a noun, is no part of an organisation that opens with it',
    text: 'The Irish Patients Forum said on Monday that waits were rising. Irish hospitals treated 9,000 more patients, and a Swedish city reported the same.',
    entities: [{ type: 'ORG', name: 'Irish Patients Forum', mentions: ['Irish Patients Forum'] }],
    not: ['Irish', 'Swedish'],
  },
  {
    name: 'an organisation, alliance or society closes a name that holds an "and"; a common acronym after "-based" is no name',
    text: 'The Welsh Farmers and Growers Organisation (WFGO) warned of losses. The Idaho Builders and Contractors Alliance agreed. A Brussels-based NGO said so, and he had a 2.61 ERA.',
    entities: [
      { type: 'ORG', name: 'Welsh Farmers and Growers Organisation', mentions: ['Welsh Farmers and Growers Organisation', 'WFGO'] },
      { type: 'ORG', name: 'Idaho Builders and Contractors Alliance', mentions: ['Idaho Builders and Contractors Alliance'] },
      { type: 'PLACE', name: 'Brussels', mentions: ['Brussels'] },
    ],
    not: ['NGO', 'ERA', 'Growers Organisation', 'Contractors Alliance'],
  },
  {
    name: 'Malaysian states and their main cities are places',
    text: 'Voters in Kedah and Pahang went to the polls, and the count in Kota Kinabalu ran late.',
    entities: [
      { type: 'PLACE', name: 'Kedah', mentions: ['Kedah'] },
      { type: 'PLACE', name: 'Pahang', mentions: ['Pahang'] },
      { type: 'PLACE', name: 'Kota Kinabalu', mentions: ['Kota Kinabalu'] },
    ],
  },
  {
    name: 'a known place opening the first line with a colon is a dateline; an accented given name opens a person before "of" and a firm; "Cerro" opens a place',
    text: 'Doha: Analysts such as Inés Calderón of Halvard Brandt Securities said the camp near Cerro Pintado would close.',
    entities: [
      { type: 'PLACE', name: 'Doha', mentions: ['Doha'] },
      { type: 'PERSON', name: 'Inés Calderón', mentions: ['Inés Calderón'] },
      { type: 'ORG', name: 'Halvard Brandt Securities', mentions: ['Halvard Brandt Securities'] },
      { type: 'PLACE', name: 'Cerro Pintado', mentions: ['Cerro Pintado'] },
    ],
    not: ['Inés Calderón of Halvard Brandt Securities'],
  },
  {
    name: 'an all-caps sentence does not turn every word into an organisation',
    text: 'FLOOD WATERS REACH THE TOWN SQUARE AS RAIN CONTINUES.',
    entities: [],
    not: ['FLOOD', 'FLOOD WATERS', 'TOWN SQUARE', 'RAIN', 'THE'],
    only: true,
  },
];

const segment = createSegmentStage();
const entitiesStage = createEntitiesStage();

function annotate(text: string): Entity[] {
  const doc = {
    document: { id: 't', source: 't', title: null, date: null, language: 'en' as const, sha256: '0'.repeat(64), text },
  };
  const seg = segment.run(doc);
  return entitiesStage.run({ ...doc, ...seg }).entities;
}

interface Compact {
  type: EntityType;
  name: string;
  mentions: string[];
  roles: string[];
}
const compact = (e: Entity): Compact => ({ type: e.type, name: e.name, mentions: e.mentions.map((m) => m.text), roles: e.roles });
const nameMatches = (want: string | RegExp, got: string): boolean => (typeof want === 'string' ? want === got : want.test(got));

describe('entities', () => {
  it(`has at least 40 rows (${rows.length})`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const { text } = row;
    const entities = annotate(text);
    const got = entities.map(compact);
    const shown = JSON.stringify(got);

    // Offsets are sacred; mentions sorted; ids unique; name and aliases come from the mentions.
    const ids = new Set<string>();
    for (const e of entities) {
      expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
      ids.add(e.id);
      expect(e.mentions.length).toBeGreaterThan(0);
      let last = -1;
      for (const m of e.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.rule).toMatch(/\S/);
        expect(m.start).toBeGreaterThanOrEqual(last);
        last = m.start;
      }
      const texts = e.mentions.map((m) => m.text);
      expect(texts).toContain(e.name);
      for (const a of e.aliases) expect(texts).toContain(a);
    }

    for (const want of row.entities) {
      const hit = got.find((g) => g.type === want.type && nameMatches(want.name, g.name));
      expect(hit, `expected ${want.type} ${String(want.name)}; got ${shown}`).toBeDefined();
      if (!hit) continue;
      expect(hit.mentions, `mentions of ${hit.name}; got ${shown}`).toEqual(want.mentions);
      for (const role of want.roles ?? []) {
        expect(hit.roles.some((r) => role.test(r)), `${hit.name} needs a role matching ${String(role)}; got ${shown}`).toBe(true);
      }
    }

    const allMentions = got.flatMap((g) => g.mentions);
    for (const bad of row.not ?? []) {
      expect(allMentions, `“${bad}” must not be a mention; got ${shown}`).not.toContain(bad);
    }

    if (row.only) {
      expect(got.length, `only the expected entities; got ${shown}`).toBe(row.entities.length);
    }
  });
});
