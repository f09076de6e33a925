/**
 * Paragraphs, sentences and tokens with exact character offsets, on wink-nlp.
 * Paragraphs: blank lines separate them where the text has blank lines, otherwise each line is one.
 */
import type { Offsets, Token } from '../document.js';
import type { Stage } from '../pipeline.js';
import { wink } from '../nlp/wink.js';
import abbreviations from '../lexicon/abbreviations.json' with { type: 'json' };

export interface SegmentOptions {
  /** Split sentences that wink-nlp joins across a paragraph break (default true). */
  splitAtParagraphs?: boolean;
}

const TITLES = new Set(abbreviations.titles);
const MONTHS = new Set(abbreviations.months);
const OTHER = new Set(abbreviations.other);

/** Paragraph spans, trimmed of surrounding whitespace; empty paragraphs are dropped. */
export function findParagraphs(text: string): Offsets[] {
  const out: Offsets[] = [];
  const blank = /\n[ \t\u00a0]*\n/.test(text);
  const separator = blank ? /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/g : /\n/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Tokens with offsets rebuilt from wink's values and preceding spaces. */
function tokenize(text: string): { tokens: Token[]; sentenceTokenSpans: Array<[number, number]> } {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    at += spaces[i]!.length;
    // wink keeps the text exactly; guard anyway so a mismatch can never produce a bad span.
    if (text.startsWith(value, at)) {
      tokens[i] = { start: at, end: at + value.length, pos: pos[i]!, lower: value.toLowerCase() };
      at += value.length;
    } else {
      const found = text.indexOf(value, at);
      const start = found < 0 ? at : found;
      const end = found < 0 ? at : found + value.length;
      tokens[i] = { start, end, pos: pos[i]!, lower: value.toLowerCase() };
      at = end;
    }
  }
  const sentenceTokenSpans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { tokens, sentenceTokenSpans };
}

function isInitial(lower: string): boolean {
  return /^\p{L}\.$/u.test(lower);
}

/** Does a sentence ending in this token continue into the next one? */
function continuesAfter(last: Token, next: Token | undefined, text: string): boolean {
  if (!next) return false;
  const between = text.slice(last.end, next.start);
  if (between.includes('\n')) return false;
  const nextChar = text[next.start] ?? '';
  if (TITLES.has(last.lower)) return true;
  if (MONTHS.has(last.lower)) return /\d/.test(nextChar);
  if (isInitial(last.lower) && /\p{Lu}/u.test(nextChar)) return true;
  if (OTHER.has(last.lower) || /^(\p{L}\.){2,}$/u.test(last.lower)) return /[\p{Ll}\d,;]/u.test(nextChar);
  return false;
}

export function createSegmentStage(options: SegmentOptions = {}): Stage<never, 'paragraphs' | 'sentences' | 'tokens'> {
  const splitAtParagraphs = options.splitAtParagraphs ?? true;
  return {
    name: 'segment',
    reads: [],
    writes: ['paragraphs', 'sentences', 'tokens'],
    run(doc) {
      const text = doc.document.text;
      const paragraphs = findParagraphs(text);
      const { tokens, sentenceTokenSpans } = tokenize(text);
      // 1. wink's sentences, merged where an abbreviation was taken for a full stop.
      const merged: Array<[number, number]> = [];
      for (const [a, b] of sentenceTokenSpans) {
        const prev = merged[merged.length - 1];
        if (prev && continuesAfter(tokens[prev[1]]!, tokens[a], text)) prev[1] = b;
        else merged.push([a, b]);
      }
      // 2. split at paragraph boundaries, and drop empty pieces.
      const sentences: Offsets[] = [];
      let p = 0;
      for (const [a, b] of merged) {
        let start = tokens[a]!.start;
        const end = tokens[b]!.end;
        while (start < end) {
          while (p < paragraphs.length && paragraphs[p]!.end <= start) p++;
          const para = paragraphs[p];
          if (!para) break;
          const s = Math.max(start, para.start);
          const e = splitAtParagraphs ? Math.min(end, para.end) : end;
          if (e > s) sentences.push({ start: s, end: e });
          start = e;
          if (e >= end) break;
        }
      }
      return { paragraphs, sentences, tokens };
    },
  };
}
