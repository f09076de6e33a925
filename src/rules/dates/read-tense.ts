/**
 * The tense of the clause a date sits in, read from word forms around it: "signed an agreement
 * Monday" is past, "will reopen Friday" and "are expected to arrive late Wednesday" are future,
 * "closes Friday" (present of a scheduled event) counts as future.
 */
import type { Token } from '../../document.js';
import tenseWords from '../../lexicon/date-tense.json' with { type: 'json' };
import { type DateContext, sentenceOf, tokenIndexAt } from './context.js';
import { weekdayNumber } from './patterns.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_AUX = new Set(tenseWords.futureAuxiliaries);
const CONDITIONAL_OPENERS = new Set(tenseWords.conditionalOpeners);
const FUTURE_GOV = new Set(tenseWords.futureGovernors);
const FUTURE_CUES = new Set(tenseWords.futureCues);
const PAST_CUES = new Set(tenseWords.pastCues);
const PAST_AUX = new Set(tenseWords.pastAuxiliaries);
const PRESENT_AUX = new Set(tenseWords.presentAuxiliaries);
const PERFECT_AUX = new Set(tenseWords.perfectAuxiliaries);
const IRREGULAR_PAST = new Set(tenseWords.irregularPast);
const PLANNED = new Set(tenseWords.plannedParticiples);
const REQUEST_GOVERNORS = new Set(tenseWords.requestGovernors);

/** Forms of "be": an "-ing" word after one is a verb ("was working for March"), not a noun. */
const BE_FORMS = /^(?:is|are|was|were|be|been|being|am|['’]s|['’]re)$/;

/** How far (in tokens) to look left and right of a date for its verb. */
const LEFT_WINDOW = 30;
const RIGHT_WINDOW = 20;

/** Conjunctions that open another clause: right of the date, its verb is not the date's ("on Tuesday, while …"). */
const CLAUSE_TURNS = new Set(tenseWords.clauseTurns);

/** Tokens that end a clause for this purpose. */
const BOUNDARY = new Set([';', ':', '—', '–', '"', '“', '”', '(', ')', '[', ']']);
const QUOTE_MARKS = new Set(['"', '“', '”']);

