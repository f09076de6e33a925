/**
 * The runner's streaming contract: JSONL output in input order whatever order the workers finish
 * in, a bounded number of documents between read and written, stdin read as it arrives.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createPoolExecutor, runAnnotate, type Executor, type RunOptions } from '../../src/run/run-annotate.js';
import { createBatcher, processTask, type Outcome, type Task } from '../../src/run/worker.js';

const dir = mkdtempSync(join(tmpdir(), 'presslens-run-streaming-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SUMMARY = {
  counts: { paragraphs: 0, sentences: 0, entities: 0, dates: 0, quantities: 0, quotes: 0, sources: 0 },
  quotesBySourcing: { named: 0, official: 0, anonymous: 0, unknown: 0 },
  anonymousQuoteShare: null,
  anonymousWithoutReason: 0,
  anonymousWithoutReasonIds: [],
  noCommentSourceIds: [],
};

/** A stand-in for the pipeline: the output line is the record's id. */
function fakeOutcome(task: Task): Outcome[] {
  if (task.kind !== 'line') throw new Error('line tasks only');
  const id = (JSON.parse(task.line) as { id: string }).id;
  return [{ ok: true, key: `${task.key}/${id}`, id, source: task.file, sha256: '0'.repeat(64), json: `${JSON.stringify({ id })}\n`, summary: SUMMARY, timings: {}, ms: 1 }];
}

function collect(): { stream: Writable; text: () => string; firstData: Promise<void> } {
  const chunks: string[] = [];
  let first!: () => void;
  const firstData = new Promise<void>((r) => (first = r));
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      first();
      cb();
    },
  });
  return { stream, text: () => chunks.join(''), firstData };
}

function options(extra: Partial<RunOptions>): RunOptions {
  return { inputs: ['-'], out: '-', format: 'jsonl', jobs: 1, ingest: {}, resume: false, ...extra };
}

const ids = (jsonl: string): string[] =>
  jsonl
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id?: string; document?: { id: string } }).id ?? (JSON.parse(l) as { document: { id: string } }).document.id);

describe('runner: JSONL order with --jobs 2', () => {
  it('writes documents in input order although the two worker threads finish them out of order', async () => {
    // A real piscina pool of two threads; the first record takes 400 ms, every third one 20 ms, the others none.
    const workerFile = join(dir, 'slow-worker.mjs');
    writeFileSync(
      workerFile,
      `const nap = new Int32Array(new SharedArrayBuffer(4));
export default function (task) {
  const id = JSON.parse(task.line).id;
  const n = Number(id.slice(1));
  if (n === 1 || n % 3 === 1) Atomics.wait(nap, 0, 0, n === 1 ? 400 : 20);
  return [{ ok: true, key: task.key + '/' + id, id, source: task.file, sha256: '${'0'.repeat(64)}', json: JSON.stringify({ id }) + '\\n', summary: ${JSON.stringify(SUMMARY)}, timings: {}, ms: 1 }];
}
`,
    );
    const pool = await createPoolExecutor(2, workerFile);
    const finished: string[] = [];
    const executor: Executor = {
      run: (task) =>
        pool.run(task).then((outcomes) => {
          finished.push((outcomes[0] as { id: string }).id);
          return outcomes;
        }),
      close: () => pool.close(),
    };
    const input = Array.from({ length: 30 }, (_, i) => `{"id":"r${i + 1}","text":"x"}`).join('\n');
    const out = collect();
    try {
      const report = await runAnnotate(options({ jobs: 2, executor, stdin: Readable.from([input]), stdout: out.stream }));
      expect(report.succeeded).toBe(30);
    } finally {
      await executor.close();
    }
    const expected = Array.from({ length: 30 }, (_, i) => `r${i + 1}`);
    expect(finished).not.toEqual(expected); // the workers did finish out of order...
    expect(ids(out.text())).toEqual(expected); // ...and the output is in input order
  });
});

