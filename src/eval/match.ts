/** Span matching and precision/recall arithmetic: the scorer's set operations. */
import type { Range } from './text.js';

/** Characters two spans share. */
export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function sameSpan(a: Range, b: Range): boolean {
  return a.start === b.start && a.end === b.end;
}

/** A match between gold item `gold` and predicted item `pred` (indexes into the lists given). */
export interface Pair {
  gold: number;
  pred: number;
}

/** Default share of the shorter span two spans must share to match. */
export const MIN_OVERLAP = 0.5;

/**
 * One-to-one greedy matching, best overlap first: a gold and a predicted span are candidates when
 * they share at least `ratio` of the shorter one and `ok` accepts them; required gold items win
 * ties over optional ones, then earlier gold, then earlier prediction.
 */
export function matchSpans<G extends Range & { optional: boolean }, P extends Range>(
  gold: readonly G[],
  pred: readonly P[],
  ok: (g: G, p: P) => boolean = () => true,
  ratio = MIN_OVERLAP,
): Pair[] {
  const candidates: { m: number; required: boolean; gold: number; pred: number }[] = [];
  gold.forEach((g, i) => {
    pred.forEach((p, j) => {
      const o = overlap(g, p);
      if (!o) return;
      const m = o / Math.max(1, Math.min(g.end - g.start, p.end - p.start));
      if (m >= ratio && ok(g, p)) candidates.push({ m, required: !g.optional, gold: i, pred: j });
    });
  });
  candidates.sort((a, b) => b.m - a.m || Number(b.required) - Number(a.required));
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPred.has(c.pred)) continue;
    usedGold.add(c.gold);
    usedPred.add(c.pred);
    pairs.push({ gold: c.gold, pred: c.pred });
  }
  return pairs;
}

/** True positives, counted predictions and required gold items: summable over documents. */
export interface PRCounts {
  tp: number;
  pred: number;
  gold: number;
}

/** Precision, recall and F1; `null` where there was nothing to score. */
export interface PRF {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Precision is null with nothing predicted, recall and F1 are null with nothing in the gold; with
 * gold but no prediction F1 is 0.
 */
export function prf(c: PRCounts): PRF {
  const precision = c.pred ? c.tp / c.pred : null;
  const recall = c.gold ? c.tp / c.gold : null;
  let f1: number | null = null;
  if (c.gold) {
    const p = precision ?? 0;
    const r = recall ?? 0;
    f1 = p + r ? (2 * p * r) / (p + r) : 0;
  }
  return { precision, recall, f1 };
}

/** A share of items right, with its counts; `accuracy` is null when n is 0. */
export interface Accuracy {
  ok: number;
  n: number;
  accuracy: number | null;
}

export function accuracy(ok: number, n: number): Accuracy {
  return { ok, n, accuracy: n ? ok / n : null };
}

export function addCounts(a: PRCounts, b: PRCounts): PRCounts {
  return { tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold };
}

export const ZERO: Readonly<PRCounts> = Object.freeze({ tp: 0, pred: 0, gold: 0 });
