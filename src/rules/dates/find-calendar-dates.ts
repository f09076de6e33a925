/**
 * Calendar dates: "Feb. 28", "Thursday, February 23, 2023", "September 2021", "February",
 * "2019", "the 1990s", "fiscal 2026", "the first quarter of 2026", "the spring of 2022".
 * A month (and day) without a year resolves by the tense of its clause.
 */
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { daysBetween, fmtDay, fmtMonth, fmtWeek, yearForMonth, yearForMonthDay, type Ymd } from './calendar.js';
import { type DateCandidate, type DateContext, sentenceOf, tokenIndexAt, yearNamedBefore } from './context.js';
import { candidate, isCapitalized, matches, MONTH, MONTH_STRICT, monthNumber, SEASON, SEASONS, unknown, WEEKDAY, YEAR, DAY, wordBefore } from './patterns.js';
import { directionOf, modifiesNoun, readTense } from './read-tense.js';
import { wordPattern } from '../quantities/word-pattern.js';
import { alternation, ORDINAL_WORDS, parseOrdinal } from '../quantities/numbers.js';

const SEASON_START: Readonly<Record<string, number>> = dateWords.seasonStartMonths;
/** Words before "May" or "March" that make it the month. */
const MONTH_LEAD_INS = new Set(dateWords.ambiguousMonthLeadIns);

