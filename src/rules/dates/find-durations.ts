/**
 * Durations: "three months" (P3M), "four-hour" (PT4H), "more than a year" (P1Y), "half a century"
 * (P50Y), "the past three years" (P3Y), "the next decade" (P10Y), vague "several hours" (PTXH) and
 * "for months" (PXM). Ages ("13-year-old", "60 years old") are not durations.
 */
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { alternation } from '../quantities/numbers.js';
import { type DateCandidate, type DateContext } from './context.js';
import { candidate, COUNT, countValue, durationValue, matches, UNIT, unitInfo, wordBefore } from './patterns.js';
import { wordPattern } from '../quantities/word-pattern.js';

const APPROX = alternation([
  'more than', 'less than', 'fewer than', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'at least', 'at most',
  'over', 'up to', 'under', 'just over', 'just under', 'close to', 'as long as', 'as little as', 'upwards of', 'well over', 'some',
]);
const MODIFIERS = alternation(dateWords.durationModifiers);
const VAGUE = alternation(dateWords.vagueQuantifiers);
const LEAD_INS = new Set(dateWords.durationLeadIns);

const COUNTED = wordPattern(
  String.raw`(?<![\p{L}\d$£€¥.,])(?:(?<approx>${APPROX})\s+)?(?<count>${COUNT}|another)(?<sep>\s+|-|\s*-\s*)(?:(?<mod>${MODIFIERS})\s+)?(?<unit>${UNIT})(?![\p{L}\d])`,
  'giu',
  'dates',
);
const HALF = wordPattern(String.raw`(?<![\p{L}\d])(?:(?<approx>${APPROX})\s+)?half\s+an?\s+(?<unit>${UNIT})(?![\p{L}\d])`, 'giu', 'dates');
/** "a year and a half" (P18M), "two and a half hours" (PT150M), "a couple of weeks" (P2W). */
const AND_A_HALF = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<approx>${APPROX})\s+)?(?:(?<count>${COUNT})\s+(?<unit>${UNIT})\s+and\s+a\s+half|(?<count2>${COUNT})\s+and\s+a\s+half\s+(?<unit2>${UNIT}))(?![\p{L}\d])`,
  'giu',
  'dates',
);
const COUPLE = wordPattern(String.raw`(?<![\p{L}\d])(?:(?<approx>${APPROX})\s+)?a\s+couple\s+(?:of\s+)?(?<unit>${UNIT})(?![\p{L}\d])`, 'giu', 'dates');
/** A unit and the next smaller one it divides into whole ("1.5 years" → 18 months). */
const SMALLER: Readonly<Record<string, { code: string; time: boolean; per: number }>> = { Y: { code: 'M', time: false, per: 12 }, D: { code: 'H', time: true, per: 24 }, H: { code: 'M', time: true, per: 60 }, W: { code: 'D', time: false, per: 7 } };

const THE_SPAN = wordPattern(
  String.raw`(?<![\p{L}\d])the\s+(?<rel>past|last|next|previous|coming|first|final|following|preceding)\s+(?:(?<count>${COUNT}|few|several)\s+)?(?:(?<mod>${MODIFIERS})\s+)?(?<unit>${UNIT})(?![\p{L}\d])`,
  'giu',
  'dates',
);
const VAGUE_RE = wordPattern(String.raw`(?<![\p{L}\d])(?:(?<q>${VAGUE})\s+(?:more\s+)?|(?<for>for)\s+)(?<unit>(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?![\p{L}\d])`, 'giu', 'dates');

/** "13-year-old", "60 years old", "60 years of age": an age, not a duration. */
function isAge(text: string, end: number): boolean {
  return /^(?:\s*-\s*|\s+)(?:old|olds)\b|^\s+of\s+age\b/i.test(text.slice(end, end + 12));
}

const VAGUE_CODES: Readonly<Record<string, string>> = { decades: 'DE', centuries: 'CE' };

export function findDurations(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text } = ctx;

  for (const x of matches(COUNTED, text)) {
    const unitWord = x.g.unit!.toLowerCase();
    const unit = unitInfo(unitWord);
    if (!unit) continue;
    if (isAge(text, x.end)) continue;
    const countText = x.g.count!.toLowerCase();
    const article = countText === 'a' || countText === 'an';
    // "a second goal" is an ordinal, not a unit of time.
    if (unitWord === 'second' && (article || countText === 'one' || /^[-‑]\p{L}/u.test(text.slice(x.end, x.end + 2)))) continue;
    if (article && !x.g.approx) {
      const before = wordBefore(ctx, x.start);
      if (!LEAD_INS.has(before)) continue;
    }
    // "2018 FIFA World Cup" is not "2018 …"; a year before a unit is not a count
    if (/^(?:1[5-9]\d\d|20\d\d)$/.test(countText) && x.g.sep !== '-') continue;
    const count = countText === 'another' ? 1 : countValue(countText);
    if (count === null) continue;
    const start = x.start;
    out.push({
      ...candidate(start, x.end, 'DURATION', 'dates/duration', () => durationValue(count, unit), 0),
      duration: { n: count * unit.n, code: unit.code, time: unit.time },
    });
  }

  for (const x of matches(HALF, text)) {
    const unit = unitInfo(x.g.unit!);
    if (!unit) continue;
    const half = unit.time && unit.code === 'H' ? { n: 30, code: 'M', time: true } : { n: 0.5 * unit.n, code: unit.code, time: unit.time };
    const value = half.time ? `PT${half.n}${half.code}` : `P${half.n}${half.code}`;
    out.push(candidate(x.start, x.end, 'DURATION', 'dates/duration-half', () => value, 1));
  }

  for (const x of matches(AND_A_HALF, text)) {
    const unit = unitInfo((x.g.unit || x.g.unit2)!.toLowerCase());
    const count = countValue((x.g.count || x.g.count2)!.toLowerCase());
    if (!unit || count === null || isAge(text, x.end)) continue;
    const n = (count + 0.5) * unit.n;
    const key = unit.time ? (unit.code === 'H' ? 'H' : '') : unit.code;
    const smaller = SMALLER[key];
    const value = smaller && Number.isInteger(n * smaller.per) ? `P${smaller.time ? 'T' : ''}${n * smaller.per}${smaller.code}` : `P${unit.time ? 'T' : ''}${n}${unit.code}`;
    out.push(candidate(x.start, x.end, 'DURATION', 'dates/duration-and-a-half', () => value, 1));
  }

  for (const x of matches(COUPLE, text)) {
    const unit = unitInfo(x.g.unit!.toLowerCase());
    if (!unit || isAge(text, x.end)) continue;
    out.push({ ...candidate(x.start, x.end, 'DURATION', 'dates/duration', () => durationValue(2, unit), 1), duration: { n: 2 * unit.n, code: unit.code, time: unit.time } });
  }

  for (const x of matches(THE_SPAN, text)) {
    const unitWord = x.g.unit!.toLowerCase();
    const unit = unitInfo(unitWord);
    if (!unit) continue;
    const countText = (x.g.count ?? '').toLowerCase();
    // "the next day" is a date, "the last week of March" part of one
    if (!countText && (unitWord === 'day' || unitWord === 'second')) continue;
    if (/^\s+of\b/i.test(text.slice(x.end, x.end + 5))) continue;
    const count = !countText ? 1 : countText === 'few' || countText === 'several' ? null : countValue(countText);
    out.push(candidate(x.start, x.end, 'DURATION', 'dates/duration-span', () => durationValue(count, unit), 1));
  }

  for (const x of matches(VAGUE_RE, text)) {
    const unitWord = x.g.unit!.toLowerCase();
    const unit = unitInfo(unitWord);
    if (!unit) continue;
    if (/^\s+(?:ago|from\s+now|old)\b/i.test(text.slice(x.end, x.end + 10))) continue;
    const code = VAGUE_CODES[unitWord] ?? unit.code;
    const value = unit.time ? `PTX${code}` : `PX${code}`;
    out.push(candidate(x.start, x.end, 'DURATION', x.g.for ? 'dates/duration-for-vague' : 'dates/duration-vague', () => value, -1));
  }
  return out;
}
