/** The scorer on tiny hand-computed cases. */
import { describe, expect, it } from 'vitest';
import type { AnchoredGold, GoldMention, GoldQuote, GoldSource, GoldValue } from '../../src/eval/gold.js';
import { matchSpans, prf } from '../../src/eval/match.js';
import type { PredMention, PredQuote, PredValue, Prediction } from '../../src/eval/prediction.js';
import { layersReport } from '../../src/eval/report.js';
import { scoreDocument } from '../../src/eval/score.js';
import { normName } from '../../src/eval/text.js';

const TEXT = 'Anna Berg met Carl Dorn in Oslo on Monday. “We agreed,” Berg said. Dorn said the deal was done.';

/** Offsets of the n-th occurrence of `s` in TEXT. */
function at(s: string, n = 1): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i < n; i++) start = TEXT.indexOf(s, start + 1);
  if (start < 0) throw new Error(`"${s}" not in the test text`);
  return { start, end: start + s.length };
}

const ent = (s: string, type: string, entity = s, optional = false, n = 1): GoldMention => ({ ...at(s, n), type, optional, entity });
const pEnt = (s: string, type: string, entity: string | null = s, n = 1): PredMention => ({ ...at(s, n), type, entity });
const date = (s: string, type: string, value: unknown, optional = false): GoldValue => ({ ...at(s), type, optional, value });
const pDate = (s: string, type: string, value: unknown): PredValue => ({ ...at(s), type, value });

function gold(layers: Partial<Pick<AnchoredGold, 'entities' | 'dates' | 'quantities' | 'quotes'>> & { sources?: Record<string, GoldSource>; speakers?: AnchoredGold['speakers'] }): AnchoredGold {
  return {
    entities: layers.entities ?? null,
    dates: layers.dates ?? null,
    quantities: layers.quantities ?? null,
    quotes: layers.quotes ?? [],
    sources: new Map(Object.entries(layers.sources ?? {})),
    speakers: layers.speakers ?? [],
    problems: [],
  };
}

function pred(layers: Partial<Omit<Prediction, 'text'>>): Prediction {
  return { text: TEXT, entities: [], dates: [], quantities: [], quotes: [], ...layers };
}

function report(g: AnchoredGold, p: Prediction) {
  const s = scoreDocument('doc', g, p);
  return { ...layersReport(s.counts), errors: s.errors };
}

describe('prf', () => {
  it.each([
    // [tp, pred, gold] → [precision, recall, f1]
    [{ tp: 1, pred: 3, gold: 2 }, { precision: 1 / 3, recall: 1 / 2, f1: 0.4 }],
    [{ tp: 0, pred: 0, gold: 2 }, { precision: null, recall: 0, f1: 0 }],
    [{ tp: 0, pred: 2, gold: 0 }, { precision: 0, recall: null, f1: null }],
    [{ tp: 0, pred: 0, gold: 0 }, { precision: null, recall: null, f1: null }],
    [{ tp: 0, pred: 4, gold: 4 }, { precision: 0, recall: 0, f1: 0 }],
  ])('%o → %o', (counts, expected) => {
    const r = prf(counts);
    for (const k of ['precision', 'recall', 'f1'] as const) {
      const want = expected[k];
      if (want === null) expect(r[k]).toBeNull();
      else expect(r[k]).toBeCloseTo(want);
    }
  });
});

describe('matchSpans', () => {
  const g = (start: number, end: number, optional = false) => ({ start, end, optional });
  it.each([
    ['identical spans', [g(0, 10)], [{ start: 0, end: 10 }], [{ gold: 0, pred: 0 }]],
    ['half of the shorter span is enough', [g(0, 10)], [{ start: 5, end: 20 }], [{ gold: 0, pred: 0 }]],
    ['less than half is not', [g(0, 10)], [{ start: 6, end: 20 }], []],
    ['touching spans do not match', [g(0, 10)], [{ start: 10, end: 12 }], []],
    ['one-to-one: the better overlap wins, the other prediction stays unmatched', [g(0, 10)], [{ start: 2, end: 14 }, { start: 0, end: 10 }], [{ gold: 0, pred: 1 }]],
    ['best overlap first across gold items', [g(0, 10), g(8, 20)], [{ start: 7, end: 12 }], [{ gold: 1, pred: 0 }]],
    ['a required gold item wins a tie over an optional one', [g(0, 10, true), g(0, 10)], [{ start: 0, end: 10 }], [{ gold: 1, pred: 0 }]],
  ])('%s', (_, goldSpans, predSpans, expected) => {
    expect(matchSpans(goldSpans, predSpans)).toEqual(expected);
  });
});

