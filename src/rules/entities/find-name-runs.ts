/**
 * Step 1: runs of capitalised tokens that may name something ("Treasury Secretary Ann Roe",
 * "U.S. District Court for Washington, D.C.", "Smith-Jones"), within one sentence.
 */
import type { Offsets, Token } from '../../document.js';
import { COMPOUND_PREFIXES, COMPOUND_SUFFIXES, CONNECTORS, PARTY_MEMBERS, HYPHEN_LINKS, NAME_PARTICLES, NAMED_OF_HEADS, ORG_HEADS, ORG_OF_HEADS, PERSON_TITLES, ALIASES, aliasKey, isPlaceHeadOnly, isWorldCity } from './lexicons.js';
import { isAcronym, isCapitalised, isInitial, isNicknameAt, isPossessive, mostlyUpper, spelledBy, tokenText } from './token-shapes.js';
import { datelineBefore } from './dateline.js';
import { hasLexTag, isGivenName } from '../../nlp/name-lexicon.js';
import { isEnglishWord } from '../../nlp/english-words.js';

export interface NameRun {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  sentence: number;
  /** The run begins its sentence (or a quotation at its start): capitals there prove nothing. */
  sentenceInitial: boolean;
  /** The sentence is mostly capitals. */
  shouted: boolean;
  /** The sentence is a headline: most words capitalised and no closing punctuation. */
  headline: boolean;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'vs', 'from']);

