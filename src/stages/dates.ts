/**
 * Dates, times, durations and recurrences with TIMEX3 values resolved against `document.date`:
 * rules over the text and the tokens (for the tense that decides which "Monday" is meant).
 */
import type { DateMention } from '../document.js';
import type { Stage } from '../pipeline.js';
import { parseIsoDate } from '../rules/dates/calendar.js';
import type { DateCandidate, DateContext, ResolveState } from '../rules/dates/context.js';
import { findCalendarDates } from '../rules/dates/find-calendar-dates.js';
import { findDurations } from '../rules/dates/find-durations.js';
import { findFiscalYears } from '../rules/dates/find-fiscal-years.js';
import { findHolidays } from '../rules/dates/find-holidays.js';
import { findReferences } from '../rules/dates/find-references.js';
import { findRelativeDates } from '../rules/dates/find-relative-dates.js';
import { findSets } from '../rules/dates/find-sets.js';
import { joinAdjacent, selectCandidates } from '../rules/dates/select-mentions.js';

export interface DatesOptions {
  /**
   * Resolve against this date (YYYY-MM-DD) instead of `document.date` (default: the document's
   * date; without one, unknown parts of values stay X).
   */
  referenceDate?: string;
}

/** The rules, in the order their candidates are gathered (order only breaks exact ties). */
const FINDERS: ReadonlyArray<(ctx: DateContext) => DateCandidate[]> = [findCalendarDates, findFiscalYears, findHolidays, findRelativeDates, findDurations, findSets, findReferences];

export function findDates(ctx: DateContext): DateMention[] {
  const candidates = FINDERS.flatMap((find) => find(ctx));
  const selected = joinAdjacent(ctx.text, selectCandidates(candidates, ctx.text.length));
  const state: ResolveState = { ctx, weekdays: new Map(), monthDays: new Map(), lastDay: null, eventDay: null };
  return selected.map((c) => ({
    start: c.start,
    end: c.end,
    text: ctx.text.slice(c.start, c.end),
    type: c.type,
    value: c.resolve(state),
    rule: c.rule,
  }));
}

export function createDatesStage(options: DatesOptions = {}): Stage<'tokens' | 'sentences', 'dates'> {
  const fixed = options.referenceDate;
  return {
    name: 'dates',
    reads: ['tokens', 'sentences'],
    writes: ['dates'],
    run(doc) {
      const ctx: DateContext = {
        text: doc.document.text,
        docDate: parseIsoDate(fixed ?? doc.document.date),
        tokens: doc.tokens,
        sentences: doc.sentences,
      };
      return { dates: findDates(ctx) };
    },
  };
}
