/**
 * Step 4: roles of people from the title before the name ("Acting FEMA administrator Jane
 * Roe" → "acting FEMA administrator") and from an apposition after it ("Hugh Hill, a doctor," →
 * "doctor"; "Tom Lee, who was mayor under ..." → "former mayor").
 */
import type { Offsets, Token } from '../../document.js';
import titlesData from '../../lexicon/titles.json' with { type: 'json' };
import { PERSON_TITLES, TITLES, isHonorific } from './lexicons.js';
import { isAcronym, isCapitalised, isJoinedHyphen, tokenText } from './token-shapes.js';

const APPOSITION_HEADS = new Set(titlesData.appositionHeads);
const ROLE_JOINERS = new Set(['and', 'of', '-', '‑', '’s', "'s"]);
const APPOSITION_STOP = new Set(['under', 'since', 'during', 'until', 'when', 'where', 'who', 'which', 'that', 'said', 'says', 'told', 'and']);

/** The title before the token at `first`, or null. */
export function roleBefore(text: string, tokens: Token[], first: number, sentence: Offsets): string | null {
  // the role ends with a title word right before the name
  if (first < 1 || !TITLES.has(tokens[first - 1]!.lower)) return null;
  let i = first - 1;
  let start = -1;
  let hasTitle = false;
  while (i >= 0 && tokens[i]!.start >= sentence.start) {
    const t = tokens[i]!;
    const s = tokenText(t);
    if (TITLES.has(t.lower)) hasTitle = !isHonorific(t.lower) || hasTitle;
    // "Did Mr. Thorsby …": a verb ends the title
    else if (t.pos === 'VERB' || t.pos === 'AUX') break;
    else if (t.lower === 'and') {
      // "congressman and auctioneer": only between two title words
      if (!(i > 0 && TITLES.has(tokens[i - 1]!.lower) && TITLES.has(tokens[i + 1]?.lower ?? ''))) break;
    } else if (!(isAcronym(s) || isCapitalised(s) || ROLE_JOINERS.has(t.lower))) break;
    if (t.lower === 'the' || t.lower === 'a') break;
    start = i;
    i--;
  }
  while (start >= 0 && start < first && ROLE_JOINERS.has(tokens[start]!.lower)) start++;
  if (start < 0 || start >= first || !hasTitle) return null;
  let role = text.slice(tokens[start]!.start, tokens[first - 1]!.end);
  const head = tokens[start]!;
  if (head.start === sentence.start && TITLES.has(head.lower) && !isAcronym(tokenText(head))) role = role[0]!.toLowerCase() + role.slice(1);
  return role.trim() || null;
}

/** The apposition right after the mention ending at token `last`, or null. */
export function roleAfter(text: string, tokens: Token[], last: number, sentence: Offsets): string | null {
  // "Rep. Ann Roe (D-N.M.), the committee’s ranking member,": a short parenthesis first
  if (tokenText(tokens[last + 1] ?? tokens[last]!) === '(') {
    let close = last + 2;
    while (close < tokens.length && close - last <= 8 && tokenText(tokens[close]!) !== ')' && tokens[close]!.end <= sentence.end) close++;
    if (tokenText(tokens[close] ?? tokens[last]!) === ')') last = close;
  }
  let comma = tokens[last + 1];
  if (!comma || tokenText(comma) !== ',') return null;
  // "Carla Mendes, 54, a retired nurse,": the age first
  if (tokens[last + 2]?.pos === 'NUM' && tokenText(tokens[last + 3] ?? comma) === ',') {
    last += 2;
    comma = tokens[last + 1]!;
  }
  let i = last + 2;
  let former = false;
  if (tokens[i]?.lower === 'who' && (tokens[i + 1]?.lower === 'is' || tokens[i + 1]?.lower === 'was')) {
    former = tokens[i + 1]!.lower === 'was';
    i += 2;
  }
  const det = tokens[i]?.lower;
  if (det === 'a' || det === 'an' || det === 'the') i++;
  else if (!former && tokens[last + 2]?.lower !== 'who') {
    // "Grewal, British Columbia’s minister of …": a possessive name before the title is its affiliation
    // (up to two small words before the title: "Wolverine Basin’s ski patrol director")
    const owner = possessiveNameEnd(tokens, i);
    let title = owner;
    while (title < owner + 2 && /^\p{Ll}+$/u.test(tokens[title]?.text ?? '') && !TITLES.has(tokens[title]!.lower)) title++;
    if (owner > i && TITLES.has(tokens[title]?.lower ?? '')) i = owner;
    // no article: only a person title starts an apposition ("Pike, chairman of ..."), or a word
    // such as "head" before "of" or "at" ("Pizarro, head of fixed-income strategy at ...")
    else if (!PERSON_TITLES.has(tokens[i]?.lower ?? '') && !(APPOSITION_HEADS.has(tokens[i]?.lower ?? '') && /^(of|at)$/.test(tokens[i + 1]?.lower ?? ''))) return null;
  } else if (tokens[last + 2]?.lower === 'who' && !former && tokens[last + 3]?.lower !== 'is') return null;
  const from = i;
  let hasNoun = false;
  while (i < tokens.length && tokens[i]!.end <= sentence.end && i - from < 10) {
    const t = tokens[i]!;
    // (a hyphen inside a word is no break: "the union’s secretary-general"; nor a plural's apostrophe: "the Physicians' Federation")
    const pluralApostrophe = /^['’]$/.test(t.text) && tokens[i - 1]?.end === t.start && /s$/.test(tokens[i - 1]!.text);
    if ((t.pos === 'PUNCT' && !isJoinedHyphen(tokens, i) && !pluralApostrophe) || APPOSITION_STOP.has(t.lower)) break;
    if (t.pos === 'NOUN' || TITLES.has(t.lower)) hasNoun = true;
    // (a capitalised word is a name's, whatever wink tags it: "superintendent of Calloway Springs ISD")
    // (nor a word joined by a hyphen: "fixed-income strategy")
    // (nor a participle before a title: "the managing director", "the presiding judge")
    const beforeTitle = /ing$/.test(t.lower) && TITLES.has(tokens[i + 1]?.lower ?? '');
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text) && !isJoinedHyphen(tokens, i + 1) && !isJoinedHyphen(tokens, i - 1) && !beforeTitle) return null;
    i++;
  }
  if (i === from || !hasNoun) return null;
  // an apposition is closed by a comma or the end of the sentence
  const closing = tokens[i];
  if (closing && closing.end <= sentence.end && !former && !/^[,.;:—–]$/.test(tokenText(closing)) && !APPOSITION_STOP.has(closing.lower)) return null;
  const role = text.slice(tokens[from]!.start, tokens[i - 1]!.end);
  return former && !/^former\b/.test(role) ? `former ${role}` : role;
}

