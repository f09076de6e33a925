/**
 * Quantities: cardinals with their counted noun, ordinals, money, percentages and measures, with
 * numeric values and an `approximate` flag. Rules over the text and tokens; numbers that belong
 * to a date, duration or time (the dates layer) are left out.
 */
import type { Quantity } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { QuantityContext } from '../rules/quantities/context.js';
import { selectLongest } from '../rules/quantities/select-longest.js';
import { findNumbers } from '../rules/quantities/find-numbers.js';
import { findOrdinals } from '../rules/quantities/find-ordinals.js';
import { findVagueCounts } from '../rules/quantities/find-vague-counts.js';
import { findFractionMeasures } from '../rules/quantities/find-fraction-measures.js';

export interface QuantitiesOptions {
  /** Also report ordinals ("third", "10th") (default true). */
  ordinals?: boolean;
}

export function findQuantities(ctx: QuantityContext, options: QuantitiesOptions = {}): Quantity[] {
  const candidates = [...findNumbers(ctx), ...findVagueCounts(ctx), ...findFractionMeasures(ctx), ...(options.ordinals === false ? [] : findOrdinals(ctx))];
  return selectLongest(candidates, ctx.text.length).map((c) => ({
    start: c.start,
    end: c.end,
    text: ctx.text.slice(c.start, c.end),
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    approximate: c.approximate,
    rule: c.rule,
  }));
}

export function createQuantitiesStage(options: QuantitiesOptions = {}): Stage<'tokens' | 'sentences' | 'dates', 'quantities'> {
  const resolved: QuantitiesOptions = { ordinals: options.ordinals ?? true };
  return {
    name: 'quantities',
    reads: ['tokens', 'sentences', 'dates'],
    writes: ['quantities'],
    run(doc) {
      const ctx: QuantityContext = { text: doc.document.text, tokens: doc.tokens, sentences: doc.sentences, dates: doc.dates };
      return { quantities: findQuantities(ctx, resolved) };
    },
  };
}