const MONTH_DAY = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<week>the\s+week\s+(?:ending|ended|of|starting|beginning)\s+)|(?<wd>${WEEKDAY}),?\s+)?(?<month>${MONTH})\s+(?<day>${DAY})(?![\d:\p{L}])(?:(?<sep>,?\s+)(?<year>\d{4})(?!\d))?`,
  'giu',
  'dates',
);
const DAY_MONTH = wordPattern(String.raw`(?<![\p{L}\d])(?:(?<wd>${WEEKDAY}),?\s+)?(?<day>${DAY})\s+(?<month>${MONTH_STRICT})(?:,?\s+(?<year>\d{4})(?!\d))?(?![\p{L}])`, 'giu', 'dates');
const ISO_DATE = wordPattern(String.raw`(?<![\d-])(?<y>\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d-])`, 'g', 'dates');
const US_NUMERIC = wordPattern(String.raw`(?<![\d/])(?<m>1[0-2]|0?[1-9])\/(?<d>[12]\d|3[01]|0?[1-9])\/(?<y>\d{4})(?![\d/])`, 'g', 'dates');
const MONTH_YEAR = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<mod>early|late|mid-|mid|the\s+(?:end|beginning|start|middle)\s+of)\s*)?(?<month>${MONTH}),?\s+(?:of\s+)?(?<year>${YEAR})(?![\d\p{L}])`,
  'giu',
  'dates',
);
const MONTH_ALONE = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<mod>last|next|this|early|late|mid-|mid|the\s+(?:end|beginning|start|middle|rest)\s+of)\s*)?(?<month>${MONTH_STRICT})(?![\p{L}\d])`,
  'giu',
  'dates',
);
/**
 * The year of a month and day written without one at [start, end): within a week of publication
 * the nearest, whatever the tense ("log 1234 of 14 June"); else as the clause's tense reads it
 * (the nearest when the date modifies a noun).
 */
export function yearOfMonthDay(ctx: DateContext, docDate: Ymd, m: number, d: number, start: number, end: number): number {
  const near = yearForMonthDay(docDate, m, d, 0);
  if (Math.abs(daysBetween(docDate, { y: near, m, d })) <= 7) return near;
  return yearForMonthDay(docDate, m, d, modifiesNoun(ctx, start, end) ? 0 : directionOf(readTense(ctx, start, end)));
}

/** After a month: "and November last year", "through September of 2024": the other end of a range and its year. */
const RANGE_END = new RegExp(String.raw`^\s*(?:and|or|to|through|until|till|[-–])\s+(?:(?:early|late|mid-|mid)\s*)?(?<month>${MONTH_STRICT})(?:\s+of)?(?:\s+(?<rel>last|next|this)\s+year|,?\s+(?<year>\d{4}))(?![\p{L}\d])`, 'iu');

/**
 * "between August and November last year": a month that opens a range takes the year the range's
 * end is given (the year before when it comes later in the calendar: "from November to February 2024").
 */
function rangeEndYear(text: string, end: number, m: number, docDate: Ymd): number | null {
  const r = RANGE_END.exec(text.slice(end, end + 48));
  const endMonth = r ? monthNumber(r.groups!.month!) : null;
  if (!r || endMonth === null) return null;
  const rel = r.groups!.rel?.toLowerCase();
  const y = r.groups!.year ? Number(r.groups!.year) : rel === 'last' ? docDate.y - 1 : rel === 'next' ? docDate.y + 1 : docDate.y;
  return m > endMonth ? y - 1 : y;
}

const YEAR_RE = wordPattern(
  String.raw`(?<![\p{L}\d$£€¥.,#/])(?:(?<mod>early|late|mid-|mid|the\s+(?:end|beginning|start|middle)\s+of)\s*)?(?<year>${YEAR})(?![\d%\p{L}]|[.,]\d)`,
  'giu',
  'dates',
);
const DECADE = wordPattern(String.raw`(?<![\p{L}\d])(?:the\s+)?(?:(?:early|late|mid-|mid)\s*)?(?:(?<dec>1[5-9]\d|20\d)0s|['’](?<short>\d)0s)(?![\p{L}\d])`, 'giu', 'dates');
const QUARTER = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?:(?<the>the|this|last|next)\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?<year>${YEAR})|\s+(?<year2>${YEAR}))?|(?<qq>Q[1-4])(?:\s+(?<year3>${YEAR}))?)(?![\p{L}\d])`,
  'giu',
  'dates',
);
/** "the current quarter", "last quarter", "next quarter": a quarter counted from publication (the relative words of fiscal years). */
const QUARTER_RELATIVE_WORDS: Readonly<Record<string, number>> = dateWords.fiscalYear.relative;
const RELATIVE_QUARTER = wordPattern(
  String.raw`(?<![\p{L}\d])(?<rel>${alternation(Object.keys(QUARTER_RELATIVE_WORDS))})\s+quarter(?![\p{L}\d]|\s+of\b|\s+century)`,
  'giu',
  'dates',
);
/** "fourth-quarter results": figures reported for a quarter (see date-words.json quarterResultNouns). */
const QUARTER_RESULTS = new RegExp(String.raw`^\s+(?:(?:net|operating|pre-tax|core|adjusted)\s+)?(?:${alternation(dateWords.quarterResultNouns)})\b`, 'iu');
/** "in the first half" alone: a half-year only beside a company's figures (see quarterResultNouns). */
const BARE_HALF = wordPattern(String.raw`(?<![\p{L}\d])the\s+(?<h>first|second)\s+half(?![\p{L}\d]|\s+of\b|[-‑])`, 'giu', 'dates');
const FIGURES_IN_SENTENCE = new RegExp(String.raw`\b(?:${alternation(dateWords.quarterResultNouns)})\b`, 'iu');
const HALF = wordPattern(String.raw`(?<![\p{L}\d])(?:the\s+)?(?<h>first|second)\s+half\s+of\s+(?:(?<thisyear>the\s+year|this\s+year)|(?<rel>next|last)\s+year|(?:fiscal\s+)?(?<year>${YEAR}))(?![\d\p{L}])`, 'giu', 'dates');
/** "the September quarter", "the June quarter of 2025": a quarter named by the month it ends in (Australian and Indian usage). */
const MONTH_QUARTER = wordPattern(String.raw`(?<![\p{L}\d])(?:the\s+)?(?<m>March|June|September|December)[\s-]+quarter(?:\s+(?:of\s+)?(?<year>${YEAR}))?(?![\p{L}\d])`, 'gu', 'dates');
const SEASON_RE = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<mod>last|next|this|the\s+coming|the\s+past|the\s+next|the\s+last|early|late|mid-|the)\s+)?(?<season>${SEASON})(?:\s+(?:of\s+)?(?<year>${YEAR}))?(?![\p{L}\d])`,
  'giu',
  'dates',
);
const SEASON_LEAD_INS = new Set(['in', 'during', 'by', 'since', 'until', 'through', 'over', 'before', 'after', 'this', 'that', 'from', 'till']);

/** "the 15th century", "the early twentieth century", "a 17th-century painting": TIMEX3 "14", "19", "16" (the ordinal words of the quantities stage, "twenty-first" also spaced). */
const CENTURY = wordPattern(
  String.raw`(?<![\p{L}\d])(?:the\s+)?(?:(?:early|late|mid-|mid)\s*)?(?<ord>\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.replace(/-/g, String.raw`[-\s]`)})[\s-]century(?![\p{L}\d])`,
  'giu',
  'dates',
);

const QUARTER_NUMBERS: Readonly<Record<string, number>> = dateWords.quarterOrdinals;

