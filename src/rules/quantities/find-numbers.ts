/**
 * Numbers and what they count: money ("$1.2 billion", "98 cents", "40,000 euros"), percentages
 * ("about 25 percent", "above 95%"), measures ("14,200 acres", "six-mile"), and cardinals with
 * their counted noun ("About 7,000 employees", "six-term", "two of my nurses").
 * Not quantities: numbers in dates, durations and times (the dates layer), ages ("13-year-old"),
 * scores and votes ("1 – 0"), labels ("phase 3", "Route 66"), names ("Boeing 737", "COVID-19"),
 * and "one" as a pronoun ("one of the people").
 */
import words from '../../lexicon/quantity-words.json' with { type: 'json' };
import { alternation, DIGITS, NUMBER, NUMBER_WORDS, parseNumber, parseNumberWords, SCALE_WORDS, shiftDecimal } from './numbers.js';
import { type QuantityCandidate, type QuantityContext, atSentenceStart, overlapsDate, rawWordBefore, wordBefore } from './context.js';
import { nounPhraseAfter } from './extend-noun-phrase.js';
import { wordPattern } from './word-pattern.js';

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = words.currencySymbols;
const CURRENCY_WORDS: Readonly<Record<string, string>> = words.currencyWords;
const SUBUNITS: Readonly<Record<string, string>> = words.subunits;
const CODES = new Set(words.currencyCodes);
const SCALE_ABBR: Readonly<Record<string, number>> = words.scaleAbbreviations;
const LABELS = new Set(words.labelNouns);
/** "4.6 cases per 100,000 people": a rate's denominator. */
const RATE_DENOMINATOR_WORDS = new Set(words.rateDenominatorWords);
/** "call 911": a short phone number after these verbs. */
const PHONE_VERBS = new Set(words.phoneVerbs);
const EMERGENCY_NUMBERS = new Set(words.emergencyNumbers);
const ONE_PRONOUN_BEFORE = new Set(words.pronounOneBefore);
const ONE_IDIOMS = new Set(words.oneIdioms);
/** Capitalised words that may stand before a number at the start of a sentence ("About 40", "Of 27"). */
const FUNCTION_WORDS = new Set([
  ...words.approximators.flatMap((a) => a.split(' ')),
  ...words.numberLeadIns,
]);
const MONTH_ABBR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/i;
function monthNumberOf(w: string): number | null {
  return MONTH_ABBR.test(w) ? 1 : null;
}