describe('normName', () => {
  it.each([
    ['The mayor’s', 'mayor'],
    ['  a   Treasury  spokesperson, ', 'treasury spokesperson'],
    ['Berg’s', 'berg'],
    ['Anne-Marie', 'anne-marie'],
    ['the', 'the'],
    [null, ''],
  ])('%j → %j', (input, expected) => {
    expect(normName(input)).toBe(expected);
  });
});

describe('span layers', () => {
  it('2 gold, 3 predicted with 1 exact and 1 partial: strict P=1/3 R=1/2, overlap P=2/3 R=1', () => {
    const r = report(
      gold({ entities: [ent('Anna Berg', 'PERSON'), ent('Carl Dorn', 'PERSON')] }),
      pred({ entities: [pEnt('Anna Berg', 'PERSON'), pEnt('Carl Do', 'PERSON'), pEnt('Oslo', 'PERSON')] }),
    );
    const e = r.entities!;
    expect([e.strict.tp, e.strict.pred, e.strict.gold]).toEqual([1, 3, 2]);
    expect(e.strict.precision).toBeCloseTo(1 / 3);
    expect(e.strict.recall).toBeCloseTo(1 / 2);
    expect(e.strict.f1).toBeCloseTo(0.4);
    expect(e.overlap.precision).toBeCloseTo(2 / 3);
    expect(e.overlap.recall).toBe(1);
    expect(e.overlap.f1).toBeCloseTo(0.8);
    expect(e.categories).toEqual({ correct: 1, partial: 1, incorrect: 0, missed: 0, spurious: 1 });
    expect(e.byType['PERSON']!.overlap).toMatchObject({ tp: 2, pred: 3, gold: 2 });
    expect(e.byType['PLACE']!.overlap).toMatchObject({ tp: 0, pred: 0, gold: 0, f1: null });
    expect(r.errors.map((x) => [x.error, x.text])).toEqual([['spurious', 'Oslo']]);
  });

  it('an optional gold item is neither required nor counted against a prediction that marks it', () => {
    const g = gold({ entities: [ent('Anna Berg', 'PERSON'), ent('Oslo', 'PLACE', 'Oslo', true)] });
    const marked = report(g, pred({ entities: [pEnt('Anna Berg', 'PERSON'), pEnt('Oslo', 'PLACE')] })).entities!;
    const unmarked = report(g, pred({ entities: [pEnt('Anna Berg', 'PERSON')] })).entities!;
    const otherType = report(g, pred({ entities: [pEnt('Anna Berg', 'PERSON'), pEnt('Oslo', 'ORG')] })).entities!;
    for (const e of [marked, unmarked, otherType]) expect(e.overlap).toMatchObject({ tp: 1, pred: 1, gold: 1, precision: 1, recall: 1, f1: 1 });
  });

  it('entities must agree on type: a type mismatch is one wrong-type error, not a match', () => {
    const r = report(gold({ entities: [ent('Oslo', 'PLACE')] }), pred({ entities: [pEnt('Oslo', 'ORG')] }));
    expect(r.entities!.overlap).toMatchObject({ tp: 0, pred: 1, gold: 1, precision: 0, recall: 0, f1: 0 });
    expect(r.entities!.categories).toEqual({ correct: 0, partial: 0, incorrect: 1, missed: 0, spurious: 0 });
    expect(r.errors).toMatchObject([{ layer: 'entities', error: 'wrong-type', text: 'Oslo', expected: 'PLACE', got: 'ORG' }]);
  });

  it('dates match whatever their type; the type mismatch is counted as incorrect', () => {
    const r = report(gold({ dates: [date('Monday', 'DATE', '2025-04-07')] }), pred({ dates: [pDate('Monday', 'TIME', '2025-04-07')] }));
    expect(r.dates!.overlap).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(r.dates!.categories).toEqual({ correct: 0, partial: 0, incorrect: 1, missed: 0, spurious: 0 });
  });

  it('value accuracy counts matched spans whose gold has a value', () => {
    const r = report(
      gold({ dates: [date('Monday', 'DATE', '2025-04-07'), date('Oslo', 'DATE', '2025-01'), date('Carl', 'DATE', null)] }),
      pred({ dates: [pDate('Monday', 'DATE', '2025-04-07'), pDate('Oslo', 'DATE', '2025-02'), pDate('Carl', 'DATE', 'X')] }),
    );
    expect(r.dates!.values).toEqual({ ok: 1, n: 2, accuracy: 0.5 });
    expect(r.errors).toMatchObject([{ error: 'wrong-value', text: 'Oslo', expected: '2025-01', got: '2025-02' }]);
  });

  it('numbers compare as the reference scorer prints them: 7000 equals "7000", 25 does not equal 25.5', () => {
    const r = report(
      gold({ quantities: [date('Anna', 'CARDINAL', 7000), date('Oslo', 'PERCENT', 25)] }),
      pred({ quantities: [pDate('Anna', 'CARDINAL', '7000'), pDate('Oslo', 'PERCENT', 25.5)] }),
    );
    expect(r.quantities!.values).toEqual({ ok: 1, n: 2, accuracy: 0.5 });
  });

  it('null, not 0, where there was nothing to score; F1 0 with gold but nothing predicted', () => {
    const r = report(gold({ entities: [ent('Anna Berg', 'PERSON')], dates: [] }), pred({}));
    expect(r.entities!.overlap).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(r.entities!.merge.accuracy).toBeNull();
    expect(r.dates!.overlap).toMatchObject({ precision: null, recall: null, f1: null });
    expect(r.dates!.values.accuracy).toBeNull();
    expect(r.quotes!.overlap.f1).toBeNull();
    expect(r.quotes!.attribution.accuracy).toBeNull();
    expect(r.quotes!.sourcing.accuracy).toBeNull();
    expect(r.quantities).toBeNull(); // the gold has no quantities layer: not scored
  });

  it('entity merge: a gold entity with several mentions is merged when its matched mentions share one predicted id', () => {
    const g = gold({ entities: [ent('Anna Berg', 'PERSON', 'anna'), ent('Berg', 'PERSON', 'anna', false, 2), ent('Oslo', 'PLACE')] });
    const merged = report(g, pred({ entities: [pEnt('Anna Berg', 'PERSON', 'e1'), pEnt('Berg', 'PERSON', 'e1', 2), pEnt('Oslo', 'PLACE', 'e2')] }));
    const split = report(g, pred({ entities: [pEnt('Anna Berg', 'PERSON', 'e1'), pEnt('Berg', 'PERSON', 'e3', 2), pEnt('Oslo', 'PLACE', 'e2')] }));
    expect(merged.entities!.merge).toEqual({ ok: 1, n: 1, accuracy: 1 });
    expect(split.entities!.merge).toEqual({ ok: 0, n: 1, accuracy: 0 });
  });
});

