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

export interface Pipeline {
  readonly stages: readonly AnyStage[];
  readonly stageNames: readonly string[];
  run(document: DocumentMeta): PipelineRun;
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
      const doc: Record<string, unknown> = { document };
      const timings: Record<string, number> = {};
      for (const stage of frozen) {
        const t0 = performance.now();
        const out = stage.run(doc as never) as Record<string, unknown>;
        for (const layer of stage.writes as string[]) {
          if (!(layer in out)) throw new PipelineError(`stage "${stage.name}" did not return its layer "${layer}"`);
          doc[layer] = out[layer];
        }
        timings[stage.name] = performance.now() - t0;
      }
      return { doc: doc as WorkingDocument, timings };
    },
  };
}
