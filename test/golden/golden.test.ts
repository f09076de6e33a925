/**
 * The golden corpus: the whole pipeline on every article of corpus/ that has a gold file here,
 * scored against it. Micro scores may not fall below test/golden/floors.json; floors only go up
 * (`npm run golden:update` raises them to the current scores, rounded down to 2 decimals).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/document.js';
import { belowFloors, floorScores, raiseFloors, type Floors } from '../../src/eval/floors.js';
import { readGold } from '../../src/eval/gold.js';
import type { EvalResult } from '../../src/eval/run-eval.js';
import { listGoldFiles, runEval } from '../../src/eval/run-eval.js';
import { expectValid } from '../helpers/invariants.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN = join(ROOT, 'test/golden');
const CORPUS = join(ROOT, 'corpus');
const FLOORS = join(GOLDEN, 'floors.json');
const UPDATE = process.env['GOLDEN_UPDATE'] === '1';

/** Gold files whose article is in corpus/ (gold for articles still being written waits). */
const fixtures: { name: string; path: string }[] = [];
for (const path of await listGoldFiles(GOLDEN)) {
  const file = await readGold(path);
  const article = file.format === 'text-anchored' ? file.gold.document : null;
  if (article && existsSync(join(CORPUS, article))) fixtures.push({ name: file.name, path });
}

describe('golden corpus', () => {
  const annotations = new Map<string, Annotation>();
  let result: EvalResult;
  beforeAll(async () => {
    result = await runEval({
      gold: fixtures.map((f) => f.path),
      articles: CORPUS,
      cwd: ROOT,
      onAnnotation: (name, annotation) => annotations.set(name, annotation),
    });
  });

  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it('scores every fixture, and every gold string and quote is found in its article', () => {
    const problems = result.report.perDocument.flatMap((d) => [...(d.error ? [`${d.name}: ${d.error}`] : []), ...d.warnings.map((w) => `${d.name}: ${w}`)]);
    expect(problems).toEqual([]);
  });

  it.each(fixtures.map((f) => f.name))('%s: the annotation honours the contract (offsets, ids, order)', (name) => {
    expectValid(annotations.get(name));
  });

  it('micro scores over the corpus stay at or above test/golden/floors.json', () => {
    const current = floorScores(result.report);
    let floors = JSON.parse(readFileSync(FLOORS, 'utf8')) as Partial<Floors>;
    if (UPDATE) {
      const raised = raiseFloors(floors, current);
      if (JSON.stringify(raised) !== JSON.stringify(floors)) writeFileSync(FLOORS, `${JSON.stringify(raised, null, 2)}\n`);
      floors = raised;
    }
    expect(belowFloors(floors, current), `current scores: ${JSON.stringify(current)}`).toEqual([]);
  });
});
