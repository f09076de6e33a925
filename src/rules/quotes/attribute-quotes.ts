/**
 * Step 5: quotations and attributions become quotes.
 *   direct:   a quotation whose attribution touches it ("“...,” she said", "She said: “...”",
 *             "“...” — Jane Doe"), or which stands alone as a sentence (speaker carried over);
 *   mixed:    an attribution's content that carries a quoted fragment;
 *   indirect: an attribution's content without quotation marks.
 * Scare quotes and titles (short fragments with no attribution) are not quotes.
 */
import type { QuoteKind } from '../../document.js';
import { partitionPoint, tokenIndexAt as tokenAtOffset } from '../../search.js';
import { isQuoteMark, tokenAt, type QuoteContext } from './context.js';
import { findAttributions, type Attribution } from './find-attributions.js';
import type { QuotedSpan } from './pair-quotation-marks.js';
import { speakerAfter, type TokenRange } from './speaker-phrase.js';

export interface QuoteDraft {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: { start: number; end: number } | null;
  speaker: { start: number; end: number } | null;
  /** Sentence where the speaker is named (for descriptions and anonymity reasons). */
  speakerSentence: number | null;
  /** The speaker was carried over from an earlier attribution. */
  carried: boolean;
  confidence: number;
  rule: string;
  paragraph: number;
}

/**
 * One character of a short adverbial phrase: no quotation mark or punctuation, but an apostrophe inside
 * a word ("at the agency’s offices") and the full stops of a clock time ("at 3 p.m.").
 */