function isVerbish(t: Token, prev?: Token): boolean {
  // a possessive "’s" is not "is"
  if (t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s')) return false;
  // nor is the "am" of a clock time ("at 2 am on Monday")
  if (t.lower === 'am' && prev !== undefined && /^\d{1,2}(?:[:.]\d\d)?$/.test(prev.text)) return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || FUTURE_AUX.has(t.lower) || PAST_AUX.has(t.lower) || PRESENT_AUX.has(t.lower) || PERFECT_AUX.has(t.lower);
}

function isPastForm(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return true;
  return lower.length > 3 && lower.endsWith('ed') && !lower.endsWith('eed');
}

/**
 * The tense of a verb group (left to right), or null when it is only a participle or infinitive.
 * `weak` is set when only a bare present "-s" form decided it (often a noun mis-tagged as a verb).
 */
function groupTense(group: readonly Token[], flags: { weak: boolean } = { weak: false }): Tense | null {
  const lowers = group.map((t) => t.lower);
  for (const w of lowers) if (FUTURE_AUX.has(w)) return 'future';
  const toAt = lowers.indexOf('to');
  if (toAt > 0) {
    const governors = lowers.slice(0, toAt);
    if (governors.some((w) => FUTURE_GOV.has(w))) return 'future';
  }
  const first = lowers[0];
  if (first === undefined) return null;
  if (PAST_AUX.has(first)) {
    // "was set to", "were expected to": a plan made in the past, for later.
    if (lowers.slice(1).some((w) => FUTURE_GOV.has(w) && w !== 'is' && w !== 'are') && lowers.includes('to')) return 'future';
    // "more were planned in Toronto on Saturday", "the vote was scheduled for Friday": a plan, ahead
    // ("the flight had been scheduled for Aug. 5": a plan made earlier, still ahead)
    if (lowers.length >= 2 && PLANNED.has(lowers.at(-1)!)) return 'future';
    return 'past';
  }
  // "has said" is past; "have until Nov. 12" is the verb "have", present
  if (PERFECT_AUX.has(first)) return group.slice(1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && isPastForm(t.lower)) ? 'past' : 'present';
  if (PRESENT_AUX.has(first)) {
    if (lowers.slice(1).some((w) => w === 'scheduled' || w === 'set' || w === 'expected' || w === 'due' || w === 'slated' || w === 'going')) return 'future';
    return 'present';
  }
  const verbs = group.filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const main = verbs[0];
  if (!main) return null;
  // "the next data release, expected in December", "a vote scheduled for May": a plan, ahead
  if (group.length === 1 && PLANNED.has(main.lower)) return 'future';
  // "voted on Tuesday to close the school in June", "approved in March a transfer to keep service
  // running through the summer": an infinitive apart from its verb looks ahead of that verb's time,
  // which may be now or months ago; read as present (a month resolves to the nearest)
  if (lowers[0] === 'to' && verbs.length === 1 && !isPastForm(main.lower) && !main.lower.endsWith('ing')) {
    flags.weak = true;
    return 'present';
  }
  if (isPastForm(main.lower)) return 'past';
  if (main.lower.endsWith('ing')) return null;
  if (lowers[0] === 'to') return null;
  flags.weak = true;
  return 'present';
}

/** The verb group ending at token k (scanning left over verbs, adverbs, "to" and negation). */
function groupEndingAt(tokens: readonly Token[], k: number, floor: number): { from: number; group: Token[] } {
  let i = k;
  while (i - 1 >= floor) {
    const t = tokens[i - 1]!;
    // a capitalised word before the verb is a name wink took for a verb ("Tessera Pay told")
    if (/^\p{Lu}/u.test(t.text)) break;
    // ... and a word right after a preposition is its object, not the group's ("a request for comment sent on Monday")
    if (t.pos === 'VERB' && (tokens[i - 2]?.pos === 'ADP' || tokens[i - 2]?.lower === 'for') && tokens[i - 2]!.lower !== 'to') break;
    // ("was likely to resume": an adjective that governs an infinitive belongs to the group)
    const governingAdjective = t.pos === 'ADJ' && FUTURE_GOV.has(t.lower) && tokens[i]?.lower === 'to';
    if (isVerbish(t) || governingAdjective || t.lower === 'to' || t.lower === 'not' || t.lower === "n't" || t.lower === 'n’t' || (t.pos === 'ADV' && i - 1 > floor && isVerbish(tokens[i - 2]!))) i--;
    else break;
  }
  return { from: i, group: tokens.slice(i, k + 1) };
}

export interface TenseReading {
  tense: Tense | null;
  /** Found on the verb that governs the date (to its left) or from an explicit cue. */
  strong: boolean;
}

/**
 * Read the tense governing the date at [start, end). A past clause says little of a date that names
 * what a noun is for ("paused its planned increases for October"): that one is the nearest.
 */
export function readTense(ctx: DateContext, start: number, end: number): TenseReading {
  const reading = clauseTense(ctx, start, end);
  if (reading.tense !== 'past') return reading;
  const a = tokenIndexAt(ctx.tokens, start);
  // (a noun in "-ing" too: "set sentencing for Feb. 10")
  const noun = ctx.tokens[a - 2];
  const forNoun = ctx.tokens[a - 1]?.lower === 'for' && noun !== undefined && (/^(NOUN|PROPN)$/.test(noun.pos) || (noun.lower.endsWith('ing') && noun.lower.length > 5 && !BE_FORMS.test(ctx.tokens[a - 3]?.lower ?? '')));
  return forNoun ? { tense: null, strong: true } : reading;
}

function clauseTense(ctx: DateContext, start: number, end: number): TenseReading {
  const { tokens } = ctx;
  const sent = sentenceOf(ctx, start);
  const first = tokenIndexAt(tokens, sent.start);
  const a = tokenIndexAt(tokens, start);
  let b = tokenIndexAt(tokens, end);
  while (b < tokens.length && tokens[b]!.start < end) b++;
  // 1. cue words just before the date: "until", "since", "the deadline of".
  for (let i = a - 1; i >= Math.max(first, a - 3); i--) {
    const w = tokens[i]!.lower;
    if (BOUNDARY.has(w)) break;
    // ("will last until Wednesday": "last" and "next" are cues only right before the date, or before
    // the event the date is on: "the next decision on August 7")
    const eventOn = i === a - 3 && /^(?:on|in|at)$/.test(tokens[a - 1]!.lower) && tokens[a - 2]!.pos === 'NOUN';
    if ((w === 'last' || w === 'next') && i !== a - 1 && !eventOn) continue;
    if (FUTURE_CUES.has(w)) {
      // ("failed to reach a deal before a legal deadline on Tuesday": what happened before or after a
      // deadline, in the past, puts the deadline in the past; "set a deadline of Tuesday" does not)
      let k = i - 1;
      while (k > first && /^(DET|ADJ)$/.test(tokens[k]!.pos)) k--;
      const relative = w === 'deadline' && /^(before|after)$/.test(tokens[k]?.lower ?? '');
      const verb = relative ? leftReading(tokens, k, Math.max(first, a - LEFT_WINDOW), sent.start) : null;
      return verb?.tense === 'past' && verb.strong ? verb : { tense: 'future', strong: true };
    }
    if (PAST_CUES.has(w)) return { tense: 'past', strong: true };
  }
  // "as of Wednesday evening": the time a state of things is told at, the nearest such day (a
  // weekday: a calendar date keeps its clause's tense, "a deficit as of 31 March")
  if (tokens[a - 1]?.lower === 'of' && tokens[a - 2]?.lower === 'as' && weekdayNumber(ctx.text.slice(start, end).split(/\s/)[0]!) !== null) return { tense: null, strong: true };
  // "had until Friday to confirm", "has until May 1 to decide": a deadline given, ahead
  if (tokens[a - 1]?.lower === 'until' && /^(?:has|have|had|given|get|gets|got)$/.test(tokens[a - 2]?.lower ?? '') && tokens[b]?.lower === 'to') return { tense: 'future', strong: true };
  // "asked the executive for a full report on the hospital by Friday": a deadline set by a request looks ahead
  if (tokens[a - 1]?.lower === 'by') {
    for (let i = a - 2; i >= Math.max(first, a - 14); i--) {
      if (BOUNDARY.has(tokens[i]!.lower)) break;
      if (REQUEST_GOVERNORS.has(tokens[i]!.lower)) return { tense: 'future', strong: true };
    }
  }
  // "between now and the end of March": from now on, ahead
  if (/\bbetween\s+now\s+and\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i.test(ctx.text.slice(Math.max(0, start - 40), start))) return { tense: 'future', strong: true };
  // a deadline named after the date: "the bill's December deadline"
  for (let j = b; j < Math.min(tokens.length, b + 2); j++) {
    if (tokens[j]!.lower === 'deadline' || tokens[j]!.lower === 'deadlines') return { tense: 'future', strong: true };
  }
  // 1b. a date inside the subject of a "that" clause takes the clause's verb, to its right ("a chance
  //     that rainfall between October and December would again be below average")
  for (let i = a - 1; i >= Math.max(first, a - 8); i--) {
    const t = tokens[i]!;
    if (BOUNDARY.has(t.lower) || isVerbish(t)) break;
    if (t.lower === 'that' || t.lower === 'whether') {
      const right = rightReading(tokens, b, sent.end);
      if (right.tense) return { tense: right.tense, strong: true };
      break;
    }
  }
  // 1c. "Judge Ann Roe, who is presiding over the trial, on Tuesday denied …": a date between the
  //     comma that closes the subject and the subject's verb takes that verb, not the relative clause's
  //     (and one between a named subject and its verb, with no comma: "Governor Ann Roe on Monday promised …")
  const opener = tokens[a - 1]?.lower === 'on' ? a - 2 : a - 1;
  const subjectEnd = tokens[opener]?.text === ',' || (tokens[opener]?.pos === 'PROPN' && !isVerbish(tokens[opener]!, tokens[opener - 1]));
  if (opener > first && subjectEnd && tokens[b] !== undefined && isVerbish(tokens[b]!, tokens[b - 1])) {
    const right = rightReading(tokens, b, sent.end);
    if (right.tense === 'past' || right.tense === 'future') return { tense: right.tense, strong: true };
  }
  // 2. the nearest verb group to the left (see leftReading)
  const left = leftReading(tokens, a, Math.max(first, a - LEFT_WINDOW), sent.start);
  if (left?.tense === 'past' && conditionAfterModal(tokens, a, first)) return { tense: 'future', strong: true };
  if (left) return left;
  // 3. the nearest verb group to the right ("On Monday, the group claimed …").
  return rightReading(tokens, b, sent.end);
}

/**
 * "some firms could go out of business if payments were not made by the end of March": the date is
 * in a condition ("if", "unless") that a modal's clause before it governs, so its past form looks
 * ahead. Looks back from token a to the sentence's first token.
 */
function conditionAfterModal(tokens: readonly Token[], a: number, first: number): boolean {
  for (let i = a - 1; i > first; i--) {
    const w = tokens[i]!.lower;
    if (BOUNDARY.has(w)) return false;
    if (!CONDITIONAL_OPENERS.has(w)) continue;
    // (a quoted fragment between the modal and the condition stays in the clause: "would be “empty” from 8am on May 4 if …")
    for (let k = i - 1; k >= first && i - k <= 16; k--) {
      if (BOUNDARY.has(tokens[k]!.lower) && !QUOTE_MARKS.has(tokens[k]!.text)) return false;
      if (FUTURE_AUX.has(tokens[k]!.lower) && tokens[k]!.lower !== 'can') return true;
    }
    return false;
  }
  return false;
}

/**
 * The nearest verb group to the left of token a; a bare "-s" form after a determiner is a noun wink
 * took for a verb ("announced the broad outlines of the plan on Thursday"): a verb further left wins.
 */
function leftReading(tokens: readonly Token[], a: number, leftLimit: number, sentenceStart: number): TenseReading | null {
  let i = a - 1;
  let weak: TenseReading | null = null;
  while (i >= leftLimit) {
    const t = tokens[i]!;
    if (BOUNDARY.has(t.lower) || t.start < sentenceStart) break;
    // "a planned increase in electricity tariffs in October" (wink's "planned/ADJ"): a plan, ahead
    if (PLANNED.has(t.lower) && !isVerbish(t, tokens[i - 1]) && tokens[i - 1]?.pos === 'DET') return { tense: 'future', strong: true };
    if (isVerbish(t, tokens[i - 1])) {
      const { from, group } = groupEndingAt(tokens, i, leftLimit);
      const flags = { weak: false };
      const tense = groupTense(group, flags);
      // "the tour’s planned finale", "a delayed opening": a participle after a determiner or possessive is an adjective
      // ... and so is a verb inside a hyphenated compound ("two sold-out nights", "a long-awaited report")
      const hyphened = (k: number): boolean => /^[-‑]$/.test(tokens[k]?.text ?? '') && (tokens[k]!.start === tokens[k - 1]?.end || tokens[k]!.end === tokens[k + 1]?.start);
      // ... and a verb right after a preposition other than "to" is a noun ("requests for comment Monday")
      const afterPreposition = (tokens[from - 1]?.pos === 'ADP' || tokens[from - 1]?.lower === 'for') && tokens[from - 1]!.lower !== 'to' && !/(ed|en|ing)$/.test(group[0]!.lower);
      const modifier = group.length === 1 && ((/^(DET|PART)$/.test(tokens[from - 1]?.pos ?? '') && /(ed|en)$/.test(group[0]!.lower)) || hyphened(from + 1) || hyphened(from - 1) || afterPreposition);
      if (modifier) {
        // "a planned increase in electricity tariffs in October": a plan, ahead
        if (PLANNED.has(group[0]!.lower) && /^(DET|PART)$/.test(tokens[from - 1]?.pos ?? '')) return { tense: 'future', strong: true };
        i = from - 1;
        continue;
      }
      // "ordered the parties to return to court on May 20": an infinitive after a request's object looks
      // ahead of the request, whose own time may be past ("had asked trades to accept cuts in April"): the nearest
      if (group[0]?.lower === 'to' && (tense === null || flags.weak) && requestBefore(tokens, from, leftLimit)) return { tense: null, strong: true };
      if (tense && !flags.weak) return { tense, strong: true };
      // ... after a determiner or an adjective it is a noun ("the broad outlines"); a verb otherwise ("the contract expires")
      const before = tokens[from - 1];
      const nounLike = before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM' || /^(its|their|his|her|our|my|your)$/.test(before.lower));
      if (tense && !nounLike) return { tense, strong: false };
      if (tense) weak ??= { tense, strong: false };
      i = from - 1;
      continue;
    }
    i--;
  }
  return weak;
}

/** Is there a request verb ("ordered", "urged") a short object before the infinitive at token `to`? */
function requestBefore(tokens: readonly Token[], to: number, floor: number): boolean {
  for (let k = to - 1; k >= Math.max(floor, to - 6); k--) {
    const t = tokens[k]!;
    if (REQUEST_GOVERNORS.has(t.lower)) return k < to - 1;
    if (!/^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/** The tense of the nearest verb group from token b rightwards, within the sentence. */
function rightReading(tokens: readonly Token[], b: number, sentenceEnd: number): TenseReading {
  for (let j = b; j < Math.min(tokens.length, b + RIGHT_WINDOW) && tokens[j]!.start < sentenceEnd; j++) {
    const t = tokens[j]!;
    if (BOUNDARY.has(t.lower) || CLAUSE_TURNS.has(t.lower)) break;
    // "…, while Wexley, who have won once away, host …": a relative clause's verb is not the date's
    if ((t.lower === 'who' || t.lower === 'which') && tokens[j - 1]?.text === ',') {
      while (j + 1 < tokens.length && tokens[j + 1]!.start < sentenceEnd && tokens[j + 1]!.text !== ',') j++;
      continue;
    }
    if (isVerbish(t, tokens[j - 1])) {
      let k = j;
      while (k + 1 < tokens.length && tokens[k + 1]!.start < sentenceEnd && (isVerbish(tokens[k + 1]!) || tokens[k + 1]!.lower === 'to' || tokens[k + 1]!.lower === 'not')) k++;
      const tense = groupTense(tokens.slice(j, k + 1));
      if (tense) return { tense, strong: false };
      j = k;
    }
  }
  return { tense: null, strong: false };
}

/**
 * Direction to resolve in: -1 backwards (past), 1 forwards (future), 0 the nearest.
 * A present tense counts as forwards when `presentIsFuture` (a weekday: "closes Friday" is
 * scheduled), as the nearest otherwise (a month: "is 3 percent in June").
 */
export function directionOf(reading: TenseReading, presentIsFuture = false): -1 | 0 | 1 {
  if (reading.tense === 'past') return -1;
  if (reading.tense === 'future') return 1;
  if (reading.tense === 'present' && presentIsFuture) return 1;
  return 0;
}

/**
 * Does the date at [start, end) modify a noun ("the Aug. 14 show", "its June 3 deadline")? Then
 * the clause's tense says little about it (a show "that was set to open" may be next week).
 */
export function modifiesNoun(ctx: DateContext, start: number, end: number): boolean {
  const { tokens } = ctx;
  const a = tokenIndexAt(tokens, start);
  let b = tokenIndexAt(tokens, end);
  while (b < tokens.length && tokens[b]!.start < end) b++;
  const before = tokens[a - 1];
  const after = tokens[b];
  const determiner = before !== undefined && (/^(the|a|an|its|their|his|her|this|that)$/.test(before.lower) || /^['’]s$/.test(before.text));
  return determiner && after !== undefined && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
}
