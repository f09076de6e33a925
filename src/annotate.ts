/** One document through the pipeline, into the annotation format, validated. */
import './nlp/v8-tuning.js';
import type { Annotation, DocumentMeta, WorkingDocument } from './document.js';
import { PipelineError } from './errors.js';
import { createHash } from 'node:crypto';
import { normaliseText } from './ingest/decode.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { assertValid } from './validate.js';
import { PIPELINE_VERSION, SCHEMA_ID } from './version.js';

let defaultPipeline: Pipeline | undefined;
function pipelineOrDefault(p?: Pipeline): Pipeline {
  if (p) return p;
  defaultPipeline ??= createPipeline();
  return defaultPipeline;
}

const OUTPUT_LAYERS = ['paragraphs', 'sentences', 'entities', 'dates', 'quantities', 'quotes', 'sources', 'summary'] as const;

/** The annotation document of a pipeline run (schema key order, unknown keys dropped). */
export function toAnnotation(doc: WorkingDocument, stageNames: readonly string[]): Annotation {
  for (const layer of OUTPUT_LAYERS) {
    if (doc[layer] === undefined) throw new PipelineError(`the pipeline wrote no "${layer}" layer; the annotation format needs every layer`);
  }
  const candidate = {
    schema: SCHEMA_ID,
    document: doc.document,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    entities: doc.entities,
    dates: doc.dates,
    quantities: doc.quantities,
    quotes: doc.quotes,
    sources: doc.sources,
    summary: doc.summary,
    pipeline: { version: PIPELINE_VERSION, stages: [...stageNames] },
  };
  // One schema parse: assertValid returns the parsed document.
  return assertValid(candidate);
}

export interface AnnotateResult {
  annotation: Annotation;
  timings: Record<string, number>;
}

/** Annotate an ingested document with the given (or default) pipeline. */
export function annotateDocument(document: DocumentMeta, pipeline?: Pipeline): AnnotateResult {
  const p = pipelineOrDefault(pipeline);
  const { doc, timings } = p.run(document);
  return { annotation: toAnnotation(doc, p.stageNames), timings };
}

/**
 * Annotate several documents, stage by stage (see `Pipeline.runMany`): the same annotations as
 * `annotateDocument` on each, in order, faster. A document that fails (a stage's error, or an
 * annotation that breaks the format) is its Error; the others are unaffected. `timings` holds the
 * stages' milliseconds and `validate`, the format check's.
 */
export function annotateDocuments(documents: readonly DocumentMeta[], pipeline?: Pipeline): Array<AnnotateResult | Error> {
  const p = pipelineOrDefault(pipeline);
  return p.runMany(documents).map((run) => {
    if ('error' in run) return run.error;
    try {
      const t0 = performance.now();
      const annotation = toAnnotation(run.doc, p.stageNames);
      return { annotation, timings: { ...run.timings, validate: performance.now() - t0 } };
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}

export interface AnnotateOptions {
  id?: string;
  title?: string | null;
  /** Publication date (YYYY-MM-DD) against which relative dates resolve. */
  date?: string | null;
  source?: string;
  pipeline?: Pipeline;
}

/** Library entry point: annotate an article's text. */
export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const clean = normaliseText(text);
  const document: DocumentMeta = {
    id: options.id ?? 'document',
    source: options.source ?? options.id ?? 'document',
    title: options.title ?? null,
    date: options.date ?? null,
    language: 'en',
    sha256: createHash('sha256').update(text).digest('hex'),
    text: clean,
  };
  return annotateDocument(document, options.pipeline).annotation;
}

/** The bytes written for a document: stable key order, two-space indent, final newline. */
export function serialize(annotation: Annotation): string {
  return `${JSON.stringify(annotation, null, 2)}\n`;
}
