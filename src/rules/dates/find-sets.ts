/**
 * Recurrences: "every year" (P1Y), "every six months" (P6M), "each fall" (XXXX-FA), "every night" (XXXX-XX-XXTNI),
 * "weekly" (P1W), "0.6 meters a year" (P1Y), "on Mondays" is found with the weekdays.
 */
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { alternation } from '../quantities/numbers.js';
import { atSentenceStart, type DateCandidate, type DateContext } from './context.js';
import { candidate, COUNT, countValue, durationValue, matches, PART_OF_DAY, PARTS_OF_DAY, SEASON, SEASONS, UNIT, unitInfo, WEEKDAY, weekdayNumber, isCapitalized, wordBefore } from './patterns.js';
import { wordPattern } from '../quantities/word-pattern.js';

const SET_ADVERBS: Readonly<Record<string, string>> = dateWords.setAdverbs;
const NEWSPAPER_MODIFIERS = new Set(dateWords.newspaperModifiers);

const EVERY = wordPattern(
  String.raw`(?<![\p{L}\d])(?<q>every|each)\s+(?:(?<other>other)\s+|(?<count>${COUNT})\s+)?(?:(?<unit>${UNIT})|(?<wd>${WEEKDAY})|(?<season>${SEASON})|(?<pod>${PART_OF_DAY}))(?![\p{L}\d])`,
  'giu',
  'dates',
);
const ADVERB = wordPattern(String.raw`(?<![\p{L}\d-])(?<w>${alternation(Object.keys(SET_ADVERBS))})(?![\p{L}\d-])`, 'giu', 'dates');
const PER = wordPattern(String.raw`(?<![\p{L}\d])(?<a>a|an|per)\s+(?<unit>second|minute|hour|day|week|month|year)(?![\p{L}\d])`, 'giu', 'dates');

export function findSets(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text } = ctx;
  for (const x of matches(EVERY, text)) {
    if (x.g.wd) {
      if (!isCapitalized(x.g.wd)) continue;
      const dow = weekdayNumber(x.g.wd)!;
      out.push(candidate(x.start, x.end, 'SET', 'dates/every', () => `XXXX-WXX-${dow}`, 2));
      continue;
    }
    // "every night", "each morning": a part of every day
    if (x.g.pod) {
      if (x.g.count || x.g.other) continue;
      const code = PARTS_OF_DAY[x.g.pod.toLowerCase()]!;
      out.push(candidate(x.start, x.end, 'SET', 'dates/every', () => `XXXX-XX-XXT${code}`, 2));
      continue;
    }
    if (x.g.season) {
      const code = SEASONS[x.g.season.toLowerCase()]!;
      out.push(candidate(x.start, x.end, 'SET', 'dates/every', () => `XXXX-${code}`, 2));
      continue;
    }
    const unit = unitInfo(x.g.unit!);
    if (!unit) continue;
    // "in each year of the contract" counts pieces of a period, not a recurrence
    if (/^\s+of\b/i.test(text.slice(x.end, x.end + 4))) continue;
    const countText = (x.g.count ?? '').toLowerCase();
    if (countText === 'a' || countText === 'an') continue;
    const count = x.g.other ? 2 : countText ? countValue(countText) : 1;
    out.push(candidate(x.start, x.end, 'SET', 'dates/every', () => durationValue(count, unit), 2));
  }
  for (const x of matches(ADVERB, text)) {
    const value = SET_ADVERBS[x.g.w!.toLowerCase()]!;
    // a newspaper, not a recurrence: "the Daily Courier", "the sports daily Marca", "a weekly"
    if (/^\p{Lu}/u.test(x.text) && !atSentenceStart(ctx, x.start)) continue;
    if (/^\s+\p{Lu}/u.test(text.slice(x.end, x.end + 2)) || NEWSPAPER_MODIFIERS.has(wordBefore(ctx, x.start))) continue;
    out.push(candidate(x.start, x.end, 'SET', 'dates/set-adverb', () => value));
  }
  for (const x of matches(PER, text)) {
    // "$4 an hour", "0.6 meters a year", "seven days a week": a rate after an amount
    const before = text.slice(Math.max(0, x.start - 30), x.start);
    const rest = text.slice(x.end, x.end + 12);
    if (/^\s+(?:earlier|later|ago|before|after|from)\b/i.test(rest)) continue;
    const isPer = x.g.a!.toLowerCase() === 'per';
    // "$4 an hour" is a rate of pay: the quantity carries it as its unit
    if (/(?:[$£€¥]\s?[\d.,]+(?:\s+(?:million|billion|trillion))?|\d\s+(?:cents|dollars|euros|pounds|pence))\s+$/i.test(before)) continue;
    if (!isPer && !/(?:\d%?|percent|cents?|times|twice|once|thrice|million|billion|trillion|thousand|hundred|dozen|[^s\s]s)\s+$/i.test(before)) continue;
    if (!isPer && /\b(?:for|in|within|than|about|over|after|spent|spend|took|takes|last|lasted|nearly|almost|least|another)\s+$/i.test(before)) continue;
    const unit = unitInfo(x.g.unit!)!;
    out.push(candidate(x.start, x.end, 'SET', 'dates/per-unit', () => durationValue(1, unit), 1));
  }
  return out;
}
