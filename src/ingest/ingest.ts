/**
 * Ingest: one input file (txt, md, html, json, jsonl) to the documents it holds. A bad file or a
 * bad record becomes an error for that file or record; the other records go on.
 */
import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../document.js';
import { InputError } from '../errors.js';
import { decodeBytes, normaliseText } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { htmlToArticle } from './html.js';
import { markdownToText } from './markdown.js';
import { isoDate, stringOrNull } from './metadata.js';

export interface IngestOptions {
  /** Publication date for documents whose metadata has none (ISO YYYY-MM-DD). Default: none. */
  date?: string | null;
  /** Largest article accepted, in characters after normalisation. Default 2,000,000. */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'] as const;

/** One document read from an input, or the error that kept it from being read. */
export type IngestResult =
  | { ok: true; key: string; document: DocumentMeta }
  | { ok: false; key: string; error: InputError };

interface Fields {
  id: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function finish(file: string, key: string, raw: Uint8Array | string, text: string, fields: Fields, options: IngestOptions): DocumentMeta {
  const clean = normaliseText(text);
  if (!clean.trim()) throw new InputError(file, text.length ? 'the article text is only whitespace' : 'the article text is empty');
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (clean.length > max) throw new InputError(file, `the article has ${clean.length} characters, over --max-chars ${max}`);
  return {
    id: fields.id ?? key,
    source: file,
    title: fields.title,
    date: fields.date ?? options.date ?? null,
    language: 'en',
    sha256: sha256(raw),
    text: clean,
  };
}

function dateField(file: string, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const d = isoDate(value);
  if (!d) throw new InputError(file, `date ${JSON.stringify(String(value))} is not an ISO date (YYYY-MM-DD)`);
  return d;
}

function fieldsOf(file: string, data: Record<string, unknown>): Fields {
  return {
    id: stringOrNull(data['id']),
    title: stringOrNull(data['title']),
    date: dateField(file, data['date'] ?? data['published'] ?? data['datePublished']),
    url: stringOrNull(data['url']),
  };
}

function textFile(file: string, key: string, bytes: Uint8Array, markdown: boolean, options: IngestOptions): DocumentMeta {
  const all = normaliseText(decodeBytes(file, bytes));
  let fm;
  try {
    fm = readFrontMatter(all);
  } catch (e) {
    throw new InputError(file, `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const body = fm ? all.slice(fm.bodyStart) : all;
  const fields = fm ? fieldsOf(file, fm.data) : { id: null, title: null, date: null, url: null };
  return finish(file, key, bytes, markdown ? markdownToText(body) : body, fields, options);
}

function recordDocument(file: string, key: string, record: unknown, raw: string, options: IngestOptions): DocumentMeta {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new InputError(file, 'the record is not a JSON object');
  const r = record as Record<string, unknown>;
  const text = [r['text'], r['body'], r['content']].find((v) => typeof v === 'string');
  if (typeof text !== 'string') throw new InputError(file, 'the record has no "text", "body" or "content" string');
  return finish(file, key, raw, text, fieldsOf(file, r), options);
}

function attempt(file: string, key: string, make: () => DocumentMeta): IngestResult {
  try {
    return { ok: true, key, document: make() };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, key, error: e };
    return { ok: false, key, error: new InputError(file, (e as Error).message) };
  }
}

/**
 * The documents in one input file. `key` is the file's path relative to its input root without the
 * extension; records of a JSON or JSONL file get `key/<id or line number>`.
 */
export function ingestBytes(file: string, key: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult[] {
  const ext = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? '';
  switch (ext) {
    case '.txt':
      return [attempt(file, key, () => textFile(file, key, bytes, false, options))];
    case '.md':
    case '.markdown':
      return [attempt(file, key, () => textFile(file, key, bytes, true, options))];
    case '.html':
    case '.htm':
      return [
        attempt(file, key, () => {
          const article = htmlToArticle(normaliseText(decodeBytes(file, bytes)));
          if (!article.text.trim()) throw new InputError(file, 'no article body found in the HTML');
          return finish(file, key, bytes, article.text, { id: null, title: article.title, date: article.date, url: null }, options);
        }),
      ];
    case '.json':
      return jsonFile(file, key, bytes, options);
    case '.jsonl':
    case '.ndjson':
      return jsonlFile(file, key, bytes, options);
    default:
      return [{ ok: false, key, error: new InputError(file, `unknown extension "${ext || '(none)'}"; presslens reads ${INPUT_EXTENSIONS.join(' ')}`) }];
  }
}

function recordKey(key: string, record: unknown, n: number): string {
  const id = record && typeof record === 'object' ? stringOrNull((record as Record<string, unknown>)['id']) : null;
  return `${key}/${(id ?? String(n)).replace(/[^\w.-]+/g, '_')}`;
}

function jsonFile(file: string, key: string, bytes: Uint8Array, options: IngestOptions): IngestResult[] {
  let text: string;
  let data: unknown;
  try {
    text = decodeBytes(file, bytes);
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const error = e instanceof InputError ? e : new InputError(file, `not valid JSON: ${(e as Error).message}`);
    return [{ ok: false, key, error }];
  }
  if (!Array.isArray(data)) return [attempt(file, key, () => recordDocument(file, key, data, text, options))];
  if (!data.length) return [{ ok: false, key, error: new InputError(file, 'the JSON array holds no records') }];
  return data.map((record, i) => {
    const k = recordKey(key, record, i + 1);
    return attempt(`${file}[${i}]`, k, () => recordDocument(`${file}[${i}]`, k, record, JSON.stringify(record), options));
  });
}

function jsonlFile(file: string, key: string, bytes: Uint8Array, options: IngestOptions): IngestResult[] {
  let text: string;
  try {
    text = decodeBytes(file, bytes);
  } catch (e) {
    return [{ ok: false, key, error: e as InputError }];
  }
  return ingestJsonlText(file, key, text, options);
}

/** Records of JSON Lines text; a broken line fails alone, naming its line number. */
export function ingestJsonlText(file: string, key: string, text: string, options: IngestOptions = {}): IngestResult[] {
  const out: IngestResult[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    out.push(ingestJsonlLine(file, key, line, i + 1, options));
  });
  if (!out.length) out.push({ ok: false, key, error: new InputError(file, 'the JSONL file holds no records') });
  return out;
}

/** One JSON Lines record. */
export function ingestJsonlLine(file: string, key: string, line: string, lineNumber: number, options: IngestOptions = {}): IngestResult {
  const where = `${file}:${lineNumber}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return { ok: false, key: `${key}/${lineNumber}`, error: new InputError(where, `line ${lineNumber} is not valid JSON: ${(e as Error).message}`) };
  }
  const k = recordKey(key, record, lineNumber);
  return attempt(where, k, () => recordDocument(where, k, record, line, options));
}
