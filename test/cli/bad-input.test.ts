/**
 * Bad input through the CLI: each bad file becomes one clear error record naming the file (and the
 * line or byte where that applies), the exit code is 1, and every other document is written whole.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findProblems } from '../../src/validate.js';
import { ensureBuilt, listFiles, readJson, readJsonl, runCli, tempDir, type CliResult, type ErrorRecord, type IndexJson } from './cli-helpers.js';

const isRoot = process.getuid?.() === 0;
/** As root, chmod does not keep a file from being read: the CLI then runs as "nobody". */
const NOBODY = 65534;

const GOOD = 'The council voted on Tuesday. “It is a good day,” said Mayor Ana Ruiz.\n';

function utf16le(s: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
}

beforeAll(ensureBuilt, 240_000);

describe('a batch with every kind of bad file', () => {
  let dir: string;
  let inDir: string;
  let out: string;
  let result: CliResult;
  let errors: ErrorRecord[];
  let index: IndexJson;
  const errorFor = (key: string): string => {
    const found = errors.filter((e) => e.key === key);
    expect(found, `one error record for ${key} in ${JSON.stringify(errors.map((e) => e.key))}`).toHaveLength(1);
    const entry = index.documents.find((d) => d.key === key);
    expect(entry?.error, `index.json entry for ${key}`).toBe(found[0]!.error);
    expect(entry?.output).toBeNull();
    return found[0]!.error;
  };

  beforeAll(async () => {
    dir = tempDir();
    inDir = join(dir, 'in');
    out = join(dir, 'out');
    mkdirSync(join(inDir, 'sub'), { recursive: true });
    const files: Record<string, string | Buffer> = {
      'good-1.txt': GOOD,
      'good-2.md': `# Heading\n\n${GOOD}`,
      'empty.txt': '',
      'whitespace.txt': ' \n\t\r\n  \n',
      'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]),
      'latin1.txt': Buffer.concat([Buffer.from('Le caf'), Buffer.from([0xe9]), Buffer.from(' est ouvert.')]),
      'utf16.txt': utf16le('“Quoted,” she said in UTF-16. Café.\n'),
      'too-long.txt': `${'word '.repeat(500)}\n`,
      'no-body.html': '<!doctype html><html><head><title>Menu only</title></head><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><footer>© 2025</footer></body></html>',
      'no-text.json': JSON.stringify({ id: 'record-without-text', title: 'No text' }),
      'array.json': JSON.stringify([{ id: 'ok', text: GOOD }, { id: 'bad', body: 42 }]),
      'feed.jsonl': `${JSON.stringify({ id: 'first', text: GOOD })}\n{"id": "second", "text": "unterminated\n${JSON.stringify({ id: 'third', text: GOOD })}\n`,
      'feed-bytes.jsonl': Buffer.concat([Buffer.from(`${JSON.stringify({ id: 'a', text: GOOD })}\n{"id":"b","text":"caf`), Buffer.from([0xe9]), Buffer.from(`"}\n${JSON.stringify({ id: 'c', text: GOOD })}\n`)]),
      'same.md': 'Same output path, Markdown.',
      'same.txt': 'Same output path, text.',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(inDir, name), content);
    writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4 not really');
    symlinkSync('loop-b.txt', join(inDir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(inDir, 'loop-b.txt'));
    symlinkSync('..', join(inDir, 'sub', 'up'));
    result = await runCli(['annotate', inDir, join(dir, 'report.pdf'), '--out', out, '--max-chars', '2000', '--jobs', '2']);
    errors = readJsonl<ErrorRecord>(join(out, 'errors.jsonl'));
    index = readJson<IndexJson>(join(out, 'index.json'));
  });

  it('exits 1, says so on stderr, and writes nothing to stdout', () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/presslens: 9 annotated, \d+ failed/);
  });

  it('writes every good document, whole and valid, and nothing for the bad ones', () => {
    const docs = listFiles(out).filter((f) => f !== 'index.json' && f !== 'errors.jsonl');
    expect(docs).toEqual(['array/ok.json', 'feed-bytes/a.json', 'feed-bytes/c.json', 'feed/first.json', 'feed/third.json', 'good-1.json', 'good-2.json', 'same.json', 'utf16.json']);
    for (const f of docs) expect(findProblems(readJson(join(out, f))), f).toEqual([]);
  });

  it('every error is in errors.jsonl and index.json, and in the stderr report', () => {
    expect(index.run.failed).toBe(errors.length);
    for (const e of errors) expect(result.stderr).toContain(`error: ${e.error}`);
  });

  it.each<[string, string, RegExp]>([
    ['an empty file', 'empty', /empty\.txt: the article text is empty$/],
    ['a whitespace-only file', 'whitespace', /whitespace\.txt: the article text is only whitespace$/],
    ['a binary file, with the offset of its NUL byte', 'binary', /binary\.txt: binary file \(NUL byte at byte offset 4\)/],
    ['invalid UTF-8, with its byte offset', 'latin1', /latin1\.txt: invalid UTF-8 at byte offset 6; convert the file to UTF-8$/],
    ['a file over --max-chars', 'too-long', /too-long\.txt: the article has 2501 characters, over --max-chars 2000$/],
    ['HTML without an article body', 'no-body', /no-body\.html: no article body found in the HTML$/],
    ['a JSON record without text', 'no-text', /no-text\.json: the record has no "text", "body" or "content" string$/],
    ['a record of a JSON array without text', 'array/bad', /array\.json\[1\]: the record has no "text"/],
    ['the broken line of a JSONL file, by line number', 'feed/2', /feed\.jsonl:2: .*(not valid JSON|JSON)/],
    ['invalid UTF-8 on one JSONL line: only that record, by line and byte offset', 'feed-bytes/2', /feed-bytes\.jsonl: line 2: invalid UTF-8 at byte offset \d+/],
    ['an explicitly named file of unknown extension', 'report', /report\.pdf: unknown extension "\.pdf"; presslens reads \.txt/],
    ['the second of two inputs with one output path', 'same', /same\.txt: would overwrite .*same\.json, already written for .*same\.md; rename one of the inputs$/],
  ])('%s', (_name, key, message) => {
    const error = errorFor(key);
    expect(error).toMatch(message);
    expect(error.startsWith(dir)).toBe(true);
  });

  it('the kept one of two inputs with one output path is the first in input order', () => {
    expect(readJson<{ document: { text: string } }>(join(out, 'same.json')).document.text).toBe('Same output path, Markdown.');
  });

  it('UTF-16 with a BOM is decoded and annotated', () => {
    const doc = readJson<{ document: { text: string } }>(join(out, 'utf16.json'));
    expect(doc.document.text).toBe('“Quoted,” she said in UTF-16. Café.\n');
  });

  it('symlink loops are reported, by path, and do not hang the walk', () => {
    const loops = errors.filter((e) => /symlink loop/.test(e.error)).map((e) => e.source.slice(inDir.length + 1));
    expect(loops.sort()).toEqual(['loop-a.txt', 'loop-b.txt', 'sub/up']);
  });
});

