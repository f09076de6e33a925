/** Evaluation runs: finding articles and predictions, the eval command's output and exit code, floors. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { evalCommand, parseMinF } from '../../src/commands/eval-command.js';
import { belowFloors, floor2, raiseFloors } from '../../src/eval/floors.js';
import { runEval } from '../../src/eval/run-eval.js';
import { stubAnnotation, stubPipeline } from './eval-helpers.js';

const ARTICLE = '---\ntitle: "A test"\ndate: 2025-04-08\n---\nAnna Berg met Carl Dorn in Oslo.\n';
const BODY = 'Anna Berg met Carl Dorn in Oslo.\n';
const GOLD = {
  format: 'text-anchored gold v1',
  document: 'meeting.txt',
  entities: [
    { text: 'Anna Berg', type: 'PERSON', entity: 'Anna Berg' },
    { text: 'Carl Dorn', type: 'PERSON', entity: 'Carl Dorn' },
  ],
  quotes: [],
  sources: [],
};
/** The stand-in pipeline finds Anna Berg, and Oslo as a spurious PERSON: P=1/2 R=1/2. */
const pipeline = stubPipeline({ PERSON: ['Anna Berg', 'Oslo'] });

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'presslens-eval-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function layout(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(root, 'case-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe('runEval finds the article of text-anchored gold', () => {
  it.each([
    ['next to the gold file', 'gold', { 'gold/meeting.gold.json': JSON.stringify(GOLD), 'gold/meeting.txt': ARTICLE }],
    ['in corpus/ of the working directory', 'gold', { 'gold/meeting.gold.json': JSON.stringify(GOLD), 'corpus/meeting.txt': ARTICLE }],
    ['in ../corpus from the gold directory', 'x/gold', { 'x/gold/meeting.gold.json': JSON.stringify(GOLD), 'x/corpus/meeting.txt': ARTICLE }],
  ])('%s', async (_, goldDir, files) => {
    const dir = await layout(files);
    const { report } = await runEval({ gold: join(dir, goldDir), cwd: dir, pipeline });
    expect(report.perDocument.map((d) => d.error)).toEqual([null]);
    expect(report.micro.entities!.overlap).toMatchObject({ tp: 1, pred: 2, gold: 2, precision: 0.5, recall: 0.5 });
  });

  it('--articles is searched first', async () => {
    const dir = await layout({
      'gold/meeting.gold.json': JSON.stringify(GOLD),
      'gold/meeting.txt': '---\ndate: 2025-04-08\n---\nSomeone else entirely.\n',
      'mine/meeting.txt': ARTICLE,
    });
    const { report } = await runEval({ gold: join(dir, 'gold'), articles: join(dir, 'mine'), cwd: dir, pipeline });
    expect(report.perDocument[0]!.article).toBe(join(dir, 'mine/meeting.txt'));
    expect(report.micro.entities!.overlap.tp).toBe(1);
  });

  it('a gold file without its article is an error for that document; the others are scored', async () => {
    const dir = await layout({
      'gold/meeting.gold.json': JSON.stringify(GOLD),
      'gold/meeting.txt': ARTICLE,
      'gold/lost.gold.json': JSON.stringify({ ...GOLD, document: 'lost.txt' }),
    });
    const { report } = await runEval({ gold: join(dir, 'gold'), cwd: dir, pipeline });
    expect(report.documents).toBe(1);
    expect(report.perDocument.map((d) => [d.name, d.error === null])).toEqual([
      ['lost', false],
      ['meeting', true],
    ]);
    expect(report.perDocument[0]!.error).toMatch(/"lost.txt" not found/);
  });

  it('annotates presslens-format gold on its own text', async () => {
    const gold = stubAnnotation(BODY, { PERSON: ['Anna Berg', 'Carl Dorn'] });
    const dir = await layout({ 'gold/meeting.gold.json': JSON.stringify(gold) });
    const { report, errors } = await runEval({ gold: join(dir, 'gold'), cwd: dir, pipeline });
    expect(report.perDocument[0]!.format).toBe('presslens');
    expect(report.micro.entities!.overlap).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    expect(errors.map((e) => [e.error, e.text])).toEqual([
      ['missed', 'Carl Dorn'],
      ['spurious', 'Oslo'],
    ]);
  });
});

