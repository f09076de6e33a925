/**
 * Label Studio tasks from presslens documents: the article as `data.text`, presslens'
 * annotations as a prediction the user corrects. The names used here (from_name values,
 * labels, relation labels) are those of export/label-studio-config.xml.
 *
 * Offsets: Label Studio's Text tag counts characters as JavaScript does (UTF-16 code units),
 * the same as presslens, so they are copied unchanged.
 */
import type { Annotation, Span } from '../document.js';

export const LS_LABELS = ['PERSON', 'ORG', 'PLACE', 'DATE', 'QUANTITY', 'QUOTE', 'SPEAKER', 'CUE'] as const;
export type LsLabel = (typeof LS_LABELS)[number];

/** The control names of the labelling config. */
export const LS_CONTROLS = {
  label: 'label',
  entity: 'entity',
  dateType: 'dateType',
  quantityKind: 'quantityKind',
  unit: 'unit',
  value: 'value',
  kind: 'kind',
  source: 'source',
  sourcing: 'sourcing',
  sourceKind: 'sourceKind',
  anonymityReason: 'anonymityReason',
} as const;
export const LS_TO_NAME = 'text';
export const LS_RELATIONS = { speaker: 'speaker', cue: 'cue' } as const;

interface SpanValue {
  start: number;
  end: number;
  text: string;
}
export interface LsLabelsResult {
  id: string;
  from_name: string;
  to_name: string;
  type: 'labels';
  value: SpanValue & { labels: string[] };
  origin?: string;
}
export interface LsChoicesResult {
  id: string;
  from_name: string;
  to_name: string;
  type: 'choices';
  value: { start: number; end: number; choices: string[] };
}
/** A per-region TextArea: in Label Studio's format `value.text` is the list of typed strings. */
export interface LsTextareaResult {
  id: string;
  from_name: string;
  to_name: string;
  type: 'textarea';
  value: { start: number; end: number; text: string[] };
}
export interface LsRelationResult {
  type: 'relation';
  from_id: string;
  to_id: string;
  direction: 'right' | 'left' | 'bi';
  labels: string[];
}
export type LsResult = LsLabelsResult | LsChoicesResult | LsTextareaResult | LsRelationResult;

export interface LsTask {
  data: { text: string; title: string; name: string; id: string; date: string | null; source: string };
  predictions?: { model_version: string; score: number; result: LsResult[] }[];
  annotations?: { result: LsResult[]; was_cancelled?: boolean; [k: string]: unknown }[];
  id?: number;
}

class ResultBuilder {
  readonly results: LsResult[] = [];
  private readonly regionAt = new Map<string, string>();

  /** A labelled region; the same label on the same offsets is one region (shared speakers, cues). */
  region(id: string, span: Span, label: LsLabel, shared = false): string {
    const key = `${label}:${span.start}:${span.end}`;
    if (shared) {
      const existing = this.regionAt.get(key);
      if (existing) return existing;
      this.regionAt.set(key, id);
    }
    this.results.push({ id, from_name: LS_CONTROLS.label, to_name: LS_TO_NAME, type: 'labels', value: { start: span.start, end: span.end, text: span.text, labels: [label] } });
    return id;
  }
  choice(id: string, span: Span, control: string, choice: string): void {
    this.results.push({ id, from_name: control, to_name: LS_TO_NAME, type: 'choices', value: { start: span.start, end: span.end, choices: [choice] } });
  }
  textarea(id: string, span: Span, control: string, value: string | null | undefined): void {
    if (value === null || value === undefined || value === '') return;
    this.results.push({ id, from_name: control, to_name: LS_TO_NAME, type: 'textarea', value: { start: span.start, end: span.end, text: [value] } });
  }
  relation(from: string, to: string, label: string): void {
    this.results.push({ type: 'relation', from_id: from, to_id: to, direction: 'right', labels: [label] });
  }
}

/** The page name a document is written under (file stem of its output, or its id). */
export function documentName(doc: Annotation, fallback?: string): string {
  return (fallback ?? doc.document.id).replace(/[^A-Za-z0-9._-]+/g, '-') || 'document';
}

/** One Label Studio task whose single prediction carries every presslens annotation. */
export function toLabelStudioTask(doc: Annotation, name = documentName(doc)): LsTask {
  const b = new ResultBuilder();
  for (const e of doc.entities) {
    e.mentions.forEach((m, i) => {
      const id = b.region(`${e.id}.m${i + 1}`, m, e.type);
      b.textarea(id, m, LS_CONTROLS.entity, e.name);
    });
  }
  doc.dates.forEach((d, i) => {
    const id = b.region(`date-${i + 1}`, d, 'DATE');
    b.choice(id, d, LS_CONTROLS.dateType, d.type);
    b.textarea(id, d, LS_CONTROLS.value, d.value);
  });
  doc.quantities.forEach((q, i) => {
    const id = b.region(`qty-${i + 1}`, q, 'QUANTITY');
    b.choice(id, q, LS_CONTROLS.quantityKind, q.kind);
    b.textarea(id, q, LS_CONTROLS.value, q.value === null ? null : String(q.value));
    b.textarea(id, q, LS_CONTROLS.unit, q.unit);
  });
  const sources = new Map(doc.sources.map((s) => [s.id, s] as const));
  for (const q of doc.quotes) {
    const id = b.region(q.id, q, 'QUOTE');
    const source = q.sourceId ? sources.get(q.sourceId) : undefined;
    b.choice(id, q, LS_CONTROLS.kind, q.kind);
    b.choice(id, q, LS_CONTROLS.sourcing, source?.sourcing ?? 'unknown');
    if (source) {
      b.textarea(id, q, LS_CONTROLS.source, source.name);
      b.choice(id, q, LS_CONTROLS.sourceKind, source.kind);
      b.textarea(id, q, LS_CONTROLS.anonymityReason, source.anonymityReason);
    }
    if (q.speaker) b.relation(id, b.region(`spk-${q.speaker.start}-${q.speaker.end}`, q.speaker, 'SPEAKER', true), LS_RELATIONS.speaker);
    if (q.cue) b.relation(id, b.region(`cue-${q.cue.start}-${q.cue.end}`, q.cue, 'CUE', true), LS_RELATIONS.cue);
  }
  const score = doc.quotes.length ? doc.quotes.reduce((n, q) => n + q.confidence, 0) / doc.quotes.length : 1;
  return {
    data: { text: doc.document.text, title: doc.document.title ?? doc.document.id, name, id: doc.document.id, date: doc.document.date, source: doc.document.source },
    predictions: [{ model_version: `presslens ${doc.pipeline.version}`, score: Math.round(score * 1000) / 1000, result: b.results }],
  };
}
