/** What every quantity rule sees, and the small helpers they share. */
import { opensSentence } from '../sentence-start.js';
import type { DateMention, Offsets, QuantityKind, Token } from '../../document.js';
import { charClass, wordRunBefore } from './word-before.js';

export interface QuantityContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Offsets[];
  /** Date mentions: numbers inside them are not quantities. */
  readonly dates: readonly DateMention[];
}

export interface QuantityCandidate {
  start: number;
  end: number;
  kind: QuantityKind;
  value: number | null;
  unit: string | null;
  approximate: boolean;
  rule: string;
}

export { tokenIndexAt } from '../../search.js';

/** Does [start, end) overlap a date mention? (dates are sorted by start) */
export function overlapsDate(ctx: QuantityContext, start: number, end: number): boolean {
  const d = ctx.dates;
  let lo = 0;
  let hi = d.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const x = d[i]!;
    if (x.start < end && start < x.end) return true;
  }
  return false;
}

/** Is `offset` at the start of a sentence (ignoring spaces and opening quotes)? */
export function atSentenceStart(ctx: QuantityContext, offset: number): boolean {
  return opensSentence(ctx.text, offset);
}

const WORD_CHAR = charClass(String.raw`\p{L}\p{N}#.'’-`);
const SPACE = charClass(String.raw`\s`);
const SPACE_OR_TAB = charClass(String.raw` \t`);

/** The word before `start`, lower-cased ('' at the start of the text). */
export function wordBefore(text: string, start: number): string {
  return wordRunBefore(text, start, WORD_CHAR, SPACE).toLowerCase();
}

/** The raw word before `start`, with its case (only spaces and tabs between). */
export function rawWordBefore(text: string, start: number): string {
  return wordRunBefore(text, start, WORD_CHAR, SPACE_OR_TAB);
}
