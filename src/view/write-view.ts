/** Reading annotation JSON (file, directory or JSONL) and writing the HTML view of it. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Annotation } from '../document.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { findProblems } from '../validate.js';
import { SCHEMA_ID } from '../version.js';
import { renderDocument } from './render-document.js';
import { renderIndex, type IndexRow } from './render-index.js';

export interface LoadedDocument {
  /** A file-name stem for the document's page (unique within one load). */
  name: string;
  /** Where it came from (file, or file:line for JSONL). */
  origin: string;
  doc: Annotation;
}

export interface LoadProblem {
  key: string;
  error: string;
}

export interface Loaded {
  documents: LoadedDocument[];
  problems: LoadProblem[];
  /** The run directory whose index.json / errors.jsonl describe failed documents, if any. */
  runDir: string | null;
}

function stemOf(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return clean || 'document';
}

function consider(value: unknown, origin: string, name: string, out: Loaded): void {
  if (typeof value !== 'object' || value === null || (value as { schema?: unknown }).schema !== SCHEMA_ID) return;
  const problems = findProblems(value);
  if (problems.length) {
    out.problems.push({ key: name, error: `${origin}: not a valid presslens annotation: ${problems.slice(0, 3).join('; ')}` });
    return;
  }
  out.documents.push({ name, origin, doc: value as Annotation });
}

async function loadJsonl(file: string, out: Loaded): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const origin = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.problems.push({ key: origin, error: `${origin}: not JSON: ${(e as Error).message}` });
      return;
    }
    const id = (value as { document?: { id?: unknown } }).document?.id;
    consider(value, origin, stemOf(typeof id === 'string' ? id : `line-${i + 1}`), out);
  });
}

async function loadJson(file: string, out: Loaded, quietIfForeign: boolean): Promise<void> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    out.problems.push({ key: basename(file), error: `${file}: not JSON: ${(e as Error).message}` });
    return;
  }
  const before = out.documents.length + out.problems.length;
  consider(value, file, stemOf(basename(file, extname(file))), out);
  if (!quietIfForeign && out.documents.length + out.problems.length === before) {
    throw new InputError(file, `not a presslens annotation (no "schema": "${SCHEMA_ID}")`);
  }
}

/** Annotations from a .json file, a .jsonl file, or a directory of them (a run's output). */
export async function loadAnnotations(input: string): Promise<Loaded> {
  const out: Loaded = { documents: [], problems: [], runDir: null };
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new InputError(input, 'no such file or directory');
  }
  if (info.isDirectory()) {
    out.runDir = input;
    const names = (await readdir(input)).sort();
    for (const n of names) {
      if (n === 'index.json') continue;
      if (n.endsWith('.jsonl')) await loadJsonl(join(input, n), out);
      else if (n.endsWith('.json')) await loadJson(join(input, n), out, true);
    }
  } else if (input.endsWith('.jsonl')) {
    await loadJsonl(input, out);
  } else {
    await loadJson(input, out, false);
  }
  // Page names must be unique.
  const seen = new Map<string, number>();
  for (const d of out.documents) {
    const n = seen.get(d.name) ?? 0;
    seen.set(d.name, n + 1);
    if (n > 0) d.name = `${d.name}-${n + 1}`;
  }
  return out;
}

/** Errors recorded by a run (errors.jsonl, and index.json entries with an error), by key. */
export async function runErrors(runDir: string): Promise<LoadProblem[]> {
  const byKey = new Map<string, string>();
  try {
    for (const line of (await readFile(join(runDir, 'errors.jsonl'), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line) as { key?: string; source?: string; error?: string };
        if (r.error) byKey.set(r.key ?? r.source ?? r.error, r.error);
      } catch {
        // a torn line is not worth failing the view for
      }
    }
  } catch {
    // no errors.jsonl
  }
  try {
    const index = JSON.parse(await readFile(join(runDir, 'index.json'), 'utf8')) as { documents?: { key?: string; error?: string | null }[] };
    for (const e of index.documents ?? []) if (e.error && e.key && !byKey.has(e.key)) byKey.set(e.key, e.error);
  } catch {
    // no index.json
  }
  return [...byKey].map(([key, error]) => ({ key, error }));
}

export interface WriteViewOptions {
  documents: readonly LoadedDocument[];
  /** Problems to list in the index as failed articles. */
  problems?: readonly LoadProblem[];
  outDir: string;
}

export interface ViewReport {
  pages: string[];
  index: string;
}

/** Write one page per document and index.html into outDir. */
export async function writeView(options: WriteViewOptions): Promise<ViewReport> {
  const pages: string[] = [];
  const rows: IndexRow[] = [];
  for (const { name, doc } of options.documents) {
    const file = `${name}.html`;
    const path = join(options.outDir, file);
    await writeFileAtomic(path, renderDocument(doc, { indexHref: 'index.html' }));
    pages.push(path);
    rows.push({
      href: file,
      id: doc.document.id,
      title: doc.document.title,
      date: doc.document.date,
      quotes: doc.summary.counts.quotes,
      sources: doc.summary.counts.sources,
      anonymousQuoteShare: doc.summary.anonymousQuoteShare,
      anonymousWithoutReason: doc.summary.anonymousWithoutReason,
      error: null,
    });
  }
  for (const p of options.problems ?? []) {
    rows.push({ href: null, id: p.key, title: null, date: null, quotes: null, sources: null, anonymousQuoteShare: null, anonymousWithoutReason: null, error: p.error });
  }
  const index = join(options.outDir, 'index.html');
  await writeFileAtomic(index, renderIndex(rows));
  return { pages, index };
}

/** `presslens view`: load, add the run's recorded errors, write. Default out: <dir>/html. */
export async function viewInput(input: string, outDir?: string): Promise<ViewReport & { problems: LoadProblem[] }> {
  const loaded = await loadAnnotations(input);
  const problems = [...loaded.problems];
  if (loaded.runDir) {
    const known = new Set(problems.map((p) => p.key));
    for (const e of await runErrors(loaded.runDir)) if (!known.has(e.key)) problems.push(e);
  }
  const out = outDir ?? join(loaded.runDir ?? dirname(input), 'html');
  const report = await writeView({ documents: loaded.documents, problems, outDir: out });
  return { ...report, problems };
}

/** `annotate --html`: pages for the documents a run wrote (not stale files), into <out>/html. */
export async function viewRun(runDir: string, outputs: readonly string[]): Promise<ViewReport & { problems: LoadProblem[] }> {
  const documents: LoadedDocument[] = [];
  const problems: LoadProblem[] = [];
  for (const file of outputs) {
    const loaded = await loadAnnotations(file);
    documents.push(...loaded.documents);
    problems.push(...loaded.problems);
  }
  const seen = new Map<string, number>();
  for (const d of documents) {
    const n = seen.get(d.name) ?? 0;
    seen.set(d.name, n + 1);
    if (n > 0) d.name = `${d.name}-${n + 1}`;
  }
  problems.push(...(await runErrors(runDir)));
  const report = await writeView({ documents, problems, outDir: join(runDir, 'html') });
  return { ...report, problems };
}
