/**
 * Faults: a run killed with SIGKILL at random moments leaves no partial or corrupt output, and
 * --resume then finishes it with exactly the bytes of an uninterrupted run; SIGINT stops cleanly
 * with a summary, and --resume picks up from there.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findProblems } from '../../src/validate.js';
import { ensureBuilt, listFiles, readJson, runCli, startCli, tempDir, type IndexJson } from './cli-helpers.js';

/** A small seeded PRNG (mulberry32): the kill points are random but reproducible from the seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Ana Ruiz', 'John Park', 'Mei Chen', 'Omar Haddad', 'Lena Novak', 'Sam Okafor'];
const ORGS = ['the city council', 'the Transit Authority', 'the state health department', 'Acme Corp.', 'the school board'];
const SENTENCES = [
  (n: string, o: string, i: number) => `${o[0]!.toUpperCase()}${o.slice(1)} voted ${i % 9}-${(i * 7) % 5} on Tuesday to approve a $${(i % 40) + 1} million plan.`,
  (n: string) => `“This is a good day for the city,” said ${n}, who has pushed for the change.`,
  (_n: string, o: string) => `Two officials familiar with the talks, who spoke on condition of anonymity, said ${o} would act by March.`,
  (n: string, _o: string, i: number) => `${n.split(' ')[1]} said about ${(i * 13) % 1000} residents attended the meeting on Feb. 28.`,
  (_n: string, o: string) => `A spokesperson for ${o} declined to comment.`,
  (n: string) => `“We will keep going,” ${n.split(' ')[1]} said. “There is more to do.”`,
];

/** `count` small articles in a few folders, and a few bad ones (so errors.jsonl has content). */
function generate(dir: string, count: number, seed: number): void {
  const random = prng(seed);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `batch-${i % 4}`);
    mkdirSync(folder, { recursive: true });
    const name = NAMES[Math.floor(random() * NAMES.length)]!;
    const org = ORGS[Math.floor(random() * ORGS.length)]!;
    const paragraphs = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, p) => SENTENCES[(i + p * 5) % SENTENCES.length]!(name, org, i + p));
    const front = i % 3 === 0 ? `---\ntitle: Story ${i}\ndate: 2025-0${1 + (i % 9)}-1${i % 10}\n---\n` : '';
    writeFileSync(join(folder, `story-${String(i).padStart(3, '0')}.${i % 5 === 0 ? 'md' : 'txt'}`), `${front}${paragraphs.join('\n\n')}\n`);
  }
  writeFileSync(join(dir, 'batch-0', 'empty.txt'), '');
  writeFileSync(join(dir, 'batch-1', 'binary.txt'), Buffer.from([0x00, 0x01, 0x02]));
}

/** Every output file that is not hidden parses and honours the contract: nothing partial, nothing corrupt. */
function expectNoPartialOutput(out: string): void {
  if (!existsSync(out)) return;
  for (const f of listFiles(out)) {
    const base = f.split('/').pop()!;
    if (base.startsWith('.')) {
      expect(base, `only hidden temporary files may be left by a kill: ${f}`).toMatch(/\.tmp$/);
      continue;
    }
    const text = readFileSync(join(out, f), 'utf8');
    if (base === 'errors.jsonl') {
      for (const line of text.split('\n').filter(Boolean)) JSON.parse(line);
    } else if (base === 'index.json') {
      JSON.parse(text);
    } else {
      expect(findProblems(JSON.parse(text)), f).toEqual([]);
      expect(text.endsWith('}\n'), `${f} is complete`).toBe(true);
    }
  }
}

function writtenDocuments(out: string): number {
  try {
    return listFiles(out).filter((f) => f.startsWith('batch-') && f.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

/** index.json without what may differ between runs: timings and run counters, skipped marks, the output dir. */
function comparableIndex(path: string, out: string): unknown {
  const index = readJson<IndexJson>(path);
  return {
    pipeline: index.pipeline,
    documents: index.documents.map(({ skipped: _skipped, ...d }) => ({ ...d, output: d.output?.slice(out.length) ?? null })),
  };
}

function waitForExit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const err: Buffer[] = [];
  child.stderr!.on('data', (b: Buffer) => err.push(b));
  child.stdout!.resume();
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr: Buffer.concat(err).toString('utf8') })));
}

const DOCUMENTS = 300;
let root: string;
let input: string;
let reference: string;

beforeAll(async () => {
  await ensureBuilt();
  root = tempDir('presslens-kill-');
  input = join(root, 'in');
  generate(input, DOCUMENTS, 20250408);
  reference = join(root, 'reference');
  const r = await runCli(['annotate', input, '--out', reference, '--jobs', '2']);
  expect(r.stderr).toMatch(new RegExp(`${DOCUMENTS} annotated, 2 failed`));
  expect(r.code).toBe(1);
}, 240_000);

