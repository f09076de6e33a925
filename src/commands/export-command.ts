/** `presslens export --to label-studio|brat <json|dir>` and `--from label-studio <export.json>`. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { exportBrat, exportLabelStudio, importLabelStudio, type ExportReport } from '../export/run-export.js';

export const EXPORT_HELP = `usage: presslens export --to label-studio|brat <annotation.json | annotations.jsonl | output dir> [--out DIR]
       presslens export --from label-studio <label-studio-export.json> [--out DIR]

  --to label-studio   tasks.json (presslens' annotations as predictions, to correct in Label
                      Studio) and label-studio-config.xml, the labelling config to paste into
                      the project (default DIR: <dir>/label-studio)
  --to brat           <name>.txt + <name>.ann (brat standoff) and annotation.conf
                      (default DIR: <dir>/brat)
  --from label-studio a Label Studio JSON export of corrected tasks → <name>.gold.json
                      (text-anchored gold, as \`presslens eval\` reads it) + <name>.txt
                      (default DIR: gold/ beside the export)
`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { to: { type: 'string' }, from: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(EXPORT_HELP);
    return 0;
  }
  if ((values.to === undefined) === (values.from === undefined)) throw new UsageError('export needs either --to label-studio|brat or --from label-studio');
  if (positionals.length !== 1) throw new UsageError('export needs exactly one input');
  const input = positionals[0]!;
  let report: ExportReport;
  if (values.to === 'label-studio') report = await exportLabelStudio(input, values.out);
  else if (values.to === 'brat') report = await exportBrat(input, values.out);
  else if (values.to !== undefined) throw new UsageError(`--to must be label-studio or brat, not "${values.to}"`);
  else if (values.from === 'label-studio') report = await importLabelStudio(input, values.out);
  else throw new UsageError(`--from must be label-studio, not "${values.from}"`);
  for (const p of report.problems) process.stderr.write(`note: ${p.error}\n`);
  for (const w of report.warnings) process.stderr.write(`warning: ${w}\n`);
  process.stderr.write(`presslens: wrote ${report.written.length} files${report.written[0] ? ` → ${report.written[0].replace(/[^/\\]+$/, '')}` : ''}\n`);
  return report.written.length === 0 || (report.problems.length > 0 && values.to !== undefined) ? 1 : 0;
}
