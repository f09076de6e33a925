/** What a token looks like: capitalised, an acronym, an initial, a possessive ending. */
import type { Token } from '../../document.js';

export function tokenText(text: string, t: Token): string {
  return text.slice(t.start, t.end);
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
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.6;
}
