/** The runner: the reads/writes check, the order, and validation before anything is returned. */
import { describe, expect, it } from 'vitest';
import { annotateDocument, annotateDocuments, serialize } from '../../src/annotate.js';
import type { DocumentMeta, LayerName } from '../../src/document.js';
import { InvariantError, PipelineError } from '../../src/errors.js';
import { createPipeline, defaultStages, type AnyStage } from '../../src/pipeline.js';

function stage(name: string, reads: LayerName[], writes: LayerName[], run: AnyStage['run'] = () => Object.fromEntries(writes.map((w) => [w, []])) as never): AnyStage {
  return { name, reads, writes, run };
}

const meta: DocumentMeta = { id: 'd', source: 'd', title: null, date: null, language: 'en', sha256: '0'.repeat(64), text: 'The mayor said the plan would work. Critics disagreed.' };

describe('createPipeline', () => {
  it.each<[string, AnyStage[], RegExp]>([
    ['a read no stage writes', [stage('quotes', ['sentences'], ['quotes'])], /stage "quotes" reads "sentences", which no earlier stage writes/],
    ['a read written only by a later stage', [stage('quotes', ['sentences'], ['quotes']), stage('segment', [], ['sentences'])], /stage "quotes" reads "sentences"/],
    ['a layer written twice', [stage('a', [], ['entities']), stage('b', [], ['entities'])], /stage "b" writes "entities", already written by "a"/],
    ['a stage that reads its own output', [stage('loop', ['dates'], ['dates'])], /stage "loop" reads "dates"/],
  ])('refuses %s', (_name, stages, message) => {
    expect(() => createPipeline(stages)).toThrow(PipelineError);
    expect(() => createPipeline(stages)).toThrow(message);
  });

  it('accepts the default stages, in the documented order', () => {
    const p = createPipeline(defaultStages());
    expect(p.stageNames).toEqual(['segment', 'entities', 'dates', 'quantities', 'quotes', 'sources', 'summary']);
    expect(Object.isFrozen(p.stages)).toBe(true);
  });

  it('runs stages in order, each seeing what earlier stages wrote', () => {
    const seen: string[] = [];
    const p = createPipeline([
      stage('first', [], ['paragraphs'], () => {
        seen.push('first');
        return { paragraphs: [{ start: 0, end: 3 }] } as never;
      }),
      stage('second', ['paragraphs'], ['sentences'], (doc) => {
        seen.push(`second saw ${JSON.stringify((doc as unknown as { paragraphs: unknown }).paragraphs)}`);
        return { sentences: [] } as never;
      }),
    ]);
    const { doc, timings } = p.run(meta);
    expect(seen).toEqual(['first', 'second saw [{"start":0,"end":3}]']);
    expect(doc.sentences).toEqual([]);
    expect(Object.keys(timings)).toEqual(['first', 'second']);
  });

  it('a stage that does not return its declared layer is an error', () => {
    const p = createPipeline([stage('lazy', [], ['dates'], () => ({}) as never)]);
    expect(() => p.run(meta)).toThrow(/stage "lazy" did not return its layer "dates"/);
  });
});

describe('validation before a document leaves the pipeline', () => {
  const withDates = (dates: unknown[]): AnyStage[] => defaultStages().map((s) => (s.name === 'dates' ? stage('dates', ['sentences'], ['dates'], () => ({ dates }) as never) : s));

  it.each<[string, unknown, RegExp]>([
    ['a span past the end of the text', { start: 50, end: 500, text: 'x', type: 'DATE', value: null, rule: 'test' }, /dates\[0\]: span \[50, 500\) out of bounds/],
    ['a span whose text is not the slice', { start: 0, end: 3, text: 'Tha', type: 'DATE', value: null, rule: 'test' }, /dates\[0\]: text "Tha" does not equal text.slice\(0, 3\)/],
    ['a field the schema does not allow', { start: 0, end: 3, text: 'The', type: 'WHEN', value: null, rule: 'test' }, /schema: dates\.0\.type/],
  ])('%s is an InvariantError, not a document', (_name, bad, message) => {
    const p = createPipeline(withDates([bad]));
    expect(() => annotateDocument(meta, p)).toThrow(InvariantError);
    expect(() => annotateDocument(meta, p)).toThrow(message);
  });

  it('a valid document comes back with every layer', () => {
    const { annotation } = annotateDocument(meta, createPipeline(withDates([{ start: 0, end: 3, text: 'The', type: 'DATE', value: null, rule: 'test' }])));
    expect(annotation.dates).toHaveLength(1);
    expect(annotation.sentences).toHaveLength(2);
  });
});

describe('several documents, stage by stage', () => {
  const texts = [
    'The mayor said the plan would work. Critics disagreed.',
    '“We will appeal,” said Dana Whitlow, a lawyer for the Harlan Growers Association, on Tuesday.',
    'An official, who spoke on condition of anonymity because the talks were private, said about 40 people were hurt.',
  ];
  const docs = texts.map((text, i): DocumentMeta => ({ ...meta, id: `d${i}`, source: `d${i}`, date: '2025-04-08', text }));

  it('gives each document the annotation it gets alone, in order', () => {
    const together = annotateDocuments(docs);
    expect(together).toHaveLength(docs.length);
    together.forEach((r, i) => {
      if (r instanceof Error) throw r;
      expect(serialize(r.annotation)).toBe(serialize(annotateDocument(docs[i]!).annotation));
      expect(Object.keys(r.timings)).toEqual([...createPipeline().stageNames, 'validate']);
    });
  });

  it('runs each stage over every document before the next stage', () => {
    const seen: string[] = [];
    const record = (name: string, writes: LayerName[]): AnyStage => stage(name, [], writes, (doc) => {
      seen.push(`${name} ${(doc as unknown as { document: DocumentMeta }).document.id}`);
      return Object.fromEntries(writes.map((w) => [w, []])) as never;
    });
    createPipeline([record('first', ['paragraphs']), record('second', ['sentences'])]).runMany(docs.slice(0, 2));
    expect(seen).toEqual(['first d0', 'first d1', 'second d0', 'second d1']);
  });

  it('a stage that throws on one document fails that document alone', () => {
    const later: string[] = [];
    const p = createPipeline([
      stage('picky', [], ['paragraphs'], (doc) => {
        if ((doc as unknown as { document: DocumentMeta }).document.id === 'd1') throw new Error('cannot read d1');
        return { paragraphs: [] } as never;
      }),
      stage('after', ['paragraphs'], ['sentences'], (doc) => {
        later.push((doc as unknown as { document: DocumentMeta }).document.id);
        return { sentences: [] } as never;
      }),
    ]);
    const results = p.runMany(docs);
    expect(results.map((r) => ('error' in r ? r.error.message : 'ok'))).toEqual(['ok', 'cannot read d1', 'ok']);
    expect(later).toEqual(['d0', 'd2']);
  });

  it('an annotation that breaks the format fails its document alone', () => {
    const badFor = (id: string): AnyStage[] => defaultStages().map((s) => (s.name === 'dates' ? stage('dates', ['sentences'], ['dates'], (doc) => ({ dates: (doc as unknown as { document: DocumentMeta }).document.id === id ? [{ start: 0, end: 3, text: 'Tha', type: 'DATE', value: null, rule: 'test' }] : [] }) as never) : s));
    const results = annotateDocuments(docs, createPipeline(badFor('d2')));
    expect(results.map((r) => (r instanceof Error ? r.name : 'ok'))).toEqual(['ok', 'ok', 'InvariantError']);
  });
});