describe('files and directories that cannot be read or written', () => {
  it(`an unreadable file is an error naming it${isRoot ? ' (run as "nobody": root reads a chmod 000 file)' : ''}`, async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'readable.txt'), GOOD);
    writeFileSync(join(dir, 'in', 'locked.txt'), GOOD);
    chmodSync(join(dir, 'in', 'locked.txt'), 0o000);
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'in'), 0o777);
    const r = await runCli(['annotate', join(dir, 'in'), '--out', join(dir, 'out'), '--jobs', '1'], isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(r.stderr).toMatch(/locked\.txt: cannot read: permission denied/);
    expect(r.code).toBe(1);
    expect(listFiles(join(dir, 'out'))).toEqual(['errors.jsonl', 'index.json', 'readable.json']);
    expect(readJsonl<ErrorRecord>(join(dir, 'out', 'errors.jsonl'))).toEqual([{ key: 'locked', source: join(dir, 'in', 'locked.txt'), error: `${join(dir, 'in', 'locked.txt')}: cannot read: permission denied` }]);
  });

  it('an output path under a regular file: exit 2 and a message naming it, before any work', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD);
    writeFileSync(join(dir, 'not-a-dir'), '');
    const r = await runCli(['annotate', join(dir, 'a.txt'), '--out', join(dir, 'not-a-dir', 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write to the output directory .*not-a-dir\/out: a part of the path is a file/);
    expect(r.stdout).toBe('');
  });

  it(`an output directory without write permission: exit 2${isRoot ? ' (run as "nobody")' : ''}`, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD);
    mkdirSync(join(dir, 'out'));
    chmodSync(join(dir, 'out'), 0o555);
    chmodSync(dir, 0o755);
    const r = await runCli(['annotate', join(dir, 'a.txt'), '--out', join(dir, 'out')], isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(r.stderr).toMatch(/cannot write to the output directory .*out: permission denied/);
    expect(r.code).toBe(2);
    expect(listFiles(join(dir, 'out'))).toEqual([]);
  });

  it('a missing input is an error naming it; the others go on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD);
    const r = await runCli(['annotate', join(dir, 'a.txt'), join(dir, 'missing.txt'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file or directory/);
    expect(listFiles(join(dir, 'out'))).toEqual(['a.json', 'errors.jsonl', 'index.json']);
  });
});
