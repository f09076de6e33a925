/**
 * A batch run: inputs streamed to workers, outputs written atomically as they come, one bad
 * document costing only itself, and index.json / errors.jsonl at the end.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Summary } from '../document.js';
import type { IngestOptions } from '../ingest/ingest.js';
import { discoverInputs, type DiscoveryProblem } from '../io/discover.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { PIPELINE_VERSION } from '../version.js';
import type { Outcome, Task } from './worker.js';

export interface RunOptions {
  inputs: string[];
  /** Output directory, or '-' for JSONL on stdout. */
  out: string;
  format: 'json' | 'jsonl';
  jobs: number;
  ingest: IngestOptions;
  resume: boolean;
  stdin?: Readable;
  stdout?: Writable;
  onProgress?: (done: number, failed: number) => void;
  /** Called with each written document's output path (used by --html). */
  onWritten?: (path: string, json: string) => Promise<void>;
  signal?: AbortSignal;
}

export interface IndexEntry {
  key: string;
  id: string | null;
  source: string;
  output: string | null;
  counts: Summary['counts'] | null;
  summary: Omit<Summary, 'counts'> | null;
  error: string | null;
  skipped?: boolean;
}

export interface RunReport {
  documents: number;
  succeeded: number;
  failed: number;
  skipped: number;
  interrupted: boolean;
  entries: IndexEntry[];
  timings: Record<string, number>;
  seconds: number;
}

type Executor = { run(task: Task): Promise<Outcome[]>; close(): Promise<void> };

async function createExecutor(jobs: number): Promise<Executor> {
  if (jobs <= 1) {
    const { processTask } = await import('./worker.js');
    return { run: async (task) => processTask(task), close: async () => {} };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000 });
  return { run: (task) => pool.run(task) as Promise<Outcome[]>, close: () => pool.destroy() };
}

async function existingMatches(path: string, file: string): Promise<boolean> {
  try {
    const [prev, bytes] = await Promise.all([readFile(path, 'utf8'), readFile(file)]);
    const doc = JSON.parse(prev) as { document?: { sha256?: string }; pipeline?: { version?: string } };
    return doc.pipeline?.version === PIPELINE_VERSION && doc.document?.sha256 === createHash('sha256').update(bytes).digest('hex');
  } catch {
    return false;
  }
}

async function* tasksOf(options: RunOptions, problems: DiscoveryProblem[]): AsyncGenerator<Task> {
  for (const input of options.inputs) {
    if (input === '-') {
      const rl = createInterface({ input: options.stdin ?? process.stdin, crlfDelay: Infinity });
      let n = 0;
      for await (const line of rl) {
        n++;
        if (line.trim()) yield { kind: 'line', file: 'stdin', key: 'stdin', line, lineNumber: n, options: options.ingest };
      }
      continue;
    }
    for await (const f of discoverInputs([input], problems)) yield { kind: 'file', path: f.path, key: f.key, options: options.ingest };
  }
}

