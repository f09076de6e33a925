/**
 * Settle overlapping candidates (the longest wins, then the higher priority, then the earlier),
 * then join what belongs together: "2 hours, 4 minutes and 37 seconds" is one duration,
 * "seven days a week" one recurrence.
 */
import type { DateCandidate } from './context.js';
import { selectLongest } from '../quantities/select-longest.js';

export function selectCandidates(candidates: readonly DateCandidate[], textLength: number): DateCandidate[] {
  return selectLongest(candidates, textLength, (a, b) => (b.priority ?? 0) - (a.priority ?? 0));
}

/** What may stand between two parts of one duration: ", ", " and ", ", and " (sticky: only the whole gap is tried). */
const DURATION_JOINER = /(?:,\s*|\s+and\s+|,\s+and\s+)$/y;
function joinsDurations(gap: string): boolean {
  DURATION_JOINER.lastIndex = 0;
  return DURATION_JOINER.test(gap);
}

const UNIT_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
function order(d: { code: string; time: boolean }): number {
  return UNIT_ORDER.indexOf(d.time ? `T${d.code}` : d.code);
}

function joinDurations(parts: ReadonlyArray<{ n: number; code: string; time: boolean }>): string {
  let date = '';
  let time = '';
  for (const p of parts) {
    if (p.time) time += `${p.n}${p.code}`;
    else date += `${p.n}${p.code}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** Join adjacent pieces that make one expression. */
export function joinAdjacent(text: string, selected: readonly DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const c of selected) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, c.start);
      // "2 hours, 4 minutes and 37 seconds"
      if (prev.duration && c.duration && joinsDurations(gap) && order(prev.duration) < order(c.duration)) {
        const parts = [...((prev as JoinedCandidate).parts ?? [prev.duration]), c.duration];
        const value = joinDurations(parts);
        const joined: JoinedCandidate = { ...prev, end: c.end, duration: c.duration, parts, resolve: () => value };
        out[out.length - 1] = joined;
        continue;
      }
      // "April last year", "the first quarter of next year": the period, in that year
      if (YEAR_QUALIFIED.has(prev.rule) && c.rule === 'dates/relative-unit' && RELATIVE_YEAR.test(text.slice(c.start, c.end)) && YEAR_GAP.test(gap)) {
        out[out.length - 1] = inRelativeYear(prev, c);
        continue;
      }
      // "seven days a week": the recurrence takes the whole phrase
      if (prev.type === 'DURATION' && c.type === 'SET' && c.rule === 'dates/per-unit' && /^\s+$/.test(gap)) {
        out[out.length - 1] = { ...c, start: prev.start };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Periods of a year that a following "last year" or "of next year" places in that year. */
const YEAR_QUALIFIED = new Set(['dates/month-by-tense', 'dates/quarter', 'dates/half-year', 'dates/season']);
const RELATIVE_YEAR = /^(?:last|next|this)\s+year$/i;
const YEAR_GAP = /^\s+(?:of\s+)?$/;

/** The period `prev` with its year taken from `year` ("last year" → 2025): "2026-04" → "2025-04". */
function inRelativeYear(prev: DateCandidate, year: DateCandidate): DateCandidate {
  return {
    ...prev,
    end: year.end,
    rule: 'dates/period-in-relative-year',
    resolve(state) {
      const period = prev.resolve(state);
      const y = year.resolve(state);
      if (period === null || y === null || !/^(?:\d{4}|XXXX)-/.test(period) || !/^\d{4}$/.test(y)) return period;
      // what "a year earlier" counts from is now in that year too
      if (state.lastMonth?.at === prev.start) state.lastMonth = { ...state.lastMonth, y: Number(y) };
      if (state.lastQuarter?.at === prev.start) state.lastQuarter = { ...state.lastQuarter, y: Number(y) };
      return `${y}${period.slice(4)}`;
    },
  };
}

interface JoinedCandidate extends DateCandidate {
  parts?: Array<{ n: number; code: string; time: boolean }>;
}