const SYMBOL = alternation(Object.keys(CURRENCY_SYMBOLS));
const GLUED = alternation(words.gluedUnits);
const TEMPERATURE_UNITS: Readonly<Record<string, string>> = words.gluedTemperatureUnits;
/** The glued units the number scan lets through, temperatures' letters included (their case is checked after). */
const GLUED_ANY = alternation([...words.gluedUnits, ...words.gluedPercent, ...Object.keys(TEMPERATURE_UNITS)]);
const CORE = wordPattern(
  String.raw`(?<![\p{L}\p{N}_])(?<!\d[.,])(?:(?<cur>${SYMBOL})\s?)?(?:(?<dig>${DIGITS}|\.\d+)(?:(?<sfx>${alternation(Object.keys(SCALE_ABBR))})(?![\p{L}\p{N}])|(?:\s*|-)(?<scale>${SCALE_WORDS})(?![\p{L}]))?|(?<words>${NUMBER_WORDS}))(?!(?!(?:${GLUED_ANY})(?![\p{L}\p{N}]))[\p{L}\p{N}]|[.,]\d)`,
  'giu',
  'quantities',
);
const APPROX_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?<a>${alternation(words.approximators)})\s+$`, 'iu');
const APPROX_AFTER = new RegExp(String.raw`^\s+(?:${alternation(words.approximatorSuffixes)})(?![\p{L}])`, 'iu');
const MINUS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(words.negativeWords)})\s+$`, 'iu');
const PERCENT_AFTER = new RegExp(String.raw`^\s*(?:%|percent(?![\p{L}])|per\s+cent(?![\p{L}])|pct(?![\p{L}])|(?:${alternation(words.gluedPercent)})(?![\p{L}]))`, 'iu');
const POINTS_AFTER = new RegExp(String.raw`^(?:\s+|\s*-\s*)(?<u>${alternation(words.pointUnits)})(?![\p{L}])`, 'iu');
const MEASURE_AFTER = new RegExp(
  String.raw`^(?:\s+|\s*-\s*)(?<u>(?:(?:square|cubic)\s+)?(?:${alternation(words.measureUnits)})(?:\s+(?:${alternation(words.measureQualifiers)}))?)(?![\p{L}\p{N}])`,
  'iu',
);
/** A unit written against the figure: "52mph", "10km". */
const GLUED_AFTER = new RegExp(String.raw`^(?<u>${GLUED})(?![\p{L}\p{N}])`, 'iu');
/** "2.7C", "40F": a temperature (upper case only); "50c" is no unit this stage reads. */
const TEMPERATURE_AFTER = new RegExp(String.raw`^(?<u>${alternation(Object.keys(TEMPERATURE_UNITS))})(?![\p{L}\p{N}])`, 'u');
const LOWER_TEMPERATURE_LETTER = new RegExp(String.raw`^(?:${alternation(Object.keys(TEMPERATURE_UNITS).map((u) => u.toLowerCase()))})(?![\p{L}\p{N}])`, 'u');
const CURRENCY_WORD_AFTER = new RegExp(String.raw`^(?:\s+|\s*-\s*)(?<w>${alternation([...Object.keys(CURRENCY_WORDS), ...Object.keys(SUBUNITS)])})(?![\p{L}])`, 'iu');
const CODE_AFTER = new RegExp(String.raw`^\s+(?<c>${[...CODES].join('|')})(?![\p{L}])`, 'u');
const CODE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?<c>${[...CODES].join('|')})\s?$`, 'u');
const DENOMINATORS: Readonly<Record<string, number>> = words.fractionDenominators;
/** "-thirds", "-quarters" after a number word: a fraction. */
const FRACTION_AFTER = new RegExp(String.raw`^-(?<d>${alternation(Object.keys(DENOMINATORS))})(?![\p{L}])`, 'iu');
/** "5m high", "20m away": a glued "m" before these is metres. */
const DIMENSION_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${alternation(words.dimensionAdjectives)})(?![\p{L}])`, 'u');
/** A plural noun after a scaled figure without a currency ("14mn mobile customers", "60m doses"): a count in millions. */
const COUNTED_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}s(?![\p{L}])/u;
/** "17.8 per 100,000 people", "31.5 per 100,000": a rate per a count. */
const PER_COUNT_AFTER = new RegExp(String.raw`^\s+per\s+(?<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?<w>${alternation(words.perCountNouns)}))?(?![\p{L}\d])`, 'iu');
/** "one in five", "1 in 8": a ratio. */
const RATIO_AFTER = new RegExp(String.raw`^\s+in\s+(?<m>\d{1,4}|${NUMBER_WORDS})(?![\p{L}\d,.])`, 'iu');
const RATE_AFTER = /^\s+(?:a|an|per)\s+(?<r>hour|day|week|month|year|share|person|head|gallon|barrel|ton|pound|kilogram|kilo|mile|kilometer|night|ticket|unit|dose|acre|hectare)(?![\p{L}])/iu;
const COMPOUND_AFTER = /^\s*-\s*(?<w>\p{L}+(?:-\p{L}+)*)/u;
const AGE_AFTER = /^(?:\s*-\s*|\s+)(?:years?|months?|weeks?|days?)(?:\s*-\s*|\s+)old(?![\p{L}])|^\s+years?\s+of\s+age(?![\p{L}])/iu;
const OR_NUMBER = new RegExp(String.raw`^\s+or\s+(?<n>${NUMBER})(?![\p{L}\p{N}])`, 'iu');
/** "won just one of nine games": "one" before "of" and a number, after a word of counting (oneOfCountLeads), counts one of them. */
const ONE_OF_COUNT_LEADS = new Set(words.oneOfCountLeads);
const ONE_OF_NUMBER = new RegExp(String.raw`^\s+of\s+(?:\d|${NUMBER_WORDS}(?![\p{L}]))`, 'iu');
const OF_DET = /^\s+of\s+(?<d>the|my|his|her|their|our|its|those|these|your)\s+/iu;