/** "City Council Delays Vote On Bus Fare Increase": a line whose words are nearly all capitalised, not ending a sentence. */
export function isHeadline(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (/[.?!"”’:]$/u.test(trimmed)) return false;
  // a note in parentheses is no headline: "(Reporting by Jane Roe in London; Editing by Sam Poe)"
  if (/^\(.*\)$/su.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}


const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '—', '-', '–']);

function isNameToken(s: string): boolean {
  // an elided particle before a capital: "d'Or" in "Val-d'Or", "d'Ivoire", "l'Aquila"
  if (/^[dl]['’]\p{Lu}\p{Ll}+$/u.test(s)) return true;
  if (!isCapitalised(s)) return false;
  if (/^\p{Lu}$/u.test(s)) return false; // a lone letter ("T-shirt", "Plan B")
  if (/^\p{Lu}[\p{Ll}’'.-]*$|^\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+$/u.test(s)) return true; // Smith, O’Neil, McAllister, St.
  return isAcronym(s) || isInitial(s) || /^\p{Lu}[\p{L}’'.-]+$/u.test(s);
}

/**
 * "Ministry of Trade, Industry and Energy", "Department for Environment, Food and Rural Affairs": an
 * office whose portfolio lists everyday words with commas and a closing "and" runs to the list's
 * end (not "Ministry of Health, Oxfam and Unicef": names no dictionary holds are no portfolio).
 */
function portfolioListEnd(text: string, tokens: Token[], i: number, j: number, s: number, sentenceOf: Int32Array): number {
  const h = tokens[i]!.lower === 'the' ? i + 1 : i;
  if (!ORG_OF_HEADS.has(tokens[h]!.lower) || !/^(?:of|for)$/.test(tokens[h + 1]?.lower ?? '') || j < h + 2) return j;
  const portfolioWord = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && sentenceOf[k] === s && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (isEnglishWord(t.lower) || isEnglishWord(t.lower.replace(/s$/, ''))) && !isGivenName(t.lower);
  };
  let k = j;
  for (;;) {
    let next = k + 1;
    if (tokenText(tokens[next] ?? tokens[k]!) === ',' && tokens[next]!.start === tokens[k]!.end) next++;
    const closing = tokens[next]?.lower === 'and';
    if (closing) next++;
    if (next === k + 1 || !portfolioWord(next)) return j;
    let end = next;
    while (portfolioWord(end + 1) && text.slice(tokens[end]!.end, tokens[end + 1]!.start) === ' ') end++;
    if (closing) return end;
    k = end;
  }
}

/**
 * "Senate Veterans’ Affairs Committee": after a plural's possessive, capitalised words up to an
 * organisation's head word (at most two before it) keep the name going (not after a name with a
 * connector, which owns what follows: "the Chamber of Deputies’ Finance Committee").
 */
function headAfterPluralPossessive(text: string, tokens: Token[], k: number, s: number, sentenceOf: Int32Array): boolean {
  if (!/s$/.test(tokens[k - 2]?.lower ?? '')) return false;
  for (let i = k + 1; i <= k + 2; i++) {
    const t = tokens[i];
    if (!t || sentenceOf[i] !== s || text.slice(tokens[i - 1]!.end, t.start) !== ' ' || !isNameToken(tokenText(t))) return false;
    if (ORG_HEADS.has(t.lower)) return true;
  }
  return false;
}

function hasOrgHead(text: string, tokens: Token[], a: number, b: number): boolean {
  // (a head word first names no organisation by itself: "United States and Canada"; nor one before a
  // place's head word at the end: "Karrabee and Orchid Beach")
  const placeLast = isPlaceHeadOnly(tokens[b]!.lower);
  for (let i = a + 1; i <= b && !placeLast; i++) if (ORG_HEADS.has(tokens[i]!.lower)) return true;
  const from = tokens[a]!.lower === 'the' && a < b ? a + 1 : a;
  // (a head word opening the name takes its connector at once: "City of Cape Town", not "Division
  // Street and Elm Avenue on Monday")
  return (ORG_OF_HEADS.has(tokens[from]!.lower) && CONNECTORS.has(tokens[from + 1]?.lower ?? '')) || ALIASES.has(aliasKey(text.slice(tokens[from]!.start, tokens[b]!.end)));
}

/** The capitals that open the words of a span ("Organization for Security and Co-operation" → "OSC"). */
function capitalInitials(span: string): string {
  return span.replace(/^the\s+/i, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/**
 * "Organization for Security and Co-operation in Europe (OSCE)": "in" and a name after a run belong
 * to it when the acronym in parentheses that follows spells the initials with that name, not without.
 */
function placeSpelledByAcronym(text: string, tokens: Token[], i: number, j: number, s: number, sentenceOf: Int32Array): boolean {
  const place = tokens[j + 2];
  const acronym = tokens[j + 4];
  if (tokens[j + 1]?.lower !== 'in' || !place || !acronym || sentenceOf[j + 5] !== s || !isNameToken(tokenText(place))) return false;
  if (tokenText(tokens[j + 3]!) !== '(' || tokenText(tokens[j + 5]!) !== ')' || !isAcronym(tokenText(acronym))) return false;
  const letters = tokenText(acronym).replace(/\./g, '');
  return capitalInitials(text.slice(tokens[i]!.start, place.end)) === letters && capitalInitials(text.slice(tokens[i]!.start, tokens[j]!.end)) !== letters;
}

/** A city or country a list knows ("Bengaluru", "Austria"). */
function isKnownPlace(lower: string): boolean {
  return isWorldCity(lower) || hasLexTag(lower, 'Country', 'City', 'Region');
}

/** Token index → sentence index. */
export function sentenceOfTokens(tokens: Token[], sentences: Offsets[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    if (s < sentences.length && sentences[s]!.start <= t.start) out[i] = s;
  }
  return out;
}

/** From a lower-case name particle at k ("van der Meulen"): the index of the capitalised name after the particles, or -1. */
function particlesThenName(text: string, tokens: Token[], k: number, sentence: number, sentenceOf: Int32Array): number {
  let i = k;
  while (i < tokens.length && i - k < 3 && NAME_PARTICLES.has(tokens[i]!.text) && sentenceOf[i] === sentence) {
    const next = tokens[i + 1];
    if (!next) return -1;
    // "Faisal al-Harbi": the particle joined to the name by a hyphen
    const name = tokens[i + 2];
    if (next.start === tokens[i]!.end && /^[-‑]$/.test(next.text) && name && name.start === next.end && sentenceOf[i + 2] === sentence) return isNameToken(tokenText(name)) ? i + 2 : -1;
    if (text.slice(tokens[i]!.end, next.start) !== ' ') return -1;
    i++;
  }
  const name = tokens[i];
  return i > k && name && sentenceOf[i] === sentence && isNameToken(tokenText(name)) ? i : -1;
}

/**
 * "K Ilango", "N Rangasamy": an initial written without its full stop, as Indian papers write it,
 * before a name (not "A" or "I", and not a letter after a capitalised word: "Plan B", "Class A").
 */
function initialWithoutPoint(text: string, tokens: Token[], i: number, sentenceOf: Int32Array): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.text.length !== 1 || !/^\p{Lu}$/u.test(t.text) || t.text === 'A' || t.text === 'I' || !next || sentenceOf[i + 1] !== sentenceOf[i]) return false;
  // (nor before a first name: "without G Nico Baptiste" is a guard's position)
  if (text.slice(t.end, next.start) !== ' ' || !/^\p{Lu}\p{Ll}{2,}$/u.test(next.text) || isGivenName(next.lower)) return false;
  const prev = tokens[i - 1];
  return !(prev && /^\p{Lu}/u.test(prev.text) && sentenceOf[i - 1] === sentenceOf[i]);
}

/**
 * "Ji-hoon Park": a run that opens with a two-syllable given name whose second syllable is in lower
 * case, then the surname after one space; not a prefix that makes a compound ("Co-chair Ann Roe",
 * "Ex-pro Tim Ode" are a role and a name).
 */
function surnameAfterGivenName(text: string, tokens: Token[], j: number, sentence: number, sentenceOf: Int32Array): boolean {
  const surname = tokens[j + 3];
  return surname !== undefined && sentenceOf[j + 3] === sentence && text.slice(tokens[j + 2]!.end, surname.start) === ' ' && isNameToken(tokenText(surname)) && !COMPOUND_PREFIXES.has(tokens[j]!.lower);
}

export function findNameRuns(text: string, tokens: Token[], sentences: Offsets[], sentenceOf: Int32Array): NameRun[] {
  const runs: NameRun[] = [];
  const shouted = sentences.map((s) => mostlyUpper(text.slice(s.start, s.end)));
  const headline = sentences.map((s) => isHeadline(text.slice(s.start, s.end)));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const s = sentenceOf[i]!;
    if (s < 0 || !(isNameToken(tokenText(t)) || initialWithoutPoint(text, tokens, i, sentenceOf))) {
      i++;
      continue;
    }
    let j = i;
    let lastConnector = -1;
    for (;;) {
      const n = tokens[j + 1];
      if (!n || sentenceOf[j + 1] !== s) break;
      const gap = text.slice(tokens[j]!.end, n.start);
      const nText = tokenText(n);
      const after = tokens[j + 2];
      const afterText = after ? tokenText(after) : '';
      const far = tokens[j + 4];
      // (but two known places stay two: "the Bengaluru-Mysuru expressway"; not before a name's next word: "Leeds-Bradford International Airport")
      const nameGoesOn = tokens[j + 3] !== undefined && sentenceOf[j + 3] === s && text.slice(after?.end ?? 0, tokens[j + 3]!.start) === ' ' && isNameToken(tokenText(tokens[j + 3]!));
      if (gap === '' && (nText === '-' || nText === '‑') && after && text.slice(n.end, after.start) === '' && isNameToken(afterText) && !(isKnownPlace(tokens[j]!.lower) && isKnownPlace(after.lower) && !nameGoesOn)) {
        j += 2; // Smith-Jones, García-López
      } else if (gap === '' && (nText === '-' || nText === '‑') && after && (j > i || surnameAfterGivenName(text, tokens, j, s, sentenceOf)) && text.slice(n.end, after.start) === '' && /^\p{Lu}\p{Ll}{1,3}$/u.test(tokenText(tokens[j]!)) && /^\p{Ll}{2,5}$/u.test(afterText) && !COMPOUND_SUFFIXES.has(afterText) && text.slice(after.end, after.end + 1) !== '-') {
        j += 2; // "Ahn Jae-min", "Chan Tai-man": a given name of two syllables joined by a hyphen, the second in lower case
        // (or the given name first, before the surname: "Ji-hoon Park")
      } else if (gap === '' && (nText === '-' || nText === '‑') && after && HYPHEN_LINKS.has(after.text) && far && sentenceOf[j + 4] === s && /^[-‑]$/.test(tokenText(tokens[j + 3]!)) && text.slice(n.end, far.start) === `${after.text}${tokenText(tokens[j + 3]!)}` && isNameToken(tokenText(far))) {
        j += 4; // Stoke-on-Trent, Stratford-upon-Avon, Aix-en-Provence
      } else if (gap === ' ' && /^\p{Lu}$/u.test(nText) && after && /^[-‑]$/.test(afterText) && after.start === n.end && tokens[j + 3] && tokens[j + 3]!.start === after.end && sentenceOf[j + 3] === s && isNameToken(tokenText(tokens[j + 3]!))) {
        j += 3; // "Prairie Fork R-IV School District": a letter joined to a name by a hyphen
      } else if (gap === ' ' && isNameToken(nText) && !isPossessive(nText)) {
        j += 1;
      } else if (gap === ' ' && /^\p{Lu}$/u.test(nText) && ALIASES.has(aliasKey(text.slice(tokens[j]!.start, n.end)))) {
        j += 1; // "Serie A": a lone letter that ends a name the alias list knows
      } else if (gap === ' ' && isNicknameAt(text, tokens, j + 1) && sentenceOf[j + 4] === s && isNameToken(tokenText(tokens[j + 4]!))) {
        j += 4; // Miguel "Migs" Ilagan: a nickname in quotation marks inside the name
      } else if (gap === ' ' && NAME_PARTICLES.has(nText) && particlesThenName(text, tokens, j + 1, s, sentenceOf) > 0) {
        j = particlesThenName(text, tokens, j + 1, s, sentenceOf); // "Daan van der Meulen"
      } else if (gap === '' && isPossessive(nText) && after && text.slice(n.end, after.start) === ' ' && isNameToken(afterText) && (ORG_HEADS.has(after.lower) || (lastConnector < 0 && headAfterPluralPossessive(text, tokens, j + 2, s, sentenceOf)))) {
        j += 2; // "Sheriff’s Office", "Children’s Hospital"
      } else if (gap === ' ' && CONNECTORS.has(n.lower) && after && sentenceOf[j + 2] === s && text.slice(n.end, after.start) === ' ' && isNameToken(afterText)) {
        if (lastConnector < 0) lastConnector = j + 1;
        j += 2;
      } else if (gap === ' ' && /^(of|for|on)$/.test(n.lower) && after?.lower === 'the' && tokens[j + 3] && sentenceOf[j + 3] === s && isNameToken(tokenText(tokens[j + 3]!)) && !PARTY_MEMBERS.has(tokens[j]!.lower)) {
        // (not after a party member: "an Oregon Democrat on the Senate Commerce Committee" is two names)
        if (lastConnector < 0) lastConnector = j + 1; // "Court for the District of Oregon"
        j += 3;
      } else if (gap === '' && nText === ',' && after && afterText === 'D.C.') {
        j += 2; // Washington, D.C.
      } else break;
    }
    j = portfolioListEnd(text, tokens, i, j, s, sentenceOf);
    // A connector belongs to the run only when the run is an organisation ("Department of Homeland Security").
    // a connector belongs to the run only in an organisation ("Department of Homeland Security", "Alder & Finch")
    // ... or a place named with "of" ("Bay of Bengal", "Isle of Man")
    const namedOf = lastConnector === i + 1 && tokens[lastConnector]!.lower === 'of' && NAMED_OF_HEADS.has(tokens[i]!.lower);
    // ... or a name its acronym spells ("Economic Community of West African States (ECOWAS)")
    const spelled = tokenText(tokens[j + 1] ?? t) === '(' && tokenText(tokens[j + 3] ?? t) === ')' && isAcronym(tokenText(tokens[j + 2] ?? t)) && spelledBy(tokens, i, j, tokenText(tokens[j + 2]!));
    if (lastConnector >= 0 && !hasOrgHead(text, tokens, i, j) && tokens[lastConnector]!.lower !== '&' && !namedOf && !spelled) j = lastConnector - 1;
    // ("Fisheries Minister Mamadou Thiaw and European Union officials": a title before "and" makes the
    // first part a person, whatever the second part's head)
    else if (lastConnector >= 0 && tokens[lastConnector]!.lower === 'and' && tokens.slice(i, lastConnector - 1).some((t) => PERSON_TITLES.has(t.lower))) j = lastConnector - 1;
    if (placeSpelledByAcronym(text, tokens, i, j, s, sentenceOf)) j += 2;
    const prev = tokens[i - 1];
    const initial =
      sentences[s]!.start === t.start ||
      (prev !== undefined && sentenceOf[i - 1] === s && OPENERS.has(tokenText(prev)) && (i - 2 < 0 || sentenceOf[i - 2] !== s || OPENERS.has(tokenText(tokens[i - 2]!)))) ||
      (prev !== undefined && tokenText(prev) === ':') ||
      // "SEOUL, Oct 22 (Wireline) - The central bank …": the story starts after a dateline's dash
      (prev !== undefined && /^[-—–]$/.test(tokenText(prev)) && datelineBefore(text, prev.start));
    runs.push({ first: i, last: j, sentence: s, sentenceInitial: initial, shouted: shouted[s] ?? false, headline: headline[s] ?? false });
    i = j + 1;
  }
  return runs;
}
