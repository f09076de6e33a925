/**
 * An evaluation run: gold files → the annotations to score (prediction files, or the articles
 * annotated here with one in-process pipeline) → counts → report and error list. A document that
 * cannot be scored (no article, unreadable prediction, broken gold) is an error record; the run goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { annotateDocument } from '../annotate.js';
import type { Annotation } from '../document.js';
import { INPUT_EXTENSIONS, ingestBytes } from '../ingest/ingest.js';
import { isoDate } from '../ingest/metadata.js';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { anchorGold, GoldError, goldName, readGold, type GoldFile } from './gold.js';
import { readPrediction, type Prediction } from './prediction.js';
import { layersReport, sumCounts, type DocumentReport, type EvalReport } from './report.js';
import { scoreDocument, type DocumentCounts, type EvalError } from './score.js';

export interface EvalOptions {
  /** A gold file, a directory of `*.gold.json` files, or a list of gold files. */
  gold: string | readonly string[];
  /** A directory of presslens JSON outputs (`<name>.json` or `<name>.<ext>.json`); without it the articles are annotated here. */
  pred?: string | undefined;
  /** A directory searched first for the articles of text-anchored gold. */
  articles?: string | undefined;
  /** Where `corpus/` is looked for (default: the working directory). */
  cwd?: string;
  /** The pipeline that annotates articles (default: the default pipeline, created once). */
  pipeline?: Pipeline;
  /** Called with every annotation made during the run. */
  onAnnotation?: (name: string, annotation: Annotation) => void;
}

export interface EvalResult {
  report: EvalReport;
  errors: EvalError[];
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The gold files of a `--gold` argument, sorted; a directory yields its `*.gold.json` files. */
export async function listGoldFiles(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new GoldError(path, 'no such file or directory');
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => n.endsWith('.gold.json')).sort();
  if (!names.length) throw new GoldError(path, 'the directory holds no *.gold.json files');
  return names.map((n) => join(path, n));
}

/**
 * The article of a text-anchored gold file: its `document` field (or `<name>.<ext>`) looked up in
 * `articles`, the gold file's directory, `<cwd>/corpus`, then `../corpus` from the gold directory.
 */
export async function findArticle(file: GoldFile & { format: 'text-anchored' }, articles?: string, cwd = process.cwd()): Promise<string | null> {
  const names = file.gold.document ? [file.gold.document] : INPUT_EXTENSIONS.map((ext) => `${file.name}${ext}`);
  const goldDir = dirname(file.path);
  const dirs = [...(articles ? [articles] : []), goldDir, join(cwd, 'corpus'), join(goldDir, '..', 'corpus')];
  for (const name of names) {
    if (isAbsolute(name)) {
      if (await isFile(name)) return name;
      continue;
    }
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (await isFile(candidate)) return candidate;
    }
  }
  return null;
}

/** The prediction file for a gold fixture name in a prediction directory. */
async function findPrediction(dir: string, name: string): Promise<string | null> {
  const exact = join(dir, `${name}.json`);
  if (await isFile(exact)) return exact;
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return null;
  }
  const other = entries.filter((n) => n.startsWith(`${name}.`) && n.endsWith('.json') && !n.endsWith('.gold.json')).sort()[0];
  return other ? join(dir, other) : null;
}

class Unscorable extends Error {}

interface Target {
  prediction: Prediction;
  pred: string | null;
  article: string | null;
}

async function annotateArticle(file: GoldFile, options: EvalOptions, pipeline: () => Pipeline): Promise<Target> {
  if (file.format === 'presslens') {
    const annotation = annotateDocument(file.annotation.document, pipeline()).annotation;
    options.onAnnotation?.(file.name, annotation);
    return { prediction: readPrediction(annotation), pred: null, article: file.annotation.document.source };
  }
  const article = await findArticle(file, options.articles, options.cwd);
  if (!article) {
    const what = file.gold.document ? `"${file.gold.document}"` : `${file.name}.*`;
    throw new Unscorable(`article ${what} not found (looked in --articles, the gold directory, corpus/ and ../corpus)`);
  }
  const date = isoDate(file.gold.referenceDate ?? undefined);
  const results = ingestBytes(article, file.name, await readFile(article), { date });
  const first = results[0];
  if (!first) throw new Unscorable(`${article}: no document read`);
  if (!first.ok) throw new Unscorable(first.error.message);
  const annotation = annotateDocument(first.document, pipeline()).annotation;
  options.onAnnotation?.(file.name, annotation);
  return { prediction: readPrediction(annotation), pred: null, article };
}

async function readPredictionFile(dir: string, name: string): Promise<Target> {
  const path = await findPrediction(dir, name);
  if (!path) throw new Unscorable(`no prediction ${join(dir, `${name}.json`)}`);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new Unscorable(`${path}: not readable JSON: ${(e as Error).message}`);
  }
  return { prediction: readPrediction(data), pred: path, article: null };
}

/** Score every gold file; documents are handled one after another, in gold-file order. */
export async function runEval(options: EvalOptions): Promise<EvalResult> {
  const goldPaths = typeof options.gold === 'string' ? await listGoldFiles(options.gold) : [...options.gold];
  let pipeline = options.pipeline;
  const getPipeline = (): Pipeline => (pipeline ??= createPipeline());
  const perDocument: DocumentReport[] = [];
  const counts: DocumentCounts[] = [];
  const errors: EvalError[] = [];
  for (const path of goldPaths) {
    const doc: DocumentReport = {
      name: goldName(path),
      gold: path,
      pred: null,
      article: null,
      format: null,
      error: null,
      warnings: [],
      layers: layersReport(null),
    };
    perDocument.push(doc);
    try {
      const file = await readGold(path);
      doc.format = file.format;
      const target = options.pred ? await readPredictionFile(options.pred, file.name) : await annotateArticle(file, options, getPipeline);
      doc.pred = target.pred;
      doc.article = target.article;
      const gold = anchorGold(file, target.prediction.text);
      doc.warnings = gold.problems;
      const score = scoreDocument(file.name, gold, target.prediction);
      counts.push(score.counts);
      errors.push(...score.errors);
      doc.layers = layersReport(score.counts);
    } catch (e) {
      doc.error = e instanceof Unscorable ? e.message : `${(e as Error).name}: ${(e as Error).message}`;
    }
  }
  return {
    report: { schema: 'presslens/eval@1', documents: counts.length, micro: layersReport(sumCounts(counts)), perDocument },
    errors,
  };
}

/** The default error-list path of a run: `<pred dir>/eval-errors.jsonl`, or none without --pred. */
export function defaultErrorsPath(pred: string | undefined): string | null {
  return pred ? resolve(pred, 'eval-errors.jsonl') : null;
}
