/** `presslens eval --gold <file|dir> [--pred DIR]`: score annotations against gold; no NLP here. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { formatReport, type EvalReport } from '../eval/report.js';
import { defaultErrorsPath, runEval } from '../eval/run-eval.js';
import { LAYERS, type LayerName } from '../eval/score.js';

export const EVAL_HELP = `usage: presslens eval --gold <file|dir> [options]

Scores annotations against gold: precision, recall and F1 per layer (strict and overlap matching),
values of dates and quantities, quote attribution and sourcing.

  --gold FILE|DIR     a gold file, or a directory of *.gold.json files; text-anchored gold or a
                      presslens annotation ("schema": "presslens/annotation@1")
  --pred DIR          presslens JSON outputs to score (<name>.json); without it the articles are
                      annotated now (text-anchored gold: the file its "document" names, looked for
                      in --articles, the gold directory, corpus/ and ../corpus from the gold)
  --articles DIR      where to look first for the articles of text-anchored gold
  --errors FILE       write missed, spurious and wrong items as JSON Lines
                      (default: <pred dir>/eval-errors.jsonl with --pred, none without)
  --json              print the whole report as JSON
  --min-f LAYER=F     exit 1 when LAYER's overlap F1 is below F (repeatable; layers: ${LAYERS.join(', ')})
`;

/** `entities=0.9` → ['entities', 0.9]. */
export function parseMinF(arg: string): [LayerName, number] {
  const m = /^([a-z]+)=(.+)$/.exec(arg);
  const layer = m?.[1] as LayerName | undefined;
  const value = Number(m?.[2]);
  if (!m || !layer || !LAYERS.includes(layer)) throw new UsageError(`--min-f takes LAYER=F with LAYER one of ${LAYERS.join(', ')}, not "${arg}"`);
  if (!(value >= 0 && value <= 1)) throw new UsageError(`--min-f ${layer}: F must be a number from 0 to 1, not "${m[2]}"`);
  return [layer, value];
}

/** Messages for every layer whose micro overlap F1 is below its minimum. */
export function belowMinimum(report: EvalReport, minimum: ReadonlyMap<LayerName, number>): { failed: string[]; unscored: string[] } {
  const failed: string[] = [];
  const unscored: string[] = [];
  for (const [layer, min] of minimum) {
    const f1 = report.micro[layer]?.overlap.f1 ?? null;
    if (f1 === null) unscored.push(`${layer}: nothing to score, --min-f not applied`);
    else if (f1 < min) failed.push(`${layer}: overlap F1 ${f1.toFixed(3)} is below --min-f ${min}`);
  }
  return { failed, unscored };
}

export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      gold: { type: 'string' },
      pred: { type: 'string' },
      articles: { type: 'string' },
      errors: { type: 'string' },
      json: { type: 'boolean', default: false },
      'min-f': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"; give the gold with --gold`);
  if (!values.gold) throw new UsageError('eval needs --gold <file|dir>');
  const minimum = new Map(values['min-f'].map(parseMinF));

  const { report, errors } = await runEval({ gold: values.gold, pred: values.pred, articles: values.articles });

  const errorsPath = values.errors ?? defaultErrorsPath(values.pred);
  if (errorsPath) {
    await writeFileAtomic(errorsPath, errors.map((e) => `${JSON.stringify(e)}\n`).join(''));
    process.stderr.write(`presslens eval: ${errors.length} errors listed → ${errorsPath}\n`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));

  const unscoredDocs = report.perDocument.filter((d) => d.error);
  for (const d of unscoredDocs) process.stderr.write(`presslens eval: not scored: ${d.name}: ${d.error}\n`);
  const { failed, unscored } = belowMinimum(report, minimum);
  for (const m of unscored) process.stderr.write(`presslens eval: ${m}\n`);
  for (const m of failed) process.stderr.write(`presslens eval: ${m}\n`);
  return failed.length || unscoredDocs.length || report.documents === 0 ? 1 : 0;
}