const PHRASE_CHAR = String.raw`(?:[^"“”‘’,.;:!?]|(?<=\p{L})[’'](?=\p{L})|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.)`;
/** A preposition that opens where or when something was said. */
const PLACE_OR_TIME = '(?:in|on|at|during|after|before|from|outside|inside|via|over|by)';
/** "told the press, “...”", "told reporters at the palace in Lima, “...”": a short listener (and where) between the cue and the quotation. */
const LISTENER_THEN_MARK = new RegExp(String.raw`^\s+(?:the\s+|a\s+|an\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}(?:\s+${PLACE_OR_TIME}\s${PHRASE_CHAR}{1,70})?\s*[,:]\s*$`, 'u');
/** "“...,” a spokeswoman for the company, Jane Doe, said": a short description, then the name. */
const DESCRIPTION_THEN_NAME = /^\s*(?:(?:the|a|an|his|her|their|its)\s|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’]s\s)[^.!?"“”‘,;:]{1,50},\s*$/u;
/** "said Tom Brennan, the parks director, “...”" / "says Rosa Delgado, whose daughters are in second grade, “...”": an apposition or relative clause between the speaker and the quotation. */
const APPOSITION_THEN_MARK = /^\s*,\s*(?:(?:a|an|the|his|her|their)\s[^"“”,]{1,120}|(?:who|whose)\s[^"“”,]{1,80}),\s*$/u;
/**
 * "“...,” Wrenfield said in an interview after the vote, “...”": a short adverbial between the verb and the quotation
 * ("said later in the evening, “...”", "said later, “...”": an adverb of time may open it, or be all of it;
 * "said in Moraba, where she was opening a school, “...”": a clause of place or time may follow it).
 */
const WHEN_ADVERB = '(?:later|earlier|afterwards?|again|then)';
const ADVERBIAL_THEN_MARK = new RegExp(
  String.raw`^\s+(?:(?:${WHEN_ADVERB}\s+)?${PLACE_OR_TIME}\s${PHRASE_CHAR}{1,70}(?:,\s+(?:where|when|while|as)\s(?:${PHRASE_CHAR}|(?<=s)[’'](?=\s)){1,100})?|${WHEN_ADVERB}|today|yesterday|tonight),\s*$`,
  'u',
);

interface SpeakerEvent {
  speaker: { start: number; end: number };
  sentence: number;
  paragraph: number;
  at: number;
}

function charSpan(ctx: QuoteContext, r: TokenRange): { start: number; end: number } {
  return { start: ctx.tokens[r.first]!.start, end: ctx.tokens[r.last]!.end };
}

function paragraphOf(ctx: QuoteContext, offset: number): number {
  return Math.max(0, partitionPoint(ctx.paragraphs.length, (i) => ctx.paragraphs[i]!.start <= offset) - 1);
}

function tokenIndexAt(ctx: QuoteContext, offset: number): number {
  return Math.min(ctx.tokens.length - 1, tokenAtOffset(ctx.tokens, offset));
}

/** Only punctuation (and spaces) between two offsets? */
function onlyPunctuation(text: string, a: number, b: number): boolean {
  if (a > b) return false;
  for (let i = a; i < b; i++) if (!PUNCTUATION_OR_SPACE.has(text[i]!)) return false;
  return true;
}
const PUNCTUATION_OR_SPACE = new Set([' ', '\t', '\n', '\u00a0', ',', ':', ';', '.', '—', '–', '-']);

function wordCount(s: string): number {
  return s.match(/\p{L}[\p{L}’'-]*/gu)?.length ?? 0;
}

/** A fragment: a few words with no sentence punctuation of its own ("unprecedented", "no qualms"). */
function isFragment(ctx: QuoteContext, q: QuotedSpan): boolean {
  const content = ctx.text.slice(q.contentStart, q.contentEnd).trim();
  return wordCount(content) <= 4 && !/[.?!]["”’]?$/.test(content);
}

/** Does the quotation fill its sentence(s), apart from punctuation and a leading "And"/"But"? */
function fillsSentence(ctx: QuoteContext, q: QuotedSpan): boolean {
  const first = ctx.sentenceOf[tokenIndexAt(ctx, q.start)]!;
  const last = ctx.sentenceOf[tokenIndexAt(ctx, q.end - 1)]!;
  const s = ctx.sentences[first];
  const e = ctx.sentences[last];
  if (!s || !e) return false;
  const lead = ctx.text.slice(s.start, q.start);
  return /^[\s(]*(?:(?:and|but|so|or)[\s,]*)?$/iu.test(lead) && onlyPunctuation(ctx.text, q.end, e.end);
}

export function attributeQuotes(ctx: QuoteContext): QuoteDraft[] {
  const { text } = ctx;
  const attributions: Attribution[] = [];
  // attributions by sentence, so each quotation looks only at its own sentence's
  const bySentence: Attribution[][] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    const found = findAttributions(ctx, s);
    bySentence.push(found);
    attributions.push(...found);
  }
  const inSentence = (s: number | undefined): Attribution[] => (s === undefined || s < 0 ? [] : (bySentence[s] ?? []));
  const usedAttribution = new Set<Attribution>();
  const usedQuoted = new Set<number>();
  const drafts: QuoteDraft[] = [];
  const events: SpeakerEvent[] = [];
  for (const a of attributions) {
    if (a.speaker) {
      const sp = charSpan(ctx, a.speaker);
      events.push({ speaker: sp, sentence: a.cue.sentence, paragraph: paragraphOf(ctx, sp.start), at: sp.start });
    }
  }
  const cueSpan = (a: Attribution) => charSpan(ctx, { first: a.cue.first, last: a.cue.last });
  const attrStart = (a: Attribution) => ctx.tokens[a.first]!.start;
  const attrEnd = (a: Attribution) => ctx.tokens[a.last]!.end;
  // "she asked: “...”" but not "the walkout would continue “for as long as necessary”": a verb that
  // attributes what it follows opens a quotation only across a comma or colon
  const bareAfterOnly = (a: Attribution, quoteStart: number) => a.cue.afterOnly && !/[,:]/.test(text.slice(ctx.tokens[a.cue.last]!.end, quoteStart));
  // "Eberly said in an interview that inspectors had found “a pattern”": an attribution inside what
  // an earlier attribution reports belongs to that report, a mixed quote of the first speaker
  const insideReportedClause = (a: Attribution, quoteEnd: number, others: readonly Attribution[]) =>
    others.some((b) => b !== a && b.content !== null && attrEnd(b) <= attrStart(a) && b.content.start <= attrStart(a) && b.content.end >= quoteEnd - 1);

  // 1. direct quotations with an attribution touching them
  const unattributed: number[] = [];
  ctx.quoted.forEach((q, qi) => {
    // "“...,” the union’s leader, Jane Roe, said", "“...,” Calloway’s manager, Jordan Pike, said": a description of the speaker may come first
    const after = inSentence(ctx.sentenceOf[tokenIndexAt(ctx, q.end - 1)]).find((a) => attrStart(a) >= q.end && (onlyPunctuation(text, q.end, attrStart(a)) || DESCRIPTION_THEN_NAME.test(text.slice(q.end, attrStart(a)))));
    const qSentence = ctx.sentenceOf[tokenIndexAt(ctx, q.start)];
    const before =
      inSentence(qSentence).find((a) => attrEnd(a) <= q.start && !bareAfterOnly(a, q.start) && !insideReportedClause(a, q.end, inSentence(qSentence)) && (onlyPunctuation(text, attrEnd(a), q.start) || APPOSITION_THEN_MARK.test(text.slice(attrEnd(a), q.start)) || ADVERBIAL_THEN_MARK.test(text.slice(attrEnd(a), q.start)) || (a.cue.kind === 'tell' && LISTENER_THEN_MARK.test(text.slice(attrEnd(a), q.start))))) ??
      // "... told the Courier any plan “must be costed”: “...”": a quotation after a colon in an attributed sentence
      inSentence(qSentence).find((a) => attrEnd(a) <= q.start && /:\s*$/u.test(text.slice(attrEnd(a), q.start)));
    const touching = after ?? before;
    const viaColon = !after && before !== undefined && /:\s*$/u.test(text.slice(attrEnd(before), q.start)) && !onlyPunctuation(text, attrEnd(before), q.start);
    if (touching) {
      const lead = after ? text.slice(ctx.sentences[ctx.sentenceOf[tokenIndexAt(ctx, q.start)]!]!.start, q.start) : '';
      const embedded = after !== undefined && !/^[\s(]*(?:(?:and|but|so|or)[\s,]*)?$/iu.test(lead) && !precededByQuoteAndAttribution(ctx, q, inSentence(qSentence));
      if (embedded) return; // "Losing ... is “unprecedented,” one of the people said": the attribution's content is a mixed quote
      if (!viaColon) usedAttribution.add(touching); // its own content (a mixed quote) still stands
      usedQuoted.add(qi);
      drafts.push({
        start: q.start,
        end: q.end,
        kind: 'direct',
        cue: cueSpan(touching),
        speaker: touching.speaker ? charSpan(ctx, touching.speaker) : null,
        speakerSentence: touching.cue.sentence,
        carried: false,
        confidence: q.closed ? 0.95 : 0.6,
        rule: after ? 'quotes/direct-attribution-after' : 'quotes/direct-attribution-before',
        paragraph: q.firstParagraph,
      });
      return;
    }
    // “...” — Jane Doe, an ICU nurse
    const dash = /^\s*[—–]\s*/u.exec(text.slice(q.end, q.end + 4));
    if (dash) {
      const k = tokenIndexAt(ctx, q.end + dash[0].length);
      const speaker = speakerAfter(ctx, k, ctx.sentenceOf[k] ?? -1) ?? speakerAfter(ctx, k, ctx.sentenceOf[k]!);
      if (speaker) {
        usedQuoted.add(qi);
        const sp = charSpan(ctx, speaker);
        events.push({ speaker: sp, sentence: ctx.sentenceOf[k]!, paragraph: paragraphOf(ctx, sp.start), at: sp.start });
        drafts.push({ start: q.start, end: q.end, kind: 'direct', cue: null, speaker: sp, speakerSentence: ctx.sentenceOf[k]!, carried: false, confidence: 0.85, rule: 'quotes/dash-attribution', paragraph: q.firstParagraph });
        return;
      }
    }
    // "And from the chairwoman: “...”" / "Mayor Jane Doe: “...”"
    const colon = colonIntroduction(ctx, q);
    if (colon) {
      usedQuoted.add(qi);
      const sp = charSpan(ctx, colon);
      events.push({ speaker: sp, sentence: ctx.sentenceOf[colon.first]!, paragraph: paragraphOf(ctx, sp.start), at: sp.start });
      drafts.push({ start: q.start, end: q.end, kind: 'direct', cue: null, speaker: sp, speakerSentence: ctx.sentenceOf[colon.first]!, carried: false, confidence: 0.8, rule: 'quotes/colon-attribution', paragraph: q.firstParagraph });
      return;
    }
    unattributed.push(qi);
  });

  // 2. indirect and mixed: each attribution's content that no direct quote took
  const direct = drafts.slice().sort((a, b) => a.start - b.start);
  for (const a of attributions) {
    if (usedAttribution.has(a) || !a.content) continue;
    // "according to custodial death reports that the office filed": a cue inside another attribution's speaker is a word of that speaker
    if (inSentence(a.cue.sentence).some((b) => b !== a && b.content !== null && b.speaker !== null && b.speaker.first <= a.cue.first && a.cue.last <= b.speaker.last)) continue;
    // "Investigators found that the chips had reached Shenzhen, according to two people familiar with
    // the matter": what the people report holds the first attribution; the quote is theirs alone
    if (inSentence(a.cue.sentence).some((b) => b !== a && b.rule === 'quotes/according-to-after' && b.content !== null && b.content.start <= ctx.tokens[a.cue.first]!.start && ctx.tokens[a.cue.last]!.end <= b.content.end)) continue;
    const { start, end } = a.content;
    if (overlapsAny(direct, start, end)) continue;
    // quotations near the content (sorted by start: a binary search, then a short walk)
    const inside: Array<readonly [QuotedSpan, number]> = [];
    let overlapsQuote = false;
    for (let i = Math.max(0, firstQuotedEndingAfter(ctx.quoted, start)); i < ctx.quoted.length && ctx.quoted[i]!.start < end + 1; i++) {
      const q = ctx.quoted[i]!;
      if (q.start >= start && q.end <= end + 1) inside.push([q, i]);
      else if (q.start < end && start < q.end) overlapsQuote = true;
    }
    if (overlapsQuote) continue;
    for (const [, i] of inside) usedQuoted.add(i);
    usedAttribution.add(a);
    const kind: QuoteKind = inside.length ? 'mixed' : 'indirect';
    drafts.push({
      start,
      end: Math.min(end, ctx.text.length),
      kind,
      cue: cueSpan(a),
      speaker: a.speaker ? charSpan(ctx, a.speaker) : null,
      speakerSentence: a.cue.sentence,
      carried: false,
      confidence: kind === 'mixed' ? 0.85 : 0.75,
      rule: `${a.rule}${kind === 'mixed' ? '+mixed' : ''}`,
      paragraph: paragraphOf(ctx, start),
    });
  }

  // 3. quotations standing alone: the speaker carries over from the same paragraph or the one before
  const byParagraph = new Map<number, QuoteDraft[]>();
  for (const d of drafts) if (d.speaker) byParagraph.set(d.paragraph, [...(byParagraph.get(d.paragraph) ?? []), d]);
  events.sort((a, b) => a.at - b.at);
  let carriedBefore: SpeakerEvent | undefined;
  for (const qi of unattributed) {
    if (usedQuoted.has(qi)) continue;
    const q = ctx.quoted[qi]!;
    if (isFragment(ctx, q) || !fillsSentence(ctx, q)) continue; // scare quotes, titles, nicknames
    // the speaker of the quote before it in the paragraph, else of the one after it
    const inParagraph = (byParagraph.get(q.firstParagraph) ?? []).filter((d) => !d.carried);
    const sameParagraph = inParagraph.filter((d) => d.start < q.start).sort((x, y) => y.start - x.start)[0] ?? inParagraph.filter((d) => d.start > q.start).sort((x, y) => x.start - y.start)[0];
    const lastBefore = events[lastIndexBefore(events, q.start)];
    let earlier = lastBefore && lastBefore.paragraph >= q.firstParagraph - 2 ? lastBefore : undefined;
    // a run of quotation paragraphs keeps the speaker of the one before
    if (!earlier && carriedBefore && carriedBefore.paragraph >= q.firstParagraph - 1) earlier = carriedBefore;
    // "Another expert, Ana Li, doubts ...", then a quotation paragraph: the person just introduced
    if (!sameParagraph && q.firstParagraph > 0 && (!earlier || earlier.paragraph < q.firstParagraph - 1)) {
      const subject = paragraphSubject(ctx, q.firstParagraph - 1);
      if (subject) earlier = { speaker: charSpan(ctx, subject), sentence: ctx.sentenceOf[subject.first]!, paragraph: q.firstParagraph - 1, at: ctx.tokens[subject.first]!.start };
    }
    const source = sameParagraph?.speaker ? { speaker: sameParagraph.speaker, sentence: sameParagraph.speakerSentence } : earlier ? { speaker: earlier.speaker, sentence: earlier.sentence } : null;
    drafts.push({
      start: q.start,
      end: q.end,
      kind: 'direct',
      cue: null,
      speaker: source?.speaker ?? null,
      speakerSentence: source?.sentence ?? null,
      carried: source !== null,
      confidence: source ? (sameParagraph ? 0.8 : 0.7) : 0.4,
      rule: sameParagraph ? 'quotes/continues-same-paragraph' : earlier ? 'quotes/continues-earlier-speaker' : 'quotes/unattributed',
      paragraph: q.firstParagraph,
    });
    if (source) carriedBefore = { speaker: source.speaker, sentence: source.sentence ?? 0, paragraph: q.lastParagraph, at: q.start };
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  // overlapping drafts: keep the earlier, longer one
  const out: QuoteDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.start < prev.end) continue;
    out.push(d);
  }
  return out;
}

/** Index of the last event before `at` (events sorted by position), or -1. */
function lastIndexBefore(events: SpeakerEvent[], at: number): number {
  return partitionPoint(events.length, (i) => events[i]!.at < at) - 1;
}

/** Index of the first quotation ending after `at` (quotations sorted and disjoint). */
function firstQuotedEndingAfter(quoted: QuotedSpan[], at: number): number {
  return partitionPoint(quoted.length, (i) => quoted[i]!.end <= at);
}

/** Does [start, end) overlap any span of a list sorted by start? */
function overlapsAny(sorted: QuoteDraft[], start: number, end: number): boolean {
  const lo = partitionPoint(sorted.length, (i) => sorted[i]!.start < end);
  // candidates start before `end`; direct quotes do not overlap each other, so the nearest decides
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) if (sorted[i]!.end > start) return true;
  return false;
}

/** The named subject of a paragraph's first sentence ("Another expert, Ana Li from ..., doubts ..."). */
function paragraphSubject(ctx: QuoteContext, p: number): TokenRange | null {
  const para = ctx.paragraphs[p]!;
  const i = tokenIndexAt(ctx, para.start);
  const sentence = ctx.sentenceOf[i];
  if (sentence === undefined || sentence < 0 || ctx.quoteOf[i] !== -1) return null;
  let np = speakerAfter(ctx, i, sentence);
  if (np && tokenAt(ctx, np.last + 1) === ',' && ctx.tokens[np.last + 2]?.pos === 'PROPN') np = speakerAfter(ctx, np.last + 2, sentence);
  if (!np) return null;
  let last = np.first;
  while (last < np.last && ctx.tokens[last + 1]!.pos === 'PROPN') last++;
  return ctx.tokens[np.first]!.pos === 'PROPN' && ctx.tokens[last]!.pos === 'PROPN' ? { first: np.first, last } : null;
}

/** “...,” she said, “...”: the second part of a split quotation is not embedded in narration. */
function precededByQuoteAndAttribution(ctx: QuoteContext, q: QuotedSpan, attributions: Attribution[]): boolean {
  return attributions.some((a) => ctx.tokens[a.last]!.end <= q.start && onlyPunctuation(ctx.text, ctx.tokens[a.last]!.end, q.start));
}

/** "And from the chairwoman:" / "Commissioner Jane Doe:" right before a quotation, with no verb. */
function colonIntroduction(ctx: QuoteContext, q: QuotedSpan): TokenRange | null {
  const m = /:\s*$/u.exec(ctx.text.slice(Math.max(0, q.start - 3), q.start));
  if (!m) return null;
  const colonIndex = tokenIndexAt(ctx, q.start - m[0].length + m[0].indexOf(':'));
  const sentence = ctx.sentenceOf[colonIndex]!;
  if (sentence < 0) return null;
  const [from] = ctx.sentenceTokens[sentence]!;
  let first = from;
  let verb = false;
  for (let i = from; i < colonIndex; i++) {
    const t = ctx.tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.lower === 'from' || t.lower === 'and' || t.lower === 'but') first = i + 1;
  }
  if (!verb) {
    for (let i = first; i < colonIndex; i++) if (ctx.quoteOf[i] !== -1) return null;
    return colonIndex - first < 1 || colonIndex - first > 8 ? null : { first, last: colonIndex - 1 };
  }
  // "During the debate, Roe defended the record: “...”": the sentence's named subject
  let s = from;
  if (/^(ADP|SCONJ)$/.test(ctx.tokens[s]!.pos)) {
    while (s < colonIndex && tokenAt(ctx, s) !== ',') s++;
    s++;
  }
  const subject = speakerAfter(ctx, s, sentence);
  if (!subject || subject.last >= colonIndex) return null;
  const head = ctx.tokens[subject.last]!;
  return head.pos === 'PROPN' || (head.pos === 'PRON' && head.lower !== 'it') ? subject : null;
}
