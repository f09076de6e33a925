import { fileURLToPath } from 'node:url';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/annotate.js';
import type { Annotation } from '../../src/document.js';
import { parseGold } from '../../src/eval/gold.js';
import { labelStudioExportToGold } from '../../src/export/from-label-studio.js';
import { LS_LABELS, toLabelStudioTask, type LsResult, type LsTask } from '../../src/export/label-studio.js';
import { exportLabelStudio, importLabelStudio } from '../../src/export/run-export.js';
import { ferryDocument } from '../browser/fixtures.js';

const CONFIG = readFileSync(new URL('../../export/label-studio-config.xml', import.meta.url), 'utf8');
// the reference scorer lives in shared/, beside the repository
const SCORER = fileURLToPath(new URL('../../../shared/tools/score-gold.py', import.meta.url));
const scorer = process.env.PRESSLENS_SCORER ?? SCORER;
const hasPython = spawnSync('python3', ['--version']).status === 0;
let hasScorer = false;
try {
  readFileSync(scorer);
  hasScorer = hasPython;
} catch {
  console.warn(`reference scorer not found at ${scorer}: the round trip is checked with the project's gold reader only`);
}

/** What a person's Label Studio export looks like: the predictions submitted as an annotation. */
function asSubmitted(task: LsTask, edit: (r: LsResult[]) => LsResult[] = (r) => r, id = 1): LsTask & Record<string, unknown> {
  const result = edit(structuredClone(task.predictions![0]!.result)).map((r) => (r.type === 'relation' ? r : { ...r, origin: 'prediction' }));
  return {
    id,
    data: task.data,
    annotations: [
      { id: 10, result: [], was_cancelled: true, completed_by: 1 },
      { id: 11, result, was_cancelled: false, ground_truth: false, created_at: '2025-01-01T00:00:00Z', completed_by: 1, lead_time: 30.5 },
    ],
    predictions: task.predictions!,
    meta: {},
    project: 1,
  };
}

