/**
 * Fiscal years, named by the calendar year in which they end (TIMEX3 "FY2026"): "fiscal 2026",
 * "FY2025", "FY25", "the 2026-27 fiscal year", "financial year 2024-25", a quarter of one ("Q2 FY27":
 * "FY2027-Q2"); and relative to the
 * publication date: "this financial year", "the new fiscal year", "last fiscal".
 */
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { alternation } from '../quantities/numbers.js';
import { wordPattern } from '../quantities/word-pattern.js';
import type { DateCandidate, DateContext } from './context.js';
import { candidate, matches, YEAR } from './patterns.js';

const START_MONTH: number = dateWords.fiscalYear.startMonth;
const RELATIVE: Readonly<Record<string, number>> = dateWords.fiscalYear.relative;
const QUARTER_NUMBERS: Readonly<Record<string, number>> = dateWords.quarterOrdinals;

const FISCAL = String.raw`(?:[Ff]iscal|[Ff]inancial)`;
/** The second year of a span: "-27", "/25", "–2027". */
const END = String.raw`[-–/](?:\d{2}|${YEAR})`;

const NAMED = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?:the\s+)?(?<a>${YEAR})(?<aEnd>${END})\s+${FISCAL}(?:\s+year)?|${FISCAL}\s+year\s+(?<b>${YEAR})(?<bEnd>${END})?|(?:${FISCAL}|FY)\s*(?<c>${YEAR})(?<cEnd>${END})?|FY\s?(?<d>\d{2}))(?![\p{L}\d%])`,
  'gu',
  'dates',
);

/** "Q2 FY27", "the second quarter of fiscal 2026", "Q3 FY2025": a quarter of a fiscal year ("FY2027-Q2"). */
const FISCAL_QUARTER = wordPattern(
  String.raw`(?<![\p{L}\d])(?:Q(?<qn>[1-4])|(?:the\s+)?(?<qw>first|second|third|fourth)[\s-]+(?:fiscal\s+)?quarter\s+of)\s+(?:FY\s?(?<y2>\d{2}(?!\d))|(?:FY|[Ff]iscal(?:\s+year)?)\s*(?<y4>${YEAR}))(?![\p{L}\d])`,
  'gu',
  'dates',
);

const RELATIVE_RE = wordPattern(
  String.raw`(?<![\p{L}\d])(?<mod>${alternation(Object.keys(RELATIVE))})\s+(?:fiscal|financial)(?:\s+year)?(?![\p{L}\d])(?!\s+(?:quarter|half|results|report)\b)`,
  'giu',
  'dates',
);

/** The year a span's second part ends in: "2026" + "-27" → 2027; "2026" + "–2027" → 2027. */
function endYear(first: number, end: string | undefined): number {
  if (!end) return first;
  const digits = end.slice(1);
  if (digits.length === 4) return Number(digits);
  const century = Math.floor(first / 100) * 100;
  const y = century + Number(digits);
  return y < first ? y + 100 : y;
}

export function findFiscalYears(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const x of matches(NAMED, ctx.text)) {
    const g = x.g;
    let y: number;
    if (g.a) y = endYear(Number(g.a), g.aEnd);
    else if (g.b) y = endYear(Number(g.b), g.bEnd);
    else if (g.c) y = endYear(Number(g.c), g.cEnd);
    else y = 2000 + Number(g.d);
    // (a span must run one year on: "2019-2023" is a range of years, not a fiscal year)
    const first = Number(g.a || g.b || g.c || y);
    if (y - first > 1) continue;
    out.push(candidate(x.start, x.end, 'DATE', 'dates/fiscal-year', () => `FY${y}`, 1));
  }
  for (const x of matches(FISCAL_QUARTER, ctx.text)) {
    const q = x.g.qn ? Number(x.g.qn) : QUARTER_NUMBERS[x.g.qw!.toLowerCase()];
    const y = x.g.y4 ? Number(x.g.y4) : 2000 + Number(x.g.y2);
    if (q === undefined) continue;
    out.push(candidate(x.start, x.end, 'DATE', 'dates/fiscal-quarter', () => `FY${y}-Q${q}`, 2));
  }
  for (const x of matches(RELATIVE_RE, ctx.text)) {
    const step = RELATIVE[x.g.mod!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    const doc = ctx.docDate;
    out.push(candidate(x.start, x.end, 'DATE', 'dates/fiscal-year-relative', () => (doc ? `FY${(doc.m >= START_MONTH ? doc.y + 1 : doc.y) + step}` : 'FYXXXX'), 1));
  }
  return out;
}
