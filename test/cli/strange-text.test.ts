/**
 * Strange but valid text through the CLI, in every input format: each article is annotated (exit
 * 0, no error record) and every document written is valid. 1 MB pathological inputs must finish:
 * no regular expression in ingest or in any stage may backtrack catastrophically.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findProblems } from '../../src/validate.js';
import { megabyteParagraph, pathologicalMegabyte, STRANGE } from '../property/strange-cases.js';
import { ensureBuilt, listFiles, readJson, runCli, tempDir, type CliResult, type IndexJson } from './cli-helpers.js';

/** About 1 MB of Markdown built from the constructs whose patterns could backtrack. */
function pathologicalMarkdown(): string {
  const units = ['[', '![', '[a](', '<a', '**a ', '__a ', '~~a ', '[a](b ', '<a b ', '`', '*', '_', '\\'];
  const lines = units.map((u) => u.repeat(Math.ceil(60_000 / u.length)));
  lines.push(`# a${' '.repeat(60_000)}b`, '- '.repeat(30_000), '> '.repeat(30_000), 'Plain words close the file.');
  return lines.join('\n\n');
}

function pathologicalHtml(): string {
  return `<html><head><title>Nested</title></head><body>${'<div><p>a '.repeat(20_000)}<p>${'<'.repeat(100_000)}</p></body></html>`;
}

describe('strange but valid text through the CLI', () => {
  let dir: string;
  let out: string;
  let result: CliResult;
  const expected: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    dir = tempDir('presslens-strange-');
    const inDir = join(dir, 'in');
    mkdirSync(join(inDir, 'md'), { recursive: true });
    mkdirSync(join(inDir, 'json'), { recursive: true });
    for (const [name, text] of Object.entries(STRANGE)) {
      if (!text.trim()) continue;
      writeFileSync(join(inDir, `${name}.txt`), text);
      writeFileSync(join(inDir, 'md', `${name}.md`), text);
      writeFileSync(join(inDir, 'json', `${name}.json`), JSON.stringify({ id: name, text }));
      expected.push(`${name}.json`, `md/${name}.json`, `json/${name}.json`);
    }
    writeFileSync(join(inDir, 'records.jsonl'), `${Object.entries(STRANGE).map(([id, text]) => JSON.stringify({ id, text })).join('\n')}\n`);
    expected.push(...Object.keys(STRANGE).map((id) => `records/${id}.json`));
    const big: Record<string, string> = {
      'megabyte-paragraph.txt': megabyteParagraph(),
      'pathological-text.txt': pathologicalMegabyte(),
      'pathological-markdown.md': pathologicalMarkdown(),
      'pathological-html.html': pathologicalHtml(),
    };
    for (const [name, text] of Object.entries(big)) {
      writeFileSync(join(inDir, name), text);
      expected.push(name.replace(/\.\w+$/, '.json'));
    }
    out = join(dir, 'out');
    result = await runCli(['annotate', inDir, '--out', out, '--jobs', '2', '--date', '2025-04-08']);
  }, 240_000);

  it('annotates every article: exit 0, no error record', () => {
    expect(result.stderr).not.toMatch(/error:/);
    expect(result.code).toBe(0);
    expect(readJson<IndexJson>(join(out, 'index.json')).run).toMatchObject({ failed: 0 });
  });

  it('writes every document, each valid', () => {
    const docs = listFiles(out).filter((f) => f !== 'index.json' && f !== 'errors.jsonl');
    expect(docs).toEqual([...expected].sort());
    for (const f of docs) expect(findProblems(readJson(join(out, f))), f).toEqual([]);
  });

  it('CRLF input is stored with \\n line endings, and emoji offsets stay UTF-16 exact', () => {
    const crlf = readJson<{ document: { text: string } }>(join(out, 'crlf.json'));
    expect(crlf.document.text).not.toContain('\r');
    const emoji = readJson<{ document: { text: string }; sentences: Array<{ start: number; end: number }> }>(join(out, 'emoji-and-astral.json'));
    expect(emoji.document.text).toBe(STRANGE['emoji-and-astral']);
    expect(emoji.sentences.at(-1)!.end).toBeLessThanOrEqual(emoji.document.text.length);
  });
});