function currencyOfSymbol(sym: string): string {
  return CURRENCY_SYMBOLS[sym] ?? CURRENCY_SYMBOLS[sym.toUpperCase()] ?? 'USD';
}

/** Why a number is not a quantity, or null when it may be one. */
/** A telephone number written in groups: "0800 555 111", "020 7946 0958", "(555) 123-4567". */
const TELEPHONE = /(?<!\d|\d[,.])(?:0\d{2,4}(?:\s\d{3,4}){1,2}|\(\d{3}\)\s?\d{3}-\d{4})(?!\d|[,.]\d)/g;

/** Is [start, end) inside a telephone number? */
function inTelephoneNumber(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 16);
  const window = text.slice(from, end + 16);
  for (const m of window.matchAll(TELEPHONE)) if (from + m.index < end && from + m.index + m[0].length > start) return true;
  return false;
}

const VOTE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(words.voteVerbs)})\s+$`, 'iu');
const VOTE_AFTER = new RegExp(String.raw`^\s+(?:${alternation(words.voteNouns)})(?![\p{L}])`, 'iu');

/** Is the number at [start, end) one side of a vote tally ("passed 27-25", "a 29-25 party-line vote")? */
function voteTally(text: string, start: number, end: number): boolean {
  const left = /(?<!\d|\d[.,])\d{1,3}\s*[-–]\s*$/.exec(text.slice(Math.max(0, start - 8), start));
  const right = /^\s*[-–]\s*\d{1,3}(?!\d|[.,]\d)/.exec(text.slice(end, end + 8));
  if ((left === null) === (right === null)) return false;
  const from = left ? start - left[0].length : start;
  const to = right ? end + right[0].length : end;
  return VOTE_BEFORE.test(text.slice(Math.max(0, from - 24), from)) || VOTE_AFTER.test(text.slice(to, to + 24));
}

function excluded(ctx: QuantityContext, start: number, end: number, isWords: boolean, core: string, currency = false): string | null {
  const { text } = ctx;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (overlapsDate(ctx, start, end)) return 'date';
  if (!isWords) {
    // scores, votes, ranges written with dashes, clock times, fractions, codes
    if ((/\d\s*[-–—]\s*$/.test(before) || /^\s*[-–—]\s*\d/.test(after)) && !voteTally(text, start, end)) return 'score';
    if (/[\d]:$/.test(before) || /^:\d/.test(after)) return 'clock';
    if (/[\d]\/$/.test(before) || /^\/\d/.test(after)) return 'fraction';
    if (/\p{L}-$/u.test(before) || /#$/.test(before)) return 'code';
    // "No 10" (Downing Street), "No 1 Court": a number that names, written without the full stop
    if (/(?:^|[^\p{L}])No\s$/u.test(before)) return 'name';
    if (inTelephoneNumber(text, start, end)) return 'telephone';
  }
  if (AGE_AFTER.test(text.slice(end, end + 20))) return 'age';
  const prev = wordBefore(text, start);
  if (LABELS.has(prev)) return 'label';
  if (RATE_DENOMINATOR_WORDS.has(prev)) return 'denominator';
  // (not "called 300 workers": no noun follows a phone number)
  if (!isWords && PHONE_VERBS.has(prev) && /^\d{3}$/.test(core) && /^(?:\s*[.,;:!?)]|\s+(?:in|for|if|or|and|but|when|because|to|now|immediately|herself|himself|themselves|myself|again|first|twice|i|we|you|he|she|they)\b|\s*$)/.test(after)) return 'telephone';
  // "a 999 call", "911 dispatchers": the emergency service's number
  if (!isWords && EMERGENCY_NUMBERS.has(core) && /^\s+(?:call|caller|operator|dispatcher|handler)s?\b/i.test(after)) return 'telephone';
  // "the city's 311 hotline": a service number
  if (!isWords && /^\d{3}$/.test(core) && /^\s+(?:hotline|helpline|line|number)s?\b/i.test(after)) return 'telephone';
  const rawPrev = rawWordBefore(text, start);
  // a number after a capitalised word names something ("Boeing 737", "Apollo 11"),
  // a capitalised number word inside a sentence is part of a name ("the Big Ten")
  // (not a currency written in letters: "Rs 28 lakh")
  if (!isWords && !currency && /^\p{Lu}[\p{L}]*$/u.test(rawPrev) && !FUNCTION_WORDS.has(rawPrev.toLowerCase()) && monthNumberOf(rawPrev) === null) {
    const prevStart = text.lastIndexOf(rawPrev, start);
    if (!/,/.test(core) && !/^\s*(?:%|percent|per\s+cent)/i.test(after) && !overlapsDate(ctx, prevStart, prevStart + rawPrev.length)) return 'name';
  }
  if (isWords && /^\p{Lu}/u.test(core) && !atSentenceStart(ctx, start) && /^\p{Lu}/u.test(rawPrev)) return 'name';
  // "the SIX Swiss Exchange": a number word in capitals before a capitalised word is a name's
  if (isWords && /^\p{Lu}{2,}$/u.test(core) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return 'name';
  return null;
}

/** The whole of "one in five" (5), when it is larger than the part and at most 1,000; else null. */
function ratioWhole(m: RegExpExecArray, part: number): number | null {
  const whole = parseNumber(m.groups!.m!);
  return whole !== null && whole > part && whole <= 1000 ? whole : null;
}

export function findNumbers(ctx: QuantityContext): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  const { text } = ctx;
  for (const m of CORE.matchAll(text)) {
    const g = m.groups ?? {};
    let start = m.index;
    let end = start + m[0].length;
    const cur = g.cur ?? '';
    const numStart = start + (cur ? m[0].indexOf(g.dig ?? g.words ?? '', cur.length) : 0);
    const isWords = g.words !== undefined;
    const core = isWords ? g.words! : g.dig!;
    const why = excluded(ctx, numStart, end, isWords, core, cur !== '');
    if (why) continue;
    // "N1,450" is naira, "N95 masks" a name: a one-letter symbol needs a figure that reads as money
    // (and the pattern ignores case: "none" is no "N" and "one")
    if (/^\p{L}$/u.test(cur) && (cur !== cur.toUpperCase() || isWords || !(/[,.]/.test(core) || core.length >= 3 || g.scale || g.sfx))) continue;
    // (a symbol in letters is written as listed: "CHF412 million", not the climate summit "Cop30")
    if (/\p{L}/u.test(cur) && !Object.hasOwn(CURRENCY_SYMBOLS, cur)) continue;

    // value
    let value: number | null;
    if (isWords) value = parseNumberWords(core);
    else if (g.sfx) {
      // "10k", "5m" without a currency are too ambiguous; a currency word after them is one ("60m
      // kroner"), and so is a unit of measure ("290m km", "180m miles")
      const after = text.slice(end, end + 24);
      // (and "mn", "bn" are millions and billions before a counted noun: "14mn mobile customers", "60m doses")
      const counted = COUNTED_AFTER.test(after) && (/^(?:mn|bn)$/i.test(g.sfx) || (/^m$/i.test(g.sfx) && !DIMENSION_AFTER.test(after)));
      if (!cur && !CURRENCY_WORD_AFTER.test(after) && !MEASURE_AFTER.test(after) && !counted) continue;
      value = shiftDecimal(core, SCALE_ABBR[g.sfx.toLowerCase()] ?? 0);
    } else value = parseNumber(g.scale ? `${core} ${g.scale}` : core);
    if (value === null) continue;

    // "minus 19 degrees", "a minus sign": a negative amount
    const minus = !cur && MINUS_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (minus) {
      value = -value;
      start -= minus[0].length;
    }

    // approximators before and after
    let approximate = false;
    const lookBack = Math.max(0, start - 30);
    const segStart = lookBack + text.slice(lookBack, start).lastIndexOf('\n') + 1;
    const ab = APPROX_BEFORE.exec(text.slice(segStart, start));
    if (ab?.groups?.a) {
      approximate = true;
      start = segStart + ab.index + ab[0].indexOf(ab.groups.a);
    }

    // "two or three goals": one vague amount
    let rangeValue = false;
    const orMatch = OR_NUMBER.exec(text.slice(end, end + 40));
    // (not two amounts of their own: "up to €15 million or 3 percent of turnover")
    if (orMatch && !cur && !g.scale && !g.sfx && !PERCENT_AFTER.test(text.slice(end + orMatch[0].length, end + orMatch[0].length + 12)) && !overlapsDate(ctx, end, end + orMatch[0].length)) {
      end += orMatch[0].length;
      rangeValue = true;
      approximate = true;
    }

    const rest = text.slice(end, end + 60);
    if (LOWER_TEMPERATURE_LETTER.test(rest) && !GLUED_AFTER.test(rest)) continue;
    let kind: QuantityCandidate['kind'] = 'CARDINAL';
    let unit: string | null = null;
    let rule = 'quantities/cardinal';
    let pm: RegExpExecArray | null;
    let whole: number | null;

    const codeSeg = Math.max(0, start - 5);
    const codeBefore = !cur ? CODE_BEFORE.exec(text.slice(codeSeg, start)) : null;
    const fraction = isWords && !cur ? FRACTION_AFTER.exec(rest) : null;
    if (fraction) {
      // "three-quarters" is 75 per cent, "two-thirds" 66.67
      kind = 'PERCENT';
      unit = 'percent';
      value = Math.round((value / DENOMINATORS[fraction.groups!.d!.toLowerCase()]!) * 10000) / 100;
      end += fraction[0].length;
      rule = 'quantities/fraction';
    } else if (cur || codeBefore) {
      kind = 'MONEY';
      unit = cur ? currencyOfSymbol(cur) : codeBefore!.groups!.c!;
      if (codeBefore) start = codeSeg + codeBefore.index + codeBefore[0].indexOf(codeBefore.groups!.c!);
      rule = 'quantities/money';
      const rate = RATE_AFTER.exec(rest);
      if (rate) {
        end += rate[0].length;
        unit += ` per ${rate.groups!.r!.toLowerCase()}`;
      }
    } else if ((pm = PERCENT_AFTER.exec(rest))) {
      kind = 'PERCENT';
      unit = 'percent';
      end += pm[0].length;
      rule = 'quantities/percent';
    } else if ((pm = POINTS_AFTER.exec(rest))) {
      kind = 'QUANTITY';
      unit = pm.groups!.u!.toLowerCase().replace(/point$/, 'points');
      end += pm[0].length;
      rule = 'quantities/points';
    } else if ((pm = CURRENCY_WORD_AFTER.exec(rest))) {
      const w = pm.groups!.w!.toLowerCase();
      kind = 'MONEY';
      rule = 'quantities/money';
      if (w in SUBUNITS) {
        unit = SUBUNITS[w]!;
        value = isWords ? value / 100 : shiftDecimal(g.scale ? String(value) : core, -2);
      } else unit = CURRENCY_WORDS[w]!;
      end += pm[0].length;
    } else if ((pm = CODE_AFTER.exec(rest))) {
      kind = 'MONEY';
      unit = pm.groups!.c!;
      end += pm[0].length;
      rule = 'quantities/money';
    } else if (!isWords && (pm = TEMPERATURE_AFTER.exec(rest))) {
      kind = 'QUANTITY';
      unit = TEMPERATURE_UNITS[pm.groups!.u!]!;
      end += pm[0].length;
      rule = 'quantities/temperature';
    } else if (!isWords && (pm = GLUED_AFTER.exec(rest))) {
      kind = 'QUANTITY';
      unit = pm.groups!.u!;
      end += pm[0].length;
      rule = 'quantities/measure';
    } else if ((pm = MEASURE_AFTER.exec(rest))) {
      kind = 'QUANTITY';
      unit = pm.groups!.u!.replace(/\s+/g, ' ');
      end += pm[0].length;
      rule = 'quantities/measure';
    } else if ((pm = PER_COUNT_AFTER.exec(rest))) {
      // "17.8 per 100,000 people": the rate, per its count
      kind = 'QUANTITY';
      unit = `per ${pm.groups!.n!}${pm.groups!.w ? ` ${pm.groups!.w.toLowerCase()}` : ''}`;
      end += pm[0].length;
      rule = 'quantities/rate-per-count';
    } else if ((pm = RATIO_AFTER.exec(rest)) && (whole = ratioWhole(pm, value)) !== null) {
      // "One in five infections": a ratio (0.2), with what it counts
      value = Math.round((value / whole) * 10000) / 10000;
      end += pm[0].length;
      const np = nounPhraseAfter(ctx, end);
      unit = np ? `${np.unit} (ratio)` : 'ratio';
      if (np) end = np.end;
      rule = 'quantities/ratio';
    } else if ((pm = COMPOUND_AFTER.exec(rest))) {
      // "six-term", "640-bed", "two-story"
      const w = pm.groups!.w!;
      if (/(?:^|-)old$/i.test(w)) continue;
      // "a one-time payment", "a one-off fee": idioms, not counts
      if (core.toLowerCase() === 'one' && ONE_IDIOMS.has(w.toLowerCase())) continue;
      unit = w.toLowerCase();
      end += pm[0].length;
      rule = 'quantities/compound-adjective';
    } else if (!isWords && voteTally(text, numStart, start + m[0].length)) {
      // "passed 27-25", "a 29-25 party-line vote": each side of a tally counts votes
      unit = 'votes';
      rule = 'quantities/vote-tally';
    } else {
      const lower = core.toLowerCase();
      // "one of the people", "no one", "the one who"
      const ofDet = OF_DET.exec(rest);
      if (lower === 'one') {
        // (but "won just one of nine games": one of a number counts)
        const countOfNumber = ONE_OF_NUMBER.test(rest) && ONE_OF_COUNT_LEADS.has(wordBefore(text, start));
        if (/^\s+of(?![\p{L}])/u.test(rest) && !countOfNumber) continue;
        // "one side of", "at one point", "one another": idioms, not counts ("one point from safety" is a count)
        const nextWord = /^\s+([\p{L}’']+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
        if (ONE_IDIOMS.has(nextWord) && !(nextWord === 'point' && wordBefore(text, start) !== 'at')) continue;
        if (ONE_PRONOUN_BEFORE.has(wordBefore(text, start))) continue;
      }
      if (ofDet) {
        const np = nounPhraseAfter(ctx, end + ofDet[0].length - 1);
        if (np) {
          unit = np.unit;
          end = np.end;
          rule = 'quantities/cardinal-of';
        }
      } else {
        const np = nounPhraseAfter(ctx, end);
        if (np) {
          unit = np.unit;
          end = np.end;
        } else if (lower === 'one' && !(ONE_OF_NUMBER.test(rest) && ONE_OF_COUNT_LEADS.has(wordBefore(text, start)))) continue;
        // "a cold winter or two": an idiom, not a count
        else if (isWords && wordBefore(text, start) === 'or') continue;
      }
    }

    const suffix = APPROX_AFTER.exec(text.slice(end, end + 20));
    if (suffix) {
      approximate = true;
      end += suffix[0].length;
    }
    out.push({ start, end, kind, value: rangeValue ? null : value, unit, approximate, rule });
  }
  return out;
}
