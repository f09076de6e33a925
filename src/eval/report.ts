/** From counts to the report: metrics per layer, per type, per document and micro over the corpus. */
import { accuracy, prf, type Accuracy, type PRCounts, type PRF } from './match.js';
import {
  LAYERS,
  SOURCINGS,
  type Categories,
  type DocumentCounts,
  type LayerCounts,
  type LayerName,
} from './score.js';

export type Scored = PRCounts & PRF;

export interface LayerReport {
  strict: Scored;
  overlap: Scored;
  categories: Categories;
  byType: Record<string, { strict: Scored; overlap: Scored }>;
}
export interface EntityReport extends LayerReport {
  merge: Accuracy;
}
export interface ValueReport extends LayerReport {
  values: Accuracy;
}
export interface QuoteReport extends LayerReport {
  attribution: Accuracy;
  resolved: Accuracy;
  /** A quote counts when its span matches and its attribution is right. */
  endToEnd: Scored;
  sourcing: Accuracy & { confusion: Record<string, Record<string, number>> };
}

export interface LayersReport {
  entities: EntityReport | null;
  dates: ValueReport | null;
  quantities: ValueReport | null;
  quotes: QuoteReport | null;
}

export interface DocumentReport {
  name: string;
  gold: string;
  /** The annotation scored: a prediction file, or the article annotated for this run. */
  pred: string | null;
  article: string | null;
  /** The gold format (null when the gold file could not be read). */
  format: 'text-anchored' | 'presslens' | null;
  /** Why the document could not be scored; its layers are then null. */
  error: string | null;
  /** Gold items that could not be anchored in the text. */
  warnings: string[];
  layers: LayersReport;
}

export interface EvalReport {
  schema: 'presslens/eval@1';
  /** Documents scored (documents with an error are listed but not counted). */
  documents: number;
  micro: LayersReport;
  perDocument: DocumentReport[];
}

const scored = (c: PRCounts): Scored => ({ ...c, ...prf(c) });

function layerReport(c: LayerCounts): LayerReport {
  const byType: LayerReport['byType'] = {};
  for (const [t, v] of Object.entries(c.byType)) byType[t] = { strict: scored(v.strict), overlap: scored(v.overlap) };
  return { strict: scored(c.strict), overlap: scored(c.overlap), categories: { ...c.categories }, byType };
}

/** The metrics of one document's (or a corpus's summed) counts. */
export function layersReport(c: Partial<DocumentCounts> | null): LayersReport {
  const e = c?.entities;
  const d = c?.dates;
  const qn = c?.quantities;
  const q = c?.quotes;
  return {
    entities: e ? { ...layerReport(e), merge: accuracy(e.merge.ok, e.merge.n) } : null,
    dates: d ? { ...layerReport(d), values: accuracy(d.values.ok, d.values.n) } : null,
    quantities: qn ? { ...layerReport(qn), values: accuracy(qn.values.ok, qn.values.n) } : null,
    quotes: q
      ? {
          ...layerReport(q),
          attribution: accuracy(q.attribution.ok, q.attribution.n),
          resolved: accuracy(q.resolved.ok, q.resolved.n),
          endToEnd: scored({ tp: q.attribution.ok, pred: q.overlap.pred, gold: q.overlap.gold }),
          sourcing: { ...accuracy(q.sourcing.ok, q.sourcing.n), confusion: q.confusion },
        }
      : null,
  };
}

/** Add two count trees of the same shape (numbers add up, records merge key by key). */
function addDeep<T>(a: T, b: T): T {
  if (typeof a === 'number' && typeof b === 'number') return (a + b) as T;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = k in out ? addDeep(out[k], v) : structuredClone(v);
  return out as T;
}

/** Counts summed over documents; a layer no document scored stays null. */
export function sumCounts(docs: readonly DocumentCounts[]): Partial<DocumentCounts> {
  const total: Partial<Record<LayerName, unknown>> = {};
  for (const d of docs) {
    for (const layer of LAYERS) {
      const c = d[layer];
      if (!c) continue;
      total[layer] = total[layer] === undefined ? structuredClone(c) : addDeep(total[layer], c);
    }
  }
  return total as Partial<DocumentCounts>;
}

