/** What every date rule sees: the text, the document date and the upstream layers. */
import { partitionPoint } from '../../search.js';
import type { DateType, Offsets, Token } from '../../document.js';
import type { Ymd } from './calendar.js';

export interface DateContext {
  readonly text: string;
  /** The publication date, or null (unknown parts of values then stay X). */
  readonly docDate: Ymd | null;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Offsets[];
}

/** What a candidate's value is resolved with, after overlaps have been settled, in text order. */
export interface ResolveState {
  readonly ctx: DateContext;
  /** Day already given to a bare weekday name earlier in the document (ISO weekday → day). */
  readonly weekdays: Map<number, Ymd>;
  /** The year given with a month and day earlier in the document (key month × 100 + day): "February 8, 2024" ... "February 8". */
  readonly monthDays: Map<number, number>;
  /** The last day-precise date mentioned, for a clock time standing alone. */
  lastDay: { at: number; day: Ymd } | null;
  /** The last year named on its own ("in 2021"), for "four years later". */
  lastYear?: { at: number; y: number };
  /** The last quarter named ("the second quarter of 2025"), for "a year earlier". */
  lastQuarter?: { at: number; y: number; q: number };
  /** The last month named ("in September"), for "a year earlier". */
  lastMonth?: { at: number; y: number; m: number };
  /**
   * The day of the story's event: the first weekday or day word (outside quotations) naming a
   * day in the week up to the document date. A quoted "today" means that day.
   */
  eventDay: Ymd | null;
}

export interface DateCandidate {
  start: number;
  end: number;
  type: DateType;
  rule: string;
  /** Higher wins among candidates of the same length. */
  priority?: number;
  /** For an exact duration: its count and unit, so "2 hours, 4 minutes" can join into one. */
  duration?: { n: number; code: string; time: boolean };
  /** The TIMEX3 value; also may record the day it denotes in `state`. */
  resolve(state: ResolveState): string | null;
}

/**
 * The year of a month and day named without one, when the same day was named before with a year
 * before the document's ("the February 8, 2024 elections" ... "on February 8"); else null. (A later
 * year is no guide: "by June 30, 2027, the end of the fiscal year" ... "our budget by June 30".)
 */
export function yearNamedBefore(state: ResolveState, m: number, d: number): number | null {
  const y = state.monthDays.get(m * 100 + d);
  const docYear = state.ctx.docDate?.y;
  return y !== undefined && docYear !== undefined && y < docYear ? y : null;
}

export { tokenIndexAt } from '../../search.js';

/** The sentence holding `offset`, or a span of the whole text when sentences are missing. */
export function sentenceOf(ctx: DateContext, offset: number): Offsets {
  const s = ctx.sentences;
  const hit = s[partitionPoint(s.length, (i) => s[i]!.end <= offset)];
  if (hit && hit.start <= offset) return hit;
  return { start: 0, end: ctx.text.length };
}

/** Is the character before `start` the start of a sentence (ignoring spaces and opening quotes)? */
export function atSentenceStart(ctx: DateContext, start: number): boolean {
  const sent = sentenceOf(ctx, start);
  if (start - sent.start > 20) return false;
  return /^[\s"“‘'(\[—–-]*$/.test(ctx.text.slice(sent.start, start));
}

/**
 * The direct quotations of the text, computed once per context in one pass: a curly open quote
 * up to its close, or a pair of straight double quotes; a line break ends an unclosed one.
 */
const QUOTES = new WeakMap<DateContext, Array<[number, number]>>();
function quoteSpans(ctx: DateContext): Array<[number, number]> {
  let spans = QUOTES.get(ctx);
  if (spans) return spans;
  spans = [];
  const text = ctx.text;
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (open >= 0) spans.push([open, i]);
      open = -1;
    } else if (c === 0x201c && open < 0) {
      open = i;
      straight = false;
    } else if (c === 0x201d && open >= 0 && !straight) {
      spans.push([open, i]);
      open = -1;
    } else if (c === 0x22) {
      if (open < 0) {
        open = i;
        straight = true;
      } else if (straight) {
        spans.push([open, i]);
        open = -1;
      }
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  QUOTES.set(ctx, spans);
  return spans;
}

/** Is `offset` inside a direct quotation (within one paragraph)? */
export function insideQuote(ctx: DateContext, offset: number): boolean {
  const spans = quoteSpans(ctx);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s[0] < offset && offset < s[1];
}