export async function runAnnotate(options: RunOptions): Promise<RunReport> {
  const t0 = performance.now();
  const toStdout = options.out === '-';
  const jsonl = toStdout || options.format === 'jsonl';
  if (!toStdout) await mkdir(options.out, { recursive: true });
  const executor = await createExecutor(options.jobs);
  const problems: DiscoveryProblem[] = [];
  const entries: IndexEntry[] = [];
  const timings: Record<string, number> = {};
  const claimed = new Map<string, string>();
  let failed = 0;
  let skipped = 0;
  let interrupted = false;

  // JSONL output is written in input order through a reorder buffer.
  const jsonlTmp = jsonl && !toStdout ? join(options.out, `annotations.jsonl.${process.pid}.tmp`) : null;
  const jsonlStream: Writable | null = toStdout ? (options.stdout ?? process.stdout) : jsonlTmp ? createWriteStream(jsonlTmp) : null;
  const pending = new Map<number, string[]>();
  let nextToEmit = 0;
  const emit = (seq: number, lines: string[]): void => {
    pending.set(seq, lines);
    while (pending.has(nextToEmit)) {
      for (const line of pending.get(nextToEmit)!) jsonlStream!.write(line);
      pending.delete(nextToEmit);
      nextToEmit++;
    }
  };

  const record = async (outcome: Outcome, lines: string[]): Promise<void> => {
    if (!outcome.ok) {
      failed++;
      entries.push({ key: outcome.key, id: null, source: outcome.source, output: null, counts: null, summary: null, error: outcome.error });
      return;
    }
    for (const [stage, ms] of Object.entries(outcome.timings)) timings[stage] = (timings[stage] ?? 0) + ms;
    const { counts, ...summary } = outcome.summary;
    let output: string | null = null;
    if (jsonl) {
      lines.push(`${JSON.stringify(JSON.parse(outcome.json))}\n`);
    } else {
      output = join(options.out, `${outcome.key}.json`);
      const owner = claimed.get(output);
      if (owner !== undefined) {
        failed++;
        entries.push({ key: outcome.key, id: outcome.id, source: outcome.source, output: null, counts: null, summary: null, error: `${outcome.source}: would overwrite ${output}, already written for ${owner}; rename one of the inputs` });
        return;
      }
      claimed.set(output, outcome.source);
      try {
        await writeFileAtomic(output, outcome.json);
        await options.onWritten?.(output, outcome.json);
      } catch (e) {
        failed++;
        entries.push({ key: outcome.key, id: outcome.id, source: outcome.source, output: null, counts: null, summary: null, error: `${outcome.source}: cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        return;
      }
    }
    entries.push({ key: outcome.key, id: outcome.id, source: outcome.source, output, counts, summary, error: null });
  };

  const inFlight = new Set<Promise<void>>();
  const cap = Math.max(2, options.jobs * 2);
  let seq = 0;
  for await (const task of tasksOf(options, problems)) {
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
    if (options.resume && !jsonl && task.kind === 'file') {
      const output = join(options.out, `${task.key}.json`);
      if (await existingMatches(output, task.path)) {
        skipped++;
        claimed.set(output, task.path);
        entries.push({ key: task.key, id: null, source: task.path, output, counts: null, summary: null, error: null, skipped: true });
        continue;
      }
    }
    const mySeq = seq++;
    const p = executor
      .run(task)
      .then(async (outcomes) => {
        const lines: string[] = [];
        for (const o of outcomes) await record(o, lines);
        if (jsonl) emit(mySeq, lines);
        options.onProgress?.(entries.length, failed);
      })
      .catch((e: unknown) => {
        failed++;
        const source = task.kind === 'file' ? task.path : `${task.file}:${task.lineNumber}`;
        entries.push({ key: task.key, id: null, source, output: null, counts: null, summary: null, error: `${source}: ${(e as Error).message}` });
        if (jsonl) emit(mySeq, []);
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= cap) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await executor.close();

  for (const pr of problems) {
    failed++;
    entries.push({ key: pr.path, id: null, source: pr.path, output: null, counts: null, summary: null, error: `${pr.path}: ${pr.message}` });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  if (jsonlStream && !toStdout) {
    await new Promise<void>((resolve, reject) => jsonlStream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(jsonlTmp!, join(options.out, 'annotations.jsonl'));
  }
  const seconds = (performance.now() - t0) / 1000;
  const report: RunReport = { documents: entries.length, succeeded: entries.length - failed - skipped, failed, skipped, interrupted, entries, timings, seconds };
  if (!toStdout) {
    const errors = entries.filter((e) => e.error !== null).map((e) => `${JSON.stringify({ key: e.key, source: e.source, error: e.error })}\n`);
    await writeFileAtomic(join(options.out, 'errors.jsonl'), errors.join(''));
    const index = {
      pipeline: { version: PIPELINE_VERSION },
      documents: entries,
      run: { succeeded: report.succeeded, failed, skipped, interrupted, seconds: round(seconds), stageMilliseconds: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, round(v)])) },
    };
    await writeFileAtomic(join(options.out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  } else if (jsonlTmp) {
    await rm(jsonlTmp, { force: true });
  }
  return report;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