// ---------------------------------------------------------------------------------------------
// Human output

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '  -  ' : x.toFixed(3));

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [pad(header, widths), rule, ...rows.map((r) => pad(r, widths))].join('\n');
}

function layerRows(name: string, r: LayerReport): string[][] {
  const row = (label: string, s: { strict: Scored; overlap: Scored }, c?: Categories): string[] => [
    label,
    String(s.overlap.gold),
    String(s.overlap.pred),
    pct(s.strict.precision),
    pct(s.strict.recall),
    pct(s.strict.f1),
    pct(s.overlap.precision),
    pct(s.overlap.recall),
    pct(s.overlap.f1),
    c ? `${c.correct}/${c.partial}/${c.incorrect}/${c.missed}/${c.spurious}` : '',
  ];
  const rows = [row(name, r, r.categories)];
  for (const [t, s] of Object.entries(r.byType)) if (s.overlap.gold || s.overlap.pred) rows.push(row(`  ${t}`, s));
  return rows;
}

/** The report as a readable table. */
export function formatReport(report: EvalReport): string {
  const m = report.micro;
  const out: string[] = [];
  out.push(`presslens eval: ${report.documents} document${report.documents === 1 ? '' : 's'} scored, micro over the corpus`);
  out.push('');
  const rows: string[][] = [];
  for (const layer of LAYERS) {
    const r = m[layer];
    if (r) rows.push(...layerRows(layer, r));
  }
  out.push(table(['layer', 'gold', 'pred', 'strict P', 'R', 'F1', 'overlap P', 'R', 'F1', 'cor/par/inc/mis/spu'], rows));
  out.push('');
  const acc = (label: string, a: Accuracy): string => `${label}: ${a.accuracy === null ? '- (nothing to score)' : `${a.accuracy.toFixed(3)} (${a.ok}/${a.n})`}`;
  const lines: string[] = [];
  if (m.entities) lines.push(acc('entity merge accuracy', m.entities.merge));
  if (m.dates) lines.push(acc('date value accuracy', m.dates.values));
  if (m.quantities) lines.push(acc('quantity value accuracy', m.quantities.values));
  if (m.quotes) {
    const q = m.quotes;
    lines.push(acc('quote attribution accuracy', q.attribution));
    lines.push(acc('quote source resolved by name', q.resolved));
    lines.push(`quote + speaker end-to-end: P ${pct(q.endToEnd.precision)}  R ${pct(q.endToEnd.recall)}  F1 ${pct(q.endToEnd.f1)}`);
    lines.push(acc('sourcing accuracy', q.sourcing));
  }
  out.push(...lines);
  if (m.quotes && m.quotes.sourcing.n) {
    out.push('');
    out.push('sourcing of matched quotes (rows: gold, columns: predicted)');
    const cols = [...SOURCINGS, 'none'];
    const conf = m.quotes.sourcing.confusion;
    out.push(table(['gold \\ pred', ...cols], SOURCINGS.filter((g) => conf[g]).map((g) => [g, ...cols.map((c) => String(conf[g]?.[c] ?? 0))])));
  }
  out.push('');
  out.push('per document (overlap F1)');
  const scoredDocs = report.perDocument.filter((d) => !d.error);
  out.push(
    table(
      ['document', 'entities', 'dates', 'quantities', 'quotes', 'attribution', 'sourcing'],
      scoredDocs.map((d) => [
        d.name,
        pct(d.layers.entities?.overlap.f1),
        pct(d.layers.dates?.overlap.f1),
        pct(d.layers.quantities?.overlap.f1),
        pct(d.layers.quotes?.overlap.f1),
        pct(d.layers.quotes?.attribution.accuracy),
        pct(d.layers.quotes?.sourcing.accuracy),
      ]),
    ),
  );
  for (const d of report.perDocument) {
    if (d.error) out.push(`not scored: ${d.name}: ${d.error}`);
    for (const w of d.warnings) out.push(`warning: ${d.name}: ${w}`);
  }
  out.push('');
  out.push('strict: identical spans; overlap: spans share at least half of the shorter (entities: same type too).');
  out.push('cor/par/inc/mis/spu: correct, partial, wrong type, missed, spurious. "-": nothing to score.');
  return `${out.join('\n')}\n`;
}