describe('runner: bounded work in flight', () => {
  it('starts at most maxInFlight documents while the first one is stuck, and reads no further ahead', async () => {
    let pulled = 0;
    async function* lines(): AsyncGenerator<string> {
      for (let i = 1; i <= 200; i++) {
        pulled++;
        yield `{"id":"r${i}","text":"x"}\n`;
      }
    }
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    let started = 0;
    let running = 0;
    let maxRunning = 0;
    const executor: Executor = {
      async run(task) {
        started++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        if (task.kind === 'line' && task.lineNumber === 1) await stuck;
        else await new Promise((r) => setImmediate(r));
        running--;
        return fakeOutcome(task);
      },
      close: async () => {},
    };
    const out = collect();
    const run = runAnnotate(options({ maxInFlight: 5, executor, stdin: Readable.from(lines(), { highWaterMark: 1 }), stdout: out.stream }));
    // Let the runner go as far as it can while record 1 is stuck.
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    expect(started).toBe(5); // records 2-5 done and held in the reorder buffer, nothing more begun
    expect(out.text()).toBe(''); // nothing can be written before record 1
    expect(pulled).toBeLessThan(20); // and input is not read far ahead
    release();
    const report = await run;
    expect(report.succeeded).toBe(200);
    expect(maxRunning).toBeLessThanOrEqual(5);
    expect(ids(out.text())).toEqual(Array.from({ length: 200 }, (_, i) => `r${i + 1}`));
  });

  it('waits for a slow reader of its output instead of buffering every document', async () => {
    let started = 0;
    const executor: Executor = {
      async run(task) {
        started++;
        return fakeOutcome(task);
      },
      close: async () => {},
    };
    // A reader that takes nothing until told to.
    let flowing!: () => void;
    const go = new Promise<void>((r) => (flowing = r));
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _enc, cb) {
        received.push(chunk.toString('utf8'));
        void go.then(() => cb());
      },
    });
    const input = Array.from({ length: 300 }, (_, i) => `{"id":"r${i + 1}","text":"x"}`).join('\n');
    const run = runAnnotate(options({ maxInFlight: 4, executor, stdin: Readable.from([input]), stdout: slow }));
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    expect(started).toBeLessThan(20);
    flowing();
    await run;
    expect(started).toBe(300);
    expect(ids(received.join(''))).toHaveLength(300);
  });
});

describe('runner: stdin JSONL streaming through the real pipeline', () => {
  it('writes the first document to stdout before stdin has ended, then the rest in order', async () => {
    const stdin = new PassThrough();
    const out = collect();
    const run = runAnnotate(options({ jobs: 1, stdin, stdout: out.stream }));
    stdin.write(`${JSON.stringify({ id: 'first', date: '2024-03-01', text: 'The mayor said the bridge would reopen on Friday.' })}\n`);
    await out.firstData; // would never resolve if the runner waited for the end of stdin
    expect(ids(out.text())).toEqual(['first']);
    stdin.write(`${JSON.stringify({ id: 'second', text: 'Officials declined to comment.' })}\n\n`);
    stdin.end(`${JSON.stringify({ id: 'third', text: 'Rain is expected.' })}`); // no final newline
    const report = await run;
    expect(report).toMatchObject({ succeeded: 3, failed: 0 });
    expect(ids(out.text())).toEqual(['first', 'second', 'third']);
  }, 30_000);

  it('reads a .jsonl file line by line: a broken line fails alone, keys are file/id, and an empty file is an error', async () => {
    const input = join(dir, 'feed.jsonl');
    writeFileSync(input, [JSON.stringify({ id: 'a', text: 'One sentence here.' }), '{not json', JSON.stringify({ text: 'No id on this one.' }), ''].join('\r\n'));
    writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
    const out = join(dir, 'out');
    const report = await runAnnotate({ inputs: [input, join(dir, 'empty.jsonl')], out, format: 'jsonl', jobs: 1, ingest: {}, resume: false });
    expect(report.succeeded).toBe(2);
    expect(report.failed).toBe(2);
    expect(report.entries.map((e) => [e.key, e.error === null])).toEqual([
      ['empty', false],
      ['feed/2', false],
      ['feed/3', true],
      ['feed/a', true],
    ]);
    expect(report.entries[0]!.error).toMatch(/holds no records/);
    expect(report.entries[1]!.error).toMatch(/feed\.jsonl:2: line 2 is not valid JSON/);
    expect(ids(readFileSync(join(out, 'annotations.jsonl'), 'utf8'))).toEqual(['a', 'feed/3']);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { documents: unknown[]; run: { documentMilliseconds: { p50: number } } };
    expect(index.documents).toHaveLength(4);
    expect(index.run.documentMilliseconds.p50).toBeGreaterThan(0);
  }, 30_000);
});

describe('runner: documents annotated in batches', () => {
  const lineTask = (line: string, lineNumber: number): Task => ({ kind: 'line', file: 'feed.jsonl', key: 'feed', line, lineNumber, options: {}, compact: true });
  const lines = [
    JSON.stringify({ id: 'a', date: '2024-03-01', text: 'The mayor said the bridge would reopen on Friday.' }),
    '{not json',
    JSON.stringify({ id: 'c', text: '“We are not done,” said Ruth Okafor, who leads the Tenants Union.' }),
    JSON.stringify({ id: 'd', text: 'Officials declined to comment on the $4 million plan.' }),
  ];

  it('gives each task handed in one by one the outcome it gets alone, a broken record failing alone', async () => {
    const batched = createBatcher(3);
    const together = await Promise.all(lines.map((l, i) => batched(lineTask(l, i + 1))));
    const alone = lines.map((l, i) => processTask(lineTask(l, i + 1)));
    const strip = (outcomes: Outcome[]): unknown[] => outcomes.map((o) => (o.ok ? { ...o, timings: Object.keys(o.timings), ms: o.ms > 0 } : o));
    expect(together.map(strip)).toEqual(alone.map(strip));
    expect(together.map((o) => o[0]!.ok)).toEqual([true, false, true, true]);
    expect(together[0]![0]!.ok && together[0]![0]!.timings).toHaveProperty('validate');
  }, 30_000);
});
