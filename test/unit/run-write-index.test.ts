/** index.json written piece by piece is byte for byte JSON.stringify(index, null, 2); percentiles by nearest rank. */
import { describe, expect, it } from 'vitest';
import { percentiles } from '../../src/run/percentiles.js';
import { indexJsonPieces, type IndexJson } from '../../src/run/write-index.js';

const entry = (key: string, error: string | null) => ({ key, id: key, source: `corpus/${key}.txt`, output: null, counts: error ? null : { quotes: 2 }, summary: { ids: ['a', 'b'], share: null }, error });

describe('indexJsonPieces', () => {
  const rows: Array<[string, IndexJson]> = [
    ['no documents', { pipeline: { version: '0.1.0' }, documents: [], run: { succeeded: 0, stageMilliseconds: {} } }],
    ['one document', { pipeline: { version: '0.1.0' }, documents: [entry('a', null)], run: { succeeded: 1, stageMilliseconds: { segment: 1.5 } } }],
    [
      'documents with errors, quotes and newlines in strings',
      { pipeline: { version: '0.1.0' }, documents: [entry('a', 'bad "quote"\nsecond line'), entry('b/c', null), entry('d', null)], run: { failed: 1, documentMilliseconds: null } },
    ],
  ];
  it.each(rows)('%s', (_name, index) => {
    expect([...indexJsonPieces(index)].join('')).toBe(`${JSON.stringify(index, null, 2)}\n`);
  });
});

describe('percentiles', () => {
  const rows: Array<[number[], { p50: number; p95: number; p99: number; max: number }]> = [
    [[7], { p50: 7, p95: 7, p99: 7, max: 7 }],
    [[4, 1, 3, 2], { p50: 2, p95: 4, p99: 4, max: 4 }],
    [Array.from({ length: 100 }, (_, i) => 100 - i), { p50: 50, p95: 95, p99: 99, max: 100 }],
  ];
  it.each(rows)('%j', (values, expected) => {
    expect(percentiles(values)).toEqual(expected);
  });
});
