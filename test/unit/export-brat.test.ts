import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/annotate.js';
import { BRAT_CONF, codePointOffsets, fragments, toBratAnn } from '../../src/export/brat.js';
import { exportBrat } from '../../src/export/run-export.js';
import { buildDocument, ferryDocument } from '../browser/fixtures.js';

/** Emoji (two UTF-16 units, one code point) before the spans shift brat offsets from presslens'. */
function emojiDocument() {
  return buildDocument({
    id: 'emoji',
    title: 'Emoji',
    date: '2025-06-02',
    text: '🚢 Ferry news 🌊: Mayor Lena Okafor 👍 said "Service returns in June.\n\n"Riders will be glad." Okafor thanked the Port Authority.',
    entities: [
      { type: 'PERSON', name: 'Lena Okafor', strings: ['Lena Okafor', 'Okafor'] },
      { type: 'ORG', name: 'Port Authority', strings: ['Port Authority'] },
    ],
    dates: [{ text: 'June', type: 'DATE', value: '2025-06' }],
    quotes: [{ text: 'Service returns in June.\n\n"Riders will be glad.', kind: 'direct', cue: 'said', speaker: 'Mayor Lena Okafor', source: 'okafor' }],
    sources: [{ id: 'okafor', name: 'Lena Okafor', kind: 'person', sourcing: 'named', entity: 'Lena Okafor' }],
  });
}

interface TLine {
  id: string;
  type: string;
  frags: [number, number][];
  text: string;
}
function parseAnn(ann: string): { t: TLine[]; r: string[][]; a: string[][]; equiv: string[][]; notes: string[][] } {
  const out = { t: [] as TLine[], r: [] as string[][], a: [] as string[][], equiv: [] as string[][], notes: [] as string[][] };
  for (const line of ann.split('\n').filter(Boolean)) {
    const cols = line.split('\t');
    if (line.startsWith('T')) {
      const [type, ...rest] = cols[1]!.split(' ');
      const frags = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      out.t.push({ id: cols[0]!, type: type!, frags, text: cols[2]! });
    } else if (line.startsWith('R')) out.r.push(cols[1]!.split(' '));
    else if (line.startsWith('A')) out.a.push(cols[1]!.split(' '));
    else if (line.startsWith('*')) out.equiv.push(cols[1]!.split(' '));
    else if (line.startsWith('#')) out.notes.push(cols);
    else throw new Error(`unexpected line ${line}`);
  }
  return out;
}

describe('brat standoff', () => {
  it.each([
    ['ascii', 'abc', [0, 1, 2, 3]],
    ['an emoji counts one', 'a🚢b', [0, 1, 1, 2, 3]],
    ['emoji at the end', 'ab🚢', [0, 1, 2, 2, 3]],
  ] as const)('codePointOffsets: %s', (_n, text, expected) => {
    expect([...codePointOffsets(text)]).toEqual(expected);
  });

  it.each([
    ['no line break', 'abc def', 0, 7, [[0, 7]]],
    ['a paragraph break splits', 'ab\n\ncd', 0, 6, [[0, 2], [4, 6]]],
    ['a span ending on a break keeps its text', 'ab\n', 0, 3, [[0, 2]]],
  ] as const)('fragments: %s', (_n, text, start, end, expected) => {
    expect(fragments(text, start, end)).toEqual(expected);
  });

  for (const [name, doc] of [['ferry', ferryDocument()], ['emoji', emojiDocument()]] as const) {
    it(`${name}: every T line’s code-point offsets select its text in the .txt`, () => {
      const cps = Array.from(doc.document.text);
      const { t } = parseAnn(toBratAnn(doc));
      for (const x of t) {
        expect(x.frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ')).toBe(x.text);
        for (const [s, e] of x.frags) expect(cps.slice(s, e).join('')).not.toContain('\n');
      }
      const count = (type: string): number => t.filter((x) => x.type === type).length;
      expect(count('PERSON') + count('ORG') + count('PLACE')).toBe(doc.entities.reduce((n, e) => n + e.mentions.length, 0));
      expect(count('QUOTE')).toBe(doc.quotes.length);
      expect(count('DATE')).toBe(doc.dates.length);
      expect(count('QUANTITY')).toBe(doc.quantities.length);
    });

    it(`${name}: relations, attributes and Equiv point at T lines, with types and values declared in annotation.conf`, () => {
      const { t, r, a, equiv } = parseAnn(toBratAnn(doc));
      const types = new Map(t.map((x) => [x.id, x.type] as const));
      expect(r.filter(([rel]) => rel === 'said_by').length).toBe(doc.quotes.filter((q) => q.speaker).length);
      for (const [rel, arg1, arg2] of r) {
        expect(types.get(arg1!.replace('Arg1:', ''))).toBe('QUOTE');
        expect(types.get(arg2!.replace('Arg2:', ''))).toBe(rel === 'said_by' ? 'SPEAKER' : 'CUE');
      }
      for (const [attr, id, value] of a) {
        const decl = BRAT_CONF.split('\n').find((l) => l.startsWith(`${attr}\t`))!;
        expect(decl).toContain(`Arg:${types.get(id!)}`);
        if (value !== undefined) expect(decl.split('Value:')[1]!.split('|')).toContain(value);
      }
      const multi = doc.entities.filter((e) => e.mentions.length > 1);
      expect(equiv.map(([, ...ids]) => ids.map((id) => types.get(id)))).toEqual(multi.map((e) => e.mentions.map(() => e.type)));
    });
  }

  it('the quote over a paragraph break is one T line with two fragments, offsets shifted by the emoji before it', () => {
    const doc = emojiDocument();
    const q = doc.quotes[0]!;
    const quote = parseAnn(toBratAnn(doc)).t.find((x) => x.type === 'QUOTE')!;
    const cp = codePointOffsets(doc.document.text);
    expect(quote.frags.length).toBe(2);
    expect(quote.frags[0]![0]).toBe(q.start - 3);
    expect(quote.frags[0]![0]).toBe(cp[q.start]);
    expect(quote.text).toBe('Service returns in June. "Riders will be glad.');
  });

  it.skipIf(spawnSync('python3', ['--version']).status !== 0)('export --to brat: Python (as brat reads them) finds every T text at its offsets in the .txt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presslens-brat-'));
    await writeFile(join(dir, 'emoji.json'), serialize(emojiDocument()));
    await writeFile(join(dir, 'ferry-vote.json'), serialize(ferryDocument()));
    const report = await exportBrat(dir, join(dir, 'brat'));
    expect(report.written.map((p) => p.slice(dir.length + 1)).sort()).toEqual(['brat/annotation.conf', 'brat/emoji.ann', 'brat/emoji.txt', 'brat/ferry-vote.ann', 'brat/ferry-vote.txt']);
    expect(await readFile(join(dir, 'brat', 'emoji.txt'), 'utf8')).toBe(emojiDocument().document.text);
    const check = `
import sys, glob
bad = 0
for ann in glob.glob(sys.argv[1] + "/*.ann"):
    text = open(ann[:-4] + ".txt", encoding="utf-8").read()
    for line in open(ann, encoding="utf-8"):
        if not line.startswith("T"): continue
        tid, mid, surface = line.rstrip("\\n").split("\\t")
        frags = [tuple(map(int, f.split())) for f in mid.split(" ", 1)[1].split(";")]
        if " ".join(text[a:b] for a, b in frags) != surface: bad += 1; print(ann, line)
print(bad)`;
    const out = spawnSync('python3', ['-c', check, join(dir, 'brat')], { encoding: 'utf8' });
    expect(out.stdout.trim()).toBe('0');
  });
});
