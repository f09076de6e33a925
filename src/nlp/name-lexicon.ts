/**
 * Word lists from compromise's lexicon (first names, surnames, places, organisations, demonyms,
 * role nouns), as `src/lexicon/compromise-words.json` holds them (unpacked from compromise's packed
 * data by `npm run compromise-words`): the same data compromise tags with, without the 1+ s it
 * takes to build its whole model, and without unpacking it at every start (~45 ms).
 */
import compromiseWords from '../lexicon/compromise-words.json' with { type: 'json' };
import demonyms from '../lexicon/demonyms.json' with { type: 'json' };
import { COMPROMISE_TAGS } from './compromise-tags.js';

export type LexTag = (typeof COMPROMISE_TAGS)[number];

let table: Map<string, LexTag[]> | undefined;

function load(): Map<string, LexTag[]> {
  const out = new Map<string, LexTag[]>();
  const lists = compromiseWords.tags as Record<string, string[] | undefined>;
  // (compromise's demonyms, and the ones its lexicon lacks: "Irish", "Swedish", "Somali")
  const extra: Partial<Record<LexTag, readonly string[]>> = { Demonym: demonyms.words };
  for (const tag of COMPROMISE_TAGS) {
    for (const word of [...(lists[tag] ?? []), ...(extra[tag] ?? [])]) {
      const tags = out.get(word);
      if (tags?.includes(tag)) continue;
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
  if (hasLexTag(word, 'FemaleName', 'MaleName', 'FirstName')) return true;
  // ("tomás", "josé", "inés": the lists hold such names without their accents)
  return NON_ASCII.test(word) && hasLexTag(withoutAccents(word), 'FemaleName', 'MaleName', 'FirstName');
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A word without its accents, as names are compared: José = Jose. */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
