/** Gold formats: text-anchored gold anchored onto a text, presslens annotations as gold. */
import { describe, expect, it } from 'vitest';
import { anchorGold, GoldError, parseGold } from '../../src/eval/gold.js';
import { occurrences, pythonStr } from '../../src/eval/text.js';
import { stubAnnotation } from './eval-helpers.js';

const TEXT = 'Melanie Krause met Krause’s aides. Krausers left. “We wish Melanie well,” the spokesperson said. Later the spokesperson left.';

const slices = (ranges: { start: number; end: number }[]) => ranges.map((r) => TEXT.slice(r.start, r.end));

describe('occurrences (text-anchored strings)', () => {
  it('marks every word-bounded occurrence, longest string first', () => {
    const occ = occurrences(TEXT, ['Krause', 'Melanie Krause', 'Melanie']);
    expect(slices(occ.get('Melanie Krause')!)).toEqual(['Melanie Krause']);
    // not inside "Melanie Krause", not inside "Krausers"; "Krause’s" counts
    expect(occ.get('Krause')!.map((r) => r.start)).toEqual([TEXT.indexOf('Krause’s')]);
    expect(occ.get('Melanie')!.map((r) => r.start)).toEqual([TEXT.indexOf('Melanie well')]);
  });
});

describe('pythonStr (values compared as the reference scorer compares them)', () => {
  it.each([
    [7000000, '7000000'],
    [0.5, '0.5'],
    [1e-5, '1e-05'],
    [null, 'None'],
    ['2025-04', '2025-04'],
    [true, 'True'],
  ])('%j → %j', (value, expected) => {
    expect(pythonStr(value)).toBe(expected);
  });
});

describe('text-anchored gold', () => {
  const gold = parseGold('x/seed.gold.json', {
    format: 'text-anchored gold v1',
    document: 'seed.txt',
    entities: [
      { text: 'Melanie Krause', type: 'PERSON', entity: 'Melanie Krause' },
      { text: 'Krause', type: 'PERSON', entity: 'Melanie Krause' },
      { text: 'Melanie', type: 'PERSON', entity: 'Melanie Krause', optional: true },
    ],
    quotes: [
      { text: '“We wish Melanie well,”', kind: 'direct', speaker: 'the spokesperson', source: 'treasury' },
      { text: 'a sentence that is not there', kind: 'indirect', speaker: 'nobody', source: 'treasury' },
    ],
    sources: [{ id: 'treasury', name: 'Treasury spokesperson', sourcing: 'official' }],
  });

  it('is recognised, named after its file', () => {
    expect(gold.format).toBe('text-anchored');
    expect(gold.name).toBe('seed');
  });

  it('anchors entities on every occurrence, optional ones kept optional', () => {
    const a = anchorGold(gold, TEXT);
    expect(a.entities!.map((m) => [TEXT.slice(m.start, m.end), m.optional])).toEqual([
      ['Melanie Krause', false],
      ['Krause', false],
      ['Melanie', true],
    ]);
    expect(a.dates).toBeNull(); // no dates layer in this gold: not scored
  });

  it('anchors a quote on its text and its speaker on the nearest occurrence; a quote not in the text is reported', () => {
    const a = anchorGold(gold, TEXT);
    expect(a.quotes).toHaveLength(1);
    const q = a.quotes[0]!;
    expect(TEXT.slice(q.start, q.end)).toBe('“We wish Melanie well,”');
    expect(q.speaker!.start).toBe(TEXT.indexOf('the spokesperson said'));
    expect(q.source).toBe('treasury');
    expect(a.sources.get('treasury')).toEqual({ name: 'Treasury spokesperson', sourcing: 'official' });
    expect(a.problems).toEqual(['gold quote not found in the text: a sentence that is not there']);
  });

  it.each([
    ['an unknown entity type', { entities: [{ text: 'Krause', type: 'PER' }] }, /entities\.0\.type/],
    ['an empty string', { dates: [{ text: '', value: '2025' }] }, /dates\.0\.text/],
    ['an unknown sourcing label', { sources: [{ id: 's', sourcing: 'secret' }] }, /sources\.0\.sourcing/],
    ['not an object', 'hello', /not text-anchored gold/],
  ])('rejects %s, saying where', (_, data, message) => {
    expect(() => parseGold('bad.gold.json', data)).toThrow(GoldError);
    expect(() => parseGold('bad.gold.json', data)).toThrow(message);
  });
});

describe('presslens annotation as gold', () => {
  const annotation = stubAnnotation(TEXT, { PERSON: ['Melanie Krause'] });

  it('is recognised by its schema field and anchored at its own offsets', () => {
    const file = parseGold('corrected.json', JSON.parse(JSON.stringify(annotation)));
    expect(file.format).toBe('presslens');
    expect(file.name).toBe('corrected');
    const a = anchorGold(file, TEXT);
    expect(slices(a.entities!)).toEqual(['Melanie Krause']);
    expect(a.quotes).toEqual([]);
  });

  it('refuses to compare offsets with a different text', () => {
    const file = parseGold('corrected.json', annotation);
    expect(() => anchorGold(file, `${TEXT} More.`)).toThrow(/differs/);
  });

  it('must honour the annotation contract', () => {
    const broken = structuredClone(annotation);
    broken.entities[0]!.mentions[0]!.text = 'Melanie';
    expect(() => parseGold('corrected.json', broken)).toThrow(/contract/);
  });
});
