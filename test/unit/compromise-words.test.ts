/** src/lexicon/compromise-words.json is compromise's lexicon as installed, and name-lexicon reads it. */
import { describe, expect, it } from 'vitest';
import compromiseWords from '../../src/lexicon/compromise-words.json' with { type: 'json' };
import { unpackCompromiseWords } from '../../src/tools/compromise-words.js';
import { isGivenName, lexTags } from '../../src/nlp/name-lexicon.js';

describe('compromise-words.json', () => {
  it('holds exactly what the installed compromise packs (else: npm run compromise-words)', () => {
    const fresh = unpackCompromiseWords();
    expect(compromiseWords.compromiseVersion).toBe(fresh.compromiseVersion);
    expect(compromiseWords.tags).toEqual(fresh.tags);
  });

  it.each<[string, string[]]>([
    ['melanie', ['FemaleName']],
    ['north korea', ['Country']],
    ['zorvathian', []],
  ])('lexTags(%j) holds %j', (word, tags) => {
    for (const t of tags) expect(lexTags(word)).toContain(t);
    if (tags.length === 0) expect(lexTags(word)).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['melanie', true],
    ['table', false],
  ])('isGivenName(%j) is %s', (word, expected) => {
    expect(isGivenName(word)).toBe(expected);
  });
});
