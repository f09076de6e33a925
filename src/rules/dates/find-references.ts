/**
 * Vague references to the past, present or future: "in recent days", "recently" (PAST_REF),
 * "currently" (PRESENT_REF), "in the coming weeks" (FUTURE_REF); and parts of a period:
 * "the end of the month" (the month's value). A bare "now" is left alone: too often not a date.
 */
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { addDays, addMonths, fmtMonth, fmtWeek } from './calendar.js';
import { alternation } from '../quantities/numbers.js';
import { type DateCandidate, type DateContext } from './context.js';
import { candidate, matches, UNIT, COUNT } from './patterns.js';
import { wordPattern } from '../quantities/word-pattern.js';

const REFERENCES: Readonly<Record<string, string[]>> = dateWords.references;
const PHRASE_VALUE = new Map<string, string>();
for (const [value, phrases] of Object.entries(REFERENCES)) for (const p of phrases) PHRASE_VALUE.set(p, value);

const REF = wordPattern(String.raw`(?<![\p{L}\d])(?<p>${alternation(PHRASE_VALUE.keys())})(?![\p{L}\d])`, 'giu', 'dates');
const FOLLOWED_BY_SPAN = new RegExp(String.raw`^\s+(?:(?:${COUNT}|few|several)\s+)?${UNIT}\b`, 'iu');
const PART_OF = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?:the\s+)?(?<part>end|beginning|start|middle|rest)\s+of\s+(?<rel>the|this|next|last)\s+(?<unit>week|month|year)(?![\p{L}\d])|year[-\s]end(?![\p{L}\d])|(?:the\s+)?year['’]s\s+end(?![\p{L}\d]))`,
  'giu',
  'dates',
);

export function findReferences(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text, docDate } = ctx;
  for (const x of matches(REF, text)) {
    const phrase = x.g.p!.toLowerCase().replace(/\s+/g, ' ');
    const value = PHRASE_VALUE.get(phrase);
    if (!value) continue;
    if (FOLLOWED_BY_SPAN.test(text.slice(x.end, x.end + 30))) continue;
    out.push(candidate(x.start, x.end, 'DATE', 'dates/reference', () => value, -1));
  }
  for (const x of matches(PART_OF, text)) {
    const unit = (x.g.unit || 'year').toLowerCase();
    const rel = (x.g.rel || 'this').toLowerCase();
    const step = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/part-of-period', () => {
        if (!docDate) return unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-WXX';
        if (unit === 'year') return String(docDate.y + step);
        if (unit === 'month') {
          const mm = addMonths(docDate.y, docDate.m, step);
          return fmtMonth(mm.y, mm.m);
        }
        return fmtWeek(addDays(docDate, 7 * step));
      }, 1),
    );
  }
  return out;
}