/** After a run of capitalised words from `i` and a possessive "’s": the token after it (else `i`). */
function possessiveNameEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 5 && isCapitalised(tokenText(tokens[j]!))) j++;
  if (j === i || (tokens[j]?.lower !== '’s' && tokens[j]?.lower !== "'s")) return i;
  return j + 1;
}

/** "Kerkhoff, the Dutch economist who has served as the EU’s competition commissioner since 2024": the office held. */
export function roleServedAs(text: string, tokens: Token[], last: number, sentence: Offsets): string | null {
  if (tokenText(tokens[last + 1] ?? tokens[last]!) !== ',') return null;
  let i = last + 2;
  while (i < tokens.length && tokens[i]!.end <= sentence.end && i - last < 25 && tokens[i]!.lower !== 'who') {
    if (tokens[i]!.pos === 'VERB' || /^[.;]$/.test(tokenText(tokens[i]!))) return null;
    i++;
  }
  if (tokens[i]?.lower !== 'who') return null;
  i++;
  if (/^(has|had|is|was)$/.test(tokens[i]?.lower ?? '')) i++;
  if (!/^(served|serves|serving)$/.test(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower !== 'as') return null;
  i += 2;
  if (/^(the|a|an)$/.test(tokens[i]?.lower ?? '')) i++;
  const from = i;
  let hasTitle = false;
  while (i < tokens.length && tokens[i]!.end <= sentence.end && i - from < 8) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' || APPOSITION_STOP.has(t.lower) || (t.pos === 'ADP' && t.lower !== 'of')) break;
    if (TITLES.has(t.lower)) hasTitle = true;
    i++;
  }
  if (!hasTitle || i === from) return null;
  return text.slice(tokens[from]!.start, tokens[i - 1]!.end);
}

/**
 * "the Commissioner for Data Protection, Gráinne Mulqueen, said", "the competition commissioner,
 * Annelie Kerkhoff,": a title phrase before the name, set off by commas.
 */
export function roleBeforeComma(text: string, tokens: Token[], first: number, last: number, sentence: Offsets): string | null {
  if (tokenText(tokens[first - 1] ?? tokens[first]!) !== ',' || !/^[,.;]$/.test(tokenText(tokens[last + 1] ?? tokens[last]!))) return null;
  let i = first - 2;
  let hasTitle = false;
  while (i >= 0 && tokens[i]!.start >= sentence.start && first - 2 - i < 8) {
    const t = tokens[i]!;
    if (t.lower === 'the') break;
    if (TITLES.has(t.lower) && !isHonorific(t.lower)) hasTitle = true;
    else if (!(isCapitalised(tokenText(t)) || ROLE_JOINERS.has(t.lower) || t.lower === 'for' || t.pos === 'ADJ' || t.pos === 'NOUN')) return null;
    i--;
  }
  // only "the …, Name,": a determiner opens the title phrase
  if (tokens[i]?.lower !== 'the' || !hasTitle || i + 1 > first - 2) return null;
  return text.slice(tokens[i + 1]!.start, tokens[first - 2]!.end);
}
