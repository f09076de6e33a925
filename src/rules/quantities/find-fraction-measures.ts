/**
 * A fraction of one unit of measure, written without a number: "a quarter-mile", "half a mile",
 * "a half-metre", "three-quarters of a mile", "about a quarter-mile wide" → value 0.25 (and so on),
 * the unit as written, approximate after an approximator.
 */
import words from '../../lexicon/quantity-words.json' with { type: 'json' };
import { alternation } from './numbers.js';
import { type QuantityCandidate, type QuantityContext, overlapsDate } from './context.js';
import { wordPattern } from './word-pattern.js';

/** The fractions, with their values. */
const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25, third: 1 / 3, 'three-quarters': 0.75, 'three-quarter': 0.75 };

// (not "degree": "a third-degree burn")
const UNIT = alternation(words.measureUnits.filter((u) => /^\p{L}{3,}$/u.test(u) && !u.startsWith('degree')));
const APPROXIMATOR = alternation(words.approximators);
const FRACTION = alternation(Object.keys(FRACTIONS));

// "a quarter-mile", "a half mile" (a fraction before the unit) or "half a mile", "three-quarters of a mile"
const FRACTION_MEASURE = wordPattern(
  String.raw`(?<![\p{L}\p{N}-])(?:(?<approx>${APPROXIMATOR})\s+)?(?:an?\s+(?<frac1>${FRACTION})[\s-](?<unit1>${UNIT})|(?<frac2>${FRACTION})\s+(?:of\s+)?an?\s+(?<unit2>${UNIT}))(?![\p{L}\p{N}])`,
  'giu',
  'quantities',
);

export function findFractionMeasures(ctx: QuantityContext): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  for (const m of FRACTION_MEASURE.matchAll(ctx.text)) {
    const g = m.groups!;
    const fraction = (g.frac1 ?? g.frac2)!.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsDate(ctx, start, end)) continue;
    out.push({ start, end, kind: 'QUANTITY', value: FRACTIONS[fraction]!, unit: (g.unit1 ?? g.unit2)!, approximate: Boolean(g.approx), rule: 'quantities/fraction-of-unit' });
  }
  return out;
}
