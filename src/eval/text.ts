/**
 * Text helpers of the scorer. They follow the reference scorer (shared/tools/score-gold.py) to the
 * letter, Python's Unicode `\w`, `\s` and `str()` included, so that both give the same numbers.
 */

/** Python's `\w` on str patterns: letters, digits, underscore. */
const WORD = String.raw`[\p{L}\p{N}_]`;
/** Python's `\s` / `str.isspace()`. */
const WS = String.raw`[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]`;

const LEADING_ARTICLE = new RegExp(String.raw`^(?:the|a|an)${WS}+`, 'u');
const POSSESSIVE = new RegExp(String.raw`'s(?!${WORD})`, 'gu');
const WS_RUN = new RegExp(`${WS}+`, 'gu');
const TRIM_WS = new RegExp(`^${WS}+|${WS}+$`, 'gu');
const TRIM_PUNCT = /^[ ,.;:]+|[ ,.;:]+$/g;

/** A name in comparable form: lower case, no possessive, no leading article, single spaces. */
export function normName(s: string | null | undefined): string {
  let out = (s ?? '').toLowerCase().replaceAll('\u2019', "'");
  out = out.replace(POSSESSIVE, '');
  out = out.replace(TRIM_WS, '').replace(LEADING_ARTICLE, '');
  return out.replace(WS_RUN, ' ').replace(TRIM_PUNCT, '');
}

/** Length in code points, as Python's `len`. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A global RegExp for the word-bounded occurrences of `s`. */
export function wordBounded(s: string): RegExp {
  return new RegExp(`(?<!${WORD})${escapeRegExp(s)}(?!${WORD})`, 'gu');
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Word-bounded occurrences of each string, longest string first, never overlapping an occurrence
 * already taken (so "Jane Roe" is one mention, not also "Roe"). Strings of equal length
 * keep the order in which they are given.
 */
export function occurrences(text: string, strings: readonly string[]): Map<string, Range[]> {
  const unique = [...new Set(strings)].filter((s) => s.length > 0);
  unique.sort((a, b) => codePointLength(b) - codePointLength(a));
  const taken = new Uint8Array(text.length);
  const out = new Map<string, Range[]>();
  for (const s of unique) {
    const found: Range[] = [];
    for (const m of text.matchAll(wordBounded(s))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      taken.fill(1, start, end);
      found.push({ start, end });
    }
    out.set(s, found);
  }
  return out;
}

/** Python's `str(value)` for JSON values, so that values compare as the reference scorer compares them. */
export function pythonStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (Number.isInteger(value) || !Number.isFinite(value)) return Number.isFinite(value) ? String(value) : value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
    const [mantissa, exp] = value.toExponential().split('e') as [string, string];
    const e = Number(exp);
    if (e < -4 || e >= 16) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    return String(value);
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
