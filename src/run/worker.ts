/**
 * The unit of work of a run: one input (a file or a JSONL line) to its serialized documents.
 * Runs in a worker thread (piscina) or in the main thread when --jobs is 1; the model is loaded
 * once per thread.
 */
import { readFileSync } from 'node:fs';
import { annotateDocument, serialize } from '../annotate.js';
import type { Summary } from '../document.js';
import { InputError } from '../errors.js';
import { ingestBytes, ingestJsonlLine, type IngestOptions, type IngestResult } from '../ingest/ingest.js';

export type Task =
  | { kind: 'file'; path: string; key: string; options: IngestOptions }
  | { kind: 'line'; file: string; key: string; line: string; lineNumber: number; options: IngestOptions };

export type Outcome =
  | { ok: true; key: string; id: string; source: string; sha256: string; json: string; summary: Summary; timings: Record<string, number> }
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
  return ingest(task).map((r): Outcome => {
    const source = task.kind === 'file' ? task.path : task.file;
    if (!r.ok) return { ok: false, key: r.key, source, error: r.error.message, errorName: r.error.name };
    try {
      const { annotation, timings } = annotateDocument(r.document);
      return { ok: true, key: r.key, id: annotation.document.id, source: r.document.source, sha256: r.document.sha256, json: serialize(annotation), summary: annotation.summary, timings };
    } catch (e) {
      const err = e as Error;
      return { ok: false, key: r.key, source: r.document.source, error: `${r.document.source}: ${err.message}`, errorName: err.name || 'Error' };
    }
  });
}

export default processTask;
