/**
 * Holidays: "the Fourth of July", "Christmas Eve", "Thanksgiving", "Labor Day". A fixed-date holiday
 * is that day; a moving one is the nth weekday of its month ("the fourth Thursday of November").
 * The year comes from the tense of the clause, as for "March 3" without a year.
 */
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { daysInMonth, fmtDay, weekday, yearForMonthDay, type Ymd } from './calendar.js';
import type { DateCandidate, DateContext } from './context.js';
import { candidate, matches } from './patterns.js';
import { directionOf, readTense } from './read-tense.js';
import { wordPattern } from '../quantities/word-pattern.js';

interface Holiday {
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
}

const HOLIDAYS: Readonly<Record<string, Holiday>> = dateWords.holidays;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const NAMES = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length);
const HOLIDAY = wordPattern(String.raw`(?<![\p{L}\d])(?:${NAMES.map(escape).join('|')})(?![\p{L}\d])`, 'giu', 'holidays');

/** The day of a holiday in year y. */
export function holidayDay(h: Holiday, y: number): Ymd {
  if (h.day !== undefined) return { y, m: h.month, d: h.day };
  const want = h.weekday ?? 1;
  const nth = h.nth ?? 1;
  if (nth > 0) {
    const firstDow = weekday({ y, m: h.month, d: 1 });
    return { y, m: h.month, d: 1 + ((want - firstDow + 7) % 7) + (nth - 1) * 7 };
  }
  const last = daysInMonth(y, h.month);
  const lastDow = weekday({ y, m: h.month, d: last });
  return { y, m: h.month, d: last - ((lastDow - want + 7) % 7) };
}

export function findHolidays(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const x of matches(HOLIDAY, ctx.text)) {
    // a holiday's name is capitalised ("christmas trees" in a lower-case run is no date)
    if (!/\p{Lu}/u.test(x.text)) continue;
    const h = HOLIDAYS[x.text.toLowerCase().replace(/\s+/g, ' ')];
    if (!h) continue;
    const { start, end } = x;
    out.push(
      candidate(start, end, 'DATE', 'dates/holiday', (state) => {
        if (!ctx.docDate) return h.day !== undefined ? `XXXX-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}` : `XXXX-${String(h.month).padStart(2, '0')}`;
        // the year from the tense, judged on the holiday's date in the publication year
        const approx = holidayDay(h, ctx.docDate.y);
        const y = yearForMonthDay(ctx.docDate, approx.m, approx.d, directionOf(readTense(ctx, start, end)));
        const day = holidayDay(h, y);
        state.lastDay = { at: start, day };
        return fmtDay(day);
      }, 2),
    );
  }
  return out;
}