/** Is the year followed by something that makes it a count ("1500 workers", "2000 year old")? */
function yearIsCount(ctx: DateContext, end: number): boolean {
  const rest = ctx.text.slice(end, end + 30);
  if (/^\s*(?:percent|per\s*cent|%|-?\s*years?[\s-]+old|[-\s]year\b)/i.test(rest)) return true;
  const k = tokenIndexAt(ctx.tokens, end);
  const next = ctx.tokens[k];
  // "1500 workers" is a count; "the 1974 floods", "after the 2022 elections" name the year's events
  // (and "the 2023 and 2024 seasons")
  const afterThe = (ctx.tokens[k - 2]?.lower === 'the' || (/^(and|or)$/.test(ctx.tokens[k - 2]?.lower ?? '') && /^(?:1[89]|20)\d\d$/.test(ctx.tokens[k - 3]?.text ?? ''))) && ctx.tokens[k - 2]!.end < end && Number(ctx.tokens[k - 1]?.text) >= 1800;
  if (next && next.start >= end && /^\s+$/.test(ctx.text.slice(end, next.start)) && next.pos === 'NOUN' && /[^s]s$/.test(next.lower) && !afterThe) return true;
  return false;
}

export function findCalendarDates(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text, docDate } = ctx;

  for (const re of [MONTH_DAY, DAY_MONTH]) {
    for (const x of matches(re, text)) {
      if (!isCapitalized(x.g.month!)) continue;
      if (x.g.wd && !isCapitalized(x.g.wd)) continue;
      const m = monthNumber(x.g.month!);
      const d = parseInt(x.g.day!, 10);
      if (m === null || d < 1 || d > 31) continue;
      const year = x.g.year ?? '';
      const week = Boolean(x.g.week);
      const rule = week ? 'dates/week-ending' : year ? 'dates/month-day-year' : 'dates/month-day';
      const start = x.start;
      const end = x.end;
      const pad = (n: number): string => String(n).padStart(2, '0');
      out.push(
        candidate(start, end, 'DATE', rule, (state) => {
          let day: Ymd | null = null;
          const known = year ? null : yearNamedBefore(state, m, d);
          if (year) {
            day = { y: Number(year), m, d };
            state.monthDays.set(m * 100 + d, day.y);
          } else if (known !== null) day = { y: known, m, d };
          else if (docDate) day = { y: yearOfMonthDay(ctx, docDate, m, d, start, end), m, d };
          if (day) state.lastDay = { at: start, day };
          if (week) return day ? fmtWeek(day) : 'XXXX-WXX';
          return day ? fmtDay(day) : `XXXX-${pad(m)}-${pad(d)}`;
        }, 2),
      );
    }
  }

  for (const re of [ISO_DATE, US_NUMERIC]) {
    for (const x of matches(re, text)) {
      const day = { y: Number(x.g.y), m: Number(x.g.m), d: Number(x.g.d) };
      out.push(
        candidate(x.start, x.end, 'DATE', 'dates/numeric-date', (state) => {
          state.lastDay = { at: x.start, day };
          return fmtDay(day);
        }, 2),
      );
    }
  }

  for (const x of matches(MONTH_YEAR, text)) {
    if (!isCapitalized(x.g.month!)) continue;
    const m = monthNumber(x.g.month!);
    if (m === null) continue;
    const y = Number(x.g.year);
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/month-year', (state) => {
        state.lastMonth = { at: x.start, y, m };
        return fmtMonth(y, m);
      }, 1),
    );
  }

  for (const x of matches(MONTH_ALONE, text)) {
    const name = x.g.month!;
    if (!isCapitalized(name)) continue;
    const m = monthNumber(name);
    if (m === null) continue;
    const mod = (x.g.mod ?? '').toLowerCase().replace(/\s+/g, ' ');
    const nameStart = x.start + x.text.length - name.length;
    // "May" is also a verb, "March" a verb and a noun: they need a lead-in word.
    if (!mod && (m === 5 || m === 3)) {
      const before = wordBefore(ctx, nameStart);
      // ("as early as May next year": a year after it says so too)
      // (and another month after "and", "or", "to": "in May and June")
      const monthAfter = /^\s+(?:and|or|to|through)\s+(\p{L}+)/u.exec(text.slice(x.end, x.end + 24));
      if (!MONTH_LEAD_INS.has(before) && !/^\s+(?:next|last|this)\s+year(?![\p{L}])/u.test(text.slice(x.end, x.end + 16)) && !(monthAfter && monthNumber(monthAfter[1]!) !== null)) continue;
    }
    // a month name before a capitalised word is usually a name ("June Carter", "August Wilson").
    if (/^\s+\p{Lu}\p{Ll}/u.test(text.slice(x.end, x.end + 4)) && !/^\s+(?:\d)/.test(text.slice(x.end, x.end + 3))) {
      const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(x.end, x.end + 30))?.[1] ?? '';
      if (monthNumber(nextWord) === null && !/^(?:The|A|An|In|On|At|It|He|She|They|We|I)$/.test(nextWord)) continue;
    }
    const relative = mod === 'last' || mod === 'next' || mod === 'this';
    out.push(
      candidate(x.start, x.end, 'DATE', relative ? 'dates/month-relative' : 'dates/month-by-tense', (state) => {
        if (!docDate) return unknown.month(null, m);
        let y: number;
        if (mod === 'last') y = m < docDate.m ? docDate.y : docDate.y - 1;
        else if (mod === 'next') y = m > docDate.m ? docDate.y : docDate.y + 1;
        else if (mod === 'this') y = docDate.y;
        else y = rangeEndYear(text, x.end, m, docDate) ?? yearForMonth(docDate, m, directionOf(readTense(ctx, nameStart, x.end)));
        state.lastMonth = { at: x.start, y, m };
        return fmtMonth(y, m);
      }),
    );
  }

  for (const x of matches(YEAR_RE, text)) {
    const yearText = x.g.year!;
    const mod = (x.g.mod ?? '').toLowerCase();
    // "CVE-2026-41873": a year inside an identifier is no date
    if (/\p{Lu}[-‑]$/u.test(text.slice(Math.max(0, x.start - 2), x.start)) && /^[-‑]\d/.test(text.slice(x.end, x.end + 2))) continue;
    if (!mod && yearIsCount(ctx, x.end)) continue;
    // ("at least 2021" is a count, "since at least 2021" a year)
    const sinceAtLeast = /\b(?:since|until|till|before|after|from|by|in)\s+at\s+least\s+$/i.test(text.slice(Math.max(0, x.start - 20), x.start));
    if (!mod && !sinceAtLeast && /^(?:about|around|nearly|almost|roughly|approximately|some|over|than|least|no\.|number|route|highway|flight|room|page|section)$/.test(wordBefore(ctx, x.start))) continue;
    // "Amalgamated Transit Union Local 1879": a union local's number
    if (!mod && /\bLocal\s+$/.test(text.slice(Math.max(0, x.start - 7), x.start))) continue;
    // a range "2019-2023" or "2027-28" keeps each year; a score or vote "2018-19" stays too.
    const y = Number(yearText);
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/year', (state) => {
        state.lastYear = { at: x.start, y };
        return String(y).padStart(4, '0');
      }, 0),
    );
  }

  for (const x of matches(DECADE, text)) {
    const value = x.g.dec ? x.g.dec : Number(x.g.short) >= 3 ? `19${x.g.short}` : `20${x.g.short}`;
    out.push(candidate(x.start, x.end, 'DATE', 'dates/decade', () => value, 1));
  }

  for (const x of matches(CENTURY, text)) {
    const n = parseOrdinal(x.g.ord!.replace(/\s+/g, '-')) ?? 0;
    if (n < 1 || n > 21) continue;
    out.push(candidate(x.start, x.end, 'DATE', 'dates/century', () => String(n - 1).padStart(2, '0'), 1));
  }

  for (const x of matches(QUARTER, text)) {
    const qWord = (x.g.q || x.g.qq || '').toLowerCase();
    const q = QUARTER_NUMBERS[qWord];
    if (q === undefined) continue;
    const yearText = x.g.year || x.g.year2 || x.g.year3 || '';
    const rel = (x.g.the ?? '').toLowerCase();
    /** The quarter's year: written, or from the publication date and tense (null without either). */
    const quarterYear = (): number | null => {
      if (yearText) return Number(yearText);
      if (!docDate) return null;
      const current = Math.floor((docDate.m - 1) / 3) + 1;
      let y = docDate.y;
      // "is due to report fourth-quarter results on Feb 26": a quarter not yet begun this year is last year's
      if (!rel && q > current && QUARTER_RESULTS.test(text.slice(x.end, x.end + 30))) return y - 1;
      if (rel === 'last' || (rel !== 'next' && rel !== 'this' && q > current && directionOf(readTense(ctx, x.start, x.end)) < 0)) y -= q >= current ? 1 : 0;
      if (rel === 'next' && q <= current) y += 1;
      return y;
    };
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/quarter', (state) => {
        const y = quarterYear();
        if (y === null) return `XXXX-Q${q}`;
        // "the second quarter ... up 7.3 percent from a year earlier": a later "a year earlier" counts in quarters
        state.lastQuarter = { at: x.start, y, q };
        return `${y}-Q${q}`;
      }, 1),
    );
  }

  for (const x of matches(RELATIVE_QUARTER, text)) {
    const step = QUARTER_RELATIVE_WORDS[x.g.rel!.toLowerCase().replace(/\s+/g, ' ')];
    if (step === undefined || !docDate) continue;
    const index = docDate.y * 4 + Math.floor((docDate.m - 1) / 3) + step;
    const y = Math.floor(index / 4);
    const q = (index % 4) + 1;
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/relative-quarter', (state) => {
        state.lastQuarter = { at: x.start, y, q };
        return `${y}-Q${q}`;
      }, 1),
    );
  }

  for (const x of matches(BARE_HALF, text)) {
    const sentence = sentenceOf(ctx, x.start);
    if (!docDate || !FIGURES_IN_SENTENCE.test(text.slice(sentence.start, sentence.end))) continue;
    const h = x.g.h!.toLowerCase() === 'first' ? 1 : 2;
    out.push(candidate(x.start, x.end, 'DATE', 'dates/half-year-of-figures', () => `${docDate.y}-H${h}`, 1));
  }

  for (const x of matches(HALF, text)) {
    const h = x.g.h!.toLowerCase() === 'first' ? 1 : 2;
    const step = !x.g.rel ? 0 : x.g.rel.toLowerCase() === 'next' ? 1 : -1;
    const yearText = x.g.year || (docDate ? String(docDate.y + step) : '');
    out.push(candidate(x.start, x.end, 'DATE', 'dates/half-year', () => `${yearText || unknown.year(null)}-H${h}`, 1));
  }

  for (const x of matches(MONTH_QUARTER, text)) {
    const m = monthNumber(x.g.m!)!;
    const q = m / 3;
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/quarter', (state) => {
        const y = x.g.year ? Number(x.g.year) : docDate ? yearForMonth(docDate, m, directionOf(readTense(ctx, x.start, x.end))) : null;
        if (y === null) return `XXXX-Q${q}`;
        state.lastQuarter = { at: x.start, y, q };
        return `${y}-Q${q}`;
      }, 1),
    );
  }

  for (const x of matches(SEASON_RE, text)) {
    const name = x.g.season!.toLowerCase();
    const code = SEASONS[name]!;
    const mod = (x.g.mod ?? '').toLowerCase().replace(/\s+/g, ' ');
    const yearText = x.g.year ?? '';
    const rest = text.slice(x.end, x.end + 20);
    if (!yearText) {
      if (!mod && !SEASON_LEAD_INS.has(wordBefore(ctx, x.start))) continue;
      // (after "last", "next" or "this" the season is a time, whatever follows: "asked the board last spring to consider")
      if (!/^(?:last|next|this)$/.test(mod) && /^\s+(?:of|in|from|to|off|out|season|semester|term|months|session|camp|break|wheat|sale|collection|solstice|olympics|games|league|meetings)\b/i.test(rest)) continue;
      if (mod === 'the' && name === 'fall' && /^\s+(?:in|of|from)\b/i.test(rest)) continue;
      if (['every', 'each'].includes(wordBefore(ctx, x.start))) continue;
    }
    out.push(
      candidate(x.start, x.end, 'DATE', yearText ? 'dates/season-year' : 'dates/season', () => {
        if (yearText) return `${yearText}-${code}`;
        if (!docDate) return `XXXX-${code}`;
        return `${seasonYear(docDate, code, mod, directionOf(readTense(ctx, x.start, x.end)))}-${code}`;
      }),
    );
  }
  return out;
}

/** The year label of a season (winter is labelled by the year it starts in). */
export function seasonYear(doc: Ymd, code: string, mod: string, dir: -1 | 0 | 1): number {
  const startMonth = SEASON_START[code] ?? 3;
  // the season occurrence that contains the document date, if it is this season
  const curYear = code === 'WI' && doc.m < 3 ? doc.y - 1 : doc.y;
  const startsAt = (y: number): number => y * 12 + startMonth - 1;
  const docIdx = doc.y * 12 + doc.m - 1;
  const inIt = docIdx >= startsAt(curYear) && docIdx < startsAt(curYear) + 3;
  const lastStarted = startsAt(curYear) <= docIdx ? curYear : curYear - 1;
  if (mod === 'last' || mod === 'the past' || mod === 'the last') return inIt ? curYear - 1 : lastStarted;
  if (mod === 'next' || mod === 'the coming' || mod === 'the next') return inIt ? curYear + 1 : lastStarted + 1;
  if (mod === 'this') return curYear;
  if (dir < 0) return lastStarted;
  if (dir > 0) return inIt ? curYear : lastStarted + 1;
  return curYear;
}
