/**
 * Word lists from compromise's lexicon (first names, surnames, places, organisations, demonyms,
 * role nouns), unpacked once per process straight from its packed data with efrt: the same data
 * compromise tags with, without the 1+ s it takes to build its whole model.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unpack } from 'efrt';

const WANTED = [
  'FemaleName',
  'MaleName',
  'FirstName',
  'LastName',
  'Person',
  'City',
  'Region',
  'Place',
  'Country',
  'Organization',
  'SportsTeam',
  'Demonym',
  'Actor',
  'Honorific',
  'WeekDay',
  'Month',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Adverb',
  'Adjective',
  'Plural',
  'Singular',
  'Uncountable',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Modal',
] as const;

export type LexTag = (typeof WANTED)[number];

let table: Map<string, LexTag[]> | undefined;

function packedData(): Record<string, string> {
  const require = createRequire(import.meta.url);
  // the package's exports map hides its source folder: find it from the package's entry point
  const entry = require.resolve('compromise');
  let dir = dirname(entry);
  for (let i = 0; i < 5 && !dir.endsWith('compromise'); i++) dir = dirname(dir);
  const file = join(dir, 'src', '2-two', 'preTagger', 'model', 'lexicon', '_data.js');
  const source = readFileSync(file, 'utf8');
  const json = source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1);
  return JSON.parse(json) as Record<string, string>;
}

function load(): Map<string, LexTag[]> {
  const data = packedData();
  const out = new Map<string, LexTag[]>();
  for (const tag of WANTED) {
    const packed = data[tag];
    if (!packed) continue;
    for (const word of Object.keys(unpack(packed))) {
      const tags = out.get(word);
      if (tags) tags.push(tag);
      else out.set(word, [tag]);
    }
  }
  return out;
}

/** Tags of a lower-cased word or phrase ("melanie" → FemaleName; "north korea" → Country). */
export function lexTags(word: string): readonly LexTag[] {
  table ??= load();
  return table.get(word) ?? [];
}

export function hasLexTag(word: string, ...tags: LexTag[]): boolean {
  const t = lexTags(word);
  return tags.some((x) => t.includes(x));
}

/** Is the lower-cased word a given name in the lexicon ("melanie", "jordan" is not)? */
export function isGivenName(word: string): boolean {
  return hasLexTag(word, 'FemaleName', 'MaleName', 'FirstName');
}
