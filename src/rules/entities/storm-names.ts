/**
 * Storms are given people's names ("Hurricane Delphine", "Tropical Storm Ana", "Storm Ciarán").
 * The named storm, and every later mention of its name alone ("Delphine made landfall"), is a
 * weather event: no person, place or organisation.
 */
import type { Token } from '../../document.js';
import notNames from '../../lexicon/not-names.json' with { type: 'json' };
import type { Candidate } from './classify-name.js';
import type { NameRun } from './find-name-runs.js';
import { tokenText } from './token-shapes.js';

const STORM_WORDS = new Set(notNames.stormWords);

/** The lower-case names of the storms the runs name ("delphine" for "Hurricane Delphine"), with the runs' spans. */
export function findStorms(tokens: Token[], runs: readonly NameRun[]): { names: Set<string>; spans: Array<[number, number]> } {
  const names = new Set<string>();
  const spans: Array<[number, number]> = [];
  for (const run of runs) {
    let k = run.first;
    while (k < run.last && STORM_WORDS.has(tokens[k]!.lower)) k++;
    // one name after the storm words, which must include hurricane, typhoon, cyclone or storm
    if (k === run.first || k !== run.last) continue;
    const words = tokens.slice(run.first, k).map((t) => t.lower);
    if (!words.some((w) => w === 'hurricane' || w === 'typhoon' || w === 'cyclone' || w === 'storm')) continue;
    names.add(tokenText(tokens[k]!).replace(/['’]s$/, '').toLowerCase());
    spans.push([tokens[run.first]!.start, tokens[run.last]!.end]);
  }
  return { names, spans };
}

/** The candidates that are not a storm: neither inside a storm's run nor its name alone. */
export function withoutStorms(text: string, candidates: readonly Candidate[], storms: { names: Set<string>; spans: Array<[number, number]> }): Candidate[] {
  if (storms.names.size === 0) return [...candidates];
  return candidates.filter((c) => {
    if (storms.spans.some(([s, e]) => c.start >= s && c.end <= e)) return false;
    return !storms.names.has(text.slice(c.start, c.end).replace(/['’]s$/, '').toLowerCase());
  });
}