describe('presslens eval (command)', () => {
  async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
    try {
      return { code: await evalCommand(argv), stdout, stderr };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  /** A prediction dir with the output of the stand-in pipeline, named as `annotate` names it. */
  async function predCase(): Promise<{ gold: string; pred: string }> {
    const annotation = stubAnnotation(BODY, { PERSON: ['Anna Berg', 'Oslo'] });
    const dir = await layout({
      'gold/meeting.gold.json': JSON.stringify(GOLD),
      'pred/meeting.txt.json': JSON.stringify(annotation),
    });
    return { gold: join(dir, 'gold'), pred: join(dir, 'pred') };
  }

  it('prints a table, and writes the error list to <pred>/eval-errors.jsonl', async () => {
    const c = await predCase();
    const r = await run(['--gold', c.gold, '--pred', c.pred]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^entities\s+2\s+2\s+0\.500\s+0\.500\s+0\.500\s+0\.500\s+0\.500\s+0\.500/m);
    const lines = (await readFile(join(c.pred, 'eval-errors.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toMatchObject([
      { document: 'meeting', layer: 'entities', error: 'missed', text: 'Carl Dorn', context: 'Anna Berg met [[Carl Dorn]] in Oslo. ' },
      { document: 'meeting', layer: 'entities', error: 'spurious', text: 'Oslo' },
    ]);
  });

  it('--json prints the whole report; nothing to score is null', async () => {
    const c = await predCase();
    const r = await run(['--gold', c.gold, '--pred', c.pred, '--json', '--errors', join(c.pred, '..', 'errs.jsonl')]);
    const report = JSON.parse(r.stdout);
    expect(report.micro.entities.overlap.f1).toBe(0.5);
    expect(report.micro.quotes.overlap.f1).toBeNull();
    expect(report.micro.dates).toBeNull();
    expect(report.perDocument[0].pred).toBe(join(c.pred, 'meeting.txt.json'));
  });

  it.each([
    [['--min-f', 'entities=0.5'], 0],
    [['--min-f', 'entities=0.6'], 1],
    [['--min-f', 'quotes=0.9'], 0], // nothing to score: not applied
  ])('%j → exit %i', async (flags, code) => {
    const c = await predCase();
    expect((await run(['--gold', c.gold, '--pred', c.pred, ...flags])).code).toBe(code);
  });

  it.each([['entities'], ['people=0.5'], ['quotes=1.5'], ['quotes=x']])('--min-f %s is a usage error', (arg) => {
    expect(() => parseMinF(arg)).toThrow(/--min-f/);
  });

  it('a missing prediction makes the exit code 1', async () => {
    const c = await predCase();
    await rm(join(c.pred, 'meeting.txt.json'));
    const r = await run(['--gold', c.gold, '--pred', c.pred]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not scored: meeting: no prediction/);
  });
});

describe('floors', () => {
  it.each([
    [0.29, 0.29],
    [0.8167, 0.81],
    [0.999, 0.99],
    [1, 1],
  ])('%d rounds down to %d', (x, expected) => {
    expect(floor2(x)).toBe(expected);
  });

  const current = { entities: 0.8167, dates: 0.5, quantities: null, quotes: 0.2, quoteAttribution: 0.75, quoteSourcing: null };

  it('an update raises floors to the current scores and never lowers one', () => {
    const old = { entities: 0.7, dates: 0.6, quantities: 0.1, quotes: 0, quoteAttribution: 0.75, quoteSourcing: 0 };
    expect(raiseFloors(old, current)).toEqual({ entities: 0.81, dates: 0.6, quantities: 0.1, quotes: 0.2, quoteAttribution: 0.75, quoteSourcing: 0 });
  });

  it('reports every metric below its floor', () => {
    const floors = { entities: 0.81, dates: 0.6, quantities: 0.1, quotes: 0.2, quoteAttribution: 0.75, quoteSourcing: 0 };
    expect(belowFloors(floors, current)).toEqual(['dates: 0.500 is below its floor 0.6', 'quantities: nothing scored is below its floor 0.1']);
  });
});