describe('SIGKILL at random moments, then --resume', () => {
  it('never leaves a partial file, and the resumed output equals an uninterrupted run byte for byte', async () => {
    const seed = Number(process.env['PRESSLENS_KILL_SEED'] ?? Date.now() % 100_000);
    const random = prng(seed);
    const out = join(root, 'killed');
    const kills: number[] = [];
    // Kill points are random in progress, not in time, so that a slow machine still gets some:
    // round i waits until a random number of documents in its fifth of the run is written, then
    // up to 100 ms more, then kills.
    for (let round = 0; round < 4; round++) {
      const target = Math.floor((DOCUMENTS * (round + random())) / 5);
      const child = startCli(['annotate', input, '--out', out, '--jobs', '2', '--resume']);
      let running = true;
      const exited = waitForExit(child).finally(() => (running = false));
      while (running && writtenDocuments(out) < target) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, Math.floor(random() * 100)));
      kills.push(writtenDocuments(out));
      child.kill('SIGKILL');
      await exited;
      expectNoPartialOutput(out);
    }
    const final = await runCli(['annotate', input, '--out', out, '--jobs', '2', '--resume']);
    const context = `seed ${seed} (PRESSLENS_KILL_SEED), killed with ${kills.join(', ')} documents written`;
    expect(final.code, context).toBe(1);
    const skipped = Number(/2 failed, (\d+) skipped/.exec(final.stderr)?.[1]);
    expect(skipped, `the killed runs wrote documents that --resume kept: ${context}`).toBeGreaterThan(0);

    const files = listFiles(out);
    expect(files.filter((f) => f.endsWith('.tmp')), `no temporary files left: ${context}`).toEqual([]);
    expect(files, context).toEqual(listFiles(reference));
    for (const f of files.filter((f) => f !== 'index.json')) expect(readFileSync(join(out, f), 'utf8'), `${f}: ${context}`).toBe(readFileSync(join(reference, f), 'utf8'));
    expect(comparableIndex(join(out, 'index.json'), out), context).toEqual(comparableIndex(join(reference, 'index.json'), reference));
  });
});

describe('SIGINT', () => {
  it('stops cleanly with a summary of what was done (exit 130); --resume then completes the run', async () => {
    const out = join(root, 'interrupted');
    const child = startCli(['annotate', input, '--out', out, '--jobs', '1']);
    const exited = waitForExit(child);
    // interrupt once some documents are written
    for (let i = 0; i < 600; i++) {
      if (existsSync(out) && readdirSync(join(out)).some((d) => d.startsWith('batch-') && readdirSync(join(out, d)).filter((f) => f.endsWith('.json')).length >= 3)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGINT');
    const { code, stderr } = await exited;
    expect(code).toBe(130);
    const summary = /presslens: (\d+) annotated, (\d+) failed, 0 skipped in [\d.]+ s \(interrupted\)/.exec(stderr);
    expect(summary, stderr).not.toBeNull();
    const done = Number(summary![1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(DOCUMENTS);

    expectNoPartialOutput(out);
    const index = readJson<IndexJson>(join(out, 'index.json'));
    expect(index.run).toMatchObject({ interrupted: true, succeeded: done });
    const written = index.documents.filter((d) => d.output !== null);
    expect(written).toHaveLength(done);
    for (const d of written) expect(existsSync(d.output!), d.output!).toBe(true);

    const resumed = await runCli(['annotate', input, '--out', out, '--jobs', '2', '--resume']);
    expect(resumed.stderr).toMatch(new RegExp(`${DOCUMENTS - done} annotated, 2 failed, ${done} skipped`));
    expect(resumed.code).toBe(1);
    for (const f of listFiles(reference).filter((f) => f !== 'index.json')) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(reference, f), 'utf8'));
    expect(comparableIndex(join(out, 'index.json'), out)).toEqual(comparableIndex(join(reference, 'index.json'), reference));
  });
});

describe('SIGINT while reading stdin', () => {
  it('stops waiting for input that may never come, keeps what was done, and exits 130', async () => {
    const out = join(tempDir('presslens-sigint-'), 'out');
    const child = startCli(['annotate', '-', '--out', out, '--jobs', '1']);
    const exited = waitForExit(child);
    child.stdin!.write(`${JSON.stringify({ id: 'first', text: 'The council voted on Tuesday.' })}\n`);
    // stdin stays open: a producer that has not finished
    for (let i = 0; i < 600 && !existsSync(join(out, 'stdin', 'first.json')); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const { code, stderr } = await exited;
    expect(stderr).toMatch(/presslens: 1 annotated, 0 failed, 0 skipped in [\d.]+ s \(interrupted\)/);
    expect(code).toBe(130);
    expectNoPartialOutput(out);
    expect(readJson<IndexJson>(join(out, 'index.json')).run).toMatchObject({ interrupted: true, succeeded: 1 });
  });
});