async function scoreWithReference(doc: Annotation, exported: unknown): Promise<Record<string, { f1: number } | number>> {
  const dir = await mkdtemp(join(tmpdir(), 'presslens-ls-'));
  await mkdir(join(dir, 'pred'));
  await writeFile(join(dir, 'export.json'), JSON.stringify(exported));
  await importLabelStudio(join(dir, 'export.json'), join(dir, 'gold'));
  await writeFile(join(dir, 'pred', `${doc.document.id}.json`), serialize(doc));
  const out = execFileSync('python3', [scorer, join(dir, 'gold'), join(dir, 'pred'), '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, { f1: number } | number>;
}

describe('Label Studio tasks', () => {
  const doc = ferryDocument();
  const task = toLabelStudioTask(doc);
  const result = task.predictions![0]!.result;
  const regions = result.filter((r) => r.type === 'labels');

  it('every region’s offsets select exactly its text in data.text', () => {
    for (const r of regions) expect(task.data.text.slice(r.value.start, r.value.end)).toBe(r.value.text);
  });

  it('one region per entity mention, date, quantity and quote; speakers and cues shared between quotes are one region', () => {
    const count = (label: string): number => regions.filter((r) => r.value.labels[0] === label).length;
    expect(count('PERSON') + count('ORG') + count('PLACE')).toBe(doc.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(count('DATE')).toBe(doc.dates.length);
    expect(count('QUANTITY')).toBe(doc.quantities.length);
    expect(count('QUOTE')).toBe(doc.quotes.length);
    const distinct = (key: 'speaker' | 'cue'): number => new Set(doc.quotes.flatMap((q) => (q[key] ? [`${q[key].start}:${q[key].end}`] : []))).size;
    expect(count('SPEAKER')).toBe(distinct('speaker'));
    expect(count('CUE')).toBe(distinct('cue'));
  });

  it('relations go from each quote to its speaker and its cue', () => {
    const relations = result.filter((r) => r.type === 'relation');
    expect(relations.length).toBe(doc.quotes.filter((q) => q.speaker).length + doc.quotes.filter((q) => q.cue).length);
    const byId = new Map(regions.map((r) => [r.id, r] as const));
    for (const rel of relations) {
      expect(byId.get(rel.from_id)!.value.labels).toEqual(['QUOTE']);
      expect(byId.get(rel.to_id)!.value.labels).toEqual([rel.labels[0] === 'speaker' ? 'SPEAKER' : 'CUE']);
    }
  });

  it('uses only labels, controls, choices and relations that the shipped config declares', () => {
    for (const label of LS_LABELS) expect(CONFIG).toContain(`<Label value="${label}"`);
    for (const r of result) {
      if (r.type === 'relation') expect(CONFIG).toContain(`<Relation value="${r.labels[0]}"/>`);
      else {
        expect(CONFIG).toMatch(new RegExp(`name="${r.from_name}" toName="${r.to_name}"`));
        if (r.type === 'choices') expect(CONFIG).toContain(`<Choice value="${r.value.choices[0]}"/>`);
      }
    }
    const perRegionIds = result.flatMap((r) => (r.type === 'choices' || r.type === 'textarea' ? [r.id] : []));
    const regionIds = new Set(regions.map((r) => r.id));
    for (const id of perRegionIds) expect(regionIds.has(id)).toBe(true);
  });

  it('the config is well-formed XML with a single root <View>', () => {
    const body = CONFIG.replace(/<!--[\s\S]*?-->/g, '').trim();
    expect(body.startsWith('<View>') && body.endsWith('</View>')).toBe(true);
    const stack: string[] = [];
    for (const m of body.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual([]);
  });

  it('export --to label-studio writes tasks.json and the config beside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presslens-ls-'));
    await writeFile(join(dir, 'ferry-vote.json'), serialize(doc));
    const report = await exportLabelStudio(dir);
    expect(report.written).toEqual([join(dir, 'label-studio', 'tasks.json'), join(dir, 'label-studio', 'label-studio-config.xml')]);
    const tasks = JSON.parse(await readFile(report.written[0]!, 'utf8')) as LsTask[];
    expect(tasks).toEqual([JSON.parse(JSON.stringify(task))]);
    expect(await readFile(report.written[1]!, 'utf8')).toBe(CONFIG);
  });
});

describe('Label Studio export → gold', () => {
  const doc = ferryDocument();
  const task = toLabelStudioTask(doc, 'ferry-vote');

  it('unchanged predictions give gold that `presslens eval` reads, with quote and speaker offsets', () => {
    const { converted, unannotated } = labelStudioExportToGold([asSubmitted(task), { data: { ...task.data, name: 'nobody' }, annotations: [] }]);
    expect(unannotated).toEqual(['nobody']);
    const { gold, text, warnings } = converted[0]!;
    expect(warnings).toEqual([]);
    expect(text).toBe(doc.document.text);
    expect(parseGold('ferry-vote.gold.json', gold).format).toBe('text-anchored');
    for (const q of gold.quotes) {
      expect(text.slice(q.start, q.start + q.text.length)).toBe(q.text);
      if (q.speaker) expect(text.slice(q.speakerStart, q.speakerStart! + q.speaker.length)).toBe(q.speaker);
    }
    expect(gold.sources.map((s) => [s.name, s.sourcing, s.kind])).toEqual(doc.sources.map((s) => [s.name, s.sourcing, s.kind]));
    expect(gold.entities.find((e) => e.text === 'Okafor')).toEqual({ text: 'Okafor', type: 'PERSON', entity: 'Lena Okafor' });
    expect(gold.quantities.find((q) => q.text === 'about $3.2 million')).toEqual({ text: 'about $3.2 million', kind: 'MONEY', value: 3200000, unit: 'USD' });
  });

  it.skipIf(!hasScorer)('round trip: document → predictions → annotations → gold scores F1 1.0 against the document (reference scorer)', async () => {
    const score = await scoreWithReference(doc, [asSubmitted(task)]);
    for (const layer of ['entities', 'dates', 'quantities', 'quotes']) expect([layer, (score[layer] as { f1: number }).f1]).toEqual([layer, 1]);
    // The reference scorer counts a quote with no source as unattributed on both sides, so the
    // one unresolved quote of the fixture keeps attribution at 7 of 8.
    expect(score['quote_attribution_acc']).toBe(Math.round((7 / 8) * 1000) / 1000);
    expect(score['quote_sourcing_acc']).toBe(1);
    expect(score['dates_value_acc']).toBe(1);
    expect(score['quantities_value_acc']).toBe(1);
  });

  it.skipIf(!hasScorer)('a correction in Label Studio shows up in the score: relabelling "Officials" as official', async () => {
    const officials = doc.quotes.find((q) => q.sourceId === 'officials')!;
    const corrected = asSubmitted(task, (rs) => rs.map((r) => (r.type === 'choices' && r.id === officials.id && r.from_name === 'sourcing' ? { ...r, value: { ...r.value, choices: ['official'] } } : r)));
    const score = await scoreWithReference(doc, [corrected]);
    expect((score['quotes'] as { f1: number }).f1).toBe(1);
    expect(score['quote_sourcing_acc']).toBe(Math.round((6 / 7) * 1000) / 1000);
  });

  it('relations drawn without a label are read by the region they point to; missing regions are reported', () => {
    const edited = asSubmitted(task, (rs) => rs.map((r) => (r.type === 'relation' ? { ...r, labels: [] } : r)).concat([{ type: 'relation', from_id: 'q-1', to_id: 'gone', direction: 'right', labels: [] }]));
    const { converted } = labelStudioExportToGold([edited]);
    const c = converted[0]!;
    expect(c.gold.quotes.map((q) => [q.speaker, q.cue])).toEqual(doc.quotes.map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null]));
    expect(c.warnings).toEqual(['relation q-1 → gone joins a region that is missing; skipped']);
  });

  it('says so when a string is labelled at only some of its occurrences (gold counts them all)', () => {
    const second = doc.dates.filter((d) => d.text === 'a year')[1]!;
    const regionId = `date-${doc.dates.indexOf(second) + 1}`;
    const dropped = asSubmitted(task, (rs) => rs.filter((r) => r.type === 'relation' || r.id !== regionId));
    expect(labelStudioExportToGold([dropped]).converted[0]!.warnings).toEqual(['dates: "a year" is labelled 1 of the 2 times it occurs; text-anchored gold counts every occurrence']);
  });

  it('a region whose offsets no longer match the text is re-anchored nearby, or skipped with a warning', () => {
    const q = doc.quotes[0]!;
    const shifted = asSubmitted(task, (rs) =>
      rs.map((r) => (r.type === 'labels' && r.id === q.id ? { ...r, value: { ...r.value, start: r.value.start + 2, end: r.value.end + 2 } } : r.type === 'labels' && r.id === 'date-1' ? { ...r, value: { ...r.value, text: 'Wednesday' } } : r)),
    );
    const c = labelStudioExportToGold([shifted]).converted[0]!;
    expect(c.gold.quotes[0]!.start).toBe(q.start);
    expect(c.warnings).toEqual([`region date-1 [${doc.dates[0]!.start}, ${doc.dates[0]!.end}) "Wednesday" does not match the text there; skipped`]);
  });
});
