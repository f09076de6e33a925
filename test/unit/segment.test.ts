/** Paragraphs and sentences: the spans every later stage and every reviewer relies on. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Offsets } from '../../src/document.js';
import { ingestBytes } from '../../src/ingest/ingest.js';
import { createSegmentStage, findParagraphs, maskLongRuns } from '../../src/stages/segment.js';

const segment = createSegmentStage();

function meta(text: string): DocumentMeta {
  return { id: 't', source: 't', title: null, date: null, language: 'en', sha256: '0'.repeat(64), text };
}
function run(text: string) {
  return segment.run({ document: meta(text) });
}
const texts = (text: string, spans: readonly Offsets[]): string[] => spans.map((s) => text.slice(s.start, s.end));
const sentences = (text: string): string[] => texts(text, run(text).sentences);

describe('paragraphs', () => {
  it.each<[string, string, string[]]>([
    ['blank lines separate paragraphs where the file has them', 'One line\nstill one.\n\nTwo.\n', ['One line\nstill one.', 'Two.']],
    ['otherwise each line is a paragraph', 'One.\nTwo.\nThree.', ['One.', 'Two.', 'Three.']],
    ['several blank lines and whitespace-only lines are one separator', 'One.\n\n \t\n\nTwo.', ['One.', 'Two.']],
    ['surrounding whitespace is trimmed', '  One.  \n\n\tTwo.\t', ['One.', 'Two.']],
    ['no empty paragraphs', '\n\nOne.\n\n\n\n', ['One.']],
    ['a single paragraph', 'Just one.', ['Just one.']],
    ['a line of spaces counts as blank', 'One.\n   \nTwo.', ['One.', 'Two.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text, findParagraphs(text))).toEqual(expected);
    expect(texts(text, run(text).paragraphs)).toEqual(expected);
  });

  it('no sentence crosses a paragraph boundary', () => {
    const text = 'A heading without a full stop\nThe first line of the body. Another one';
    expect(sentences(text)).toEqual(['A heading without a full stop', 'The first line of the body.', 'Another one']);
  });
});

describe('sentence boundaries around abbreviations', () => {
  it.each<[string, string[]]>([
    ['The U.S. Department of Justice declined. It said nothing.', ['The U.S. Department of Justice declined.', 'It said nothing.']],
    ['He was born in the U.S. He moved later.', ['He was born in the U.S.', 'He moved later.']],
    ['She took office on Feb. 28. Then she resigned.', ['She took office on Feb. 28.', 'Then she resigned.']],
    ['Homeland Security Secretary Kristi L. Noem signed it. The deal took effect.', ['Homeland Security Secretary Kristi L. Noem signed it.', 'The deal took effect.']],
    ['The suit was filed in Washington, D.C., on Monday. A hearing followed.', ['The suit was filed in Washington, D.C., on Monday.', 'A hearing followed.']],
    ['He lives in Washington, D.C. He works there.', ['He lives in Washington, D.C.', 'He works there.']],
    ['Sen. Ruth Calder voted no. Others agreed.', ['Sen. Ruth Calder voted no.', 'Others agreed.']],
    ['Sen. Ruth Calder (R-Kan.), the ranking Republican, voted no. Rep. Ann Roe (D-Ore.) spoke next. Others agreed.', ['Sen. Ruth Calder (R-Kan.), the ranking Republican, voted no.', 'Rep. Ann Roe (D-Ore.) spoke next.', 'Others agreed.']],
    ['The sites will cost £320m. Sabine Achterberg disagreed.', ['The sites will cost £320m.', 'Sabine Achterberg disagreed.']],
    ['She spoke shortly before 11 p.m. “Well, tonight we won.”', ['She spoke shortly before 11 p.m.', '“Well, tonight we won.”']],
    ['Dr. “Doc” Hale arrived.', ['Dr. “Doc” Hale arrived.']],
    ['Dr. Smith operated. It went well.', ['Dr. Smith operated.', 'It went well.']],
    ['The vote is at 3 p.m. Tuesday. Be there.', ['The vote is at 3 p.m. Tuesday.', 'Be there.']],
    ['The vote ended at 3 p.m. The mayor spoke next.', ['The vote ended at 3 p.m.', 'The mayor spoke next.']],
    ['Mr. and Mrs. Jones arrived. They sat.', ['Mr. and Mrs. Jones arrived.', 'They sat.']],
    ['It was No. 5 on the list. The No. 2 official agreed.', ['It was No. 5 on the list.', 'The No. 2 official agreed.']],
    ['Gov. Lee said no. Rep. Ann B. Cole agreed.', ['Gov. Lee said no.', 'Rep. Ann B. Cole agreed.']],
    ['The firm, Acme Inc., grew. It hired.', ['The firm, Acme Inc., grew.', 'It hired.']],
    ['It costs $5.50 today. Prices rise.', ['It costs $5.50 today.', 'Prices rise.']],
    ['Schemes worth Rs2.5 billion were done. A litre costs Sh209.50 now. Levels of PM2.5 rose.', ['Schemes worth Rs2.5 billion were done.', 'A litre costs Sh209.50 now.', 'Levels of PM2.5 rose.']],
    ['“We are done.” She left.', ['“We are done.”', 'She left.']],
    ['Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('spans', () => {
  it.each([
    ['emoji', 'Fire 🔥 spread. 👩‍🚒 Crews 🚒 came.'],
    ['combining marks', 'Café owner said no. Ｆｕｌｌ width.'],
    ['zero-width and bidi marks', 'He\u200b said\u200d so. \u202eReversed\u202c text. \u2066Isolate\u2069 here.'],
    ['long whitespace', `Start.${' '.repeat(5000)}End.`],
    ['tabs and no-break spaces', 'One\u00a0two.\tThree\u2009four.'],
    ['line breaks as tokens', 'Title line\n\n  \nBody one.\n \nBody two.\r\n\tEnd\n'],
    ['letters outside wink\'s alphabet', 'Małgorzata Dębicka flew from Łódź to Gdańsk. Nguyễn Thị Hương met her. It cannot be.'],
  ])('sentence and token offsets are exact with %s', (_name, text) => {
    const out = run(text);
    for (const s of [...out.sentences, ...out.paragraphs]) {
      expect(s.start).toBeLessThan(s.end);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    }
    for (const t of out.tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.text.toLowerCase()).toBe(t.lower);
    }
    for (let i = 1; i < out.tokens.length; i++) expect(text.slice(out.tokens[i - 1]!.end, out.tokens[i]!.start).trim()).toBe('');
  });

  it('a run of more than 256 characters without a space is one token, and fast', () => {
    const blob = 'http://example.org/'.repeat(30_000);
    const text = `See ${blob} now. Next sentence.`;
    expect(maskLongRuns(text).runs).toEqual([[4, 4 + blob.length]]);
    const out = run(text);
    const long = out.tokens.filter((t) => t.end - t.start > 256);
    expect(long.map((t) => [t.start, t.end, t.lower === blob.toLowerCase()])).toEqual([[4, 4 + blob.length, true]]);
    expect(texts(text, out.sentences).at(-1)).toBe('Next sentence.');
  });
});

describe('the seed article', () => {
  it('irs-acting-commissioner has 40 sentences and 24 paragraphs', () => {
    const bytes = readFileSync(new URL('../../corpus/irs-acting-commissioner.txt', import.meta.url));
    const [r] = ingestBytes('corpus/irs-acting-commissioner.txt', 'irs-acting-commissioner', bytes);
    if (!r?.ok) throw new Error('the seed article did not ingest');
    const out = segment.run({ document: r.document });
    expect(out.sentences).toHaveLength(40);
    expect(out.paragraphs).toHaveLength(24);
    const s = texts(r.document.text, out.sentences);
    expect(s).toContain('Krause was the IRS’s chief operations officer before she became acting commissioner on Feb. 28.');
    expect(s.some((x) => x.startsWith('Treasury Secretary Scott Bessent and Homeland Security Secretary Kristi L. Noem signed'))).toBe(true);
  });
});

describe('words with letters outside wink\'s alphabet', () => {
  it('stay one token each ("Dębicka", "Łódź", "Nguyễn"), while wink\'s own splits of ASCII words stay', () => {
    const text = 'Małgorzata Dębicka flew from Łódź to Gdańsk. Nguyễn Thị Hương met her. It cannot be.';
    const words = run(text).tokens.map((t) => t.text);
    for (const w of ['Małgorzata', 'Dębicka', 'Łódź', 'Gdańsk', 'Nguyễn', 'Thị', 'Hương']) expect(words).toContain(w);
    expect(words).toContain('can');
    expect(words).toContain('not');
    expect(texts(text, run(text).sentences)).toEqual(['Małgorzata Dębicka flew from Łódź to Gdańsk.', 'Nguyễn Thị Hương met her.', 'It cannot be.']);
  });
});


describe('given names wink tags as verbs', () => {
  it.each<[string, string, string]>([
    ['after a comma, before a surname', 'The minister, Grant Oduya, said the plan was sound.', 'Grant'],
    ['after a lower-case word', 'A letter from union leader Bill Narvaez arrived.', 'Bill'],
  ])('%s: "%s" tags %s a proper noun', (_case, text, word) => {
    const token = run(text).tokens.find((t) => t.text === word)!;
    expect(token.pos).toBe('PROPN');
  });
  it('a verb opening the sentence stays a verb ("Grant them time")', () => {
    expect(run('Grant Oduya time, she said.').tokens[0]!.pos).not.toBe('PROPN');
  });
});

describe('tags that do not depend on the documents read before', () => {
  // wink keeps a new word's token type as it first meets it: a number split from "P1.7351" is a
  // word, and was then a word (a proper noun) in every later document, with "runs" after it a verb
  const tagsOf = (text: string, words: string[]): string[] => run(text).tokens.filter((t) => words.includes(t.text)).map((t) => `${t.text}/${t.pos}`);
  it.each<[string, string, string[], string[]]>([
    ['a number first met inside "P1.7351"', 'The contractor has been paid P1.7351 billion so far.', ['7351', 'runs'], ['7351/NUM', 'runs/NOUN']],
  ])('%s', (_what, before, words, expected) => {
    run(before);
    expect(tagsOf('The bowlers conceded only 7351 runs in the last overs.', words)).toEqual(expected);
  });
});
