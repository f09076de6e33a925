/** What every quote rule looks at: the text, its tokens, sentences, quotation marks. */
import type { Offsets, Token } from '../../document.js';
import type { QuotedSpan } from './pair-quotation-marks.js';

export interface QuoteContext {
  text: string;
  tokens: Token[];
  sentences: Offsets[];
  paragraphs: Offsets[];
  /** Token index → sentence index (-1 between sentences). */
  sentenceOf: Int32Array;
  /** Token index → index of the quotation it lies inside (marks included), or -1. */
  quoteOf: Int32Array;
  quoted: QuotedSpan[];
  /** First token index of each sentence, and one past its last. */
  sentenceTokens: Array<[number, number]>;
}

export function tokenAt(ctx: QuoteContext, i: number): string {
  const t = ctx.tokens[i];
  return t ? t.text : '';
}

export function isQuoteMark(s: string): boolean {
  return s === '“' || s === '”' || s === '"' || s === '«' || s === '»' || s === '„';
}

/**
 * Is token i a quotation mark? Double marks always are; a single mark (‘ ’) only where it opens or
 * closes a quotation (in British style), never as the apostrophe of "workers’".
 */
export function isMarkAt(ctx: QuoteContext, i: number): boolean {
  const s = tokenAt(ctx, i);
  if (isQuoteMark(s)) return true;
  if (s !== '‘' && s !== '’') return false;
  const q = ctx.quoted[ctx.quoteOf[i] ?? -1];
  const t = ctx.tokens[i]!;
  return q !== undefined && (q.start === t.start || q.end === t.end);
}

export function buildContext(text: string, tokens: Token[], sentences: Offsets[], paragraphs: Offsets[], quoted: QuotedSpan[]): QuoteContext {
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const sentenceTokens: Array<[number, number]> = sentences.map(() => [0, 0]);
  let s = 0;
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    if (s < sentences.length && sentences[s]!.start <= t.start) {
      if (sentenceOf[i - 1] !== s || i === 0) sentenceTokens[s]![0] = i;
      sentenceTokens[s]![1] = i + 1;
      sentenceOf[i] = s;
    }
    while (q < quoted.length && quoted[q]!.end <= t.start) q++;
    if (q < quoted.length && quoted[q]!.start <= t.start && t.end <= quoted[q]!.end) quoteOf[i] = q;
  }
  return { text, tokens, sentences, paragraphs, sentenceOf, quoteOf, quoted, sentenceTokens };
}
