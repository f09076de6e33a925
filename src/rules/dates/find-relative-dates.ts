/**
 * Dates relative to the document date: "today", "last night", "overnight", "last week",
 * "earlier this year", "two years ago", weekdays ("signed an agreement Monday" → the Monday on
 * or before; "will reopen Friday" → the next Friday), parts of days ("Tuesday night") and
 * clock times ("7 a.m. Tuesday", "midnight Tuesday").
 */
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { addDays, addMonths, compare, fmtDay, fmtMonth, fmtWeek, nearestWeekday, weekday, weekdayFrom, type Ymd } from './calendar.js';
import { type DateCandidate, type DateContext, type ResolveState, atSentenceStart, insideQuote, sentenceOf, tokenIndexAt, yearNamedBefore } from './context.js';
import { candidate, COUNT, countValue, durationValue, isCapitalized, matches, MONTH, MONTH_STRICT, monthNumber, PART_OF_DAY, PARTS_OF_DAY, UNIT, unitInfo, WEEKDAY, WEEKDAYS, weekdayNumber } from './patterns.js';
import { alternation } from '../quantities/numbers.js';
import { directionOf, readTense } from './read-tense.js';
import { yearOfMonthDay } from './find-calendar-dates.js';
import { wordPattern } from '../quantities/word-pattern.js';

const DAY_OFFSETS: Readonly<Record<string, number>> = dateWords.dayOffsets;
const VAGUE = alternation(dateWords.vagueQuantifiers);

