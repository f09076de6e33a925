/** File side of `presslens export`: read documents or a Label Studio export, write the files. */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { loadAnnotations, type LoadProblem } from '../view/write-view.js';
import { BRAT_CONF, toBratAnn } from './brat.js';
import { labelStudioExportToGold } from './from-label-studio.js';
import { toLabelStudioTask } from './label-studio.js';

/** The labelling config shipped in the repository (export/label-studio-config.xml). */
export const LABEL_STUDIO_CONFIG_URL = new URL('../../export/label-studio-config.xml', import.meta.url);

export async function labelStudioConfig(): Promise<string> {
  try {
    return await readFile(LABEL_STUDIO_CONFIG_URL, 'utf8');
  } catch {
    throw new InputError(LABEL_STUDIO_CONFIG_URL.pathname, 'the Label Studio labelling config is missing from this installation');
  }
}

export interface ExportReport {
  written: string[];
  problems: LoadProblem[];
  warnings: string[];
}

function defaultOut(input: string, runDir: string | null, leaf: string): string {
  return join(runDir ?? dirname(input), leaf);
}

/** tasks.json (one task per document, presslens' annotations as predictions) + the config. */
export async function exportLabelStudio(input: string, out?: string): Promise<ExportReport> {
  const loaded = await loadAnnotations(input);
  const dir = out ?? defaultOut(input, loaded.runDir, 'label-studio');
  const tasks = loaded.documents.map((d) => toLabelStudioTask(d.doc, d.name));
  const tasksPath = join(dir, 'tasks.json');
  const configPath = join(dir, 'label-studio-config.xml');
  await writeFileAtomic(tasksPath, `${JSON.stringify(tasks, null, 2)}\n`);
  await writeFileAtomic(configPath, await labelStudioConfig());
  return { written: [tasksPath, configPath], problems: loaded.problems, warnings: [] };
}

/** <name>.txt + <name>.ann per document, and annotation.conf. */
export async function exportBrat(input: string, out?: string): Promise<ExportReport> {
  const loaded = await loadAnnotations(input);
  const dir = out ?? defaultOut(input, loaded.runDir, 'brat');
  const written: string[] = [];
  for (const d of loaded.documents) {
    const txt = join(dir, `${d.name}.txt`);
    const ann = join(dir, `${d.name}.ann`);
    await writeFileAtomic(txt, d.doc.document.text);
    await writeFileAtomic(ann, toBratAnn(d.doc));
    written.push(txt, ann);
  }
  const conf = join(dir, 'annotation.conf');
  await writeFileAtomic(conf, BRAT_CONF);
  written.push(conf);
  return { written, problems: loaded.problems, warnings: [] };
}

/** A Label Studio JSON export → <name>.gold.json + <name>.txt per annotated task. */
export async function importLabelStudio(file: string, out?: string): Promise<ExportReport> {
  let exported: unknown;
  try {
    exported = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new InputError(file, `cannot read a Label Studio JSON export: ${(e as Error).message}`);
  }
  let result;
  try {
    result = labelStudioExportToGold(exported);
  } catch (e) {
    throw new InputError(file, (e as Error).message);
  }
  const dir = out ?? join(dirname(file), 'gold');
  const written: string[] = [];
  const warnings: string[] = [];
  for (const c of result.converted) {
    const gold = join(dir, `${c.name}.gold.json`);
    const txt = join(dir, `${c.name}.txt`);
    await writeFileAtomic(gold, `${JSON.stringify(c.gold, null, 2)}\n`);
    await writeFileAtomic(txt, c.text);
    written.push(gold, txt);
    warnings.push(...c.warnings.map((w) => `${c.name}: ${w}`));
  }
  const problems = result.unannotated.map((name) => ({ key: name, error: `${name}: no submitted annotation in the export; not converted` }));
  return { written, problems, warnings };
}
