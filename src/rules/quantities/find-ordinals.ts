/**
 * Ordinals: "third", "second-floor", "10th", "twenty-first". Not inside dates ("the first
 * quarter of 2026") and not in names ("the Second Amendment", "First Lady").
 */
import { ORDINAL_WORDS, parseOrdinal } from './numbers.js';
import { type QuantityCandidate, type QuantityContext, atSentenceStart, overlapsDate } from './context.js';
import { wordPattern } from './word-pattern.js';

const ORDINAL = wordPattern(String.raw`(?<![\p{L}\p{N}])(?<w>${ORDINAL_WORDS}|\d+(?:st|nd|rd|th))(?![\p{L}\p{N}])`, 'giu', 'quantities');

export function findOrdinals(ctx: QuantityContext): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  const { text } = ctx;
  for (const m of ORDINAL.matchAll(text)) {
    const w = m.groups!.w!;
    const start = m.index;
    const end = start + w.length;
    if (overlapsDate(ctx, start, end)) continue;
    const value = parseOrdinal(w);
    if (value === null) continue;
    // "1st" must be a whole ordinal: "21st" yes, "3th" no
    if (/^\d/.test(w) && !/^(?:\d*1[123]th|\d*1st|\d*2nd|\d*3rd|\d*[04-9]th)$/i.test(w)) continue;
    if (/^\p{Lu}/u.test(w) && !atSentenceStart(ctx, start) && /^[\s-]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    out.push({ start, end, kind: 'ORDINAL', value, unit: null, approximate: false, rule: 'quantities/ordinal' });
  }
  return out;
}
