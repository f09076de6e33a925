/**
 * Score one document's prediction against its anchored gold. The numbers are counts (summable over
 * a corpus); `report.ts` turns them into precision, recall, F1 and accuracies.
 *
 * Matching rules (those of shared/gold/README.md and the reference scorer score-gold.py):
 * - overlap: spans match when they share at least half of the shorter one, one-to-one, best overlap
 *   first; entities must also agree on type;
 * - strict: the same, but spans must be identical;
 * - optional gold items are neither required nor counted against a prediction that marks them: a
 *   prediction matched to one, or overlapping one, is left out of the counts.
 */
import type { AnchoredGold, GoldMention, GoldSpan, GoldValue } from './gold.js';
import { matchSpans, overlap, sameSpan, type PRCounts, type Pair } from './match.js';
import type { PredMention, PredQuote, PredSpan, PredValue, Prediction } from './prediction.js';
import { codePointLength, normName, pythonStr } from './text.js';

/** SemEval-2013 categories of the overlap matching. */
export interface Categories {
  /** Same span, same type. */
  correct: number;
  /** Overlapping span, same type. */
  partial: number;
  /** Overlapping span, different type. */
  incorrect: number;
  missed: number;
  spurious: number;
}

export interface TypeCounts {
  strict: PRCounts;
  overlap: PRCounts;
}

export interface LayerCounts {
  strict: PRCounts;
  overlap: PRCounts;
  categories: Categories;
  /** By entity type, date type, quantity kind or quote kind. */
  byType: Record<string, TypeCounts>;
}

export interface OkCount {
  ok: number;
  n: number;
}

export interface EntityCounts extends LayerCounts {
  /** Gold entities with several required mentions whose matched mentions share one predicted entity. */
  merge: OkCount;
}

export interface ValueCounts extends LayerCounts {
  /** Matched spans whose normalised value equals the gold value (gold without a value not counted). */
  values: OkCount;
}

export const SOURCINGS = ['named', 'official', 'anonymous', 'unknown'] as const;

export interface QuoteCounts extends LayerCounts {
  /** Matched quotes attributed right: speaker spans overlap, or a source name matches the gold source. */
  attribution: OkCount;
  /** Matched quotes whose predicted source or speaker name matches the gold source's names. */
  resolved: OkCount;
  /** Matched quotes whose predicted source has the gold source's sourcing label. */
  sourcing: OkCount;
  /** Gold sourcing → predicted sourcing ("none" when the quote has no predicted source) → count. */
  confusion: Record<string, Record<string, number>>;
}

export interface DocumentCounts {
  entities: EntityCounts | null;
  dates: ValueCounts | null;
  quantities: ValueCounts | null;
  quotes: QuoteCounts;
}

export type LayerName = keyof DocumentCounts;
export const LAYERS: readonly LayerName[] = ['entities', 'dates', 'quantities', 'quotes'];

export type ErrorKind = 'missed' | 'spurious' | 'wrong-type' | 'wrong-value' | 'wrong-attribution' | 'wrong-sourcing';

/** One line of the error list. */
export interface EvalError {
  document: string;
  layer: LayerName;
  error: ErrorKind;
  start: number;
  end: number;
  text: string;
  /** The gold type for missed and wrong items, the predicted type for spurious ones. */
  type: string | null;
  expected?: string | null;
  got?: string | null;
  /** The span in its sentence-ish surroundings, marked [[like this]]. */
  context: string;
}

export interface DocumentScore {
  counts: DocumentCounts;
  errors: EvalError[];
}

const CONTEXT_CHARS = 40;

export function contextOf(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  return `${before}[[${text.slice(start, end)}]]${after}`.replace(/\s+/g, ' ');
}

interface SpanLayer {
  counts: LayerCounts;
  /** Overlap pairs whose gold item is required. */
  required: Pair[];
  missed: number[];
  spurious: number[];
  wrongType: Pair[];
}

