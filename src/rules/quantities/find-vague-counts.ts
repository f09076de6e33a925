/**
 * Counts without a number: "dozens of IT officials", "hundreds of thousands of people",
 * "thousands" — value null, approximate.
 */
import words from '../../lexicon/quantity-words.json' with { type: 'json' };
import { alternation } from './numbers.js';
import { type QuantityCandidate, type QuantityContext, overlapsDate } from './context.js';
import { nounPhraseAfter } from './extend-noun-phrase.js';
import { wordPattern } from './word-pattern.js';

const VAGUE = wordPattern(String.raw`(?<![\p{L}\p{N}])(?<v>${alternation(words.vagueCounts)})(?<of>\s+of)?(?![\p{L}\p{N}])`, 'giu', 'quantities');

export function findVagueCounts(ctx: QuantityContext): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  for (const m of VAGUE.matchAll(ctx.text)) {
    const v = m.groups!.v!.toLowerCase();
    const hasOf = Boolean(m.groups!.of);
    // "scores" is a count only as "scores of"
    if (v === 'scores' && !hasOf) continue;
    const start = m.index;
    let end = start + m[0].length;
    if (overlapsDate(ctx, start, end)) continue;
    let unit: string | null = null;
    if (hasOf) {
      const np = nounPhraseAfter(ctx, end);
      if (np) {
        unit = np.unit;
        end = np.end;
      } else {
        end = start + m.groups!.v!.length;
      }
    }
    out.push({ start, end, kind: 'CARDINAL', value: null, unit, approximate: true, rule: 'quantities/vague-count' });
  }
  return out;
}
