/** `presslens annotate` through the built CLI: files out, index.json, errors.jsonl, exit codes, stdout. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findProblems } from '../../src/validate.js';
import { ensureBuilt, listFiles, readJson, readJsonl, runCli, tempDir, type ErrorRecord, type IndexJson } from './cli-helpers.js';

const ARTICLE = 'The city council voted 7-2 on Tuesday to expand the bus network.\n\n“This is a good day for riders,” said Mayor Ana Ruiz.\n';

function write(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

function expectValidOutputs(out: string, files: string[]): void {
  for (const f of files) expect(findProblems(readJson(join(out, f))), f).toEqual([]);
}

beforeAll(ensureBuilt, 240_000);

describe('one JSON per article, mirroring the input tree', () => {
  let dir: string;
  let out: string;
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    dir = tempDir();
    out = join(dir, 'out');
    write(join(dir, 'in'), {
      'a.txt': `---\ntitle: Council vote\ndate: 2025-04-08\n---\n${ARTICLE}`,
      'sub/b.md': `# Buses\n\nThe **council** voted on Tuesday.\n`,
      'sub/deeper/c.html': `<html><head><title>Buses</title><meta name="date" content="2025-01-02"></head><body><article><p>${'The council voted on the bus plan after a long debate. '.repeat(3)}</p></article></body></html>`,
      'feed.jsonl': '{"id":"one","text":"First record."}\n{"id":"two","text":"Second record.","date":"2025-02-02"}\n',
      'records.json': JSON.stringify([{ id: 'r1', text: 'Record one.' }, { id: 'r2', text: 'Record two.' }]),
      'notes.pdf': 'ignored: directories only yield known extensions',
      '.hidden.txt': 'ignored: hidden',
    });
    result = await runCli(['annotate', join(dir, 'in'), '--out', out, '--jobs', '1']);
  });

  it('exits 0 and writes nothing to stdout', () => {
    expect(result.stderr).toMatch(/7 annotated, 0 failed/);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('writes one file per article at the input path, records of a file under its name', () => {
    expect(listFiles(out)).toEqual(['a.json', 'errors.jsonl', 'feed/one.json', 'feed/two.json', 'index.json', 'records/r1.json', 'records/r2.json', 'sub/b.json', 'sub/deeper/c.json']);
  });

  it('every document is valid and carries its metadata', () => {
    const docs = ['a.json', 'feed/one.json', 'feed/two.json', 'records/r1.json', 'records/r2.json', 'sub/b.json', 'sub/deeper/c.json'];
    expectValidOutputs(out, docs);
    const a = readJson<{ document: { title: string; date: string; source: string; text: string } }>(join(out, 'a.json')).document;
    expect(a).toMatchObject({ title: 'Council vote', date: '2025-04-08', source: join(dir, 'in', 'a.txt'), text: ARTICLE });
    expect(readJson<{ document: { date: string } }>(join(out, 'feed/two.json')).document.date).toBe('2025-02-02');
    expect(readJson<{ document: { date: string } }>(join(out, 'sub/deeper/c.json')).document.date).toBe('2025-01-02');
  });

  it('index.json lists every document with its output and counts; errors.jsonl is empty', () => {
    const index = readJson<IndexJson>(join(out, 'index.json'));
    expect(index.documents.map((d) => [d.key, d.output?.slice(out.length + 1), d.error])).toEqual([
      ['a', 'a.json', null],
      ['feed/one', 'feed/one.json', null],
      ['feed/two', 'feed/two.json', null],
      ['records/r1', 'records/r1.json', null],
      ['records/r2', 'records/r2.json', null],
      ['sub/b', 'sub/b.json', null],
      ['sub/deeper/c', 'sub/deeper/c.json', null],
    ]);
    expect(index.documents[0]!.counts).toMatchObject({ paragraphs: 2, sentences: 2 });
    expect(index.run).toMatchObject({ succeeded: 7, failed: 0, skipped: 0, interrupted: false });
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toBe('');
  });

  it('the same input gives the same bytes', async () => {
    const again = join(dir, 'again');
    expect((await runCli(['annotate', join(dir, 'in'), '--out', again, '--jobs', '2'])).code).toBe(0);
    for (const f of listFiles(out).filter((f) => f !== 'index.json')) expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
  });
});

describe('exit codes', () => {
  it('1 when some documents failed; the others are written; the failure is in errors.jsonl and index.json', async () => {
    const dir = tempDir();
    write(dir, { 'in/good.txt': ARTICLE, 'in/empty.txt': '' });
    const r = await runCli(['annotate', join(dir, 'in'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error: .*empty\.txt: the article text is empty/);
    expect(listFiles(join(dir, 'out'))).toEqual(['errors.jsonl', 'good.json', 'index.json']);
    expect(readJsonl<ErrorRecord>(join(dir, 'out/errors.jsonl'))).toEqual([{ key: 'empty', source: join(dir, 'in/empty.txt'), error: `${join(dir, 'in/empty.txt')}: the article text is empty` }]);
    expect(readJson<IndexJson>(join(dir, 'out/index.json')).run).toMatchObject({ succeeded: 1, failed: 1 });
  });

  it.each<[string, string[], RegExp]>([
    ['no input', ['annotate'], /needs at least one input/],
    ['a bad --format', ['annotate', 'x.txt', '--format', 'xml'], /--format must be json or jsonl/],
    ['a bad --date', ['annotate', 'x.txt', '--date', '08/04/2025'], /--date must be YYYY-MM-DD/],
    ['an impossible --date', ['annotate', 'x.txt', '--date', '2025-02-30'], /--date must be YYYY-MM-DD/],
    ['a bad --max-chars', ['annotate', 'x.txt', '--max-chars', 'lots'], /--max-chars must be a positive integer/],
    ['a bad --jobs', ['annotate', 'x.txt', '--jobs', '0'], /--jobs must be a positive integer/],
    ['an unknown option', ['annotate', 'x.txt', '--colour'], /colour/],
    ['an unknown command', ['annotat', 'x.txt'], /unknown command "annotat"/],
  ])('2 for %s, with a message on stderr and nothing on stdout', async (_name, args, message) => {
    const r = await runCli(args, { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--help prints usage on stdout and exits 0, documenting the --max-chars default', async () => {
    const r = await runCli(['annotate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--max-chars N +largest article accepted \(default 2000000\)/);
  });
});

describe('--format jsonl', () => {
  it('writes one annotations.jsonl in input order, and no per-article files', async () => {
    const dir = tempDir();
    write(dir, { 'in/b.txt': 'Second file.', 'in/a.txt': 'First file.', 'in/c.jsonl': '{"id":"x","text":"Third."}\n{"id":"y","text":"Fourth."}\n' });
    const r = await runCli(['annotate', join(dir, 'in'), '--out', join(dir, 'out'), '--format', 'jsonl', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(listFiles(join(dir, 'out'))).toEqual(['annotations.jsonl', 'errors.jsonl', 'index.json']);
    const docs = readJsonl<{ document: { text: string } }>(join(dir, 'out/annotations.jsonl'));
    expect(docs.map((d) => d.document.text)).toEqual(['First file.', 'Second file.', 'Third.', 'Fourth.']);
    for (const d of docs) expect(findProblems(d)).toEqual([]);
  });
});

describe('stdin and stdout', () => {
  it('`-` reads JSONL records and `--out -` writes JSONL to stdout, in order, nothing else on stdout', async () => {
    const input = ['{"id":"a","text":"Alpha said hello."}', '', '{"id":"b","text":"Beta agreed.","date":"2025-03-01"}', '{not json', '{"id":"d","text":"Delta."}'].join('\n');
    const r = await runCli(['annotate', '-', '--out', '-', '--jobs', '1'], { input, cwd: tempDir() });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    const docs = lines.slice(0, -1).map((l) => JSON.parse(l) as { document: { id: string; date: string | null } });
    expect(docs.map((d) => d.document.id)).toEqual(['a', 'b', 'd']);
    expect(docs[1]!.document.date).toBe('2025-03-01');
    for (const d of docs) expect(findProblems(d)).toEqual([]);
    expect(r.stderr).toMatch(/stdin:4/);
    expect(r.stderr).toMatch(/3 annotated, 1 failed/);
  });

  it('stdin with all good records exits 0', async () => {
    const r = await runCli(['annotate', '-', '--out', '-'], { input: '{"text":"One."}\n{"text":"Two."}\n', cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('--date', () => {
  it('is the fallback for articles without a date, never overriding one', async () => {
    const dir = tempDir();
    write(dir, { 'in/undated.txt': 'Undated.', 'in/dated.txt': '---\ndate: 2024-06-01\n---\nDated.' });
    const r = await runCli(['annotate', join(dir, 'in'), '--out', join(dir, 'out'), '--date', '2025-04-08', '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(readJson<{ document: { date: string } }>(join(dir, 'out/undated.json')).document.date).toBe('2025-04-08');
    expect(readJson<{ document: { date: string } }>(join(dir, 'out/dated.json')).document.date).toBe('2024-06-01');
  });

  it('without --date an undated article has date null', async () => {
    const dir = tempDir();
    write(dir, { 'in/undated.txt': 'Undated.' });
    expect((await runCli(['annotate', join(dir, 'in'), '--out', join(dir, 'out')])).code).toBe(0);
    expect(readJson<{ document: { date: string | null } }>(join(dir, 'out/undated.json')).document.date).toBeNull();
  });
});