/** The span scores every layer shares. `typed`: whether a match needs the same type (entities). */
function scoreSpans(gold: readonly GoldSpan[], pred: readonly PredSpan[], typed: boolean, seedTypes: readonly string[] = []): SpanLayer {
  const typeOk = (g: GoldSpan, p: PredSpan): boolean => !typed || g.type === p.type;
  const nearOptional = pred.map((p) => gold.some((g) => g.optional && overlap(g, p) > 0));
  const requiredGold = gold.flatMap((g, i) => (g.optional ? [] : [i]));

  const run = (pairs: Pair[]): { required: Pair[]; counted: number[]; unmatchedPred: number[]; counts: PRCounts } => {
    const matchedPred = new Set(pairs.map((p) => p.pred));
    const required = pairs.filter((p) => !gold[p.gold]!.optional);
    const unmatchedPred = pred.flatMap((_, j) => (!matchedPred.has(j) && !nearOptional[j] ? [j] : []));
    const counted = [...required.map((p) => p.pred), ...unmatchedPred];
    return { required, counted, unmatchedPred, counts: { tp: required.length, pred: counted.length, gold: requiredGold.length } };
  };
  const loose = run(matchSpans(gold, pred, typeOk));
  const strict = run(matchSpans(gold, pred, (g, p) => sameSpan(g, p) && typeOk(g, p)));

  const agree = (g: GoldSpan, p: PredSpan): boolean => g.type === null || g.type === p.type;
  const categories: Categories = { correct: 0, partial: 0, incorrect: 0, missed: 0, spurious: 0 };
  for (const { gold: i, pred: j } of loose.required) {
    const g = gold[i]!;
    const p = pred[j]!;
    if (!agree(g, p)) categories.incorrect++;
    else if (sameSpan(g, p)) categories.correct++;
    else categories.partial++;
  }
  const matchedGold = new Set(loose.required.map((p) => p.gold));
  let missed = requiredGold.filter((i) => !matchedGold.has(i));
  let spurious = loose.unmatchedPred;
  let wrongType: Pair[] = [];
  if (typed) {
    // a typed miss that overlaps a prediction of another type is one wrong-type error, not two
    const mg = missed.map((i) => gold[i]!);
    const sp = spurious.map((j) => pred[j]!);
    wrongType = matchSpans(mg, sp).map((p) => ({ gold: missed[p.gold]!, pred: spurious[p.pred]! }));
    const wg = new Set(wrongType.map((p) => p.gold));
    const wp = new Set(wrongType.map((p) => p.pred));
    missed = missed.filter((i) => !wg.has(i));
    spurious = spurious.filter((j) => !wp.has(j));
    categories.incorrect += wrongType.length;
  }
  categories.missed = missed.length;
  categories.spurious = spurious.length;

  const types = new Set(seedTypes);
  for (const i of requiredGold) if (gold[i]!.type !== null) types.add(gold[i]!.type!);
  for (const j of loose.counted) if (pred[j]!.type !== null) types.add(pred[j]!.type!);
  const byType: Record<string, TypeCounts> = {};
  const countType = (r: ReturnType<typeof run>, t: string): PRCounts => ({
    tp: r.required.filter((p) => gold[p.gold]!.type === t && pred[p.pred]!.type === t).length,
    pred: r.counted.filter((j) => pred[j]!.type === t).length,
    gold: requiredGold.filter((i) => gold[i]!.type === t).length,
  });
  for (const t of [...types].sort()) byType[t] = { strict: countType(strict, t), overlap: countType(loose, t) };

  return {
    counts: { strict: strict.counts, overlap: loose.counts, categories, byType },
    required: loose.required,
    missed,
    spurious,
    wrongType,
  };
}

function spanErrors(doc: string, layer: LayerName, text: string, gold: readonly GoldSpan[], pred: readonly PredSpan[], s: SpanLayer): EvalError[] {
  const item = (error: ErrorKind, r: GoldSpan | PredSpan, type: string | null): EvalError => ({
    document: doc,
    layer,
    error,
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    type,
    context: contextOf(text, r.start, r.end),
  });
  return [
    ...s.missed.map((i) => item('missed', gold[i]!, gold[i]!.type)),
    ...s.spurious.map((j) => item('spurious', pred[j]!, pred[j]!.type)),
    ...s.wrongType.map((p) => ({ ...item('wrong-type', gold[p.gold]!, gold[p.gold]!.type), expected: gold[p.gold]!.type, got: pred[p.pred]!.type })),
  ];
}

function scoreEntities(doc: string, text: string, gold: readonly GoldMention[], pred: readonly PredMention[], errors: EvalError[]): EntityCounts {
  const s = scoreSpans(gold, pred, true, ['PERSON', 'ORG', 'PLACE']);
  errors.push(...spanErrors(doc, 'entities', text, gold, pred, s));
  const predicted = new Map<string, Set<string | null>>();
  for (const p of s.required) {
    const e = gold[p.gold]!.entity;
    if (!predicted.has(e)) predicted.set(e, new Set());
    predicted.get(e)!.add(pred[p.pred]!.entity);
  }
  const requiredMentions = new Map<string, number>();
  for (const g of gold) if (!g.optional) requiredMentions.set(g.entity, (requiredMentions.get(g.entity) ?? 0) + 1);
  const multi = [...predicted.keys()].filter((e) => (requiredMentions.get(e) ?? 0) > 1);
  return { ...s.counts, merge: { ok: multi.filter((e) => predicted.get(e)!.size === 1).length, n: multi.length } };
}

