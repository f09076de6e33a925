/** What a token looks like: capitalised, an acronym, an initial, a possessive ending. */
import type { Token } from '../../document.js';

/** The token's surface form (kept on the token: no slice, no allocation). */
export function tokenText(t: Token): string {
  return t.text;
}

export function isCapitalised(s: string): boolean {
  return /^\p{Lu}/u.test(s) && /\p{L}/u.test(s);
}

export function isAcronym(s: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,7}$/u.test(s);
}

export function isInitial(s: string): boolean {
  return /^\p{Lu}\.$/u.test(s);
}

export function isPossessive(s: string): boolean {
  return s === '’s' || s === "'s" || s === '’' || s === "'";
}

/** Length of a trailing possessive inside a single token ("O'Brien's" → 2), or 0. */
export function possessiveSuffix(s: string): number {
  return /['’]s$/u.test(s) && s.length > 2 ? 2 : 0;
}

/** Is a sentence mostly in capitals (a headline or shouted text, where acronyms mean nothing)? */
export function mostlyUpper(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = s[i]!;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return upper + lower >= 12 && upper / (upper + lower) > 0.6;
}

/** Is token k a hyphen written inside a word, touching the tokens on both sides ("Osei-Bonsu")? */
export function isJoinedHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.text === '-' || t.text === '‑') && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

/**
 * Does a nickname in quotation marks stand at token k, inside a name ('Miguel "Migs" Ilagan',
 * 'Rosalinda “Rose” Magbanua')? k is the opening mark: a capitalised word touching both marks, then
 * one space and a capitalised word.
 */
export function isNicknameAt(text: string, tokens: readonly Token[], k: number): boolean {
  const open = tokens[k];
  const word = tokens[k + 1];
  const close = tokens[k + 2];
  const name = tokens[k + 3];
  if (!open || !word || !close || !name || !/^["“]$/.test(open.text) || !/^["”]$/.test(close.text)) return false;
  return word.start === open.end && close.start === word.end && /^\p{Lu}\p{Ll}+$/u.test(word.text) && text.slice(close.end, name.start) === ' ' && /^\p{Lu}/u.test(name.text);
}

/**
 * Do the capitalised words of tokens a..b spell the acronym, each giving one to three of its first
 * letters ("Nava Karnataka Paksha" → "NKP", "Economic Community of West African States" → "ECOWAS")?
 */
export function spelledBy(tokens: readonly Token[], a: number, b: number, acronym: string): boolean {
  const words: string[] = [];
  for (let k = a; k <= b; k++) if (/^\p{Lu}/u.test(tokens[k]!.text)) words.push(tokens[k]!.text.toUpperCase());
  return spellsAcronym(words, 0, acronym, 0);
}

/** Can words[w..] spell acronym[at..], each word giving one to three of its first letters? */
function spellsAcronym(words: readonly string[], w: number, acronym: string, at: number): boolean {
  if (w === words.length) return at === acronym.length;
  const word = words[w]!;
  for (let n = 1; n <= 3 && at + n <= acronym.length && n <= word.length; n++) {
    if (word[n - 1] !== acronym[at + n - 1]) break;
    if (spellsAcronym(words, w + 1, acronym, at + n)) return true;
  }
  return false;
}
