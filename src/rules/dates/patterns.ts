/** Regex pieces built from the date lexicon, and the small helpers every date rule uses. */
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { alternation, NUMBER, parseNumber } from '../quantities/numbers.js';
import { charClass, wordRunBefore } from '../quantities/word-before.js';
import type { WordPattern } from '../quantities/word-pattern.js';
import { fmtMonth, fmtYear } from './calendar.js';
import type { DateCandidate, DateContext, ResolveState } from './context.js';

export const MONTHS: Readonly<Record<string, number>> = dateWords.months;
export const WEEKDAYS: Readonly<Record<string, number>> = dateWords.weekdays;
export const SEASONS: Readonly<Record<string, string>> = dateWords.seasons;
export const PARTS_OF_DAY: Readonly<Record<string, string>> = dateWords.partsOfDay;

interface UnitInfo {
  code: string;
  time: boolean;
  n: number;
}
const UNITS: Readonly<Record<string, UnitInfo>> = dateWords.durationUnits;
const UNIT_PLURALS: Readonly<Record<string, string>> = dateWords.unitPlurals;

const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const ABBR_MONTHS = Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m));
/** A month name: full, or abbreviated with an optional period ("Feb.", "Sept"). */
export const MONTH = `(?:${alternation(FULL_MONTHS)}|(?:${alternation(ABBR_MONTHS)})\\.?)`;
/** A month name written out in full, or abbreviated with its period. */
export const MONTH_STRICT = `(?:${alternation(FULL_MONTHS)}|(?:${alternation(ABBR_MONTHS)})\\.)`;
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const PART_OF_DAY = `(?:${alternation(Object.keys(PARTS_OF_DAY))})`;
const UNIT_WORDS = [...Object.keys(UNITS), ...Object.keys(UNIT_PLURALS)];
/** A duration unit, singular or plural: "year", "decades", "centuries". */
export const UNIT = `(?:(?:${alternation(UNIT_WORDS)})s?)`;
export const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d|2100)`;
/** A count of units: a number, or "a"/"an". */
export const COUNT = `(?:${NUMBER}|an?)`;

export function monthNumber(s: string): number | null {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? null;
}
export function weekdayNumber(s: string): number | null {
  return WEEKDAYS[s.toLowerCase()] ?? null;
}
export function isCapitalized(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/** Unit info for a unit word in any number ("centuries" → century). */
export function unitInfo(word: string): UnitInfo | null {
  let w = word.toLowerCase();
  w = UNIT_PLURALS[w] ?? w;
  if (!(w in UNITS) && w.endsWith('s')) w = w.slice(0, -1);
  return UNITS[w] ?? null;
}

/** Value of a count ("three" → 3, "a" → 1, "1.5" → 1.5), or null. */
export function countValue(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (t === 'a' || t === 'an' || t === 'one') return 1;
  return parseNumber(t);
}

/** A TIMEX3 duration: P3M, PT4H, P30Y; an unknown count is X ("PXY"). */
export function durationValue(count: number | null, unit: UnitInfo): string {
  const n = count === null ? 'X' : String(roundSmall(count * unit.n));
  return unit.time ? `PT${n}${unit.code}` : `P${n}${unit.code}`;
}

function roundSmall(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Values that fall back to X when the document has no date. */
export const unknown = {
  month: (y: number | null, m: number): string => (y === null ? `XXXX-${String(m).padStart(2, '0')}` : fmtMonth(y, m)),
  year: (y: number | null): string => (y === null ? 'XXXX' : fmtYear(y)),
};

/** Shorthand for a candidate. */
export function candidate(
  start: number,
  end: number,
  type: DateCandidate['type'],
  rule: string,
  resolve: (state: ResolveState) => string | null,
  priority = 0,
): DateCandidate {
  return { start, end, type, rule, priority, resolve };
}

/** A match of a date pattern: offsets, text and groups (empty strings for unmatched groups). */
export interface PatternMatch {
  start: number;
  end: number;
  text: string;
  g: Record<string, string>;
}

/** Every match of a pattern over the text, in order. */
export function* matches(pattern: WordPattern, text: string): Generator<PatternMatch, void, undefined> {
  for (const m of pattern.matchAll(text)) {
    const g: Record<string, string> = {};
    const groups = m.groups;
    if (groups) for (const k in groups) g[k] = groups[k] ?? '';
    yield { start: m.index, end: m.index + m[0].length, text: m[0], g };
  }
}

const WORD_CHAR = charClass(String.raw`\p{L}\p{N}$£€.'’-`);
const SPACE = charClass(String.raw`\s`);

/** The word before `start` (lower-case), skipping spaces; '' at the start. */
export function wordBefore(ctx: DateContext, start: number): string {
  return wordRunBefore(ctx.text, start, WORD_CHAR, SPACE).toLowerCase();
}