const DAY_WORD = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<el>early|late)\s+)?(?<word>today|yesterday|tomorrow|tonight)(?:\s+(?<pod>${PART_OF_DAY}))?(?![\p{L}\d])`,
  'giu',
  'dates',
);
const THIS_PART = wordPattern(String.raw`(?<![\p{L}\d])(?:(?<rel>this|last|tomorrow|yesterday)\s+(?<pod>${PART_OF_DAY})|(?<over>overnight))(?![\p{L}\d])`, 'giu', 'dates');
const REL_UNIT = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<el>early|late|mid-|earlier|later)\s*)?(?<rel>last|next|this|coming)\s+(?<unit>week|weekend|month|years?)(?![\p{L}\d])`,
  'giu',
  'dates',
);
const THE_WEEKEND = wordPattern(String.raw`(?<![\p{L}\d])the\s+weekend(?![\p{L}\d])`, 'giu', 'dates');
/** "a year earlier", "two months later": counted from the last date the text gave (or the publication date). */
const EARLIER = wordPattern(String.raw`(?<![\p{L}\d])(?<count>${COUNT})\s+(?<unit>${UNIT})\s+(?<dir>earlier|later)(?![\p{L}\d])`, 'giu', 'dates');
const AGO = wordPattern(String.raw`(?<![\p{L}\d])(?<count>${COUNT}|${VAGUE})\s+(?<unit>${UNIT})\s+(?<dir>ago|from\s+now|hence)(?![\p{L}\d])`, 'giu', 'dates');
const WEEKDAY_RE = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<rel>last|next|this|coming|past)\s+)?(?:(?<el>early|late)\s+)?(?<wd>${WEEKDAY})(?<pl>s)?(?<poss>['’]s)?(?:\s+(?<pod>${PART_OF_DAY})(?<podPl>s)?)?(?![\p{L}\d])`,
  'giu',
  'dates',
);
/** "3 a.m.", "11.45pm", "noon", and a 24-hour "07:00" (which, like "noon", needs its day: "07:00 on Friday"). */
/** A time zone's abbreviation ("GMT", "IST"): after a clock time, no part of its value. */
const TIME_ZONE = alternation(dateWords.timeZones);
const CLOCK = String.raw`(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![\p{L}])|(?<word>noon|midnight)|(?<h24>[01]\d|2[0-3]):(?<m24>[0-5]\d)(?![\d:]))`;
const CLOCK_DAY = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<wd0>${WEEKDAY})\s+at\s+)?${CLOCK}(?:\s+(?<zone>local\s+time|\p{L}+(?:\s+\p{L}+)?\s+time(?=\s+on\s)|${TIME_ZONE})(?![\p{L}]))?(?:\s+(?:on\s+)?(?<wd>${WEEKDAY}|today|tomorrow|yesterday|tonight)(?![\p{L}])(?:,?\s+(?<dd>[12]\d|3[01]|0?[1-9])\s+(?<dm>${MONTH_STRICT})(?![\p{L}])|,?\s+(?<dm2>${MONTH})\s+(?<dd2>[12]\d|3[01]|0?[1-9])(?![\d\p{L}])(?:,\s+(?<dy2>\d{4})(?!\d))?)?|\s+(?<mon>${MONTH})\s+(?<md>[12]\d|3[01]|0?[1-9])(?![\d:\p{L}]))?`,
  'giu',
  'dates',
);

/** "1100 GMT", "0930 UTC": a 24-hour clock time with its zone (the zone is not part of the value). */
/** Words after which a bare 24-hour clock ("20:00") is a time of day, not a score or a running time. */
const CLOCK_LEAD = /(?:^|[^\p{L}])(at|until|till|from|between|and|by|before|after|around|about|past|to|since)\s+$/iu;
const ZONED_CLOCK = wordPattern(String.raw`(?<![\p{L}\d:.,])(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)\s+(?:${TIME_ZONE}|local\s+time)(?![\p{L}\d])`, 'gu', 'dates');
/** "two in the morning", "eleven at night": an hour written out with its part of the day. */
const POD_PHRASE = String.raw`in\s+the\s+(?:morning|afternoon|evening)|at\s+night`;
/** "two in the morning", "nine o'clock", "9 o'clock at night". */
const WORD_CLOCK = wordPattern(
  String.raw`(?<![\p{L}\d])(?:(?<hw>${alternation(Object.keys(dateWords.hourWords))})|(?<hd>1[0-2]|0?[1-9]))(?:\s+o['’]clock(?:\s+(?<pod>${POD_PHRASE}))?|\s+(?<pod2>${POD_PHRASE}))(?![\p{L}\d])`,
  'giu',
  'dates',
);
/** A clause boundary: "Output shrank in June, and unemployment has risen from a year earlier" is not June's year. */
const ANOTHER_CLAUSE = /;|,\s+(?:and|but|while|whereas)\s/;
/** "that year", "the same year": the year last named; "the following year", "the previous year": one after or before it. */
const THAT_YEAR = wordPattern(String.raw`(?<![\p{L}\d])(?:that|the\s+same|the\s+(?<step>following|previous|preceding))\s+year(?![-\p{L}\d])`, 'giu', 'dates');
/** A capitalised weekday (with what comes before it in its sentence). */
const LATER_WEEKDAY = new RegExp(String.raw`^[^]*?(?<![\p{L}])(${alternation(Object.keys(WEEKDAYS).filter((w) => w.length > 3).map((w) => w[0]!.toUpperCase() + w.slice(1)))})(?![\p{L}])`, 'u');
/** A sentence that opens with a phrase of time, before its main clause ("After …, the council voted"). */
const OPENING_PHRASE = new RegExp(String.raw`^["“]?(?:${alternation(dateWords.openingTimePrepositions)})\s[^,]*$`, 'iu');
/** The words that close a range of clock times ("10 a.m. to 2 p.m."). */
const RANGE_WORD = '(?:to|until|till|through|and|[-–])';
/** Before a clock time: an evening time and the word that ends a range at it ("11:40 p.m. until "). */
const AFTER_EVENING_TIME = new RegExp(String.raw`(?:^|[^\d])(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s*(?:p\.m\.|pm)\s*${RANGE_WORD}\s*$`, 'iu');
/** After a clock time: "to 2 p.m. Saturday", "until 4pm on Friday": the end of a range and its weekday. */
const RANGE_TO_WEEKDAY = new RegExp(String.raw`^\s*${RANGE_WORD}\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)(?:\s+\p{Lu}{1,4}T)?,?\s+(?:on\s+)?(?<wd>${WEEKDAY})(?![\p{L}\d])`, 'iu');
/** "shortly after 3 a.m. on March 17, 2024" (or "on 17 March"): the day a clock time is on, given right after it. */
const ON_DATE_AFTER = new RegExp(String.raw`^\s*,?\s+on\s+(?:${WEEKDAY},?\s+)?(?:(?<mon>${MONTH})\s+(?<d>\d{1,2})(?:st|nd|rd|th)?|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>${MONTH}))(?:,?\s+(?<y>\d{4}))?(?![\p{L}\d])`, 'iu');

/** "7.30pm next Tuesday", "9 a.m. this Friday": a weekday with its modifier right after a clock time. */
const RELATIVE_WEEKDAY_AFTER = new RegExp(String.raw`^\s+(?:on\s+)?(?<rel>next|this|last|coming)\s+(?<wd>${WEEKDAY})(?![\p{L}])`, 'iu');

function fmtTime(h: number, min: number): string {
  return `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Resolve a bare weekday: explicit modifier, else tense, else an earlier mention, else the nearest. */
export function resolveWeekday(state: ResolveState, start: number, end: number, dow: number, rel: string, possessive: boolean): Ymd | null {
  const doc = state.ctx.docDate;
  if (!doc) return null;
  if (rel === 'last' || rel === 'past') return weekdayFrom(doc, dow, -1, true);
  if (rel === 'coming') return weekdayFrom(doc, dow, 1, true);
  // "next Thursday" written on a Wednesday is a week from tomorrow: a writer meaning the next day says
  // "Thursday" or "tomorrow" (measured on the gold: every such case in the corpus)
  if (rel === 'next') {
    const day = weekdayFrom(doc, dow, 1, true);
    return (dow - weekday(doc) + 7) % 7 === 1 ? addDays(day, 7) : day;
  }
  if (rel === 'this') {
    return addDays(doc, dow - weekday(doc));
  }
  const reading = possessive ? { tense: null, strong: false } : readTense(state.ctx, start, end);
  const remembered = state.weekdays.get(dow);
  let day: Ymd;
  if (reading.tense !== null && (reading.strong || !remembered)) {
    day = weekdayFrom(doc, dow, directionOf(reading, true) < 0 ? -1 : 1);
  } else if (remembered) {
    day = remembered;
  } else {
    day = nearestWeekday(doc, dow);
  }
  state.weekdays.set(dow, day);
  return day;
}

/** Remember the story's event day (see ResolveState.eventDay). */
function noteEventDay(state: ResolveState, day: Ymd): void {
  const doc = state.ctx.docDate;
  if (state.eventDay || !doc) return;
  if (compare(day, doc) <= 0 && compare(day, addDays(doc, -7)) > 0) state.eventDay = day;
}

function dayOrX(day: Ymd | null, dow: number): string {
  return day ? fmtDay(day) : `XXXX-WXX-${dow}`;
}

/** The value n years, months, weeks or days from a day, at the unit's own precision ("2024", "2024-06", "2024-W23"). */
function shifted(from: Ymd, code: string, n: number): string {
  switch (code) {
    case 'Y':
      return String(from.y + n);
    case 'M': {
      const mm = addMonths(from.y, from.m, n);
      return fmtMonth(mm.y, mm.m);
    }
    case 'W':
      return fmtWeek(addDays(from, 7 * n));
    case 'D':
      return fmtDay(addDays(from, n));
    default:
      return fmtDay(from);
  }
}

export function findRelativeDates(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text, docDate } = ctx;

  for (const x of matches(DAY_WORD, text)) {
    // a capital inside a sentence makes a name: "BBC Radio 4’s Today programme", "NBC's Today show"
    // (right after a word; not after an opening quotation mark or a colon: “Today we won”)
    if (/^\p{Lu}/u.test(x.g.word!) && !x.g.el && !atSentenceStart(ctx, x.start) && /[\p{L}\d’']\s+$/u.test(text.slice(Math.max(0, x.start - 4), x.start))) continue;
    const word = x.g.word!.toLowerCase();
    const pod = (x.g.pod ?? '').toLowerCase();
    const offset = word === 'tonight' ? 0 : DAY_OFFSETS[word] ?? 0;
    const part = word === 'tonight' ? 'NI' : pod ? PARTS_OF_DAY[pod]! : '';
    // In a quotation, "today" is the day the words were spoken: the last day the story named.
    const quoted = insideQuote(ctx, x.start);
    out.push(
      candidate(x.start, x.end, part ? 'TIME' : 'DATE', quoted ? 'dates/day-word-in-quote' : 'dates/day-word', (state) => {
        if (!docDate) return part ? `XXXX-XX-XXT${part}` : word === 'today' ? 'PRESENT_REF' : 'XXXX-XX-XX';
        const anchor = quoted && state.eventDay ? state.eventDay : docDate;
        const day = addDays(anchor, offset);
        if (!quoted) noteEventDay(state, day);
        state.lastDay = { at: x.start, day };
        return part ? `${fmtDay(day)}T${part}` : fmtDay(day);
      }, 1),
    );
  }

  for (const x of matches(THIS_PART, text)) {
    if (x.g.over) {
      // "overnight shelter" is an adjective, not a time.
      const k = tokenIndexAt(ctx.tokens, x.end);
      const next = ctx.tokens[k];
      if (next && next.start - x.end <= 1 && next.pos === 'NOUN') continue;
    }
    const rel = (x.g.rel ?? '').toLowerCase();
    const part = x.g.over ? 'NI' : PARTS_OF_DAY[(x.g.pod ?? '').toLowerCase()]!;
    const offset = x.g.over || rel === 'last' || rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0;
    out.push(
      candidate(x.start, x.end, 'TIME', x.g.over ? 'dates/overnight' : 'dates/part-of-day', () => (docDate ? `${fmtDay(addDays(docDate, offset))}T${part}` : `XXXX-XX-XXT${part}`), 1),
    );
  }

  for (const x of matches(REL_UNIT, text)) {
    const rel = x.g.rel!.toLowerCase();
    const unit = x.g.unit!.toLowerCase().replace(/s$/, '');
    // "the next month", "the past year" are durations; "this years" is a common slip for "this year".
    const before = text.slice(Math.max(0, x.start - 4), x.start).toLowerCase();
    if (/\bthe\s$/.test(before) && !x.g.el) continue;
    if (x.g.unit!.toLowerCase() === 'years' && rel !== 'this') continue;
    const step = rel === 'last' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/relative-unit', () => {
        if (unit === 'year') return docDate ? String(docDate.y + step) : 'XXXX';
        if (unit === 'month') {
          if (!docDate) return 'XXXX-XX';
          const mm = addMonths(docDate.y, docDate.m, step);
          return fmtMonth(mm.y, mm.m);
        }
        if (!docDate) return unit === 'weekend' ? 'XXXX-WXX-WE' : 'XXXX-WXX';
        let weekStep = step;
        if (unit === 'weekend' && rel === 'this' && weekday(docDate) < 6 && directionOf(readTense(ctx, x.start, x.end)) < 0) weekStep = -1;
        const w = fmtWeek(addDays(docDate, 7 * weekStep));
        return unit === 'weekend' ? `${w}-WE` : w;
      }, 1),
    );
  }

  for (const x of matches(THE_WEEKEND, text)) {
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/the-weekend', () => {
        if (!docDate) return 'XXXX-WXX-WE';
        const dir = directionOf(readTense(ctx, x.start, x.end));
        const past = dir < 0 && weekday(docDate) < 6;
        return `${fmtWeek(addDays(docDate, past ? -7 : 0))}-WE`;
      }),
    );
  }

  for (const x of matches(AGO, text)) {
    const unit = unitInfo(x.g.unit!);
    if (!unit) continue;
    const count = countValue(x.g.count!);
    const sign = x.g.dir!.toLowerCase() === 'ago' ? -1 : 1;
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/ago', () => {
        if (count === null || !Number.isInteger(count * unit.n)) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
        if (!docDate) return 'XXXX';
        return unit.time ? fmtDay(docDate) : shifted(docDate, unit.code, count * unit.n * sign);
      }, 2),
    );
  }

  for (const x of matches(EARLIER, text)) {
    const unit = unitInfo(x.g.unit!);
    if (!unit || unit.time) continue;
    const count = countValue(x.g.count!);
    if (count === null || !Number.isInteger(count * unit.n)) continue;
    // "six months earlier than it projected": a comparison, the length of time between two times
    if (/^\s+than(?![\p{L}])/u.test(text.slice(x.end, x.end + 6))) {
      out.push({ ...candidate(x.start, x.end, 'DURATION', 'dates/earlier-than', () => durationValue(count, unit), 2), duration: { n: count * unit.n, code: unit.code, time: unit.time } });
      continue;
    }
    const n = count * unit.n * (x.g.dir!.toLowerCase() === 'earlier' ? -1 : 1);
    out.push(
      candidate(x.start, x.end, 'DATE', 'dates/earlier-later', (state) => {
        // "We were told in 2021 ... Four years later": years count from the last year named, when it came after the last day
        const year = state.lastYear;
        const quarter = state.lastQuarter;
        const lastDayAt = state.lastDay?.at ?? -1;
        const month = state.lastMonth;
        if (unit.code === 'Y' && quarter && quarter.at < x.start && quarter.at > lastDayAt && quarter.at > (year?.at ?? -1) && quarter.at > (month?.at ?? -1)) return `${quarter.y + n}-Q${quarter.q}`;
        // "Exports fell 4.1% in September from a year earlier": that month, a year before
        if ((unit.code === 'Y' || unit.code === 'M') && month && month.at < x.start && month.at >= sentenceOf(ctx, x.start).start && !ANOTHER_CLAUSE.test(text.slice(month.at, x.start)) && month.at > lastDayAt && month.at > (year?.at ?? -1)) {
          const mm = addMonths(month.y, month.m, unit.code === 'Y' ? 12 * n : n);
          return fmtMonth(mm.y, mm.m);
        }
        if (unit.code === 'Y' && year && year.at < x.start && lastDayAt < year.at) return String(year.y + n);
        const anchor = state.lastDay?.day ?? docDate;
        return anchor ? shifted(anchor, unit.code, n) : 'XXXX';
      }, 2),
    );
  }

  for (const x of matches(WEEKDAY_RE, text)) {
    const wdText = x.g.wd!;
    if (!isCapitalized(wdText)) continue;
    const dow = weekdayNumber(wdText)!;
    // ("the next Tuesday night": the first after the time the story tells of, not a week on)
    const theNext = /^next$/i.test(x.g.rel ?? '') && /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, x.start - 5), x.start));
    const rel = theNext ? 'coming' : (x.g.rel ?? '').toLowerCase();
    const pod = (x.g.pod ?? '').toLowerCase();
    const possessive = Boolean(x.g.poss);
    const wdStart = x.start + x.text.indexOf(wdText);
    if (x.g.pl && !x.g.poss) {
      const end = wdStart + wdText.length + 1;
      out.push(candidate(x.start, end, 'SET', 'dates/weekday-set', () => `XXXX-WXX-${dow}`));
      continue;
    }
    // "on Friday afternoons": a part of every such day
    if (x.g.podPl && !x.g.poss && !x.g.rel) {
      const part = PARTS_OF_DAY[(x.g.pod ?? '').toLowerCase()]!;
      out.push(candidate(wdStart, x.end, 'SET', 'dates/weekday-set', () => `XXXX-WXX-${dow}T${part}`));
      continue;
    }
    // the span leaves out a possessive ending ("Monday’s agreement" → "Monday")
    let end = x.end;
    if (possessive) end = wdStart + wdText.length;
    const part = possessive ? '' : pod ? PARTS_OF_DAY[pod]! : '';
    const rule = rel ? 'dates/weekday-relative' : part ? 'dates/weekday-part-of-day' : 'dates/weekday-by-tense';
    out.push(
      candidate(x.start, end, part ? 'TIME' : 'DATE', rule, (state) => {
        const day = resolveWeekday(state, wdStart, wdStart + wdText.length, dow, rel, possessive);
        if (day) {
          state.lastDay = { at: x.start, day };
          if (!insideQuote(ctx, x.start)) noteEventDay(state, day);
        }
        const v = dayOrX(day, dow);
        return part ? `${v}T${part}` : v;
      }),
    );
  }

  // the day is the last one the text gave, else the publication date
  const onLastDay = (state: ResolveState, at: number, time: string): string => {
    const day = state.lastDay && at - state.lastDay.at < 400 ? state.lastDay.day : docDate;
    return day ? `${fmtDay(day)}${time}` : `XXXX-XX-XX${time}`;
  };
  for (const x of matches(ZONED_CLOCK, text)) {
    const time = fmtTime(Number(x.g.h), Number(x.g.min));
    out.push(candidate(x.start, x.end, 'TIME', 'dates/zoned-clock-time', (state) => onLastDay(state, x.start, time), 2));
  }
  for (const x of matches(THAT_YEAR, text)) {
    const step = !x.g.step ? 0 : x.g.step.toLowerCase() === 'following' ? 1 : -1;
    out.push(
      candidate(x.start, x.end, 'DATE', step ? 'dates/year-after-named' : 'dates/that-year', (state) => {
        // the latest year the text has named before: on its own, or in a day, month or quarter
        let best: { at: number; y: number } | null = null;
        for (const c of [state.lastYear, state.lastMonth, state.lastQuarter, state.lastDay && { at: state.lastDay.at, y: state.lastDay.day.y }]) {
          if (c && c.at < x.start && (best === null || c.at > best.at)) best = c;
        }
        const y = best?.y ?? (step && docDate ? docDate.y : null);
        return y === null ? 'XXXX' : String(y + step).padStart(4, '0');
      }, 2),
    );
  }
  for (const x of matches(WORD_CLOCK, text)) {
    // a bare digit needs "o'clock": "2 in the morning" is left to the other clock rules
    if (x.g.hd && !/o['’]clock/i.test(x.text)) continue;
    let h = x.g.hw ? dateWords.hourWords[x.g.hw.toLowerCase() as keyof typeof dateWords.hourWords] : Number(x.g.hd);
    const pod = (x.g.pod ?? x.g.pod2 ?? '').toLowerCase();
    if ((pod.endsWith('afternoon') || pod.endsWith('evening') || (pod.endsWith('night') && h >= 6)) && h < 12) h += 12;
    if (pod.endsWith('morning') && h === 12) h = 0;
    // a story's "two in the morning" is a time of day, not a date: no day is given
    out.push(candidate(x.start, x.end, 'TIME', 'dates/hour-in-words', () => `XXXX-XX-XX${fmtTime(h, 0)}`, 2));
  }
  /** A capitalised weekday later in the sentence of `from` (its offset and word), or null. */
  // (only for a time inside an opening phrase, "After a meeting that ran past 10 p.m., …", whose
  // main clause names the day; "reached 14.4 metres at 3am and was expected to peak on Thursday" is another day)
  const laterWeekdayInSentence = (from: number): { at: number; word: string } | null => {
    const sentence = sentenceOf(ctx, from);
    if (!OPENING_PHRASE.test(text.slice(sentence.start, from))) return null;
    const m = LATER_WEEKDAY.exec(text.slice(from, sentence.end));
    return m && m[0].includes(',') ? { at: from + m.index + m[0].length - m[1]!.length, word: m[1]! } : null;
  };
  for (const x of matches(CLOCK_DAY, text)) {
    const word = (x.g.word ?? '').toLowerCase();
    let h = 0;
    let min = 0;
    if (word === 'noon') h = 12;
    else if (word === 'midnight') h = 24;
    else if (x.g.h24) {
      h = parseInt(x.g.h24, 10);
      min = parseInt(x.g.m24!, 10);
    } else {
      h = parseInt(x.g.h!, 10);
      min = x.g.min ? parseInt(x.g.min, 10) : 0;
      const pm = x.g.ap!.toLowerCase().startsWith('p');
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    }
    const dayWord = x.g.wd || x.g.wd0 || '';
    // a bare "noon" or "midnight" is too vague to be worth a mention, and a bare "07:00" may be a score or a duration
    // ("at 14:32 UTC": a zone makes a 24-hour clock a time of day)
    if ((word || x.g.h24) && !dayWord && !(x.g.h24 && x.g.zone)) {
      // ("issued shortly after 17:00", "between 20:00 and 08:00": after a word of time, a 24-hour
      // clock is a time of day: on the day last named (or published) after "at", "after" and the
      // like; on no day in a range, which is a daily schedule as often as not)
      const lead = CLOCK_LEAD.exec(text.slice(Math.max(0, x.start - 16), x.start));
      if (x.g.h24 && !x.g.mon && lead) {
        const bare = fmtTime(parseInt(x.g.h24, 10), parseInt(x.g.m24!, 10));
        const range = /^(?:between|and|from|until|till|to)$/i.test(lead[1]!);
        out.push(candidate(x.start, x.start + x.g.h24.length + 1 + x.g.m24!.length, 'TIME', 'dates/24-hour-clock', (state) => (range ? `XXXX-XX-XX${bare}` : onLastDay(state, x.start, bare)), 2));
      }
      continue;
    }
    if (dayWord && /^\p{L}/u.test(dayWord) && weekdayNumber(dayWord) !== null && !isCapitalized(dayWord)) continue;
    const time = fmtTime(h, min);
    out.push(
      candidate(x.start, x.end, 'TIME', 'dates/clock-time', (state) => {
        let day: Ymd | null = null;
        let on: RegExpExecArray | null = null;
        let later: { at: number; word: string } | null = null;
        const dow = weekdayNumber(dayWord);
        // the day a month and day name, its year given or read from the clause's tense
        // (its year is read where the day is written, as the day's own mention reads it)
        const onMonthDay = (monthName: string, dayText: string, yearText?: string, at: [number, number] = [x.start, x.end]): Ymd | null => {
          const m = monthNumber(monthName)!;
          const d = Number(dayText);
          const y = yearText ? Number(yearText) : (yearNamedBefore(state, m, d) ?? (docDate ? yearOfMonthDay(ctx, docDate, m, d, at[0], at[1]) : null));
          return y === null ? null : { y, m, d };
        };
        if (x.g.dd && x.g.dm) {
          // "05:00 on Monday, 15 June": the day and month the weekday stands with
          day = onMonthDay(x.g.dm, x.g.dd);
        } else if (x.g.dd2 && x.g.dm2) {
          // "5 a.m. on Monday, Sept. 29" (AP style)
          day = onMonthDay(x.g.dm2, x.g.dd2, x.g.dy2);
        } else if (dow !== null) {
          // (its tense read from the whole phrase: "the next update is due at 16:00 on Thursday")
          const at = x.start + x.text.lastIndexOf(dayWord);
          day = resolveWeekday(state, x.start, at + dayWord.length, dow, '', false);
          if (!day) return `XXXX-WXX-${dow}${time}`;
        } else if (dayWord) {
          const w = dayWord.toLowerCase();
          day = docDate ? addDays(docDate, w === 'tonight' ? 0 : DAY_OFFSETS[w] ?? 0) : null;
        } else if (x.g.mon) {
          // "7 p.m. March 17" (AP style): the time on that day
          day = onMonthDay(x.g.mon, x.g.md!);
        } else if ((on = ON_DATE_AFTER.exec(text.slice(x.end, x.end + 60)))) {
          const dateEnd = x.end + on[0].length;
          const dateStart = dateEnd - on[0].replace(/^\s*,?\s+on\s+/u, '').length;
          day = onMonthDay((on.groups!.mon ?? on.groups!.mon2)!, (on.groups!.d ?? on.groups!.d2)!, on.groups!.y, [dateStart, dateEnd]);
        } else if ((on = RELATIVE_WEEKDAY_AFTER.exec(text.slice(x.end, x.end + 32)))) {
          // "at 7.30pm next Tuesday": the day the weekday after the time names, with its modifier
          const at = x.end + on[0].length - on.groups!.wd!.length;
          day = resolveWeekday(state, at, at + on.groups!.wd!.length, weekdayNumber(on.groups!.wd!)!, on.groups!.rel!.toLowerCase(), false);
        } else if ((on = RANGE_TO_WEEKDAY.exec(text.slice(x.end, x.end + 48)))) {
          // "from 10 a.m. to 2 p.m. Saturday": the day the range's end is on
          const at = x.end + on[0].length - on.groups!.wd!.length;
          day = resolveWeekday(state, at, at + on.groups!.wd!.length, weekdayNumber(on.groups!.wd!)!, '', false);
        } else if (h < 12 && state.lastDay && AFTER_EVENING_TIME.test(text.slice(Math.max(0, x.start - 30), x.start))) {
          // "from 11:40 p.m. until 4:31 a.m.": a morning time after an evening one is on the next day
          day = addDays(state.lastDay.day, 1);
        } else if ((later = laterWeekdayInSentence(x.end)) !== null && !(state.lastDay && state.lastDay.at >= sentenceOf(ctx, x.start).start)) {
          // "After a meeting that ran past 10 p.m., the council voted on Tuesday night": the day the sentence names after the time
          day = resolveWeekday(state, later.at, later.at + later.word.length, weekdayNumber(later.word)!, '', false);
        } else if (state.lastDay && x.start - state.lastDay.at < 400 && !(docDate && compare(state.lastDay.day, docDate) > 0 && state.lastDay.at < sentenceOf(ctx, x.start).start && directionOf(readTense(ctx, x.start, x.end)) < 0)) {
          // (not a day after publication, from an earlier sentence, for a time told in the past:
          // "approved the plan at 1:12 a.m." after "before the new fiscal year begins July 1.")
          day = state.lastDay.day;
        } else if (state.eventDay && directionOf(readTense(ctx, x.start, x.end)) < 0) {
          // "where he was pronounced dead shortly after 5 a.m.", far from the day last named: a time
          // told in the past is on the day of the story's event
          day = state.eventDay;
        } else {
          day = docDate;
        }
        if (day) state.lastDay = { at: x.start, day };
        return day ? `${fmtDay(day)}${time}` : time;
      }, 2),
    );
  }
  return out;
}
