/**
 * Step 2: a name run becomes typed mention candidates: titles split off ("Treasury Secretary |
 * Ann Roe"), then PERSON / ORG / PLACE by alias list, structure, gazetteer and context.
 */
import type { EntityType, Token } from '../../document.js';
import { isEnglishWord } from '../../nlp/english-words.js';
import { hasLexTag, isGivenName, lexTags } from '../../nlp/name-lexicon.js';
import type { NameRun } from './find-name-runs.js';
import { ALIASES, PUBLICATION_CUES, POST_NOMINALS, MONTH_FIRST_NAMES, COMPASS_WORDS, CONNECTORS, EVENT_HEADS, NAME_PARTICLES, ROMANCE_PARTICLES, ENCLOSING_PREPOSITIONS, NOT_NAME_ACRONYMS, NOT_NAME_WORDS, NOT_PLACE_SUFFIXES, ORG_HEADS, PARTY_MEMBERS, ORG_OF_HEADS, PERSON_TITLES, PORTFOLIO_TITLES, PLACE_HEADS, PLACE_NAMES, PLACE_PREFIXES, STATE_ABBREVIATIONS, STRONG_PLACE_PREPOSITIONS, AREA_NOUNS, PLACE_POSSESSION, NAMED_OF_HEADS, TITLES, UMBRELLA_HEADS, ORG_PREFIXES, ORG_DESCRIPTORS, OWNERSHIP_BEFORE, SHARES_BEFORE, SITE_AFTER, PLACE_WHICH, PLACE_PREPOSITIONS, APPOSITION_NOUNS, TOLD_VERBS, OBTAINED_BY_VERBS, AFFILIATION_ROLES, isAffiliationRole, FIRM_PLURALS, ORG_FOLLOWERS, WHICH_VERBS, PLACE_DESCRIPTORS, POSSESSED_ROLES, PLURAL_PLACE_HEADS, POSSESSED_ROLE_MODIFIERS, ROAD_WORDS, STREET_HEADS, PLACE_OF_NOUNS, CONSTITUENCY_TITLES, ORG_HEAD_SUFFIXES, HYPHEN_LINKS, GENERIC_NAME_PAIRS, isHonorific, isPlaceHeadOnly, isWorldCity, aliasKey, NEARBY_WORDS, LOWER_CASE_COUNCIL, NUMBERED_HEADS, type AliasGroup } from './lexicons.js';
import { isAcronym, isInitial, isJoinedHyphen, possessiveSuffix, spelledBy, tokenText } from './token-shapes.js';
import { parseOrdinal } from '../quantities/numbers.js';
import { datelineBefore } from './dateline.js';
import { NAME_WITHHELD_PHRASES, nameWithheldMayOccur } from '../sources/find-anonymity-reason.js';

// (or a possessive place for the article: "BaFin, Germany's financial regulator,")
// (the words before the noun may hold an index's name and an "and": ", the FTSE 250 testing and inspection group,")
const ORGANIZATION_APPOSITION = new RegExp(String.raw`^,\s+(?:a|an|the|\p{Lu}[\p{L}.-]*['’]s)\s+(?:(?!(?:of|this|that|in|on|at|to|for|with|or|by)\s)[\p{L}\d-]+(?:['’]s|(?<=s)['’])?\s+){0,5}?(?:${APPOSITION_NOUNS.map((w) => w.replace(/-/g, '-?')).join('|')})\b`, 'u');
/** "Lumera’s founder", "Lumera, founded in 2019,": what follows a company's name, never a person's. */
// ("Airbus’s senior vice president for sales": up to two modifiers before the role)
const ORGANIZATION_AFTER = new RegExp(String.raw`^(?:['’]s\s+(?:(?:${POSSESSED_ROLE_MODIFIERS.join('|')})\s+){0,2}(?:${POSSESSED_ROLES.join('|')})\b|,\s+(?:which\s+was\s+)?founded\s+in\b)`, 'iu');
/** "Eskom spokesperson Lerato Sebogodi": a role the organisation holds, then its holder's name. */
const ROLE_THEN_NAME = new RegExp(String.raw`^\s+(?:${POSSESSED_ROLES.filter((r) => !/^(?:bid|website|board|shareholders|employees|headquarters)$/.test(r)).join('|')})\s+\p{Lu}\p{Ll}`, 'u');
/** ", which makes ...": what follows a company's name, never a person's. */
const WHICH_ORGANIZATION = new RegExp(String.raw`^,\s+which\s+(?:${WHICH_VERBS.join('|')})\b`, 'u');
const OPEN_QUOTES = new Set(['“', '"', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'", '»']);

export interface Candidate {
  start: number;
  end: number;
  first: number;
  last: number;
  /** null: a capitalised word of unknown kind, kept only if linking finds what it names. */
  type: EntityType | null;
  rule: string;
  alias: AliasGroup | null;
  /** A person title or honorific stood before it. */
  titled: boolean;
  sentence: number;
}

const COMMON_TAGS = ['Adjective', 'Plural', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Uncountable'] as const;
const NAME_TAGS = ['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'City', 'Region', 'Place', 'Country', 'Organization', 'SportsTeam'] as const;

/** Is the acronym introduced somewhere as "(ACRONYM)" after lower-case words whose initials spell it ("compressed natural gas (CNG)")? */
function lowerCaseTermSpelled(text: string, acronym: string): boolean {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return false;
  const letters = acronym.replace(/s$/, '').toLowerCase();
  const tail = text.slice(Math.max(0, at - 80), at).trim().split(/\s+/).slice(-letters.length);
  return tail.length === letters.length && tail.every((w, i) => /^\p{Ll}/u.test(w) && w[0] === letters[i]);
}

/** Two inner capitals after small letters ("GoFundMe"), or small letters then two capitals at the end ("MoDOT"); not a Scottish or Irish surname ("McDONALD"). */
const INNER_CAPITALS = /^(?!Ma?c)(?:\p{Lu}\p{Ll}+\p{Lu}\p{Ll}*\p{Lu}\p{L}*|\p{Lu}\p{Ll}+\p{Lu}{2,})$/u;

/**
 * An organisation by structure: a head word ("Department", "Court", "News") with no title word
 * after it ("U.S. District Court for Washington, D.C." yes; "Supreme Court Justice John Roberts" no),
 * or "Department of ...".
 */
export function isOrgShaped(tokens: Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  // "Department of ...", "Office for National Statistics", "Council on Foreign Relations"
  if (ORG_OF_HEADS.has(tokens[a]!.lower) && /^(of|for|on)$/.test(tokens[a + 1]!.lower)) return true;
  // ("Orchid Beach", "Bank Street": a name closed by a place's head word is no organisation's)
  if (isPlaceHeadOnly(tokens[b]!.lower)) return false;
  for (let h = b; h > a; h--) {
    if (ORG_HEADS.has(tokens[h]!.lower)) return true;
    // ("Superior Court of Justice": a title word after "of" is what the body deals with)
    if (TITLES.has(tokens[h]!.lower) && !/^(of|for)$/.test(tokens[h - 1]!.lower)) return false;
  }
  return false;
}

/** Two capitalised words, proper nouns or no English words, that are no title, head word or known place ("Aiko Tamura"). */
function isPlainNamePair(text: string, tokens: Token[], pair: Token[]): boolean {
  if (!pair.every((t) => (t.pos === 'PROPN' || !isEnglishWord(t.lower)) && /^\p{Lu}\p{Ll}+$/u.test(tokenText(t)) && !TITLES.has(t.lower) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !ORG_PREFIXES.has(t.lower))) return false;
  const words = text.slice(pair[0]!.start, pair.at(-1)!.end).toLowerCase();
  return lexType(words) === null && !isWorldCity(words);
}

function isCommonWord(lower: string, pos: string): boolean {
  if (NOT_NAME_WORDS.has(lower)) return true;
  if (hasLexTag(lower, ...NAME_TAGS)) return false;
  if (hasLexTag(lower, ...COMMON_TAGS)) return true;
  return pos !== 'PROPN';
}

function isDateWord(lower: string): boolean {
  return hasLexTag(lower, 'WeekDay', 'Month') || /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(lower) || /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/.test(lower);
}

function lexType(lower: string): EntityType | null {
  if (PLACE_NAMES.has(lower)) return 'PLACE';
  const tags = lexTags(lower);
  if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) return 'PLACE';
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) return 'ORG';
  return null;
}

/** Is the run exactly the content of a pair of quotation marks (a title of a work, a nickname)? */
function isQuotedTitle(text: string, tokens: Token[], a: number, b: number): boolean {
  const before = tokens[a - 1];
  if (!before || !OPEN_QUOTES.has(tokenText(before))) return false;
  let k = b + 1;
  if (tokens[k] && /^[,.!?]$/.test(tokenText(tokens[k]!))) k++;
  const after = tokens[k];
  return after !== undefined && CLOSE_QUOTES.has(tokenText(after));
}

/**
 * Is the run inside a quotation whose words are mostly capitalised (a title of a work:
 * “Thin Ice, Fast Water: Meltwater Feedbacks”)?
 */
function inTitleCaseQuotation(text: string, tokens: Token[], run: NameRun): boolean {
  // cheap test first: a double quotation mark shortly before the run
  const from = tokens[Math.max(0, run.first - 20)]!.start;
  let seen = false;
  for (let i = tokens[run.first]!.start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x22 || c === 0xab) {
      seen = true;
      break;
    }
  }
  if (!seen) return false;
  let open = -1;
  for (let i = run.first - 1; i >= 0 && i >= run.first - 20; i--) {
    const s = tokenText(tokens[i]!);
    if (CLOSE_QUOTES.has(s) && s !== '"' && s !== "'") return false;
    if (OPEN_QUOTES.has(s) && s !== "'" && s !== '’') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = run.last + 1; i < tokens.length && i <= run.last + 20; i++) {
    const s = tokenText(tokens[i]!);
    if (s === '”' || s === '"' || s === '»') {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  const words = tokens.slice(open + 1, close).filter((t) => /\p{L}/u.test(tokenText(t)));
  if (words.length < 2 || words.length > 14) return false;
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(tokenText(t)) || CONNECTORS.has(t.lower) || t.lower === 'a' || t.lower === 'to' || t.lower === 'in');
  return capitalised.length === words.length;
}

/** Does a list of capitalised names end at token k ("Lincolnshire, North Yorkshire") after a place preposition? */
function listAfterPreposition(tokens: Token[], k: number): boolean {
  let names = 0;
  for (let steps = 0; steps < 12 && k >= 0; steps++, k--) {
    const t = tokens[k]!;
    if (/^\p{Lu}/u.test(t.text)) names++;
    else if (t.text === ',' && names > 0) continue;
    else return names > 0 && PLACE_PREPOSITIONS.has(t.lower) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  }
  return false;
}

/** Is the name at a..b in a list after a plural place noun: "towns such as Mértola and Serpa"? */
function afterPlaceList(tokens: Token[], a: number): boolean {
  let k = a - 1;
  for (let steps = 0; steps < 12 && k >= 2; steps++) {
    const t = tokens[k]!;
    if (t.lower === 'as' && tokens[k - 1]!.lower === 'such') return PLURAL_PLACE_HEADS.has(tokens[k - 2]!.lower);
    const s = tokenText(t);
    if (s === ',' || t.lower === 'and' || t.lower === 'or' || /^\p{Lu}/u.test(s)) k--;
    else return false;
  }
  return false;
}

/** "the capital Lindrava", "the village of Kamyanka", "the southern city of Zorivka": a place noun before the name. */
function placeDescribed(tokens: Token[], a: number, b: number): boolean {
  let prev = tokens[a - 1];
  if (!prev) return false;
  // ("in the capital, Kheiran": a comma between them, after "the" and the place noun)
  // (closing the sentence: not "in the city, Marwan said", "the city, Musa Tigani, said")
  const comma = prev.text === ',' && PLACE_DESCRIPTORS.has(tokens[a - 2]?.text ?? '') && tokens[a - 3]?.lower === 'the' && /^[.;]?$/.test(tokens[b + 1]?.text ?? '');
  if (comma) {
    prev = tokens[a - 2]!;
    a--;
  }
  if (PLACE_DESCRIPTORS.has(prev.text)) return /^(the|a|its|their)$/.test(tokens[a - 2]?.lower ?? '') || tokens[a - 2]?.pos === 'ADJ';
  if (comma) return false;
  if (prev.lower !== 'of') return false;
  // "the village of Kamyanka"; "the regional government of Umbria", "the outskirts of Lviv"
  // ("the besieged city of Dar Tayba": an adjective may stand before the place noun)
  // ("the central Victorian town of Coopers Rise": up to three modifiers, adjectives or capitalised words)
  const describedBy = (k: number): boolean => {
    for (let j = k; j >= 0 && j >= k - 3; j--) {
      const t = tokens[j]!;
      if (/^(the|a)$/.test(t.lower)) return true;
      if (!(t.pos === 'ADJ' || /ed$/.test(t.lower) || /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
    }
    return false;
  };
  return (PLACE_DESCRIPTORS.has(tokens[a - 2]?.text ?? '') && describedBy(a - 3)) || (PLACE_OF_NOUNS.has(tokens[a - 2]?.text ?? '') && (tokens[a - 3]?.lower === 'the' || (tokens[a - 3]?.pos === 'ADJ' && tokens[a - 4]?.lower === 'the')));
}

/**
 * Everyday capitalised words, then a country's or state's name: an agency of that place ("Environment
 * Canada", "Parks Victoria", "Universities UK"). Every word before the place is in the English
 * lexicon, at least one is no first name, and none is a compass word or "New".
 */
function agencyOfPlace(tokens: Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  // the place: the last word, or the last two ("Health New Zealand")
  let placeAt = b;
  const isPlace = (lower: string, from: number): boolean => hasLexTag(lower, 'Country', 'Region') || PLACE_NAMES.has(lower) || (from - a >= 2 && isWorldCity(lower));
  const pair = b - 1 > a ? `${tokens[b - 1]!.lower} ${tokens[b]!.lower}`.replace(/\./g, '') : '';
  if (pair && isPlace(pair, b - 1)) placeAt = b - 1;
  // (a town's name only after two words or more: "Forest Fire Management Victoria", not "Dean Kamen")
  else if (!isPlace(tokens[b]!.lower.replace(/\./g, ''), b)) return false;
  let notFirstName = false;
  for (let k = a; k < placeAt; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isEnglishWord(t.lower) || COMPASS_WORDS.has(t.lower) || t.lower === 'new' || hasLexTag(t.lower, 'Demonym', 'Country', 'Region', 'City')) return false;
    if (!isGivenName(t.lower)) notFirstName = true;
  }
  return notFirstName;
}

/**
 * Is the name at a..b followed by "(ACRONYM)" made of its capitalised words' initials ("Nava
 * Karnataka Paksha (NKP)"), a word giving up to its first three letters ("Economic Community of
 * West African States (ECOWAS)")?
 */
function acronymFollows(text: string, tokens: Token[], a: number, b: number, end: number): boolean {
  const m = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(end, end + 14));
  if (!m) return false;
  return spelledBy(tokens, a, b, m[1]!) || initialsWithin(tokens, a, b, m[1]!);
}

/**
 * "Social Democrats (SPD)": an acronym of the name in its own language, which holds the initials of
 * the name's capitalised words in order (and begins with the first).
 */
function initialsWithin(tokens: Token[], a: number, b: number, acronym: string): boolean {
  const initials = tokens.slice(a, b + 1).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]!);
  if (initials.length < 2 || initials[0] !== acronym[0]) return false;
  let k = 0;
  for (const c of acronym) if (c === initials[k]) k++;
  return k === initials.length;
}

