/** `presslens annotate <files|dirs|globs|->... --out DIR`: argv to a run; no NLP here. */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { isoDate } from '../ingest/metadata.js';
import { DEFAULT_MAX_CHARS } from '../ingest/ingest.js';
import { runAnnotate } from '../run/run-annotate.js';

export const ANNOTATE_HELP = `usage: presslens annotate <file|dir|glob|->... [options]

  --out DIR          output directory (default: output); "-" writes JSONL to stdout
  --date YYYY-MM-DD  publication date for articles whose metadata has none
  --format json|jsonl  one JSON file per article (default) or one annotations.jsonl
  --jobs N           worker threads (default: number of cores)
  --max-chars N      largest article accepted (default ${DEFAULT_MAX_CHARS})
  --resume           skip articles whose output exists for the same input and pipeline version
  --html             also write the HTML view of every written article into <out>/html
  -                  read JSON Lines records ({id?, title?, date?, text}) from stdin
`;

export async function annotateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      date: { type: 'string' },
      format: { type: 'string', default: 'json' },
      jobs: { type: 'string' },
      'max-chars': { type: 'string' },
      resume: { type: 'boolean', default: false },
      html: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(ANNOTATE_HELP);
    return 0;
  }
  if (!positionals.length) throw new UsageError('annotate needs at least one input (file, directory, glob or -)');
  const format = values.format;
  if (format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not "${format}"`);
  let date: string | null = null;
  if (values.date !== undefined) {
    date = isoDate(values.date);
    if (!date) throw new UsageError(`--date must be YYYY-MM-DD, not "${values.date}"`);
  }
  const jobs = values.jobs === undefined ? Math.min(availableParallelism(), singleDocumentFiles(positionals) ?? Infinity) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer, not "${values.jobs}"`);
  const maxChars = values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : Number(values['max-chars']);
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new UsageError(`--max-chars must be a positive integer`);
  const out = values.out;
  if (values.html && out === '-') throw new UsageError('--html needs an output directory, not "-"');

  const tty = process.stderr.isTTY === true;
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  const report = await runAnnotate({
    inputs: positionals,
    out,
    format,
    jobs,
    resume: values.resume,
    ingest: { date, maxChars },
    signal: controller.signal,
    ...(tty ? { onProgress: (done: number, failed: number) => process.stderr.write(`\r${progressBar(done)} ${done} done, ${failed} failed`) } : {}),
  });
  process.off('SIGINT', onSigint);
  if (tty) process.stderr.write('\n');
  for (const e of report.entries) if (e.error) process.stderr.write(`error: ${e.error}\n`);
  const words = report.interrupted ? ' (interrupted)' : '';
  process.stderr.write(
    `presslens: ${report.succeeded} annotated, ${report.failed} failed, ${report.skipped} skipped in ${report.seconds.toFixed(1)} s${words}${out === '-' ? '' : ` → ${out}`}\n`,
  );
  if (values.html && !report.interrupted) {
    const { viewRun } = await import('../view/write-view.js');
    const outputs = format === 'jsonl' ? [join(out, 'annotations.jsonl')] : report.entries.flatMap((e) => (e.output ? [e.output] : []));
    process.stderr.write(`presslens: HTML view → ${(await viewRun(out, outputs)).index}\n`);
  }
  if (report.interrupted) return 130;
  return report.failed > 0 ? 1 : 0;
}

function progressBar(done: number): string {
  const spin = '|/-\\';
  return `[${spin[done % spin.length]}]`;
}

/**
 * How many documents the inputs hold when every input is one single-article file (so that one
 * article is annotated in-process, without starting a pool of workers that each load the model);
 * null when that cannot be known up front (directories, globs, JSON/JSONL, stdin).
 */
function singleDocumentFiles(inputs: string[]): number | null {
  for (const input of inputs) {
    if (!/\.(txt|md|markdown|html?)$/i.test(input)) return null;
    try {
      if (!statSync(input).isFile()) return null;
    } catch {
      return null;
    }
  }
  return inputs.length;
}
