/** `presslens view <output json|jsonl|dir> [--out DIR]`: the HTML view of annotated documents. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { viewInput } from '../view/write-view.js';

export const VIEW_HELP = `usage: presslens view <annotation.json | annotations.jsonl | output dir> [--out DIR]

Writes one self-contained HTML page per annotated article (no external resources; works
offline) and index.html, a sortable table of the corpus.

  --out DIR   where to write the pages (default: <dir>/html, or html/ beside the file)
`;

export async function viewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(VIEW_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('view needs exactly one input: an annotation JSON file, a JSONL file or an output directory');
  const report = await viewInput(positionals[0]!, values.out);
  for (const p of report.problems) process.stderr.write(`note: ${p.error}\n`);
  process.stderr.write(`presslens: ${report.pages.length} article pages → ${report.index}\n`);
  return report.pages.length === 0 && report.problems.length > 0 ? 1 : 0;
}
