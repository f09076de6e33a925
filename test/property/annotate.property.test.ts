/**
 * What must hold on any input: annotate() never throws and its document always honours the
 * contract (schema, bounds, slice === text, ids resolve, order). Random texts, and real articles
 * mutated with quotes, line breaks, astral characters and markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate.js';
import { markdownToText } from '../../src/ingest/markdown.js';
import { createSegmentStage } from '../../src/stages/segment.js';
import { findProblems } from '../../src/validate.js';
import { STRANGE, megabyteParagraph, pathologicalMegabyte } from './strange-cases.js';

/** Fixed seeds keep CI reproducible; PRESSLENS_PROPERTY_SEED and _SCALE explore further by hand. */
const SEED = process.env['PRESSLENS_PROPERTY_SEED'] === undefined ? undefined : Number(process.env['PRESSLENS_PROPERTY_SEED']);
const SCALE = Number(process.env['PRESSLENS_PROPERTY_SCALE'] ?? 1);
const runs = (numRuns: number, seed: number): { numRuns: number; seed: number } => ({ numRuns: Math.round(numRuns * SCALE), seed: SEED ?? seed });

const corpusDir = new URL('../../corpus/', import.meta.url);
const ARTICLES = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, corpusDir), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));

/** The text that broke the contract, for the failure message: paste it into a unit test. */
function check(text: string, date: string | null = '2025-04-08'): void {
  let problems: string[];
  try {
    problems = findProblems(annotate(text, { date }));
  } catch (e) {
    throw new Error(`annotate() threw ${(e as Error).name}: ${(e as Error).message}\non input ${JSON.stringify(text.length > 2000 ? `${text.slice(0, 2000)}…` : text)}`);
  }
  if (problems.length) throw new Error(`invalid document: ${problems.slice(0, 5).join('; ')}\non input ${JSON.stringify(text.length > 2000 ? `${text.slice(0, 2000)}…` : text)}`);
}

const INSERTS = [
  '"', '“', '”', '‘', '’', "'", '« ', ' »', '„', '\n', '\n\n', '\r\n', ' said ', ', he said.', ' according to ', '“We', 'officials said ', '. ',
  '🔥', '👩‍🚒', '𝐁', '😀', '🇺🇸', '\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\u00ad', '\u00a0', '\t',
  '**', '_', '[x](y)', '<b>', '</p>', '&amp;', '# ', '> ', '- ', '```', '\\', '$', '%', '—', '…', 'U.S.', 'Dr.', 'No.', 'p.m.', '3', '1,000',
];

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'duplicate'),
  insert: fc.constantFrom(...INSERTS),
  length: fc.integer({ min: 1, max: 200 }),
});

function mutate(text: string, mutations: ReadonlyArray<{ at: number; kind: string; insert: string; length: number }>): string {
  let t = text;
  for (const m of mutations) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.kind === 'insert') t = t.slice(0, at) + m.insert + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else t = t.slice(0, at) + t.slice(at, at + m.length) + t.slice(at);
  }
  return t;
}

describe('annotate() on any input', () => {
  it('mutated real articles: never a throw, never an invalid span', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ARTICLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 40 }), (i, mutations) => {
        check(mutate(ARTICLES[i]!, mutations));
      }),
      runs(40, 20250408),
    );
  });

  it('random short texts made of news-like pieces', () => {
    const piece = fc.oneof(
      fc.constantFrom(...INSERTS),
      fc.constantFrom('The mayor', 'Krause', 'the people', 'a spokesperson', 'said', 'told reporters', 'on Tuesday', 'in March', '$5 million', '25 percent', 'who spoke on condition of anonymity', 'declined to comment'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(' ', '', '\n'), (pieces, sep) => {
        check(pieces.join(sep));
      }),
      runs(150, 7),
    );
  });

  it('random Unicode strings, with and without a publication date', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (text, dated) => {
        check(text, dated ? '2025-04-08' : null);
      }),
      runs(150, 11),
    );
  });

  it('token offsets are exact on any input (the layer every stage reads)', () => {
    const segment = createSegmentStage();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
        const { tokens, sentences, paragraphs } = segment.run({ document: { id: 'p', source: 'p', title: null, date: null, language: 'en', sha256: '0'.repeat(64), text } });
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.text.toLowerCase()).toBe(t.lower);
          last = t.end;
        }
        for (const s of [...sentences, ...paragraphs]) {
          expect(s.start).toBeLessThan(s.end);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
      }),
      runs(200, 3),
    );
  });

  it('Markdown of any shape converts without throwing, and what it gives annotates cleanly', () => {
    const md = fc.array(fc.constantFrom('# ', '## ', '**', '*', '_', '__', '~~', '`', '```\n', '[', ']', '(', ')', '![', '<a href="x">', '</a>', '> ', '- ', '1. ', '\\', '\n', '\n\n', 'word ', '“', '”', '---\n', 'said '), { maxLength: 80 });
    fc.assert(
      fc.property(md, (parts) => {
        const text = markdownToText(parts.join(''));
        if (text.trim()) check(text);
      }),
      runs(100, 5),
    );
  });
});

describe('strange but valid text', () => {
  it.each(Object.entries(STRANGE))('%s', (_name, text) => {
    check(text);
    check(text, null);
  });

  it('a 1 MB paragraph finishes and is valid', () => {
    check(megabyteParagraph());
  });

  it('a 1 MB pathological input finishes and is valid (no catastrophic backtracking)', () => {
    check(pathologicalMegabyte());
  });

  it('emoji keep offsets UTF-16 exact', () => {
    const text = '🔥🔥 “We’re ready 👩‍🚒,” said Fire Chief Ana Ruiz 🚒 on Tuesday. 𝐁𝐨𝐥𝐝 claims cost $5 million 💰.';
    const doc = annotate(text, { date: '2025-04-08' });
    expect(findProblems(doc)).toEqual([]);
    for (const q of doc.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))[0]).toMatch(/^🔥🔥 “We’re ready 👩‍🚒,” said Fire Chief Ana Ruiz 🚒 on Tuesday\.$/);
  });
});