function scoreValues(doc: string, layer: 'dates' | 'quantities', text: string, gold: readonly GoldValue[], pred: readonly PredValue[], errors: EvalError[]): ValueCounts {
  const s = scoreSpans(gold, pred, false);
  errors.push(...spanErrors(doc, layer, text, gold, pred, s));
  const values: OkCount = { ok: 0, n: 0 };
  for (const { gold: i, pred: j } of s.required) {
    const g = gold[i]!;
    if (g.value === null || g.value === undefined) continue;
    values.n++;
    const expected = pythonStr(g.value);
    const got = pythonStr(pred[j]!.value);
    if (expected === got) values.ok++;
    else errors.push({ document: doc, layer, error: 'wrong-value', start: g.start, end: g.end, text: text.slice(g.start, g.end), type: g.type, expected, got, context: contextOf(text, g.start, g.end) });
  }
  return { ...s.counts, values };
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

function scoreQuotes(doc: string, text: string, gold: AnchoredGold, pred: readonly PredQuote[], errors: EvalError[]): QuoteCounts {
  const quotes = gold.quotes;
  const s = scoreSpans(quotes, pred, false);
  errors.push(...spanErrors(doc, 'quotes', text, quotes, pred, s));
  const attribution: OkCount = { ok: 0, n: 0 };
  const resolved: OkCount = { ok: 0, n: 0 };
  const sourcing: OkCount = { ok: 0, n: 0 };
  const confusion: Record<string, Record<string, number>> = {};
  for (const { gold: i, pred: j } of s.required) {
    const g = quotes[i]!;
    const p = pred[j]!;
    const src = g.source === null ? undefined : gold.sources.get(g.source);
    const goldNames = new Set([normName(src?.name), ...gold.speakers.filter((x) => x.source === g.source).map((x) => normName(x.speaker))]);
    for (const n of goldNames) if (!n || PRONOUNS.has(n)) goldNames.delete(n);
    const bySpan = g.speaker !== null && p.speaker !== null && overlap(g.speaker, p.speaker) > 0;
    const byName = [...p.names].some((n) => goldNames.has(n) || [...goldNames].some((gn) => n !== '' && (n.includes(gn) || gn.includes(n)) && codePointLength(n) > 3));
    attribution.n++;
    resolved.n++;
    if (bySpan || byName) attribution.ok++;
    if (byName) resolved.ok++;
    const where = { document: doc, layer: 'quotes' as const, start: g.start, end: g.end, text: text.slice(g.start, g.end), type: g.type, context: contextOf(text, g.start, g.end) };
    if (!(bySpan || byName)) {
      const speaker = g.speaker ? text.slice(g.speaker.start, g.speaker.end) : (src?.name ?? null);
      errors.push({ ...where, error: 'wrong-attribution', expected: speaker, got: [...p.names].join(' | ') || null });
    }
    const expected = src?.sourcing ?? null;
    if (expected !== null) {
      sourcing.n++;
      if (p.sourcing === expected) sourcing.ok++;
      else errors.push({ ...where, error: 'wrong-sourcing', expected, got: p.sourcing });
      const row = (confusion[expected] ??= {});
      const col = p.sourcing ?? 'none';
      row[col] = (row[col] ?? 0) + 1;
    }
  }
  return { ...s.counts, attribution, resolved, sourcing, confusion };
}

/** Score one document. `name` labels its errors. */
export function scoreDocument(name: string, gold: AnchoredGold, pred: Prediction): DocumentScore {
  const errors: EvalError[] = [];
  const text = pred.text;
  const counts: DocumentCounts = {
    entities: gold.entities ? scoreEntities(name, text, gold.entities, pred.entities, errors) : null,
    dates: gold.dates ? scoreValues(name, 'dates', text, gold.dates, pred.dates, errors) : null,
    quantities: gold.quantities ? scoreValues(name, 'quantities', text, gold.quantities, pred.quantities, errors) : null,
    quotes: scoreQuotes(name, text, gold, pred.quotes, errors),
  };
  errors.sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.start - b.start || a.end - b.end);
  return { counts, errors };
}
