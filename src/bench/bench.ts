/**
 * `npm run bench`: presslens's throughput through the real CLI, side by side with bare wink-nlp.
 *
 *   node dist/bench/bench.js [--words N] [--jobs 1,2] [--corpus DIR] [--json] [--out FILE]
 *                            [--memory 1000,100000] [--memory-jobs 2] [--memory-only] [--keep]
 *
 * The corpus is the articles of `corpus/` cycled into one JSONL file of about N words (default
 * 1,500,000). Each presslens run is a child process (`presslens annotate corpus.jsonl --format
 * jsonl --out DIR --jobs J`), so its peak RSS (worker threads included) and its cold start are
 * real. Bare wink-nlp `readDoc` runs over the same text before and after, in its own process, and
 * presslens's throughput is also given as a ratio of it: absolute numbers on a shared machine
 * drift, a ratio measured side by side much less. `--memory` streams that many articles through
 * `presslens annotate - --out -` (stdin to stdout) and reports peak RSS for each count; each of
 * those articles ends with five words no other has, so that a cache growing with the vocabulary
 * shows. `--memory-only` skips the throughput runs.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articlesForWords, loadArticles, recordLine, wordsOf, type BenchArticle } from './corpus.js';
import { PIPELINE_VERSION } from '../version.js';

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));
const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));
const WINK = fileURLToPath(new URL('./wink-baseline.js', import.meta.url));

interface Probe {
  maxRssKb: number;
  userCpuMs: number;
  systemCpuMs: number;
}

interface ChildRun {
  wallMs: number;
  firstOutputMs: number | null;
  probe: Probe | null;
  /** Highest VmHWM seen while polling /proc (a cross-check of the probe). */
  polledHwmKb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

interface ChildSpec {
  args: string[];
  /** Poll this file's size: the time it first holds a byte is the first document written. */
  watchFile?: (pid: number) => string;
  /** Watch stdout: the first byte is the first document written. Its data is counted, not kept. */
  streamStdout?: boolean;
  /** Lines fed to stdin (with backpressure), then stdin closes. */
  feed?: { count: number; line: (i: number) => string };
}

function readHwmKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function runChild(spec: ChildSpec, probeFile: string): Promise<ChildRun & { stdoutLines: number }> {
  rmSync(probeFile, { force: true });
  const t0 = performance.now();
  const child = spawn(process.execPath, spec.args, {
    env: { ...process.env, PRESSLENS_BENCH_PROBE: probeFile },
    stdio: [spec.feed ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid!;
  let firstOutputMs: number | null = null;
  let polledHwmKb = 0;
  let stdout = '';
  let stdoutLines = 0;
  let stderr = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    if (spec.streamStdout) {
      if (firstOutputMs === null && chunk.length) firstOutputMs = performance.now() - t0;
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) stdoutLines++;
    } else stdout += chunk;
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const watched = spec.watchFile?.(pid);
  const fast = setInterval(() => {
    if (watched && firstOutputMs === null) {
      try {
        if (statSync(watched).size > 0) firstOutputMs = performance.now() - t0;
      } catch {
        // not there yet
      }
    }
  }, 2);
  const slow = setInterval(() => {
    polledHwmKb = Math.max(polledHwmKb, readHwmKb(pid));
  }, 100);
  if (spec.feed) {
    const stdin = child.stdin!;
    stdin.on('error', () => {});
    void (async () => {
      for (let i = 0; i < spec.feed!.count; i++) {
        if (!stdin.write(spec.feed!.line(i))) await new Promise((r) => stdin.once('drain', r));
      }
      stdin.end();
    })();
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const wallMs = performance.now() - t0;
  clearInterval(fast);
  clearInterval(slow);
  let probe: Probe | null = null;
  try {
    probe = JSON.parse(readFileSync(probeFile, 'utf8')) as Probe;
  } catch {
    probe = null;
  }
  return { wallMs, firstOutputMs, probe, polledHwmKb, code, stdout, stdoutLines, stderr };
}

interface WinkResult {
  loadMs: number;
  readDocMs: number;
  /** CPU milliseconds of the readDoc loop: unlike wall time, hardly moved by other processes. */
  readDocCpuMs: number;
  wallMs: number;
  words: number;
  documents: number;
  wordsPerSecond: number;
  megabytesPerSecond: number;
  peakRssMb: number | null;
}

async function runWink(corpusFile: string, probeFile: string): Promise<WinkResult> {
  const r = await runChild({ args: ['--import', PROBE, WINK, corpusFile] }, probeFile);
  if (r.code !== 0) throw new Error(`wink baseline failed (${r.code}): ${r.stderr}`);
  const o = JSON.parse(r.stdout) as { loadMs: number; readDocMs: number; readDocCpuMs: number; words: number; documents: number; chars: number };
  return {
    loadMs: o.loadMs,
    readDocMs: o.readDocMs,
    readDocCpuMs: o.readDocCpuMs,
    wallMs: r.wallMs,
    words: o.words,
    documents: o.documents,
    wordsPerSecond: o.words / (o.readDocMs / 1000),
    megabytesPerSecond: o.chars / 1e6 / (o.readDocMs / 1000),
    peakRssMb: r.probe ? r.probe.maxRssKb / 1024 : null,
  };
}

interface RunIndex {
  run: {
    succeeded: number;
    failed: number;
    seconds: number;
    stageMilliseconds: Record<string, number>;
    stepMilliseconds?: Record<string, number>;
    documentMilliseconds?: { p50: number; p95: number; p99: number; max: number };
  };
}

interface PresslensResult {
  jobs: number;
  documents: number;
  failed: number;
  words: number;
  wallSeconds: number;
  wordsPerSecond: number;
  documentsPerSecond: number;
  msPerDocument: { p50: number; p95: number; p99: number; max: number } | null;
  stageShare: Record<string, number>;
  peakRssMb: number | null;
  coldStartMs: number | null;
  cpuSeconds: number | null;
  /** CPU seconds used per wall second: how many cores the run actually got. */
  coresUsed: number | null;
  /** words/s over bare wink's readDoc words/s, both wall-clock, measured side by side. */
  ratioToWink: number;
  /** Words per CPU second over bare wink's words per CPU second: the figure load moves least. */
  cpuRatioToWink: number | null;
}

async function runPresslens(jobs: number, corpusFile: string, words: number, documents: number, workDir: string, probeFile: string, winkWps: number): Promise<PresslensResult> {
  const out = join(workDir, `out-jobs-${jobs}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const r = await runChild(
    {
      args: ['--import', PROBE, CLI, 'annotate', corpusFile, '--format', 'jsonl', '--out', out, '--jobs', String(jobs)],
      watchFile: (pid) => join(out, `annotations.jsonl.${pid}.tmp`),
    },
    probeFile,
  );
  if (r.code !== 0 && r.code !== 1) throw new Error(`presslens --jobs ${jobs} failed (${r.code}): ${r.stderr}`);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as RunIndex;
  const written = countLines(join(out, 'annotations.jsonl'));
  if (written !== index.run.succeeded) throw new Error(`annotations.jsonl has ${written} lines, index.json says ${index.run.succeeded} succeeded`);
  if (index.run.succeeded + index.run.failed !== documents) throw new Error(`expected ${documents} documents, the run reports ${index.run.succeeded + index.run.failed}`);
  const stages = { ...(index.run.stepMilliseconds ?? {}), ...index.run.stageMilliseconds };
  const totalStageMs = Object.values(stages).reduce((a, b) => a + b, 0);
  const wallSeconds = r.wallMs / 1000;
  const cpuSeconds = r.probe ? (r.probe.userCpuMs + r.probe.systemCpuMs) / 1000 : null;
  const wordsPerSecond = words / wallSeconds;
  return {
    jobs,
    documents: index.run.succeeded,
    failed: index.run.failed,
    words,
    wallSeconds,
    wordsPerSecond,
    documentsPerSecond: index.run.succeeded / wallSeconds,
    msPerDocument: index.run.documentMilliseconds ?? null,
    stageShare: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, totalStageMs ? v / totalStageMs : 0])),
    peakRssMb: r.probe ? Math.max(r.probe.maxRssKb, r.polledHwmKb) / 1024 : r.polledHwmKb ? r.polledHwmKb / 1024 : null,
    coldStartMs: r.firstOutputMs,
    cpuSeconds,
    coresUsed: cpuSeconds === null ? null : cpuSeconds / wallSeconds,
    ratioToWink: wordsPerSecond / winkWps,
    cpuRatioToWink: null,
  };
}

function countLines(file: string): number {
  const buf = readFileSync(file);
  let n = 0;
  for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/** Process start to first document on stdout, for one article: `presslens annotate a.txt --out -`. */
async function coldStart(article: BenchArticle, workDir: string, probeFile: string, times: number): Promise<number[]> {
  const file = join(workDir, 'cold-start.txt');
  writeFileSync(file, article.text);
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const r = await runChild({ args: [CLI, 'annotate', file, '--out', '-', '--jobs', '1'], streamStdout: true }, probeFile);
    if (r.code !== 0 || r.firstOutputMs === null) throw new Error(`cold start run failed (${r.code}): ${r.stderr}`);
    out.push(r.firstOutputMs);
  }
  return out;
}

interface MemoryResult {
  articles: number;
  words: number;
  jobs: number;
  wallSeconds: number;
  documentsOut: number;
  peakRssMb: number | null;
  wordsPerSecond: number;
}

async function memoryRun(articles: readonly BenchArticle[], count: number, jobs: number, probeFile: string): Promise<MemoryResult> {
  const r = await runChild(
    {
      args: ['--import', PROBE, CLI, 'annotate', '-', '--out', '-', '--jobs', String(jobs)],
      streamStdout: true,
      feed: { count, line: (i) => recordLine(articles, i, true) },
    },
    probeFile,
  );
  if (r.code !== 0) throw new Error(`memory run of ${count} articles failed (${r.code}): ${r.stderr}`);
  const words = wordsOf(articles, count) + 7 * count; // and the unique line: "Filed by" and five words
  return {
    articles: count,
    words,
    jobs,
    wallSeconds: r.wallMs / 1000,
    documentsOut: r.stdoutLines,
    peakRssMb: r.probe ? Math.max(r.probe.maxRssKb, r.polledHwmKb) / 1024 : null,
    wordsPerSecond: words / (r.wallMs / 1000),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

function fmt(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined) return '-';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      words: { type: 'string', default: '1500000' },
      jobs: { type: 'string', default: '1,2' },
      corpus: { type: 'string', default: 'corpus' },
      json: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results.json' },
      memory: { type: 'string' },
      'memory-jobs': { type: 'string', default: '2' },
      keep: { type: 'boolean', default: false },
      'memory-only': { type: 'boolean', default: false },
    },
  });
  const targetWords = Number(values.words);
  if (!Number.isFinite(targetWords) || targetWords < 1) throw new Error(`--words must be a positive number`);
  const jobsList = values['memory-only'] ? [] : values.jobs.split(',').map(Number);
  if (jobsList.some((j) => !Number.isInteger(j) || j < 1)) throw new Error('--jobs must be a comma-separated list of positive integers');
  const log = (s: string): void => void process.stderr.write(`${s}\n`);

  const articles = loadArticles(values.corpus);
  const documents = articlesForWords(articles, targetWords);
  const words = wordsOf(articles, documents);
  const workDir = mkdtempSync(join(tmpdir(), 'presslens-bench-'));
  const probeFile = join(workDir, 'probe.json');
  const corpusFile = join(workDir, 'corpus.jsonl');
  const stream = createWriteStream(corpusFile);
  for (let i = 0; i < documents; i++) if (!stream.write(recordLine(articles, i))) await new Promise<void>((r) => stream.once('drain', () => r()));
  await new Promise<void>((r) => stream.end(() => r()));
  const corpusMb = statSync(corpusFile).size / 1e6;
  log(`presslens bench: ${fmt(documents)} articles (${articles.length} distinct from ${values.corpus}/), ${fmt(words)} words, ${corpusMb.toFixed(1)} MB of JSONL`);
  const loadBefore = loadavg();

  try {
    log('cold start (one article, --out -) ...');
    const cold = await coldStart(articles[0]!, workDir, probeFile, values['memory-only'] ? 1 : 3);
    log('bare wink-nlp readDoc ...');
    const winkBefore = await runWink(corpusFile, probeFile);
    const runs: PresslensResult[] = [];
    // The ratio uses the wink run measured next to each presslens run (the mean of the two around it
    // once the second exists), so that a load change during the bench moves both sides.
    const winkRuns: WinkResult[] = [winkBefore];
    for (const jobs of jobsList) {
      log(`presslens --jobs ${jobs} ...`);
      runs.push(await runPresslens(jobs, corpusFile, words, documents, workDir, probeFile, winkBefore.wordsPerSecond));
    }
    log('bare wink-nlp readDoc again ...');
    const winkAfter = await runWink(corpusFile, probeFile);
    winkRuns.push(winkAfter);
    const winkWps = (winkBefore.wordsPerSecond + winkAfter.wordsPerSecond) / 2;
    const winkWordsPerCpuSecond = (2 * words) / ((winkBefore.readDocCpuMs + winkAfter.readDocCpuMs) / 1000);
    for (const r of runs) {
      r.ratioToWink = r.wordsPerSecond / winkWps;
      r.cpuRatioToWink = r.cpuSeconds === null ? null : words / r.cpuSeconds / winkWordsPerCpuSecond;
    }

    const memory: MemoryResult[] = [];
    if (values.memory) {
      for (const count of values.memory.split(',').map(Number)) {
        log(`memory: ${fmt(count)} articles through stdin → stdout ...`);
        memory.push(await memoryRun(articles, count, Number(values['memory-jobs']), probeFile));
      }
    }
    const loadAfter = loadavg();
    const one = runs.find((r) => r.jobs === 1);
    const two = runs.find((r) => r.jobs === 2);
    const result = {
      presslens: PIPELINE_VERSION,
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: availableParallelism(),
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        loadAverageBefore: loadBefore.map((x) => Math.round(x * 100) / 100),
        loadAverageAfter: loadAfter.map((x) => Math.round(x * 100) / 100),
      },
      corpus: { articles: documents, distinct: articles.length, words, megabytes: Math.round(corpusMb * 10) / 10 },
      wink: { runs: winkRuns, wordsPerSecond: winkWps, wordsPerCpuSecond: winkWordsPerCpuSecond },
      runs,
      coldStartMs: { median: median(cold), runs: cold },
      speedup: one && two ? two.wordsPerSecond / one.wordsPerSecond : null,
      memory,
    };

    const rows: string[][] = [['', ...runs.map((r) => `--jobs ${r.jobs}`)]];
    rows.push(['words/s', ...runs.map((r) => fmt(r.wordsPerSecond))]);
    rows.push(['documents/s', ...runs.map((r) => fmt(r.documentsPerSecond, 1))]);
    rows.push(['ratio to bare wink readDoc', ...runs.map((r) => fmt(r.ratioToWink, 2))]);
    rows.push(['  same, per CPU second', ...runs.map((r) => fmt(r.cpuRatioToWink, 2))]);
    rows.push(['ms/document p50', ...runs.map((r) => fmt(r.msPerDocument?.p50, 2))]);
    rows.push(['ms/document p95', ...runs.map((r) => fmt(r.msPerDocument?.p95, 2))]);
    rows.push(['ms/document p99', ...runs.map((r) => fmt(r.msPerDocument?.p99, 2))]);
    rows.push(['peak RSS (MB)', ...runs.map((r) => fmt(r.peakRssMb))]);
    rows.push(['first document written (ms)', ...runs.map((r) => fmt(r.coldStartMs))]);
    rows.push(['cores used (CPU s / wall s)', ...runs.map((r) => fmt(r.coresUsed, 2))]);
    const stageNames = [...new Set(runs.flatMap((r) => Object.keys(r.stageShare)))];
    for (const s of stageNames) rows.push([`  time in ${s}`, ...runs.map((r) => `${fmt((r.stageShare[s] ?? 0) * 100, 1)}%`)]);
    const lines = [
      `presslens ${PIPELINE_VERSION} on ${result.machine.cpu}, ${result.machine.cores} cores, node ${process.version}; load average ${loadBefore[0]!.toFixed(2)} before, ${loadAfter[0]!.toFixed(2)} after`,
      `corpus: ${fmt(documents)} articles, ${fmt(words)} words (${corpusMb.toFixed(1)} MB)`,
      `bare wink-nlp readDoc: ${fmt(winkBefore.wordsPerSecond)} and ${fmt(winkAfter.wordsPerSecond)} words/s (${winkBefore.megabytesPerSecond.toFixed(2)} MB/s; ${fmt(winkWordsPerCpuSecond)} words per CPU second; model load ${fmt(winkBefore.loadMs)} ms)`,
      '',
      table(rows),
      '',
      `two workers / one worker: ${result.speedup === null ? '-' : `${result.speedup.toFixed(2)}x`}`,
      `cold start, one article to stdout: median ${fmt(result.coldStartMs.median)} ms (${cold.map((c) => fmt(c)).join(', ')})`,
      ...memory.map((m) => `streamed stdin → stdout, --jobs ${m.jobs}: ${fmt(m.articles)} articles (${fmt(m.words)} words) in ${m.wallSeconds.toFixed(1)} s, peak RSS ${fmt(m.peakRssMb)} MB, ${fmt(m.wordsPerSecond)} words/s`),
    ];
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      process.stdout.write(`${lines.join('\n')}\n`);
      mkdirSync(dirname(values.out), { recursive: true });
      writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
      process.stdout.write(`results written to ${values.out}\n`);
    }
  } finally {
    if (values.keep) log(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