/** "Roe (R-Neb.)", "(D-N.M.)": a US legislator's party and state in parentheses after the name. */
const PARTY_TAG_AFTER = /^\s*\([DRI]-\p{Lu}/u;

/**
 * A person who gives only a first name (the anonymity lexicon's name-withheld phrases): the name
 * right after the phrase ("gave only her first name, Mireille,"), or in a relative clause saying so
 * ("Rosalba, who … gave only her first name,").
 */
const FIRST_NAME_ONLY_BEFORE = new RegExp(String.raw`\b(?:${NAME_WITHHELD_PHRASES}),?\s+$`, 'iu');
// ("Mia and Tom, who gave only their first names": two first names joined by "and"; "Lena, a nurse
// in Columbus, Ohio, who asked that only her first name be used": a description holding a comma)
const FIRST_NAME_ONLY_AFTER = new RegExp(String.raw`^(?:\s+and\s+\p{Lu}\p{Ll}+)?,\s+(?:(?:a|an|the)\s[^.;]{0,60}?\s)?(?:who|whose)\b[^.;]{0,140}?\b(?:${NAME_WITHHELD_PHRASES})\b`, 'iu');

/**
 * Does a person's role noun end the phrase before "at" (token k is the last word before it)? "an
 * analyst at", "head of commodities research at", "a glaciologist at": at most five words back,
 * within the clause.
 */
function roleBeforeAt(tokens: readonly Token[], k: number): boolean {
  // (a word joined by a hyphen counts once: "head of fixed-income strategy at")
  for (let i = k, words = 0; i >= 0 && words < 5; i--) {
    const t = tokens[i]!;
    if (isJoinedHyphen(tokens, i)) {
      i--;
      continue;
    }
    words++;
    if (/^[,.;:()“”"]$/.test(tokenText(t))) return false;
    if (isAffiliationRole(t.lower)) return true;
  }
  return false;
}

/** ", an energy analyst at", ", a professor of law": an apposition naming a person's role within its first four words. */
function personApposition(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  const m = /^,\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(after);
  if (m !== null && m[1]!.split(/\s+/).some((w) => !w.endsWith('s') && isAffiliationRole(w))) return true;
  // (an organisation's role: ", the company’s managing director", ", its chief executive")
  // (and one with "the" before "of" or "at": ", the managing director of Harlow Homes")
  const owned = /^,\s+(?:the\s+[\p{L}-]+['’]s|its|their)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(after) ?? /^,\s+the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:of|at)\s/u.exec(after);
  if (owned !== null && owned[1]!.split(/\s+/).some((w) => PERSON_TITLES.has(w) || (!w.endsWith('s') && isAffiliationRole(w)))) return true;
  // (a person's title without an article, before "of", "at" or "for": ", director of services for housing at")
  const titled = /^,\s+(\p{Ll}+)\s+(?:of|at|for)\s/u.exec(after);
  return titled !== null && PERSON_TITLES.has(titled[1]!) && !isHonorific(titled[1]!);
}

/** "Sarah, 34,", "Danielle, a 34-year-old home health aide,", "Mariam, the 23-year-old daughter of": the name ending at token b is followed by an age. */
function ageFollows(text: string, tokens: readonly Token[], b: number, end: number): boolean {
  const comma = (k: number): boolean => tokens[k] !== undefined && tokenText(tokens[k]!) === ',';
  return (comma(b + 1) && /^\d{1,3}$/.test(tokens[b + 2]?.text ?? '') && Number(tokens[b + 2]!.text) <= 110 && comma(b + 3)) || /^,\s+(?:a|an|the)\s+\d{1,3}-year-old\b/u.test(text.slice(end, end + 26));
}

/** ", the provincial capital,", ", a port city on the Red Sea": an apposition after the name that makes it a place. */
const PLACE_APPOSITION = /^,\s+(?:the|a|an|its|\p{Lu}\p{L}*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=[,.;:]|\s+(?:of|in|on|and|near)\b)/u;
function placeApposition(text: string, end: number): boolean {
  const m = PLACE_APPOSITION.exec(text.slice(end, end + 50));
  return m !== null && PLACE_DESCRIPTORS.has(m[1]!);
}

/** Is the parenthesis at [open, close) the agency's name in a dateline ("SEOUL, Oct 22 (Wireline) -")? */
function datelineAgency(text: string, open: number, close: number): boolean {
  return /^\s*[—–-]/.test(text.slice(close, close + 4)) && datelineBefore(text, open);
}

/** "Buffalo, Hall and Dawson counties": a name in a list closed by a plural place word. */
function inPlaceList(text: string, tokens: Token[], b: number): boolean {
  let k = b + 1;
  for (let steps = 0; steps < 12 && k < tokens.length; steps++) {
    const t = tokens[k]!;
    if (PLURAL_PLACE_HEADS.has(t.lower)) return true;
    const s = tokenText(t);
    // (hyphenated names and their lower-case links count: "the Abitibi-Témiscamingue and Nord-du-Québec regions")
    const joined = isJoinedHyphen(tokens, k) || (isJoinedHyphen(tokens, k - 1) && HYPHEN_LINKS.has(t.lower));
    if (s === ',' || t.lower === 'and' || t.lower === 'or' || /^\p{Lu}/u.test(s) || joined) k++;
    else return false;
  }
  return false;
}

/** Split a run into title prefix, pre-title organisation and the name; classify what is left. */
export function classifyRun(text: string, tokens: Token[], run: NameRun, out: Candidate[]): void {
  // "Secretary for Housing Cheryl Lam", "Minister of Finance Ana Ruiz": after a title and "for" or
  // "of", a portfolio, then its holder from a first name on
  // (not a constituency, "MP for Stoke-on-Trent Central", nor an organisation, "a spokeswoman for
  // San Isabel Medical Center")
  // ("Minister of State for Housing Pádraig Ó Ceallaigh": a title of two parts)
  const twoPartTitle = tokens[run.first - 3]?.lower === 'of' && /^\p{Lu}/u.test(tokens[run.first - 2]?.text ?? '') && TITLES.has(tokens[run.first - 4]?.lower ?? '');
  const title = twoPartTitle ? tokens[run.first - 4] : tokens[run.first - 2];
  if (/^(of|for)$/.test(tokens[run.first - 1]?.lower ?? '') && title !== undefined && TITLES.has(title.lower) && !CONSTITUENCY_TITLES.has(tokenText(title)) && !ORG_HEADS.has(tokens[run.last]!.lower)) {
    for (let m = run.first + 1; m < run.last; m++) {
      // (a first name, or a word no dictionary knows after the portfolio's everyday words)
      const portfolioBefore = tokens.slice(run.first, m).every((t) => isEnglishWord(t.lower));
      const opensName = isGivenName(tokens[m]!.lower) || (portfolioBefore && !isEnglishWord(tokens[m]!.lower));
      // (not a place named after a saint: "Member of Parliament for St Catherine North Western")
      const placeName = PLACE_PREFIXES.has(tokens[m - 1]!.lower);
      if (opensName && !placeName && !isJoinedHyphen(tokens, m - 1) && (/^\p{Lu}\p{Ll}/u.test(tokens[m + 1]!.text) || NAME_PARTICLES.has(tokens[m + 1]!.text))) return classifyName(text, tokens, m, run.last, run, true, out);
    }
  }
  // "Clodagh Ní Riada TD", "Jane Roe MP": letters after a name are no part of it
  if (run.last > run.first && POST_NOMINALS.has(tokenText(tokens[run.last]!))) {
    return classifyRun(text, tokens, { ...run, last: run.last - 1 }, out);
  }
  // "Castlerea, Co Roscommon", "in Co. Cork": Irish style writes "County" as "Co" before the county's name
  if (/^Co\.?$/.test(tokenText(tokens[run.first]!)) && run.last > run.first && !CONNECTORS.has(tokens[run.first + 1]!.lower) && /^(?:,|in|of|from|at)$/.test(tokens[run.first - 1]?.lower ?? '')) {
    return classifyName(text, tokens, run.first + 1, run.last, run, true, out, 'PLACE');
  }
  // a weekday or month inside a run ends it ("Questions Wednesday")
  for (let i = run.first + 1; i <= run.last; i++) {
    if (isDateWord(tokens[i]!.lower) && !(i < run.last && isGivenName(tokens[i]!.lower))) {
      // "Office for National Statistics on Wednesday": the name ends before its connector
      let end = i - 1;
      while (end > run.first && CONNECTORS.has(tokens[end]!.lower)) end--;
      classifyRun(text, tokens, { ...run, last: end }, out);
      if (i < run.last) classifyRun(text, tokens, { ...run, first: i + 1, sentenceInitial: false }, out);
      return;
    }
  }
  // "Spain's Ministry for the Ecological Transition": the country, then the organisation
  // ("The UN's Office for the Coordination of Humanitarian Affairs": a known body, then its office)
  const h = tokens[run.first]!.lower === 'the' && run.sentenceInitial ? run.first + 1 : run.first;
  // (an owner of up to three words: "South Africa's Department of Mineral Resources")
  for (let o = h; o < Math.min(run.last, h + 3); o++) {
    const last = tokens[o]!;
    const suffix = possessiveSuffix(tokenText(last));
    const apart = /^['’]s$/.test(tokens[o + 1]?.text ?? '') ? 1 : 0; // wink splits "Spain’s" into "Spain" "’s"
    if (!suffix && !apart) continue;
    const owner = text.slice(tokens[h]!.start, last.end - suffix);
    if (run.last > o + apart && (lexType(owner.toLowerCase()) === 'PLACE' || ALIASES.has(aliasKey(owner)))) {
      classifyRun(text, tokens, { ...run, last: o }, out);
      classifyRun(text, tokens, { ...run, first: o + 1 + apart, sentenceInitial: false }, out);
      return;
    }
    break;
  }
  // "Prime Minister Kenjiro Asakawa's Cabinet", "Mayor Ann Roe's office": a person, then what is theirs
  for (let k = run.first + 1; k < run.last; k++) {
    const split = /^['’]s$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : possessiveSuffix(tokenText(tokens[k]!)) > 0 ? k + 1 : -1;
    if (split < 0 || split > run.last) continue;
    // ("the Marion County Clerk’s Office": an office named after its title-holder is one organisation)
    if (TITLES.has(tokens[k]!.lower) && ORG_HEADS.has(tokens[split]!.lower)) continue;
    const left = tokens.slice(run.first, k + 1);
    if (!(TITLES.has(left[0]!.lower) && left.length >= 2) && !left.some((t) => isGivenName(t.lower))) continue;
    if (left.some((t) => ORG_HEADS.has(t.lower))) continue;
    classifyRun(text, tokens, { ...run, last: k }, out);
    classifyRun(text, tokens, { ...run, first: split, sentenceInitial: false }, out);
    return;
  }
  if (isQuotedTitle(text, tokens, run.first, run.last) || inTitleCaseQuotation(text, tokens, run)) return;
  if (EVENT_HEADS.has(tokens[run.last]!.lower) && run.last > run.first) return;
  // two names side by side: "the Harbor Council Ana Li", "University of Eastport Nadia Roe"
  for (let f = run.first + 1; f < run.last; f++) {
    const t = tokens[f]!;
    const firstName = isGivenName(t.lower);
    const personAfter = run.last - f <= 2 && tokens.slice(f, run.last + 1).every((x) => x.pos === 'PROPN' && !TITLES.has(x.lower) && !ORG_HEADS.has(x.lower) && !PLACE_HEADS.has(x.lower));
    // (nor a place named after a saint: "St Catherine North Western")
    // (nor a word that opens a club's or company's name inside a longer one: "Real Club Atlético Orense")
    if (!(firstName || personAfter) || CONNECTORS.has(tokens[f - 1]!.lower) || PLACE_PREFIXES.has(tokens[f - 1]!.lower) || ORG_PREFIXES.has(t.lower) || run.last === f) continue;
    // ("Las Vegas Rush": "Las Vegas" is one place, not "Las" and a person "Vegas Rush")
    const through = text.slice(tokens[run.first]!.start, t.end).toLowerCase();
    if (lexType(through) === 'PLACE' || isWorldCity(through)) continue;
    if (isOrgShaped(tokens, run.first, f - 1) || lexType(text.slice(tokens[run.first]!.start, tokens[f - 1]!.end).toLowerCase()) || ALIASES.has(aliasKey(text.slice(tokens[run.first]!.start, tokens[f - 1]!.end)))) {
      classifyRun(text, tokens, { ...run, last: f - 1 }, out);
      classifyRun(text, tokens, { ...run, first: f, sentenceInitial: false }, out);
      return;
    }
  }
  // "Ferrous Ventures and Alder & Finch": two organisations, the first complete before "and"
  for (let c = run.first + 1; c < run.last; c++) {
    // (or a titled person before "and": "Premier Janelle Morrissette and Manitoba Hydro")
    const titledBefore = TITLES.has(tokens[run.first]!.lower) && c - run.first >= 3 && isGivenName(tokens[run.first + 1]!.lower) && !tokens.slice(run.first, c).some((t) => ORG_HEADS.has(t.lower));
    if (tokens[c]!.lower !== 'and' || !(ORG_HEADS.has(tokens[c - 1]!.lower) || titledBefore) || c - 1 === run.first) continue;
    if (ALIASES.has(aliasKey(text.slice(tokens[run.first]!.start, tokens[run.last]!.end)))) break;
    // one name holding an "and": "Department of Health and Human Services", "Energy and Natural Resources Committee"
    // (after a sentence's opening "The" too: "The Department of Health and Social Care said")
    const head = tokens[run.first]!.lower === 'the' ? run.first + 1 : run.first;
    if ((ORG_OF_HEADS.has(tokens[head]!.lower) && tokens[head + 1]?.lower === 'of') || UMBRELLA_HEADS.has(tokens[run.last]!.lower)) break;
    classifyRun(text, tokens, { ...run, last: c - 1 }, out);
    classifyRun(text, tokens, { ...run, first: c + 1, sentenceInitial: false }, out);
    return;
  }
  // "Judge Miriam Castellanos of the U.S. District Court": a person, then the organisation
  for (let c = run.first + 1; c < run.last; c++) {
    if (!/^(of|for|at)$/.test(tokens[c]!.lower)) continue;
    const left = tokens.slice(run.first, c);
    const person = left.some((t) => isGivenName(t.lower)) && !left.some((t) => ORG_HEADS.has(t.lower));
    const titledPerson = TITLES.has(left[0]!.lower) && left.length >= 2 && !left.some((t) => ORG_HEADS.has(t.lower));
    // "Redfern's agent, Rich Coletti of Vantage Sports Group": a name in apposition to a role
    const roleBefore = tokens[run.first - 2];
    const apposedPerson = tokenText(tokens[run.first - 1] ?? left[0]!) === ',' && roleBefore !== undefined && (TITLES.has(roleBefore.lower) || isAffiliationRole(roleBefore.lower)) && left.length >= 2 && left.length <= 3 && left.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !CONNECTORS.has(t.lower));
    // "Aiko Tamura of the University of Kobe": two name-shaped words of no known kind, then "of the"
    // and an institution
    const pairBeforeInstitution = left.length === 2 && tokens[c + 1]?.lower === 'the' && isOrgShaped(tokens, c + 2, run.last) && isPlainNamePair(text, tokens, left);
    if (person || titledPerson || apposedPerson || pairBeforeInstitution) {
      classifyRun(text, tokens, { ...run, last: c - 1 }, out);
      const next = tokens[c + 1]?.lower === 'the' ? c + 2 : c + 1;
      if (next <= run.last) classifyRun(text, tokens, { ...run, first: next, sentenceInitial: false }, out);
      return;
    }
    break;
  }
  let a = run.first;
  const b = run.last;
  const whole = text.slice(tokens[a]!.start, tokens[b]!.end);
  const wholeAlias = ALIASES.get(aliasKey(whole)) ?? null;
  const orgShaped = (x: number, y: number): boolean => isOrgShaped(tokens, x, y);

  // a sentence-initial common word is not a name ("Officials", "Losing", "Undocumented"), unless
  // the whole run is a known name ("South Korea's central bank", "North Carolina officials")
  const wholeKnown = wholeAlias !== null || (a < b && lexType(whole.toLowerCase().replace(/['’]s$/, '')) !== null);
  if (run.sentenceInitial && !wholeKnown) {
    const t = tokens[a]!;
    // "Meatpacker Frigovale, which …": a word describing a company opens the sentence before its name
    // (not a person's job: "Producer Dana Whitcombe")
    if (b > a && ORG_DESCRIPTORS.has(t.lower) && !ORG_HEADS.has(t.lower) && !ORG_PREFIXES.has(t.lower) && /^\p{Lu}/u.test(tokenText(tokens[a + 1]!)) && !isGivenName(tokens[a + 1]!.lower)) {
      classifyRun(text, tokens, { ...run, first: a + 1, sentenceInitial: false }, out);
      return;
    }
    // ("US President ...": an acronym is no pronoun)
    const acronym = isAcronym(t.text);
    // ("An Bord Pleanála has …": the Irish article of a name, see classifyName)
    const irishArticle = t.text === 'An' && b > a + 1 && ORG_PREFIXES.has(tokens[a + 1]!.lower);
    const functionWord = !acronym && !irishArticle && (NOT_NAME_WORDS.has(t.lower) || hasLexTag(t.lower, 'Determiner', 'Pronoun', 'Preposition', 'Conjunction'));
    const firstName = MONTH_FIRST_NAMES.has(t.lower) && b > a && /^\p{Lu}\p{Ll}/u.test(tokenText(tokens[a + 1]!)); // "April Dunn"
    // ("Senate Majority Leader Ann Roe": a known name opening a longer run is no common word)
    const common = !firstName && !acronym && !TITLES.has(t.lower) && isCommonWord(t.lower, t.pos) && !(b > a && ALIASES.has(aliasKey(tokenText(t))));
    // "Customers of Westmere Bank", "Shares of Tallis Mining Corp.": only a head word takes "of" ("Bank of ...")
    // ("Ostrander & Pike said": an ampersand joins a firm's name)
    if (b > a + 1 && CONNECTORS.has(tokens[a + 1]!.lower) && tokens[a + 1]!.text !== '&' && !NAME_PARTICLES.has(tokens[a + 1]!.text) && !ORG_OF_HEADS.has(t.lower) && !ORG_PREFIXES.has(t.lower) && !TITLES.has(t.lower)) a += 2;
    else if (firstName || irishArticle) {
      // keep it
    }
    else if (functionWord || (!(b > a && (orgShaped(a, b) || ORG_PREFIXES.has(t.lower))) && common)) {
      // a lone word that is only unknown to the tagger may still be a surname ("García-López thanked ...")
      if (a === b && !functionWord && !hasLexTag(t.lower, ...COMMON_TAGS)) {
        const wordEnd = t.end - possessiveSuffix(tokenText(t));
        // "Lumera’s founder, ...", "Lumera, founded in 2019, ...": an organisation
        const org = ORGANIZATION_AFTER.test(text.slice(wordEnd, wordEnd + 30)) && !hasLexTag(t.lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName');
        out.push({ start: t.start, end: wordEnd, first: a, last: a, type: org ? 'ORG' : null, rule: org ? 'entities/organization-context' : 'entities/sentence-initial-surname', alias: null, titled: false, sentence: run.sentence });
        return;
      }
      a++;
    }
  }
  // "Republican Troy Engstrom", "Democrat Ana Li": the party is no part of the name
  // (not a party's own name: "Liberal Democrats")
  // (nor a body named with it: "the Republican Guards")
  while (a < b && PARTY_MEMBERS.has(tokens[a]!.lower) && /^\p{Lu}/u.test(tokens[a + 1]!.text) && !ALIASES.has(aliasKey(text.slice(tokens[a]!.start, tokens[b]!.end))) && !(a + 1 === b && ORG_HEADS.has(tokens[b]!.lower))) a++;
  // a month or weekday is not a name, unless it is a first name before a surname ("April Dunn")
  while (a <= b && isDateWord(tokens[a]!.lower) && !(a < b && (MONTH_FIRST_NAMES.has(tokens[a]!.lower) || isGivenName(tokens[a]!.lower)) && /^\p{Lu}\p{Ll}/u.test(tokenText(tokens[a + 1]!)))) a++;
  if (a === b && NOT_NAME_WORDS.has(tokens[a]!.lower)) return;
  if (a > b) return;
  if (a === b && NOT_NAME_WORDS.has(tokens[a]!.lower)) return;
  // "the Canadian Red Cross", "the Scottish Liberal Democrats": a nation's own branch of a body the
  // alias list knows by a longer name (not a league named with a letter or number, which the
  // nationality only describes: "Italian Serie A")
  if (b - a >= 2 && hasLexTag(tokens[a]!.lower, 'Demonym') && !ALIASES.has(aliasKey(text.slice(tokens[a]!.start, tokens[b]!.end))) && ALIASES.get(aliasKey(text.slice(tokens[a + 1]!.start, tokens[b]!.end)))?.type === 'ORG') {
    if (/^(?:\p{Lu}|\d+)$/u.test(tokens[b]!.text)) return classifyRun(text, tokens, { ...run, first: a + 1, sentenceInitial: false }, out);
    out.push({ start: tokens[a]!.start, end: tokens[b]!.end, first: a, last: b, type: 'ORG', rule: 'entities/national-branch', alias: null, titled: false, sentence: run.sentence });
    return;
  }

  // "the Minister said", "The Chief Minister agreed", "consulting the Advocate-General": titles alone
  // name an office, no one by name
  const afterThe = tokens[a]!.lower === 'the' ? a + 1 : a;
  if ((afterThe > a || /^(the|a|an)$/.test(tokens[a - 1]?.lower ?? '')) && afterThe <= b && tokens.slice(afterThe, b + 1).every((t) => TITLES.has(t.lower) || /^[-‑]$/.test(t.text))) return;

  // titles: "Treasury Secretary Ann Roe" → prefix [Treasury Secretary], name [Ann Roe]
  let titled = false;
  const span = text.slice(tokens[a]!.start, tokens[b]!.end);
  // "in Prince Albert", "a Prince Albert hockey arena": a town whose name opens with a title word
  const after = tokens[b + 1];
  const townWithTitle = a < b && isWorldCity(span.toLowerCase()) && (PLACE_PREPOSITIONS.has(tokens[a - 1]?.lower ?? '') || (after !== undefined && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)));
  // ("on Prince Street", "King Street West": a street named with a title word)
  const streetWithTitle = a < b && TITLES.has(tokens[a]!.lower) && STREET_HEADS.has(tokens[a + 1]!.lower);
  if (!ALIASES.has(aliasKey(span)) && !orgShaped(a, b) && !townWithTitle && !streetWithTitle) {
    let k = -1;
    for (let i = a; i < b; i++) if (TITLES.has(tokens[i]!.lower) && !isInitial(tokenText(tokens[i]!))) k = i;
    if (k >= 0) {
      for (let i = a; i <= k; i++) if (PERSON_TITLES.has(tokens[i]!.lower)) titled = true;
      // capitalised words before the first title word may name an organisation ("Treasury", "Homeland Security")
      let p = a;
      while (p <= k && !TITLES.has(tokens[p]!.lower)) p++;
      if (CONNECTORS.has(tokens[k + 1]!.lower)) {
        // "High Commissioner for Refugees": an office, named as an organisation
        return classifyName(text, tokens, a, b, run, false, out, 'ORG');
      }
      if (p > a) {
        // only an organisation or place before the title counts ("Treasury", "Homeland Security"; not "Fire")
        const before: Candidate[] = [];
        classifyName(text, tokens, a, p - 1, run, false, before);
        // (before "Minister" only a known name counts: "Emergency Services Minister" holds a portfolio, "Ontario Health Minister" a
        // place; and not a one-word alias that is also an everyday word: "Labor Minister" holds the labour portfolio)
        const portfolio = PORTFOLIO_TITLES.has(tokens[p]!.lower);
        const everydayWord = (c: Candidate): boolean => c.first === c.last && isEnglishWord(tokens[c.first]!.lower);
        // (a word of unknown kind stays a candidate, kept if the story names it elsewhere: "Dhemaji Deputy Commissioner";
        // not an everyday word: "Home Secretary", "County Commissioner")
        const kept = (c: Candidate): boolean => {
          if (portfolio && c.rule === 'entities/alias-lexicon') return !everydayWord(c);
          if (portfolio && c.rule !== 'entities/gazetteer' && c.type !== 'PLACE') return false;
          return c.type === 'ORG' || c.type === 'PLACE' || (c.type === null && !everydayWord(c)) || c.rule === 'entities/world-city';
        };
        // (a pair typed a person only by its shape names no one before a title: "Serra Alta Chief
        // Executive Ana Li" is the company's, kept if the story names it elsewhere)
        const unknownPair = (c: Candidate): Candidate => (c.type === 'PERSON' && c.rule === 'entities/proper-noun-pair' ? { ...c, type: null, rule: 'entities/capitalised' } : c);
        out.push(...before.map(unknownPair).filter(kept));
      }
      a = k + 1;
    }
  }
  classifyName(text, tokens, a, b, run, titled, out);
}

const LONE_WORDS = new WeakMap<Token[], Set<string>>();

/** Capitalised words that occur on their own in the document, between words that are not capitalised. */
function loneWords(tokens: Token[]): Set<string> {
  let set = LONE_WORDS.get(tokens);
  if (set) return set;
  set = new Set();
  const capital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (capital(t) && !capital(tokens[i - 1]) && !capital(tokens[i + 1])) set.add(t.text);
  }
  LONE_WORDS.set(tokens, set);
  return set;
}

/**
 * "Nashville Sound", "Memphis Vipers", "St. Louis Archers", "Pittsburgh Ironmen": a known city and a
 * nickname (an everyday word, or a plural no name list knows) name a team, not a person or a place.
 */
function isCityTeam(text: string, tokens: Token[], a: number, b: number): boolean {
  if (a === b) return false;
  const first = tokens[a]!;
  const lastTok = tokens[b]!;
  const cityPart = text.slice(first.start, tokens[b - 1]!.end).toLowerCase();
  const nickname = lastTok.lower;
  const plural = /(?:s|men)$/.test(nickname) && !hasLexTag(nickname, 'FemaleName', 'MaleName', 'FirstName', 'LastName');
  const everydayNickname = isEnglishWord(nickname) || (nickname.endsWith('s') && isEnglishWord(nickname.slice(0, -1))) || plural;
  // ("Newton Abbot" is a town of its own)
  if (isWorldCity(text.slice(first.start, lastTok.end).toLowerCase())) return false;
  // ("Rockport Fire Chief Ann Roe": a department's word before a title names no team)
  if (TITLES.has(tokens[b + 1]?.lower ?? '')) return false;
  // (a state or country, which wink's lexicon may hold as a word, "Oregon Rainmakers"; a town that is
  // also an everyday word needs more: "Reading")
  // (then only with a plural nickname: not "Kansas Constitution", "Texas Comptroller")
  const region = lexType(cityPart) === 'PLACE' && hasLexTag(cityPart, 'Region', 'Country') && plural;
  // (not a place opened by its place word alone: "Cerro Pintado")
  return (region || ((lexType(cityPart) === 'PLACE' || isWorldCity(cityPart)) && !isEnglishWord(cityPart))) && !PLACE_PREFIXES.has(cityPart) && everydayNickname && /^\p{Lu}\p{Ll}/u.test(lastTok.text) && !isGivenName(first.lower) && !PLACE_HEADS.has(nickname) && !ORG_HEADS.has(nickname) && !PARTY_MEMBERS.has(nickname) && !hasLexTag(nickname, 'Demonym');
}

/** Does "in" (or "in the") before token a follow, within five words of its sentence, a word of publishing ("published", "a paper")? */
function inPublication(tokens: Token[], a: number): boolean {
  let k = a - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'in') return false;
  for (let i = k - 1; i >= Math.max(0, k - 5); i--) {
    const t = tokens[i]!;
    if (/^[.;:!?]$/.test(t.text)) return false;
    if (PUBLICATION_CUES.has(t.lower)) return true;
  }
  return false;
}

function classifyName(text: string, tokens: Token[], a: number, b: number, run: NameRun, titled: boolean, out: Candidate[], forced?: EntityType): void {
  const first = tokens[a]!;
  const lastTok = tokens[b]!;
  const end = lastTok.end - possessiveSuffix(tokenText(lastTok));
  const start = first.start;
  if (end <= start) return;
  const name = text.slice(start, end);
  const push = (type: EntityType | null, rule: string, alias: AliasGroup | null = null): void => {
    // in a headline every word is capitalised: only names known from the alias list or gazetteer count
    // a byline ("By Jane Roe, Staff Writer") names its reporter
    const by = tokens[a - 1];
    const byline = by !== undefined && by.lower === 'by' && text.slice(text.lastIndexOf('\n', by.start - 1) + 1, by.start).trim() === '';
    if (run.headline && alias === null && rule !== 'entities/gazetteer' && !byline) return;
    out.push({ start, end, first: a, last: b, type, rule, alias, titled, sentence: run.sentence });
  };
  /** The name run on over the tokens after it, up to token `last` ("Highway 5", "Wis.", "Channel 7"). */
  const pushThrough = (type: EntityType, rule: string, last: number): void => {
    out.push({ start, end: tokens[last]!.end, first: a, last, type, rule, alias: null, titled, sentence: run.sentence });
  };
  if (forced) return push(forced, forced === 'PLACE' ? 'entities/county-abbreviation' : 'entities/office-name');
  // "Lincolnshire county council": a council named in lower case after its place; "Channel 7": a
  // head and its number. The name runs on over those words.
  const council = end === lastTok.end ? LOWER_CASE_COUNCIL.exec(text.slice(end, end + 40)) : null;
  const numbered = a === b && NUMBERED_HEADS.has(first.lower) && /^\p{Lu}/u.test(first.text) ? /^ \d{1,3}\b/u.exec(text.slice(end, end + 5)) : null;
  const extension = council ?? numbered;
  if (extension && !run.headline) {
    // (its tokens run on too, so that the name is linked as the whole: not the place "Lincolnshire")
    const extended = end + extension[0].length;
    let last = b;
    while (tokens[last + 1] !== undefined && tokens[last + 1]!.end <= extended) last++;
    return pushThrough('ORG', council ? 'entities/lower-case-council' : 'entities/numbered-name', last);
  }
  // "the Labour MP for Stoke-on-Trent Central": a member's seat
  if (tokens[a - 1]?.lower === 'for' && CONSTITUENCY_TITLES.has(tokenText(tokens[a - 2] ?? tokens[a]!))) return push('PLACE', 'entities/constituency');
  const alias = ALIASES.get(aliasKey(name));
  if (alias) return push(alias.type, 'entities/alias-lexicon', alias);
  // "40 miles southwest of Mobile", "north of Prince Albert": a place
  if (tokens[a - 1]?.lower === 'of' && COMPASS_WORDS.has(tokens[a - 2]?.lower ?? '') && /^\p{Ll}/u.test(tokens[a - 2]!.text) && !hasLexTag(name.toLowerCase(), 'Demonym')) return push('PLACE', 'entities/compass-of-place');
  // "the Bay of Bengal", "the Isle of Man"
  if (a + 2 <= b && NAMED_OF_HEADS.has(tokens[a]!.lower) && tokens[a + 1]!.lower === 'of') return push('PLACE', 'entities/named-of-place');
  // "Houston-based Halvorsen Midstream": what is based somewhere is an organisation
  // (not a common acronym: "a Brussels-based NGO")
  if (tokens[a - 1]?.lower === 'based' && /^[-‑]$/.test(tokens[a - 2]?.text ?? '') && !isGivenName(tokens[a]!.lower) && !(a === b && NOT_NAME_ACRONYMS.has(tokens[a]!.text.toUpperCase()))) return push('ORG', 'entities/after-based');
  // "Kendrapara, where the rivers meet the sea,": a place
  // (not an institution: "Leeds General Infirmary, where he died", "the House of Councillors, where …")
  if (/^,\s+where\b/u.test(text.slice(end, end + 10)) && !isGivenName(tokens[a]!.lower) && tokens.slice(a, b + 1).every((t) => !isEnglishWord(t.lower) && !ORG_HEADS.has(t.lower))) return push('PLACE', 'entities/place-where');
  // "Labour MPs", "the Labour MP": a word that names no one ends the name before it
  const lastText = tokenText(tokens[b]!);
  if (/^\p{Lu}{2,}s?$/u.test(lastText) && NOT_NAME_ACRONYMS.has(lastText.replace(/s$/, '').toUpperCase())) {
    if (a < b) classifyName(text, tokens, a, b - 1, run, titled, out);
    return;
  }
  // "House Democrats", "Senate Republicans": a known body, then members of a party (no one's name)
  if (a < b && PARTY_MEMBERS.has(tokens[b]!.lower) && ALIASES.get(aliasKey(text.slice(start, tokens[b - 1]!.end)))?.type === 'ORG') {
    classifyName(text, tokens, a, b - 1, run, titled, out);
    return;
  }
  const single = a === b;
  const lower = name.toLowerCase();
  const upper = name === name.toUpperCase() && /\p{Lu}{3}/u.test(name);
  const next = tokens[b + 1];
  const nextText = next ? tokenText(next) : '';
  // dateline: "AUSTIN, Texas —", "SAVANNAH, Ga. —" at the start of a paragraph
  // ("LAGOS/ABUJA, March 10 (Wire) -": two cities joined by a slash)
  const slashed = tokenText(tokens[a - 1] ?? first) === '/' && /^\p{Lu}{3,}$/u.test(tokenText(tokens[a - 2] ?? first)) && text.lastIndexOf('\n', start) + 1 === (tokens[a - 2] ?? first).start;
  // ("HOUSTON (AP) —": the agency in parentheses right after the place)
  if (upper && (run.sentenceInitial || slashed) && (nextText === ',' || nextText === '/' || nextText === '—' || nextText === '–' || (nextText === '(' && /^\s*\([^)\n]{1,30}\)\s*(?:[—–]|--?\s)/u.test(text.slice(end, end + 40)))) && /^[^\n]{0,60}?[—–]|^[^\n]{0,60}?\s--?\s/u.test(text.slice(end, end + 65)) && !ALIASES.has(aliasKey(name))) {
    return push('PLACE', 'entities/dateline');
  }
  // "PUNE:", "NEW DELHI:": a dateline closed by a colon at the start of a line, a place or no everyday word
  // (not "UPDATE:", "NOTE:")
  const lineStart = text.lastIndexOf('\n', start - 1) + 1 === start;
  // ("Dubai:": in title case only a known place)
  const knownPlace = lexType(name.toLowerCase()) === 'PLACE' || isWorldCity(name.toLowerCase());
  if ((upper || knownPlace) && lineStart && nextText === ':' && !ALIASES.has(aliasKey(name)) && (knownPlace || tokens.slice(a, b + 1).every((t) => !isEnglishWord(t.lower)))) {
    return push('PLACE', 'entities/dateline');
  }
  // "FENMOOR, British Columbia (Coastwire) —", "SEOUL, Oct 22 (Wireline) -": the news agency after a dateline
  if (tokenText(tokens[a - 1] ?? first) === '(' && nextText === ')' && datelineAgency(text, tokens[a - 1]!.start, next!.end)) return push('ORG', 'entities/dateline-agency');
  // "Highway 5", "Route 66": a road and its number
  if (single && ROAD_WORDS.has(lower) && /^\p{Lu}/u.test(name) && next && next.start === end + 1 && /^\d{1,4}[A-Za-z]?$/.test(next.text)) {
    return pushThrough('PLACE', 'entities/numbered-road', b + 1);
  }
  if (single && STATE_ABBREVIATIONS.has(name)) return push('PLACE', 'entities/state-abbreviation');
  // "Wis." that wink splits into "Wis" and "."
  if (single && next && nextText === '.' && next.start === end && STATE_ABBREVIATIONS.has(`${name}.`)) {
    return pushThrough('PLACE', 'entities/state-abbreviation', b + 1);
  }
  // "killed in Jigawa State", "across Benue State": a federation's state named with the word after it
  // (not a team: "lost to Ohio State" takes no place preposition of its own)
  if (!single && lastTok.text === 'State' && ENCLOSING_PREPOSITIONS.has(tokens[a - 1]?.lower ?? '') && /^\p{Lu}\p{Ll}/u.test(first.text)) return push('PLACE', 'entities/named-state');
  // (not after a person's title: "Rep. Bo Lee" is no team from Bo)
  if (!titled && isCityTeam(text, tokens, a, b)) return push('ORG', 'entities/place-and-nickname');
  // "Barrow-in-Furness", "Stratford-upon-Avon": a lower-case link between hyphens names a place
  for (let k = a + 1; k < b; k++) {
    // (a body named after the place is the body: "Stoke-on-Trent Crown Court")
    if (HYPHEN_LINKS.has(tokens[k]!.text) && isJoinedHyphen(tokens, k - 1) && isJoinedHyphen(tokens, k + 1) && !isOrgShaped(tokens, a, b)) {
      // ("the Engineer-in-Chief", "Commander-in-Chief": a title)
      if (tokens[k + 2]?.lower === 'chief') return push(null, 'entities/title-in-chief');
      return push('PLACE', 'entities/hyphenated-place');
    }
  }
  // "Fort Wayne Police Department": an organisation named after a place
  // (not a team's plural nickname: "the River Kings")
  const pluralNickname = lastTok.lower.endsWith('s') && isEnglishWord(lastTok.lower.slice(0, -1)) && !PLACE_HEADS.has(lastTok.lower);
  if (!single && PLACE_PREFIXES.has(first.lower) && !isOrgShaped(tokens, a, b) && !titled && !pluralNickname) return push('PLACE', 'entities/place-prefix');
  // "Dalton, Texas", "Bend, Ore.": a town before its state
  const state = tokens[b + 2];
  const stateText = state ? (tokens[b + 3]?.text === '.' && tokens[b + 3]!.start === state.end ? `${state.text}.` : state.text) : '';
  // ("Ballyrane, Co Kildare": a town before its Irish county)
  const countyAfter = state !== undefined && state.text === 'Co' && /^\p{Lu}\p{Ll}/u.test(tokens[stateText === 'Co.' ? b + 4 : b + 3]?.text ?? '');
  if (nextText === ',' && state && (STATE_ABBREVIATIONS.has(stateText) || countyAfter || (PLACE_NAMES.has(state.lower) && !hasLexTag(lower, 'Country')))) {
    return push('PLACE', 'entities/town-before-state');
  }
  // "HK$26.5 billion", "US$3.4 billion": a currency's prefix, no name
  if (single && text[end] === '$') return;
  if (single && isAcronym(name)) {
    if (run.shouted || NOT_NAME_ACRONYMS.has(name.replace(/s$/, ''))) return;
    // ("the MPA said", "the SHO of the area police station": a title's abbreviation is a role, not a name)
    if (PERSON_TITLES.has(lower.replace(/s$/, '')) && !lexType(lower)) return;
    const t = lexType(lower);
    // ("a 400 MLD plant", "300 MW of power": an unknown acronym after a figure is its unit, kept
    // only if the story names it: "300 SES volunteers" after "State Emergency Service (SES)")
    if (t === null && /^\d[\d,.]*$/.test(tokens[a - 1]?.text ?? '')) return push(null, 'entities/acronym-after-figure');
    // "compressed natural gas (CNG)", "small and medium-sized enterprises (SMEs)": a term spelled by
    // the lower-case words before it, not a name (its later mentions are the term too)
    if (t === null && lowerCaseTermSpelled(text, name)) return;
    return push(t ?? 'ORG', t ? 'entities/gazetteer' : 'entities/acronym');
  }
  // "a northern Manitoba First Nation", "the First Nation": the kind of community, not its name
  // (a community's own name stands before it: "Peguis First Nation")
  if (!single && GENERIC_NAME_PAIRS.has(`${tokens[b - 1]!.lower} ${lastTok.lower}`) && (b - 1 === a || lexType(text.slice(start, tokens[b - 2]!.end).toLowerCase()) === 'PLACE')) {
    if (b - 1 > a) classifyName(text, tokens, a, b - 2, run, titled, out);
    return;
  }
  if (!single && isOrgShaped(tokens, a, b)) return push('ORG', 'entities/organization-head');
  // "Veltheim Automobilwerke": a German compound ending in an organisation's head word
  if (!single && !isGivenName(first.lower) && ORG_HEAD_SUFFIXES.some((x) => lastTok.lower.endsWith(x) && (lastTok.lower.length > x.length + 2 || lastTok.lower === x))) return push('ORG', 'entities/organization-head-suffix');
  // "the ruling Nava Karnataka Paksha (NKP)": a name followed by the acronym of its words is an organisation's
  if (!single && acronymFollows(text, tokens, a, b, end) && !isGivenName(first.lower)) return push('ORG', 'entities/name-with-acronym');
  // "Deportivo Piedrabuena", "Real Orbaneja", "Olympique Sarrant"
  // ("An Bord Pleanála": Irish writes its article before such a word, as part of the name)
  const prefixAt = first.text === 'An' && b > a + 1 ? a + 1 : a;
  if (!single && ORG_PREFIXES.has(tokens[prefixAt]!.lower) && /^\p{Lu}/u.test(tokens[prefixAt]!.text)) return push('ORG', 'entities/organization-prefix');
  // (not the second half of a double-barrelled surname after a name or title: "Deborah Ashworth-Lake",
  // "Ms Ashworth-Lake"; a compound alone is a place: "Warnow-Arena")
  const doubleBarrelled = isJoinedHyphen(tokens, b - 1) && (b - 2 > a || titled || isHonorific(tokens[a - 1]?.text ?? ''));
  if (!single && PLACE_HEADS.has(lastTok.lower) && !doubleBarrelled) return push('PLACE', 'entities/place-head');
  if (!single && COMPASS_WORDS.has(first.lower) && lexType(text.slice(tokens[a + 1]!.start, end).toLowerCase()) === 'PLACE') {
    return push('PLACE', 'entities/region-of-place');
  }
  if (!single && STATE_ABBREVIATIONS.has(tokenText(lastTok)) && tokenText(tokens[b - 1]!) === ',') return push('PLACE', 'entities/city-and-state');
  // "a South Korean refiner", "North African states": a nationality, no name
  if (!single && hasLexTag(lastTok.lower, 'Demonym') && tokens.slice(a, b).every((t) => COMPASS_WORDS.has(t.lower))) return;
  // "the South West", "the North East": a region named by compass words alone
  if (!single && tokens[a - 1]?.lower === 'the' && tokens.slice(a, b + 1).every((t) => COMPASS_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text))) return push('PLACE', 'entities/compass-region');
  if (text.slice(start, end).includes('&')) return push('ORG', 'entities/ampersand');
  // "GoFundMe", "MoDOT": capitals inside a word twice, or a word that ends in capitals after small
  // letters, name a brand or an agency (a name's one inner capital does not: "McDonald", "DeSantis")
  if (single && INNER_CAPITALS.test(name)) return push('ORG', 'entities/inner-capitals');
  const lexical = lexType(lower);
  if (lexical) return push(lexical, 'entities/gazetteer');
  // a town or city of 20,000 or more ("Syracuse", "Huddersfield", "Bowling Green"), unless the
  // name is also an everyday word or a person's name ("Reading", "Madison"): those need context.
  // Left untyped, so that a surname of someone named in the text still links to its person.
  // ("said Ngozi, 29,": a town's name, but a person's with an age)
  // ("reporters in Regina": a town named like a person, after "in" or a preposition only places take)
  // ("in nearby Carmel": a word such as "nearby" between them)
  const p = NEARBY_WORDS.has(tokens[a - 1]?.lower ?? '') ? a - 2 : a - 1;
  const placePreposition = tokens[p] !== undefined && (tokens[p]!.lower === 'in' || STRONG_PLACE_PREPOSITIONS.has(tokens[p]!.lower));
  // ("in Meridian", "southwest of Mobile": a town named like an everyday word, after such a preposition)
  const personLike = (single && ((isEnglishWord(lower) && !placePreposition) || ageFollows(text, tokens, b, end))) || (single && !placePreposition && hasLexTag(lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName'));
  // ("In Mombasa, a litre …": the preposition opened the sentence, not the name)
  if (isWorldCity(lower) && (!run.sentenceInitial || (a > run.first && placePreposition)) && !personLike) {
    return push(null, 'entities/world-city');
  }
  if (!single && /,/.test(name)) {
    const head = name.split(',')[0]!.trim().toLowerCase();
    if (lexType(head) === 'PLACE') return push('PLACE', 'entities/gazetteer');
  }
  // (not a word no name is: "G.O. Ms. No. 24", an order's number after a title-like abbreviation)
  if (titled && !(single && NOT_NAME_WORDS.has(lower))) return push('PERSON', 'entities/title-person');
  const before = tokens[a - 1];
  const toldBefore = before !== undefined && (TOLD_VERBS.has(before.lower) || (before.lower === 'the' && TOLD_VERBS.has(tokens[a - 2]?.lower ?? '')) || (before.lower === 'the' && tokens[a - 2]?.lower === 'by' && OBTAINED_BY_VERBS.has(tokens[a - 3]?.lower ?? '')));
  // "a study published Wednesday in The Lancet", "a paper in Nature": a journal
  if (inPublication(tokens, a) && !lexType(lower) && !isWorldCity(lower)) return push('ORG', 'entities/publication');
  // "an analyst at Bergmann Frey", "economists at Jefferies": where the speaker works
  // ... and "a spokesman for the Carabinieri" (but "a spokesman for Johnson" may be a person's)
  const spokesFor = (k: number): boolean => tokens[k]?.lower === 'for' && /^spokes/.test(tokens[k - 1]?.lower ?? '') && AFFILIATION_ROLES.has(tokens[k - 1]!.lower);
  // (one word, no title and no owner: "a spokesman for Agriculture Minister …", "for Engstrom’s campaign")
  const ownName = single && !hasLexTag(lower, 'Demonym') && !TITLES.has(lower) && !TITLES.has(next?.lower ?? '') && nextText !== '’s' && nextText !== "'s" && !hasLexTag(lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName');
  const roleAt = (before?.lower === 'at' && roleBeforeAt(tokens, a - 2)) || (ownName && (spokesFor(a - 1) || (before?.lower === 'the' && spokesFor(a - 2))));
  // "Tremlett's solicitors, Marlowe Pugh, declined", "its auditors, Brandt Keller,": the firm
  if (tokenText(tokens[a - 1] ?? first) === ',' && FIRM_PLURALS.has(tokens[a - 2]?.lower ?? '') && (nextText === ',' || nextText === '.') && !isGivenName(first.lower)) return push('ORG', 'entities/firm-apposition');
  if (!single) {
    // "the sports daily Diário Desportivo", "French side Stade Morlaix", "the group Terra Viva"
    if (before && ORG_DESCRIPTORS.has(before.lower) && !run.sentenceInitial) return push('ORG', 'entities/after-organization-word');
    if (roleAt) return push('ORG', 'entities/organization-after-role');
    // "told Sky Sports" (but "told Jane Roe")
    if (toldBefore && !run.sentenceInitial && !isGivenName(first.lower)) return push('ORG', 'entities/outlet-after-told');
    if (afterPlaceList(tokens, a) || inPlaceList(text, tokens, b)) return push('PLACE', 'entities/list-of-places');
    // "Brightwell Home, which makes video doorbells"
    if (WHICH_ORGANIZATION.test(text.slice(end, end + 40))) return push('ORG', 'entities/organization-which');
    // "Summit Live, the tour’s promoter, said" (the noun ends the apposition: not "Jo Roe, a company spokesman")
    const apposition = ORGANIZATION_APPOSITION.exec(text.slice(end, end + 60));
    const afterNoun = apposition ? text.slice(end + apposition[0].length, end + apposition[0].length + 8) : '';
    // (a first name opens it only when the noun is described next: "Ambrose Keel, a company based in")
    if (apposition && /^(?:\s*[,.;]|\s+(?:that|which|based|in|of|for|with)\b)/u.test(afterNoun) && (!isGivenName(first.lower) || /^\s+(?:that|which|based)\b/u.test(afterNoun))) {
      return push('ORG', 'entities/organization-apposition');
    }
    // "the capital Lindrava", "the village of Kamyanka"
    if (placeDescribed(tokens, a, b) || placeApposition(text, end)) return push('PLACE', 'entities/after-place-word');
    // "at Am Sabiya camp", "the Wad Sherif displacement camp"; "around Upper Tessim": a place's words around the name
    const areaNoun = (t: Token | undefined): boolean => t !== undefined && AREA_NOUNS.has(t.lower) && /^\p{Ll}/u.test(t.text);
    const areaAfter = areaNoun(next) || (/^\p{Ll}/u.test(nextText) && areaNoun(tokens[b + 2]));
    // ("at the District Court in Wan Chai": "in" too, before a pair that opens with no first name or title)
    // (words no dictionary knows, as a district's are: not "in Nature Geoscience", "in Siam Horizon")
    const inBefore = before?.lower === 'in' && !TITLES.has(first.lower) && !hasLexTag(first.lower, 'FemaleName', 'MaleName', 'FirstName') && tokens.slice(a, b + 1).every((t) => !isEnglishWord(t.lower) && !ORG_HEADS.has(t.lower));
    if ((areaAfter || inBefore || (before !== undefined && STRONG_PLACE_PREPOSITIONS.has(before.lower))) && !isGivenName(first.lower) && first.pos !== 'DET' && !run.sentenceInitial) return push('PLACE', 'entities/place-words-around');
    // "in Kamloops and Salmon Arm": the second of two places after a preposition
    const listed = tokens[a - 2];
    // (not a person placed somewhere: "Reporting by Tom Roe in London and Chen Yuming in Singapore")
    if (before && /^(and|or)$/.test(before.lower) && listed && (isWorldCity(listed.lower) || lexType(listed.lower) === 'PLACE') && listAfterPreposition(tokens, a - 2) && !/^(in|from)$/.test(next?.lower ?? '')) return push('PLACE', 'entities/list-of-places');
    // "Lim Wei Ting, an energy analyst at …": a person's role in apposition
    if (personApposition(text, end) && !ORG_HEADS.has(lastTok.lower)) return push('PERSON', 'entities/person-apposition');
    // "the Save Ludlow Births campaign", "the Clean Air Now coalition" (not "the Kamala Harris campaign")
    // (also "the liberal Open Netherlands party")
    const theBefore = before?.lower === 'the' || (before?.pos === 'ADJ' && /^\p{Ll}/u.test(before.text) && tokens[a - 2]?.lower === 'the');
    if (next && ORG_FOLLOWERS.has(next.text) && theBefore && !isGivenName(first.lower)) return push('ORG', 'entities/before-organization-word');
    // "Environment Canada", "Forest Fire Management Victoria", "Universities UK": everyday words
    // before a country or state name an agency (not "New South Wales", known as a place whole)
    if (agencyOfPlace(tokens, a, b) && lexType(text.slice(start, end).toLowerCase()) === null) return push('ORG', 'entities/agency-of-place');
    if (isGivenName(first.lower)) return push('PERSON', 'entities/first-name');
    if (hasLexTag(lastTok.lower, 'LastName')) return push('PERSON', 'entities/last-name');
    // "a Kansas Republican", "the Maine Democrat": a place and a party member, not a name
    // ("Southern Republicans": a region's word and party members, no one's name; not "Social Democrats")
    const partyPlace = text.slice(start, tokens[b - 1]!.end).toLowerCase();
    if (PARTY_MEMBERS.has(lastTok.lower) && (lexType(partyPlace) === 'PLACE' || isWorldCity(partyPlace) || (b === a + 1 && /s$/.test(lastTok.lower) && COMPASS_WORDS.has(first.lower)))) {
      return classifyName(text, tokens, a, b - 1, run, false, out);
    }
    // (dotted initials are no acronym: "K.V. Raghavendra Rao")
    const noAcronym = tokens.slice(a, b + 1).every((t) => !isAcronym(tokenText(t)) || /^(?:\p{Lu}\.){1,3}$/u.test(tokenText(t)));
    // (a hyphen inside a surname is no word of its own: "Kwame Osei-Bonsu")
    // (nor is the syllable after it, whatever wink tags it: "Park Joo-Ho")
    const words = tokens.slice(a, b + 1).filter((t, k) => t.text !== '-' && t.text !== '‑' && !(NAME_PARTICLES.has(t.lower) && t !== first) && !(k > 0 && isJoinedHyphen(tokens, a + k - 1)));
    // (mid-sentence, capitals are the evidence and a noun tag is a tagging slip: "Park/NOUN Joo-Ho")
    if (noAcronym && (isInitial(tokenText(tokens[a + 1] ?? first)) || words.every((t) => t.pos === 'PROPN') || (!run.sentenceInitial && first.pos !== 'DET' && words.length >= 2 && words.filter((t) => t.pos === 'PROPN').length >= words.length - 1))) {
      // "Malaysia Tourism": a country's name does not begin a person's name (a state's or city's may:
      // "Georgia Hale", "Odessa Malone")
      // (unless the pair stands in apposition to a title: "Calloway’s manager, Jordan Pike, told")
      // (or follows a lower-case title: "Halvard’s chair Liesbeth Kroon")
      const apposedToTitle = (tokenText(tokens[a - 1] ?? first) === ',' && TITLES.has(tokens[a - 2]?.lower ?? '') && tokenText(tokens[b + 1] ?? first) === ',') || (before !== undefined && /^\p{Ll}/u.test(before.text) && TITLES.has(before.lower) && !run.sentenceInitial);
      if (hasLexTag(first.lower, 'Country') && !apposedToTitle) return push(null, 'entities/capitalised');
      // "Daan van der Meulen", but not "Banco de Chile" or "Familias de Cottonwood": after a
      // particle a surname, not a place or an everyday word
      let afterParticle = -1;
      for (let k = a + 1; k < b; k++) if (NAME_PARTICLES.has(tokens[k]!.text)) afterParticle = /^[-‑]$/.test(tokens[k + 1]!.text) ? k + 2 : k + 1; // "al-Harbi"
      // (an everyday word after a Romance "de"/"la" makes an organisation's name; after "ter", "van" or "al-" a surname may be one: "Femke ter Horst")
      const romance = afterParticle > 0 && ROMANCE_PARTICLES.has(tokens[afterParticle - 1]!.lower);
      if (afterParticle > 0 && ((romance && isEnglishWord(tokens[afterParticle]!.lower)) || lexType(tokens[afterParticle]!.lower) !== null)) return push(null, 'entities/capitalised');
      // "Kingsmere Athletic", "Summit Ridge", "Buckeye Storm Pros": everyday words, not a surname
      // (a syllable of a hyphenated name is no word: "Hau Lung-bin", "Bong Young-shik")
      const hyphenated = (k: number): boolean => isJoinedHyphen(tokens, k - 1) || isJoinedHyphen(tokens, k + 1);
      const everyday = (k: number): boolean => !hyphenated(k) && !NAME_PARTICLES.has(tokens[k]!.text) && isEnglishWord(tokens[k]!.lower) && !hasLexTag(tokens[k]!.lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName');
      let everydayWords = 0;
      for (let k = a; k <= b; k++) if (everyday(k)) everydayWords++;
      // ... unless the last word stands alone elsewhere, as a surname does ("Georgia Hale ... Hale retired")
      // (nor when a role or an age stands in apposition after it: "Niall Barrow, the company’s managing director", "Ravi Mason, 71,")
      if ((everyday(b) || everydayWords >= 2) && !loneWords(tokens).has(lastTok.text) && !apposedToTitle && !personApposition(text, end) && !ageFollows(text, tokens, b, end)) return push(null, 'entities/capitalised');
      // "in East Gippsland", "across West Pokot": a compass word before a name no list knows is a region (after a place's preposition)
      if (b === a + 1 && COMPASS_WORDS.has(first.lower) && /^\p{Lu}/u.test(first.text) && !isGivenName(lastTok.lower) && !isEnglishWord(lastTok.lower) && PLACE_PREPOSITIONS.has(before?.lower ?? '')) return push('PLACE', 'entities/compass-and-name');
      // "Vallara Karnataka", "Baixo Alentejo": a name no list knows before a country or region is a region of it
      if (b === a + 1 && hasLexTag(lastTok.lower, 'Country', 'Region') && !isGivenName(first.lower) && !isEnglishWord(first.lower) && !hasLexTag(first.lower, 'LastName')) return push('PLACE', 'entities/region-of-place');
      if (words.length <= 4) return push('PERSON', 'entities/proper-noun-pair');
    }
    return push(null, 'entities/capitalised');
  }
  // one capitalised word
  const prev = tokens[a - 1];
  // "the second Test", "his 14th Test hundred": an everyday word capitalised after an ordinal names no one
  if (prev && /^[\p{Ll}\d]/u.test(prev.text) && parseOrdinal(prev.text) !== null && isEnglishWord(lower) && !lexType(lower)) return;
  // "Loomwise, a start-up that makes ...": an apposition says it is an organisation
  // (the noun ends the apposition: not "Morimura, a former commercial bank economist,")
  const singleApposition = ORGANIZATION_APPOSITION.exec(text.slice(end, end + 60));
  const afterSingleNoun = singleApposition ? text.slice(end + singleApposition[0].length, end + singleApposition[0].length + 8) : '';
  if (singleApposition && /^(?:\s*[,.;:)]|\s+(?:that|which|based|in|of|for|with|whose|to)\b|$)/u.test(afterSingleNoun) && !(prev && STRONG_PLACE_PREPOSITIONS.has(prev.lower))) return push('ORG', 'entities/organization-apposition');
  // (not the subject of a relative clause after it, a verb with no object: "a shell company Leung controlled,")
  const relativeSubject = next?.pos === 'VERB' && /^\p{Ll}/u.test(next.text) && /^[,.;:)]$/.test(tokens[b + 2]?.text ?? '.');
  if (prev && ORG_DESCRIPTORS.has(prev.lower) && !relativeSubject) return push('ORG', 'entities/after-organization-word');
  // (not a nationality: "investment in European football")
  if (SHARES_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !isGivenName(lower) && !hasLexTag(lower, 'Demonym')) return push('ORG', 'entities/after-share-holding');
  // (whatever a name list says: no person is "state-owned")
  if (OWNERSHIP_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return push('ORG', 'entities/after-ownership-words');
  // "the Havenunie union", "the Voorwaarts party": a name no list knows before an organisation's word
  // (not a person's campaign: "the Biden campaign")
  if (prev?.lower === 'the' && next && ORG_FOLLOWERS.has(next.text) && next.text !== 'campaign' && !run.sentenceInitial && !lexType(lower) && !hasLexTag(lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName', 'Demonym')) return push('ORG', 'entities/before-organization-word');
  // "in Allen, DeKalb and Noble counties": a list closed by a plural place word, even of first names
  // (not a nationality: "200 other French cities")
  if ((inPlaceList(text, tokens, b) || afterPlaceList(tokens, a)) && !hasLexTag(lower, 'Demonym')) return push('PLACE', 'entities/list-of-places');
  if (placeDescribed(tokens, a, b) || placeApposition(text, end)) return push('PLACE', 'entities/after-place-word');
  // "Marenga's government", "Marenga's second-largest city": a country's or town's
  if (PLACE_POSSESSION.test(text.slice(end, end + 50)) && !hasLexTag(lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName')) return push('PLACE', 'entities/place-possession');
  // "Lumera’s founder", "Lumera, founded in 2019," (not a known person's name)
  // ("Eskom spokesperson Lerato Sebogodi": the role and its holder after the name)
  // (a head word alone, "Council chief executive Dean Harrop", is left to the name it heads)
  if ((ORGANIZATION_AFTER.test(text.slice(end, end + 30)) || (ROLE_THEN_NAME.test(text.slice(end, end + 40)) && !ORG_HEADS.has(lower))) && !hasLexTag(lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName') && !lexType(lower)) return push('ORG', 'entities/organization-context');
  // "of Croft House Mews, Bramley,": the town after a street
  // (not a person given an age or a role: "the Shabelle River, Hawo, a 34-year-old mother")
  if (prev && tokenText(prev) === ',' && PLACE_HEADS.has(tokens[a - 2]?.lower ?? '') && /^\p{Lu}/u.test(tokens[a - 2]!.text) && (nextText === ',' || nextText === '.') && !ageFollows(text, tokens, b, end) && !personApposition(text, end)) return push('PLACE', 'entities/town-after-street');
  if (WHICH_ORGANIZATION.test(text.slice(end, end + 40))) return push('ORG', 'entities/organization-which');
  if (roleAt) return push('ORG', 'entities/organization-after-role');
  // "Sarah, 34, who asked ...": a first name with the person's age
  // ("Danielle, a 34-year-old home health aide, ...")
  if (ageFollows(text, tokens, b, end) && (isGivenName(lower) || !isEnglishWord(lower))) return push('PERSON', 'entities/first-name-with-age');
  // "a mother who gave only her first name, Mireille,", "Rosalba, who … gave only her first name,"
  // ("Denise, a neighbor who asked that her last name not be used,")
  const before60 = text.slice(Math.max(0, start - 60), start);
  const after160 = text.slice(end, end + 160);
  if ((nameWithheldMayOccur(text, Math.max(0, start - 60), start) && FIRST_NAME_ONLY_BEFORE.test(before60)) || (nameWithheldMayOccur(text, end, end + 160) && FIRST_NAME_ONLY_AFTER.test(after160))) return push('PERSON', 'entities/first-name-only');
  // "identified in court only as Carla", "known only as Yusuf": a person given one name
  const namingVerb = (k: number): boolean => /^(identified|known|named|referred)$/.test(tokens[k]?.lower ?? '');
  if (prev?.lower === 'as' && tokens[a - 2]?.lower === 'only' && (namingVerb(a - 3) || namingVerb(a - 5))) return push('PERSON', 'entities/named-only-as');
  // "Travis Huckaby, 44, of Auburn,": where a person is from
  if (prev?.lower === 'of' && tokenText(tokens[a - 2] ?? prev) === ',' && (nextText === ',' || nextText === '.')) return push(null, 'entities/place-by-preposition');
  // "the Toledo area", "the Limmat river", "Portugal's southern Alentejo region"
  // ("in Risod taluka", "in Washim district": after a place preposition too)
  if (next && ((prev?.lower === 'the' && AREA_NOUNS.has(next.lower)) || (prev && COMPASS_WORDS.has(prev.text) && AREA_NOUNS.has(next.text)) || (prev && (STRONG_PLACE_PREPOSITIONS.has(prev.lower) || PLACE_PREPOSITIONS.has(prev.lower)) && AREA_NOUNS.has(next.text)))) return push('PLACE', 'entities/place-before-area');
  // "its Varna oil field", "the Kamoto mine"; "Varna, which lies 140 km west of …"
  if (/^(the|its|their)$/.test(prev?.lower ?? '') && SITE_AFTER.test(text.slice(end, end + 24)) && !lexType(lower)) return push('PLACE', 'entities/place-before-site');
  if (PLACE_WHICH.test(text.slice(end, end + 30)) && !hasLexTag(lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName')) return push('PLACE', 'entities/place-which');
  if (hasLexTag(lower, 'LastName')) return push('PERSON', 'entities/last-name');
  if (isGivenName(lower)) return push(null, 'entities/first-name');
  // "told Variety", "told Reuters": a publication the speaker told
  // ... and "emails reviewed by the Ledger", "a copy obtained by the Ledger"
  // (not a demonym or a modifier before a noun: "telling European users")
  // "Roe (R-Neb.)": a legislator, named with a party tag (and so no outlet after "told")
  const partyTag = PARTY_TAG_AFTER.test(text.slice(end, end + 8));
  if (partyTag && !lexType(lower)) return push('PERSON', 'entities/party-tag');
  if (toldBefore && !run.sentenceInitial && nextText !== '’s' && nextText !== "'s" && !hasLexTag(lower, 'Demonym') && !partyTag && !(prev?.lower !== 'the' && next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text))) return push(null, 'entities/outlet-after-told');
  // "Biden-appointed", "Obama-era"
  // (a people's adjective is no one: "a Chinese-backed group")
  if ((nextText === '-' || nextText === '‑') && /^(?:appointed|nominated|era|led|backed)$/.test(tokens[b + 2]?.lower ?? '')) return push(hasLexTag(lower, 'Demonym') ? null : 'PERSON', 'entities/name-as-modifier');
  // "The group, which calls itself Veilbreak": a group's chosen name
  if (prev && /^(itself|themselves)$/.test(prev.lower) && /^(calls|call|called|calling|named|names|styles)$/.test(tokens[a - 2]?.lower ?? '')) return push('ORG', 'entities/group-calls-itself');
  // "The Düsseldorf-based bank": where something is based is a place
  if ((nextText === '-' || nextText === '‑') && next?.end === tokens[b + 2]?.start && tokens[b + 2]?.lower === 'based' && !lexType(lower)) return push('PLACE', 'entities/place-based');
  if (hasLexTag(lower, 'Demonym') || (lower.endsWith('s') && hasLexTag(lower.slice(0, -1), 'Demonym'))) return;
  // "dropped the Bobcats to 3-5", "the Tides", "the Conservatives": a lone capitalised plural after
  // "the" mid-sentence is a team, party or group's name (a place would be known by now: "the Alps")
  if (prev?.lower === 'the' && !run.sentenceInitial && /^\p{Lu}\p{Ll}+[^s]s$/u.test(name) && tokenText(tokens[a - 1]!) === 'the' && !lexType(lower) && !isWorldCity(lower) && !(next && /^\p{Lu}/u.test(next.text))) return push('ORG', 'entities/plural-name-after-the');
  if (run.sentenceInitial && isCommonWord(lower, first.pos)) return;
  // "subject to Islamophobia": an abstract noun's ending rules a place out
  const abstract = NOT_PLACE_SUFFIXES.some((s) => lower.endsWith(s) && lower.length > s.length + 2);
  // (not "according to Ofwat": a source)
  const accordingTo = prev?.lower === 'to' && tokens[a - 2]?.lower === 'according';
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && first.pos === 'PROPN' && !run.sentenceInitial && !abstract && !accordingTo) return push(null, 'entities/place-by-preposition');
  // "in the Bronx", "across the Algarve"
  if (prev?.lower === 'the' && ENCLOSING_PREPOSITIONS.has(tokens[a - 2]?.lower ?? '') && first.pos === 'PROPN' && !run.sentenceInitial && !abstract && !isEnglishWord(lower)) return push(null, 'entities/place-after-the');
  // "around Gibbon and Shelton", "in Lincolnshire, North Yorkshire and Wiltshire": the last of a list after a preposition
  if (prev && /^(and|or)$/.test(prev.lower) && listAfterPreposition(tokens, a - 2)) return push(null, 'entities/place-by-preposition');
  push(null, 'entities/capitalised');
}
