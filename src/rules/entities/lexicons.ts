/** The entity lexicons, loaded once: titles, organisation words, aliases, words that are not names. */
import titlesData from '../../lexicon/titles.json' with { type: 'json' };
import orgWords from '../../lexicon/organization-words.json' with { type: 'json' };
import aliasData from '../../lexicon/entity-aliases.json' with { type: 'json' };
import notNames from '../../lexicon/not-names.json' with { type: 'json' };
import places from '../../lexicon/places.json' with { type: 'json' };
import worldCities from '../../lexicon/world-cities.json' with { type: 'json' };
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import type { EntityType } from '../../document.js';
import { isEnglishWord } from '../../nlp/english-words.js';
import { alternation } from '../quantities/numbers.js';

export const HONORIFICS = new Set(titlesData.honorifics);
/** "Dr", "Dr.", "Ms.", "Sir": an honorific, with or without its full stop. */
export function isHonorific(word: string): boolean {
  const w = word.toLowerCase();
  return HONORIFICS.has(w) || HONORIFICS.has(`${w}.`);
}
export const TITLES = new Set([...titlesData.titles, ...titlesData.honorifics, ...titlesData.demonymNouns]);
export const POST_NOMINALS = new Set(titlesData.postNominals);
export const PERSON_TITLES = new Set([...titlesData.personTitles, ...titlesData.honorifics, ...titlesData.demonymNouns]);
/** Titles after which capitalised words name a portfolio, not an organisation ('Emergency Services Minister'). */
export const PORTFOLIO_TITLES = new Set(titlesData.portfolioTitles);
/** Lower-case words inside a person's name: "van der", "de", "bin". */
export const NAME_PARTICLES = new Set(titlesData.nameParticles);
/** Romance particles, after which an everyday word makes an organisation's name ("Banco de Chile"), not a surname. */
export const ROMANCE_PARTICLES = new Set(titlesData.romanceParticles);
export const ORG_HEADS = new Set(orgWords.heads);
/** "Kingsmere have 10 points": plural verbs after a one-word name no list knows (British usage for teams and companies). */
export const PLURAL_AGREEMENT_VERBS = new Set(orgWords.pluralAgreementVerbs);
export const ORG_OF_HEADS = new Set(orgWords.ofHeads);
/** Words that begin a club's or company's name: "Deportivo", "Real", "Olympique". */
export const ORG_PREFIXES = new Set(orgWords.prefixes);
/** A company's legal or group suffix ('Harvest Lane Group', 'Tallis Mining Ltd'). */
export const CORPORATE_SUFFIXES = new Set(orgWords.corporateSuffixes);
export const LEGAL_FORMS = new Set(orgWords.legalForms);
/** "her solicitors, Marlowe Pugh,": a plural noun for a firm's people, then the firm's name. */
export const FIRM_PLURALS = new Set(orgWords.firmPlurals);
export const ORG_HEAD_SUFFIXES: readonly string[] = orgWords.headSuffixes;
/** Heads that close a name holding an "and" ("Energy and Natural Resources Committee"). */
export const UMBRELLA_HEADS = new Set(orgWords.umbrellaHeads);
export const CONNECTORS = new Set(orgWords.connectors);
/** A word before a name that makes it an organisation: "the resin maker …", "the tabloid …". */
export const ORG_DESCRIPTORS = new Set(orgWords.descriptors);
/** "its Varna oil field", "the Kamoto mine": a site noun after the name (see places.json siteNouns). */
export const SITE_AFTER = new RegExp(String.raw`^\s+(?:${alternation(places.siteNouns)})\b`, 'u');
/** "Varna, which lies …": a place's relative clause (see places.json whichVerbs). */
export const PLACE_WHICH = new RegExp(String.raw`^,\s+which\s+(?:${alternation(places.whichVerbs)})\b`, 'u');
/** "shares in Tamberg", "a stake in Harwenby": holding words before a name that make it a company (see organization-words.json shareHolding). */
export const SHARES_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(orgWords.shareHolding)})\s+$`, 'iu');
/** "state-owned Petrova", "privately held Harwenby": an owner's or listing's words before a name that make it an organisation. */
// (with the hyphen written either way: "state-owned", "state‑owned")
export const OWNERSHIP_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:${alternation(orgWords.ownershipModifiers.flatMap((m) => [m, m.replace(/-/g, '‑')]))})\s+$`, 'iu');
/** Where a team goes by its city: nouns a team owns, words before it, verbs of a trade (see cityAsTeam). */
export const TEAM_POSSESSIONS = new Set(orgWords.teamPossessions);
export const TEAM_PREPOSITIONS = new Set(orgWords.teamPrepositions);
export const TEAM_TRANSFER_VERBS = new Set(orgWords.teamTransferVerbs);
export const CLUB_HEADS = new Set(orgWords.clubHeads);
/** Heads of an apposition that makes the name before it an organisation (", a software company"). */
export const APPOSITION_NOUNS: readonly string[] = orgWords.appositionNouns;
/** Lower-case words after "the <Name>" that make the name an organisation: "the Save the Rivers campaign". */
export const ORG_FOLLOWERS = new Set(orgWords.followers);
/** Verbs after ", which" that make the name before it an organisation ("..., which makes doorbells"). */
export const WHICH_VERBS: readonly string[] = orgWords.whichVerbs;
/** "the capital Lindrava", "the village of Kamyanka": a noun that makes the name after it a place. */
export const PLACE_DESCRIPTORS = new Set(places.descriptors);
export const ROAD_WORDS = new Set(places.roadWords);
export const STREET_HEADS = new Set(places.streetHeads);
export const PLACE_OF_NOUNS = new Set(places.ofNouns);
export const CONSTITUENCY_TITLES = new Set(places.constituencyTitles);
export const HYPHEN_LINKS = new Set(places.hyphenLinks);
/** "an analyst at X": X is an organisation. */
export const AFFILIATION_ROLES = new Set(orgWords.affiliationRoles);
const AFFILIATION_ROLE_SUFFIXES: readonly string[] = orgWords.affiliationRoleSuffixes;
/** A person's role noun after which "at X" names an organisation: "analyst", "head", "glaciologist", "physician". */
export function isAffiliationRole(word: string): boolean {
  return AFFILIATION_ROLES.has(word) || AFFILIATION_ROLE_SUFFIXES.some((x) => word.endsWith(x) && word.length > x.length + 1);
}
/** Heads of an organisation named after its place ("Kent Police"): its first word alone is the place. */
export const PLACE_NAMED_HEADS = new Set(orgWords.placeNamedHeads);
/** "Lumera's founder", "Lumera's bid": what an organisation has. */
export const POSSESSED_ROLES: readonly string[] = orgWords.possessedRoles;
export const POSSESSED_ROLE_MODIFIERS: readonly string[] = orgWords.possessedRoleModifiers;
/** "told X": X is an outlet the speaker told. */
export const TOLD_VERBS = new Set(orgWords.toldVerbs);
/** "reviewed by the X", "obtained by the X": X is an outlet. */
export const OBTAINED_BY_VERBS = new Set(orgWords.obtainedByVerbs);
/** Words shortly before "in" and a name that make the name a journal ("a study published Wednesday in The Lancet"). */
export const PUBLICATION_CUES = new Set(orgWords.publicationCues);
/** Capitalised abbreviations that name no one: the lexicon's, and the time zones of the date lexicon ("3:30 pm IST"). */
export const NOT_NAME_ACRONYMS = new Set([...notNames.acronyms, ...dateWords.timeZones].map((a) => a.toUpperCase()));
export const NOT_NAME_WORDS = new Set(notNames.words);
/** Two capitalised words that name a kind of community, not one ("First Nation"), lower-case. */
export const GENERIC_NAME_PAIRS = new Set(notNames.genericPairs.map((p) => p.toLowerCase()));
export const MONTH_FIRST_NAMES = new Set(notNames.monthFirstNames);
export const COMPOUND_SUFFIXES = new Set(notNames.compoundSuffixes);
/** Capitalised prefixes before a hyphen that make a compound, not a given name's first syllable ("Co-chair", "Ex-pro"). */
export const COMPOUND_PREFIXES = new Set(notNames.compoundPrefixes);
export const EVENT_HEADS = new Set(orgWords.eventHeads);
export const PLACE_NAMES = new Set(places.names.map((p) => p.toLowerCase()));
export const STATE_ABBREVIATIONS = new Set(places.stateAbbreviations);
export const PLACE_HEADS = new Set(places.heads);

