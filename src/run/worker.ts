/**
 * The unit of work of a run: one input (a file or a JSONL line) to its serialized documents.
 * Runs in a worker thread (piscina) or in the main thread when --jobs is 1; the model is loaded
 * once per thread.
 */
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { annotate, annotateDocuments, serialize } from '../annotate.js';
import type { Summary } from '../document.js';
import { InputError } from '../errors.js';
import { ingestBytes, ingestJsonlLine, type IngestOptions, type IngestResult } from '../ingest/ingest.js';
import { BATCH_TASKS } from './batch-size.js';

export type Task =
  | { kind: 'file'; path: string; key: string; options: IngestOptions; compact?: boolean }
  | { kind: 'line'; file: string; key: string; line: string; lineNumber: number; options: IngestOptions; compact?: boolean };

/**
 * `json` is the document's serialization: two-space indented with a final newline, or (with
 * `compact`) one JSON Lines line. A worker thread sends it as UTF-8 bytes: the main thread then
 * holds each output outside its JavaScript heap, which it collects far less often than the
 * workers' (see `workerHeapLimits`). `ms` is the document's whole cost in this thread; `timings` holds each
 * pipeline stage's and the `ingest`, `validate` and `serialize` steps' milliseconds.
 */
export type Outcome =
  | { ok: true; key: string; id: string; source: string; sha256: string; json: string | Uint8Array; summary: Summary; timings: Record<string, number>; ms: number }
  | { ok: false; key: string; source: string; error: string; errorName: string };

function ingest(task: Task): IngestResult[] {
  if (task.kind === 'line') return [ingestJsonlLine(task.file, task.key, task.line, task.lineNumber, task.options)];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(task.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return [{ ok: false, key: task.key, error: new InputError(task.path, `cannot read: ${code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message)}`) }];
  }
  return ingestBytes(task.path, task.key, bytes, task.options);
}

/** A task read and ingested: its documents (or their errors) and each one's share of the time it took. */
interface Ingested {
  task: Task;
  results: IngestResult[];
  ingestMs: number;
  chars: number;
}

function ingestTask(task: Task): Ingested {
  const t0 = performance.now();
  const results = ingest(task);
  // A file of many records was ingested at once: each document carries its share.
  const ingestMs = (performance.now() - t0) / Math.max(1, results.length);
  let chars = 0;
  for (const r of results) if (r.ok) chars += r.document.text.length;
  return { task, results, ingestMs, chars };
}

/** The outcomes of ingested tasks, their documents annotated together (stage by stage). */
function annotateIngested(batch: readonly Ingested[]): Outcome[][] {
  const documents = batch.flatMap((b) => b.results.flatMap((r) => (r.ok ? [r.document] : [])));
  const annotated = annotateDocuments(documents);
  let next = 0;
  return batch.map(({ task, results, ingestMs }) =>
    results.map((r): Outcome => {
      const source = task.kind === 'file' ? task.path : task.file;
      if (!r.ok) return { ok: false, key: r.key, source, error: r.error.message, errorName: r.error.name };
      const result = annotated[next++]!;
      if (result instanceof Error) return { ok: false, key: r.key, source: r.document.source, error: `${r.document.source}: ${result.message}`, errorName: result.name || 'Error' };
      const { annotation, timings } = result;
      const t0 = performance.now();
      const text = task.compact ? `${JSON.stringify(annotation)}\n` : serialize(annotation);
      const json = isMainThread ? text : Buffer.from(text, 'utf8');
      const serializeMs = performance.now() - t0;
      let ms = ingestMs + serializeMs;
      for (const v of Object.values(timings)) ms += v;
      return {
        ok: true,
        key: r.key,
        id: annotation.document.id,
        source: r.document.source,
        sha256: r.document.sha256,
        json,
        summary: annotation.summary,
        timings: { ingest: ingestMs, ...timings, serialize: serializeMs },
        ms,
      };
    }),
  );
}

/** One task's outcomes (one per document it holds). */
export function processTask(task: Task): Outcome[] {
  return annotateIngested([ingestTask(task)])[0]!;
}

/**
 * Documents annotated together in one batch: at most BATCH_TASKS tasks, and no more text than
 * this (a longer document goes alone), so that a batch's memory stays that of a few articles.
 */
const BATCH_CHARS = 150_000;

/**
 * Tasks handed in one at a time, annotated in batches (see `annotateDocuments`). A batch is what
 * has arrived by the next turn of the event loop, and work that queues while a batch runs forms the
 * next one. Outputs are the same whatever the batches.
 */
export function createBatcher(maxTasks: number = BATCH_TASKS): (task: Task) => Promise<Outcome[]> {
  const queue: Array<{ task: Task; resolve: (o: Outcome[]) => void; reject: (e: unknown) => void }> = [];
  // a task ingested for a batch it would have made too large: it opens the next one
  let carried: { item: (typeof queue)[number]; ingested: Ingested } | null = null;
  let scheduled = false;
  // the first batch is one task, so that the first document is written without waiting for
  // others; each batch after it may be twice as large, up to maxTasks
  let batchLimit = 1;
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
  const flush = (): void => {
    scheduled = false;
    const taken: typeof queue = [];
    try {
      const batch: Ingested[] = [];
      let chars = 0;
      if (carried) {
        taken.push(carried.item);
        batch.push(carried.ingested);
        chars = carried.ingested.chars;
        carried = null;
      }
      while (queue.length > 0 && taken.length < batchLimit && (taken.length === 0 || chars < BATCH_CHARS)) {
        const item = queue.shift()!;
        const ingested = ingestTask(item.task);
        if (taken.length > 0 && chars + ingested.chars > BATCH_CHARS) {
          carried = { item, ingested };
          break;
        }
        taken.push(item);
        batch.push(ingested);
        chars += ingested.chars;
      }
      batchLimit = Math.min(maxTasks, batchLimit * 2);
      const outcomes = annotateIngested(batch);
      taken.forEach((item, i) => item.resolve(outcomes[i]!));
    } catch (e) {
      for (const item of taken) item.reject(e);
    }
    if (queue.length > 0 || carried) schedule();
  };
  return (task) =>
    new Promise<Outcome[]>((resolve, reject) => {
      queue.push({ task, resolve, reject });
      schedule();
    });
}

/**
 * Load the model and build the pipeline when the thread starts, not on its first document: a pool's
 * threads then load in parallel while the main thread is still finding the inputs.
 */
export function warmUp(): void {
  try {
    annotate('Warm-up.', { id: 'warm-up' });
  } catch {
    // A pipeline that cannot annotate says so on the first real document.
  }
}

if (!isMainThread) warmUp();

/** The pool's entry: each worker thread batches the tasks it is given. */
export default isMainThread ? processTask : createBatcher();
