/**
 * Numbers written in digits or words: the patterns that find them and exact values.
 * Shared by the quantities and dates stages. Values never go through floating-point
 * multiplication ("$3.1 trillion" is 3100000000000, not 3100000000000.0005).
 */
import words from '../../lexicon/quantity-words.json' with { type: 'json' };

const UNITS: Readonly<Record<string, number>> = words.units;
const TENS: Readonly<Record<string, number>> = words.tens;
const SCALES: Readonly<Record<string, number>> = words.scales;
const ORDINALS: Readonly<Record<string, number>> = words.ordinals;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A regex alternation of the given phrases, longest first, spaces matching any run of spaces. */
export function alternation(phrases: Iterable<string>): string {
  const list = [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return prefixTree(list) ?? list.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');
}

/**
 * The same alternation written as a prefix tree ("jan|january|june" → "j(?:an(?:uary|)|une)"),
 * which V8 matches much faster: each character is tested once, not once per phrase. It matches
 * exactly what the flat list does, in the same order: at any position only phrases that are
 * prefixes of one another can match together (a space is `\s+` and always followed by a
 * non-space, so it takes the whole run of spaces), and the tree tries the longer ones first, as
 * the longest-first list does. Returns null when that argument does not hold for the phrases
 * (an empty phrase, a space at an edge or doubled, another space character, or two characters
 * at one branch that are equal ignoring case); the flat list is used then.
 */
function prefixTree(phrases: readonly string[]): string | null {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const p of phrases) {
    if (p === '' || p.startsWith(' ') || p.endsWith(' ') || p.includes('  ') || /[^\S ]/u.test(p)) return null;
    let node = root;
    for (const ch of p) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  let ok = true;
  const token = (k: string): string => (k === ' ' ? '\\s+' : escapeRegExp(k));
  const branches = (node: Node): string[] => {
    const keys = [...node.next.keys()].sort();
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) if (sameIgnoringCase(keys[i]!, keys[j]!)) ok = false;
    return keys.map((k) => token(k) + rest(node.next.get(k)!));
  };
  // what may follow a node: its branches, longer ones before ending here
  const rest = (node: Node): string => {
    const alts = branches(node);
    if (alts.length === 0) return '';
    if (alts.length === 1 && !node.end) return alts[0]!;
    return `(?:${alts.join('|')}${node.end ? '|' : ''})`;
  };
  const out = branches(root).join('|');
  return ok ? out : null;
}

function sameIgnoringCase(a: string, b: string): boolean {
  return new RegExp(`^${escapeRegExp(a)}$`, 'iu').test(b) || new RegExp(`^${escapeRegExp(a)}$`, 'i').test(b);
}

/** Digits with optional thousands separators and decimals: "7,000", "1.2", "45756". */
// ("310 000", "4 200": South African and French papers group thousands with a space)
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.\-‑])|\d+(?:\.\d+)?`;
const SMALL_WORD = alternation([...Object.keys(UNITS), ...Object.keys(TENS)]);
const ANY_NUMBER_WORD = alternation([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen']);
/** Number words: "seven", "twenty-five", "two hundred thousand", "a dozen", "a million" (bounded, so a list of number words cannot make matching quadratic). */
export const NUMBER_WORDS = String.raw`(?:(?:${SMALL_WORD})(?:(?:-|\s+)(?:${ANY_NUMBER_WORD})){0,6}|(?:half\s+)?a\s+(?:dozen|hundred|thousand|million|billion|trillion)(?:\s+(?:${ANY_NUMBER_WORD})){0,6})`;
export const SCALE_WORDS = alternation(Object.keys(SCALES));
export const ORDINAL_WORDS = alternation([
  ...Object.keys(ORDINALS),
  ...Object.keys(TENS).flatMap((t) => ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((o) => `${t}-${o}`)),
]);
/** Any number: digits (with an optional scale word) or number words. Use with the `i` flag. */
export const NUMBER = String.raw`(?:(?:${DIGITS})(?:\s+(?:${SCALE_WORDS}))?|${NUMBER_WORDS})`;

/** `digits × 10^power` computed on the decimal string: exact for any written number. */
export function shiftDecimal(digits: string, power: number): number {
  const clean = digits.replace(/[,\s\u00a0\u202f]/g, '');
  const [intPart = '0', fracPart = ''] = clean.split('.');
  let int = intPart;
  let frac = fracPart;
  if (power >= 0) {
    const moved = frac.slice(0, power).padEnd(power, '0');
    int += moved;
    frac = frac.slice(power);
  } else {
    const k = -power;
    const padded = int.padStart(k + 1, '0');
    frac = padded.slice(padded.length - k) + frac;
    int = padded.slice(0, padded.length - k);
  }
  return Number(frac ? `${int}.${frac}` : int);
}

function powerOfTen(n: number): number {
  return Math.round(Math.log10(n));
}

/** Value of number words ("twenty-five" → 25, "seven million" → 7000000), or null. */
export function parseNumberWords(s: string): number | null {
  const parts = s.toLowerCase().split(/[\s-]+/).filter((p) => p !== '' && p !== 'and');
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  // "half a million" is half of what follows
  const half = parts[0] === 'half' && parts[1] === 'a';
  if (half) parts.shift();
  for (const p of parts) {
    if (p === 'a' || p === 'an') {
      current = 1;
      continue;
    }
    if (p === 'dozen') {
      current = (current || 1) * words.dozen;
      seen = true;
    } else if (p in UNITS) {
      current += UNITS[p]!;
      seen = true;
    } else if (p in TENS) {
      current += TENS[p]!;
      seen = true;
    } else if (p === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (p in SCALES) {
      total += (current || 1) * SCALES[p]!;
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? (total + current) * (half ? 0.5 : 1) : null;
}

/** Value of a number match: digits with an optional trailing scale word, or number words. */
export function parseNumber(s: string): number | null {
  // ("310 000": thousands grouped by a space)
  const t = s.trim().replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1');
  const m = /^(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s+([a-z]+))?$/i.exec(t);
  if (m) {
    const scale = m[2]?.toLowerCase();
    if (scale === undefined) return shiftDecimal(m[1]!, 0);
    const factor = SCALES[scale];
    return factor === undefined ? null : shiftDecimal(m[1]!, powerOfTen(factor));
  }
  return parseNumberWords(t);
}

/** Value of an ordinal ("third" → 3, "twenty-first" → 21, "10th" → 10), or null. */
export function parseOrdinal(s: string): number | null {
  const t = s.toLowerCase();
  const d = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (d) return Number(d[1]);
  if (t in ORDINALS) return ORDINALS[t]!;
  const [tens, unit] = t.split('-');
  if (tens !== undefined && unit !== undefined && tens in TENS && unit in ORDINALS) return TENS[tens]! + ORDINALS[unit]!;
  return null;
}
