import { describe, expect, it } from 'vitest';
import { nest, pieces, type MarkSpan } from '../../src/view/intervals.js';

/** Spans written compactly: [start, end, rank, name] → <name>…</name>. */
function spans(rows: [number, number, number, string][]): MarkSpan[] {
  return rows.map(([start, end, rank, name]) => ({ start, end, rank, open: `<${name}>`, close: `</${name}>` }));
}

describe('nest: spans that nest or cross become well-nested markup', () => {
  const text = 'abcdefghij';
  const cases: [string, [number, number, number, string][], string][] = [
    ['no spans', [], 'abcdefghij'],
    ['one span', [[2, 5, 0, 'q']], 'ab<q>cde</q>fghij'],
    ['inner inside outer', [[0, 10, 0, 'q'], [2, 4, 2, 'e']], '<q>ab<e>cd</e>efghij</q>'],
    ['rank decides nesting even when the inner is longer', [[2, 4, 0, 'q'], [0, 10, 2, 'e']], '<e>ab</e><q><e>cd</e></q><e>efghij</e>'],
    ['crossing spans: the lower rank stays whole, the other splits', [[0, 5, 0, 'q'], [3, 8, 2, 'e']], '<q>abc<e>de</e></q><e>fgh</e>ij'],
    ['same rank: the earlier one is outer, the later splits', [[0, 5, 2, 'a'], [3, 8, 2, 'b']], '<a>abc<b>de</b></a><b>fgh</b>ij'],
    ['same start: the longer is outer', [[2, 4, 2, 'a'], [2, 8, 2, 'b']], 'ab<b><a>cd</a>efgh</b>ij'],
    ['identical spans both kept', [[1, 3, 1, 'a'], [1, 3, 1, 'b']], 'a<a><b>bc</b></a>defghij'],
    ['empty span dropped', [[4, 4, 0, 'q']], 'abcdefghij'],
    ['adjacent spans', [[0, 3, 0, 'a'], [3, 6, 0, 'b']], '<a>abc</a><b>def</b>ghij'],
  ];
  it.each(cases)('%s', (_name, rows, expected) => {
    expect(nest(text, 0, text.length, spans(rows), (s) => s)).toBe(expected);
  });

  it('clips spans to the block being rendered (a quote over a paragraph break splits)', () => {
    const s = spans([[2, 8, 0, 'q']]);
    expect(nest(text, 0, 5, s, (x) => x)).toBe('ab<q>cde</q>');
    expect(nest(text, 6, 10, s, (x) => x)).toBe('<q>gh</q>ij');
  });

  it('escapes the text between tags, never the tags', () => {
    expect(nest('a<b>&c', 0, 7, spans([[1, 4, 0, 'q']]), (x) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))).toBe('a<q>&lt;b&gt;</q>&amp;c');
  });

  it('cuts the text at every boundary and lists covering spans outermost first', () => {
    const s = spans([[0, 6, 2, 'e'], [2, 4, 0, 'q']]);
    expect(pieces(0, 6, s).map((p) => [p.start, p.end, p.spans.map((x) => x.open).join('')])).toEqual([
      [0, 2, '<e>'],
      [2, 4, '<q><e>'],
      [4, 6, '<e>'],
    ]);
  });
});

describe('nest: properties on any spans', () => {
  it('keeps the text, balances every tag, respects ranks, and gives each span exactly its own text', async () => {
    const fc = (await import('fast-check')).default;
    const text = 'The quick brown fox jumps over the lazy dog';
    const span = fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.integer({ min: 0, max: 3 })).map(([a, b, rank]) => ({ start: Math.min(a, b), end: Math.max(a, b), rank }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (rows) => {
        const spans: MarkSpan[] = rows.map((r, i) => ({ ...r, open: `<s${i}>`, close: `</s${i}>` }));
        const html = nest(text, 0, text.length, spans, (s) => s);
        expect(html.replace(/<\/?s\d+>/g, '')).toBe(text);
        const stack: string[] = [];
        const got = new Map<string, string>();
        for (const m of html.matchAll(/<(\/?)s(\d+)>|([^<]+)/g)) {
          if (m[3] !== undefined) {
            for (const k of stack) got.set(k, (got.get(k) ?? '') + m[3]);
          } else if (m[1]) expect(stack.pop()).toBe(m[2]);
          else {
            // a lower rank (quotes) is never opened inside a higher one (entities)
            for (const k of stack) expect(spans[Number(k)]!.rank).toBeLessThanOrEqual(spans[Number(m[2])]!.rank);
            stack.push(m[2]!);
          }
        }
        expect(stack).toEqual([]);
        spans.forEach((s, i) => expect(got.get(String(i)) ?? '').toBe(text.slice(s.start, s.end)));
      }),
      { numRuns: 300 },
    );
  });
});
