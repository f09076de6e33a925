/**
 * The benchmark corpus: the articles of a directory (ingested as presslens ingests them), cycled
 * into as many JSON Lines records as it takes to reach a number of words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ingestBytes, INPUT_EXTENSIONS } from '../ingest/ingest.js';

export interface BenchArticle {
  title: string | null;
  date: string | null;
  text: string;
  words: number;
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The articles of a corpus directory, in name order (gold files excluded). */
export function loadArticles(dir: string): BenchArticle[] {
  const known = new Set<string>(INPUT_EXTENSIONS);
  const names = readdirSync(dir)
    .filter((n) => known.has(extname(n).toLowerCase()) && !n.endsWith('.gold.json') && !n.startsWith('.'))
    .sort();
  const out: BenchArticle[] = [];
  for (const name of names) {
    const path = join(dir, name);
    for (const r of ingestBytes(path, name, readFileSync(path))) {
      if (r.ok) out.push({ title: r.document.title, date: r.document.date, text: r.document.text, words: countWords(r.document.text) });
    }
  }
  if (!out.length) throw new Error(`no readable articles in ${dir}`);
  return out;
}

/** How many records the corpus needs to reach `words` words (at least one). */
export function articlesForWords(articles: readonly BenchArticle[], words: number): number {
  let n = 0;
  let total = 0;
  while (total < words) total += articles[n++ % articles.length]!.words;
  return Math.max(1, n);
}

/**
 * Record `i` of the cycled corpus as one JSON Lines line (with its newline). With `unique`, the
 * article ends with a line of words no other record has, as a real corpus keeps meeting new names
 * and numbers: a cache that grows with the vocabulary shows in peak RSS instead of hiding.
 */
export function recordLine(articles: readonly BenchArticle[], i: number, unique = false): string {
  const a = articles[i % articles.length]!;
  const text = unique ? `${a.text}\n\n${uniqueWords(i)}` : a.text;
  return `${JSON.stringify({ id: `bench-${i + 1}`, title: a.title, date: a.date, text })}\n`;
}

/** Five capitalised words made from the record number, different for every record. */
export function uniqueWords(i: number): string {
  const base = i.toString(36);
  return `Filed by ${['Kv', 'Zor', 'Mek', 'Tul', 'Bry'].map((p) => `${p}${base}x`).join(' ')}.`;
}

export function wordsOf(articles: readonly BenchArticle[], n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += articles[i % articles.length]!.words;
  return total;
}
