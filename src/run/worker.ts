/**
 * The unit of work of a run: one input (a file or a JSONL line) to its serialized documents.
 * Runs in a worker thread (piscina) or in the main thread when --jobs is 1; the model is loaded
 * once per thread.
 */
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { annotate, annotateDocument, serialize } from '../annotate.js';
import type { Summary } from '../document.js';
import { InputError } from '../errors.js';
import { ingestBytes, ingestJsonlLine, type IngestOptions, type IngestResult } from '../ingest/ingest.js';

export type Task =
  | { kind: 'file'; path: string; key: string; options: IngestOptions; compact?: boolean }
  | { kind: 'line'; file: string; key: string; line: string; lineNumber: number; options: IngestOptions; compact?: boolean };

/**
 * `json` is the document's bytes: two-space indented with a final newline, or (with `compact`) one
 * JSON Lines line. `ms` is the document's whole cost in this thread; `timings` holds each
 * pipeline stage's and the `ingest`, `validate` and `serialize` steps' milliseconds.
 */
export type Outcome =
  | { ok: true; key: string; id: string; source: string; sha256: string; json: string; summary: Summary; timings: Record<string, number>; ms: number }
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

export function processTask(task: Task): Outcome[] {
  const t0 = performance.now();
  const results = ingest(task);
  // A file of many records was ingested at once: each document carries its share.
  const ingestMs = (performance.now() - t0) / Math.max(1, results.length);
  return results.map((r): Outcome => {
    const source = task.kind === 'file' ? task.path : task.file;
    if (!r.ok) return { ok: false, key: r.key, source, error: r.error.message, errorName: r.error.name };
    try {
      const t1 = performance.now();
      const { annotation, timings } = annotateDocument(r.document);
      const t2 = performance.now();
      // annotateDocument is the pipeline's stages, then the schema and invariant check.
      let stagesMs = 0;
      for (const ms of Object.values(timings)) stagesMs += ms;
      const json = task.compact ? `${JSON.stringify(annotation)}\n` : serialize(annotation);
      const t3 = performance.now();
      return {
        ok: true,
        key: r.key,
        id: annotation.document.id,
        source: r.document.source,
        sha256: r.document.sha256,
        json,
        summary: annotation.summary,
        timings: { ingest: ingestMs, ...timings, validate: Math.max(0, t2 - t1 - stagesMs), serialize: t3 - t2 },
        ms: ingestMs + (t3 - t1),
      };
    } catch (e) {
      const err = e as Error;
      return { ok: false, key: r.key, source: r.document.source, error: `${r.document.source}: ${err.message}`, errorName: err.name || 'Error' };
    }
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

export default processTask;
