/**
 * Every document is validated before it is written: a stage that breaks the contract costs that
 * document an error record, never a silently written file. (A stage is made faulty here by a mock;
 * the run is the real one, in this process.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DateMention } from '../../src/document.js';
import { findProblems } from '../../src/validate.js';
import { listFiles, readJson, readJsonl, tempDir, type ErrorRecord, type IndexJson } from './cli-helpers.js';

const TRIGGER = 'BREAK-THE-CONTRACT';

vi.mock('../../src/stages/dates.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/stages/dates.js')>();
  return {
    ...real,
    createDatesStage: (...args: Parameters<typeof real.createDatesStage>) => {
      const stage = real.createDatesStage(...args);
      return {
        ...stage,
        run(doc: Parameters<typeof stage.run>[0]) {
          const out = stage.run(doc);
          const text = doc.document.text;
          const at = text.indexOf(TRIGGER);
          if (at < 0) return out;
          // a span whose text is not the slice it claims, and one past the end of the text
          const bad: DateMention[] = [
            { start: at, end: at + 5, text: 'BROKE', type: 'DATE', value: null, rule: 'test/faulty' },
            { start: text.length, end: text.length + 10, text: '', type: 'DATE', value: null, rule: 'test/faulty' },
          ];
          return { dates: [...out.dates, ...bad] };
        },
      };
    },
  };
});

const { runAnnotate } = await import('../../src/run/run-annotate.js');

describe('validation before writing', () => {
  it('a document that breaks the contract is an error record, not a file; the others are written', async () => {
    const dir = tempDir('presslens-validate-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.txt'), 'The council voted on Tuesday.');
    writeFileSync(join(dir, 'in', 'faulty.txt'), `The council voted. ${TRIGGER} happened.`);
    const out = join(dir, 'out');
    const report = await runAnnotate({ inputs: [join(dir, 'in')], out, format: 'json', jobs: 1, ingest: {}, resume: false });
    expect(report).toMatchObject({ succeeded: 1, failed: 1 });
    expect(listFiles(out)).toEqual(['errors.jsonl', 'good.json', 'index.json']);
    expect(findProblems(readJson(join(out, 'good.json')))).toEqual([]);
    const [error] = readJsonl<ErrorRecord>(join(out, 'errors.jsonl'));
    expect(error!.key).toBe('faulty');
    expect(error!.error).toMatch(/faulty\.txt: document violates the annotation contract: .*dates\[\d\]: text "BROKE" does not equal text\.slice/);
    expect(error!.error).toMatch(/out of bounds/);
    expect(readJson<IndexJson>(join(out, 'index.json')).documents.find((d) => d.key === 'faulty')).toMatchObject({ output: null, error: error!.error });
  });

  it('with --format jsonl the faulty document is left out of annotations.jsonl', async () => {
    const dir = tempDir('presslens-validate-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'First.');
    writeFileSync(join(dir, 'in', 'b.txt'), `Second ${TRIGGER}.`);
    writeFileSync(join(dir, 'in', 'c.txt'), 'Third.');
    const out = join(dir, 'out');
    const report = await runAnnotate({ inputs: [join(dir, 'in')], out, format: 'jsonl', jobs: 1, ingest: {}, resume: false });
    expect(report).toMatchObject({ succeeded: 2, failed: 1 });
    const docs = readJsonl<{ document: { text: string } }>(join(out, 'annotations.jsonl'));
    expect(docs.map((d) => d.document.text)).toEqual(['First.', 'Third.']);
    for (const d of docs) expect(findProblems(d)).toEqual([]);
  });
});