/** Does a name closed by this word name a place, never an organisation ("Orchid Beach", "Bank Street")? */
export function isPlaceHeadOnly(lower: string): boolean {
  return PLACE_HEADS.has(lower) && !ORG_HEADS.has(lower);
}

export const PLACE_PREFIXES = new Set(places.prefixes);
export const COMPASS_WORDS = new Set(places.compassWords);
/**
 * The town and city names as sets, built on the first question (~3 ms for 21,000 names): the
 * entities stage asks about most capitalised words of every document, and a set answers in one
 * lookup where a binary search of the sorted lists took ~15 string comparisons.
 */
let cityNames: { names: ReadonlySet<string>; folded: ReadonlySet<string> } | undefined;

/** Is this lower-case name a town or city of 20,000 people or more (generated: npm run cities)? */
export function isWorldCity(lower: string): boolean {
  cityNames ??= { names: new Set(worldCities.names), folded: new Set(worldCities.foldedNames) };
  if (cityNames.names.has(lower)) return true;
  // a name written without its accents ("Cuiaba"), unless that spelling is an everyday word ("bush", "save", "than")
  return cityNames.folded.has(lower) && !isEnglishWord(lower);
}
/** "a Kansas Republican": words for a party's member, which make a place before them a description. */
export const PARTY_MEMBERS = new Set(orgWords.partyMembers);
/** Endings of abstract nouns ("Islamophobia", "Federalism"), never of a place's name. */
export const NOT_PLACE_SUFFIXES: readonly string[] = places.notPlaceSuffixes;
/** Prepositions that only ever introduce a place ("outside Syracuse"), unlike "in" or "to". */
export const STRONG_PLACE_PREPOSITIONS = new Set(places.strongPrepositions);
/** "nearby", "neighbouring": between a preposition and a place's name ("in nearby Carmel"). */
export const NEARBY_WORDS = new Set(places.nearbyWords);
/** "county council", "city council": a council's name in lower case after its place ("Lincolnshire county council"). */
export const LOWER_CASE_COUNCIL = new RegExp(String.raw`^ (?:${orgWords.lowerCaseCouncils.join('|')})\b`);
/** "channel": a head that names an organisation with a number after it ("Channel 7"). */
export const NUMBERED_HEADS = new Set(orgWords.numberedHeads);
/** Prepositions before a proper noun that suggest a place ("in", "from"). */
export const PLACE_PREPOSITIONS = new Set(places.prepositions);
/** "in the Bronx", "across the Algarve": prepositions of being inside a place named with "the". */
export const ENCLOSING_PREPOSITIONS = new Set(places.enclosingPrepositions);
/** "the Toledo area", "the Boston region": a name between "the" and one of these is a place. */
export const AREA_NOUNS = new Set(places.areaNouns);
/** "Marenga's government", "Marenga's second-largest city": what only a country or place has, after a possessive. */
/** "Bay of Bengal", "Isle of Man": capitalised heads that name a place with "of" after them. */
export const NAMED_OF_HEADS = new Set(places.namedOfHeads);
export const PLACE_POSSESSION = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+)?(?:${places.possessions.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');
/** Plural place nouns around a list of names: "Lake and Geauga counties", "towns such as Tiverton". */
export const PLURAL_PLACE_HEADS = new Set(places.pluralHeads);

export interface AliasGroup {
  key: string;
  type: EntityType;
  names: string[];
}

const ACRONYM = /^[\p{Lu}.&]+$/u;
const SPACE_TO_NORMALISE = /\s\s|[^\S ]/;

/** Alias groups by normalised name: acronyms match case-sensitively, other names ignore case. */
export const ALIASES = new Map<string, AliasGroup>();
aliasData.groups.forEach((g, i) => {
  const group: AliasGroup = { key: `alias:${i}`, type: g.type as EntityType, names: g.names };
  for (const name of g.names) ALIASES.set(aliasKey(name), group);
});

/**
 * The key of a name in ALIASES. Not memoised: a name is often a slice of its document, and a memo
 * that kept it would keep the whole document's text alive (measured: ~8 KB per article streamed).
 */
export function aliasKey(name: string): string {
  let n = name.includes('’') ? name.replace(/’/g, "'") : name;
  if (SPACE_TO_NORMALISE.test(n)) n = n.replace(/\s+/g, ' ');
  n = n.trim();
  return ACRONYM.test(name) ? `A:${n}` : `W:${n.toLowerCase()}`;
}