describe('quotes', () => {
  const q = (s: string, source: string | null, speaker: string | null, speakerN = 1): GoldQuote => ({
    ...at(s),
    type: 'direct',
    optional: false,
    speaker: speaker ? at(speaker, speakerN) : null,
    source,
  });
  const pq = (s: string, o: Partial<PredQuote> = {}): PredQuote => ({ ...at(s), type: 'direct', speaker: null, names: new Set(), sourcing: null, ...o });
  const SOURCES = { berg: { name: 'Anna Berg', sourcing: 'named' }, dorn: { name: 'Carl Dorn', sourcing: 'named' } } as const;
  const SPEAKERS = [
    { source: 'berg', speaker: 'Berg' },
    { source: 'dorn', speaker: 'Dorn' },
  ];
  const g = gold({ quotes: [q('“We agreed,”', 'berg', 'Berg', 2), q('the deal was done', 'dorn', 'Dorn', 2)], sources: { ...SOURCES }, speakers: SPEAKERS });

  it.each([
    ['speaker spans overlap', pq('“We agreed,”', { speaker: at('Berg', 2) }), true],
    ['the source name matches the gold source', pq('“We agreed,”', { names: new Set(['anna berg']) }), true],
    ['a name of more than 3 letters inside the gold name', pq('“We agreed,”', { names: new Set(['berg']) }), true],
    ['another speaker', pq('“We agreed,”', { speaker: at('Dorn', 2), names: new Set(['dorn']) }), false],
    ['no speaker, no source', pq('“We agreed,”'), false],
  ])('attribution right when %s', (_, prediction, ok) => {
    const r = report(gold({ quotes: [g.quotes[0]!], sources: { ...SOURCES }, speakers: SPEAKERS }), pred({ quotes: [prediction] }));
    expect(r.quotes!.attribution).toEqual({ ok: ok ? 1 : 0, n: 1, accuracy: ok ? 1 : 0 });
  });

  it('a pronoun is not a name to match', () => {
    const pronoun = gold({ quotes: [q('the deal was done', 'he', null)], sources: { he: { name: null, sourcing: 'named' } }, speakers: [{ source: 'he', speaker: 'he' }] });
    const r = report(pronoun, pred({ quotes: [pq('the deal was done', { names: new Set(['he']) })] }));
    expect(r.quotes!.attribution.ok).toBe(0);
  });

  it('end-to-end F1 counts a quote only with its span matched and its speaker right', () => {
    // 2 gold; 3 predicted: one right, one attributed wrong, one spurious → e2e P=1/3, R=1/2
    const r = report(
      g,
      pred({
        quotes: [pq('Anna Berg met'), pq('“We agreed,”', { speaker: at('Berg', 2) }), pq('the deal was done', { names: new Set(['anna berg']) })],
      }),
    );
    expect(r.quotes!.overlap).toMatchObject({ tp: 2, pred: 3, gold: 2 });
    expect(r.quotes!.endToEnd).toMatchObject({ tp: 1, pred: 3, gold: 2 });
    expect(r.quotes!.endToEnd.f1).toBeCloseTo(0.4);
    expect(r.quotes!.attribution.accuracy).toBe(0.5);
  });

  it('sourcing confusion matrix: gold sourcing of the quote source by predicted sourcing', () => {
    const three = gold({
      quotes: [q('Anna Berg met', 'berg', null), q('“We agreed,”', 'berg', null), q('the deal was done', 'people', null)],
      sources: { berg: { name: 'Anna Berg', sourcing: 'named' }, people: { name: 'people familiar', sourcing: 'anonymous' } },
    });
    const r = report(
      three,
      pred({ quotes: [pq('Anna Berg met', { sourcing: 'named' }), pq('“We agreed,”', { sourcing: 'official' }), pq('the deal was done')] }),
    );
    expect(r.quotes!.sourcing).toEqual({ ok: 1, n: 3, accuracy: 1 / 3, confusion: { named: { named: 1, official: 1 }, anonymous: { none: 1 } } });
    expect(r.errors.filter((e) => e.error === 'wrong-sourcing').map((e) => [e.expected, e.got])).toEqual([
      ['named', 'official'],
      ['anonymous', null],
    ]);
  });

  it('a quote span with or without its quotation marks still matches', () => {
    const r = report(g, pred({ quotes: [pq('We agreed,'), pq('the deal was done.')] }));
    expect(r.quotes!.overlap).toMatchObject({ tp: 2, pred: 2, gold: 2 });
    expect(r.quotes!.strict).toMatchObject({ tp: 0, pred: 2, gold: 2 });
  });
});
