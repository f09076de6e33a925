/** The ordered stage list, the runner, and the reads/writes check. */
import type { DocumentMeta, LayerName, Layers, WithLayers, WorkingDocument } from './document.js';
import { PipelineError } from './errors.js';
import { createSegmentStage, type SegmentOptions } from './stages/segment.js';
import { createEntitiesStage, type EntitiesOptions } from './stages/entities.js';
import { createDatesStage, type DatesOptions } from './stages/dates.js';
import { createQuantitiesStage, type QuantitiesOptions } from './stages/quantities.js';
import { createQuotesStage, type QuotesOptions } from './stages/quotes.js';
import { createSourcesStage, type SourcesOptions } from './stages/sources.js';
import { createSummaryStage } from './stages/summary.js';

/** A stage: declares the layers it reads and writes, and returns only what it writes. */
export interface Stage<R extends LayerName = LayerName, W extends LayerName = LayerName> {
  readonly name: string;
  readonly reads: readonly R[];
  readonly writes: readonly W[];
  run(doc: WithLayers<R>): Pick<Layers, W>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any>;

export interface PipelineRun {
  doc: WorkingDocument;
  /** Milliseconds per stage name, for the run's index.json (never for the document). */
  timings: Record<string, number>;
}

/** A document of `runMany` that a stage could not annotate: that stage's error. */
export interface PipelineFailure {
  error: Error;
}

export interface Pipeline {
  readonly stages: readonly AnyStage[];
  readonly stageNames: readonly string[];
  run(document: DocumentMeta): PipelineRun;
  /**
   * Several documents, stage by stage: each stage runs over every document before the next stage
   * starts. The results are those of `run` on each document alone (stages keep no state between
   * documents), in order; it is faster because one stage's code and data stay in the processor's
   * caches (measured on the corpus: 25–30% less time than one document after another at 16–64
   * documents). A document whose stage throws fails alone and skips the later stages.
   */
  runMany(documents: readonly DocumentMeta[]): Array<PipelineRun | PipelineFailure>;
}

export interface PipelineOptions {
  segment?: SegmentOptions;
  entities?: EntitiesOptions;
  dates?: DatesOptions;
  quantities?: QuantitiesOptions;
  quotes?: QuotesOptions;
  sources?: SourcesOptions;
}

/** The default order of stages: the one place it is written down. */
export function defaultStages(options: PipelineOptions = {}): AnyStage[] {
  return [
    createSegmentStage(options.segment),
    createEntitiesStage(options.entities),
    createDatesStage(options.dates),
    createQuantitiesStage(options.quantities),
    createQuotesStage(options.quotes),
    createSourcesStage(options.sources),
    createSummaryStage(),
  ];
}

/**
 * Checks that every read is written by an earlier stage and that no layer is written twice,
 * then freezes the order.
 */
export function createPipeline(stages: readonly AnyStage[] = defaultStages()): Pipeline {
  const written = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const layer of stage.reads as LayerName[]) {
      if (!written.has(layer)) {
        throw new PipelineError(`stage "${stage.name}" reads "${layer}", which no earlier stage writes; put a stage that writes "${layer}" before it`);
      }
    }
    for (const layer of stage.writes as LayerName[]) {
      const by = written.get(layer);
      if (by !== undefined) throw new PipelineError(`stage "${stage.name}" writes "${layer}", already written by "${by}"`);
      written.set(layer, stage.name);
    }
  }
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen,
    stageNames: Object.freeze(frozen.map((s) => s.name)),
    run(document: DocumentMeta): PipelineRun {
      const [result] = runStages(frozen, [document]);
      if (result === undefined) throw new PipelineError('the pipeline returned no result');
      if ('error' in result) throw result.error;
      return result;
    },
    runMany(documents: readonly DocumentMeta[]): Array<PipelineRun | PipelineFailure> {
      return runStages(frozen, documents);
    },
  };
}

/** Each stage over every live document, in stage order; a throwing stage fails its document alone. */
function runStages(stages: readonly AnyStage[], documents: readonly DocumentMeta[]): Array<PipelineRun | PipelineFailure> {
  const docs: Array<Record<string, unknown>> = documents.map((document) => ({ document }));
  const timings: Array<Record<string, number>> = documents.map(() => ({}));
  const failures: Array<PipelineFailure | undefined> = new Array(documents.length);
  for (const stage of stages) {
    for (let i = 0; i < docs.length; i++) {
      if (failures[i] !== undefined) continue;
      const doc = docs[i]!;
      const t0 = performance.now();
      try {
        const out = stage.run(doc as never) as Record<string, unknown>;
        for (const layer of stage.writes as string[]) {
          if (!(layer in out)) throw new PipelineError(`stage "${stage.name}" did not return its layer "${layer}"`);
          doc[layer] = out[layer];
        }
      } catch (e) {
        failures[i] = { error: e instanceof Error ? e : new Error(String(e)) };
        continue;
      }
      timings[i]![stage.name] = performance.now() - t0;
    }
  }
  return docs.map((doc, i) => failures[i] ?? { doc: doc as WorkingDocument, timings: timings[i]! });
}
