/**
 * WordPattern: a family of patterns scanned together finds exactly what each pattern's own
 * `text.matchAll` finds, whatever the case of the text and whatever letters it holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, foldSource, wordPattern } from '../../src/rules/quantities/word-pattern.js';
import { nameWithheldMayOccur, noCommentPhrases } from '../../src/rules/sources/find-anonymity-reason.js';

const SOURCES: Array<[string, string]> = [
  [String.raw`(?<![\p{L}\d])(?<month>jan(?:uary)?|march|may)\s+(?<day>\d{1,2})(?![\p{L}\d])`, 'giu'],
  [String.raw`(?<![\p{L}\d])(?:last|next)\s+(?<unit>week|month|year)(?![\p{L}\d])`, 'giu'],
  [String.raw`(?<![\p{L}\d-])(?<w>daily|weekly|annually)(?![\p{L}\d-])`, 'giu'],
  [String.raw`(?<![\p{L}\d])mid-?(?<y>\d{4})s?(?![\p{L}\d])`, 'giu'],
  [String.raw`(?<![\p{L}\d])[A-Z]{2}\$\s?\d+(?![\p{L}\d])`, 'giu'],
  [String.raw`(?<![\p{L}\d])\x53EPT\.?\s+\d+\b`, 'giu'],
  [String.raw`(?<![\p{L}\d])(?<d>\d{1,2})\s+(?:kelvin|STREET)s?(?![\p{L}])`, 'giu'],
  [String.raw`(?<![\p{L}\d])kelvin\b`, 'giu'],
];

const family = `test-${Math.random().toString(36).slice(2)}`;
const patterns = SOURCES.map(([source, flags]) => wordPattern(source, flags, family));

// phrases the patterns match in some case, with letters that fold oddly (the long s, the Kelvin
// sign), and pieces around them; "İstanbul" lower-cases to a longer string, so a text holding it
// is scanned without folding
const PHRASES = ['january 5', 'JANUARY 12', 'Jan 3', 'march 31', 'MARCH 4', 'May 1', 'last week', 'NEXT Month', 'Last YEAR', 'daily', 'Weekly', 'ANNUALLY', 'mid-1990s', 'MID2024', 'HK$5', 'us$ 12', 'sept. 3', 'SEPT 12', 'ſept 4', '\u212Aelvin', '3 \u212Aelvin', '12 ſtreets', '4 STREET'];
const PIECES = ['é', 'Ünal', '𝐀', '12', '-', ',', '.', 'x', 'the', '\n'];
const TOKEN = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...PHRASES) }, { weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.constant('İstanbul') });

describe('WordPattern: a family scanned together', () => {
  it('finds exactly each pattern’s own matches, in any case and with letters that fold oddly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(TOKEN, fc.constantFrom(' ', '  ', '', '\n')), { maxLength: 30 }), (tokens) => {
        const text = tokens.map(([t, gap]) => t + gap).join('');
        for (const [k, p] of patterns.entries()) {
          const own = [...text.matchAll(new RegExp(SOURCES[k]![0], SOURCES[k]![1]))].map((m) => [m.index, m[0], { ...m.groups }]);
          const together = [...p.matchAll(text)].map((m) => [m.index, m[0], { ...m.groups }]);
          expect(together).toEqual(own);
        }
      }),
      { numRuns: 400 },
    );
  });

  it.each<[string, string]>([
    ['The March 4 vote', 'the march 4 vote'],
    ['KELVIN ſtreet', 'kelvin street'],
  ])('folds %j for the case-blind scan', (text, folded) => {
    expect(foldCase(text)).toBe(folded);
  });

  it('leaves a text whose lower case is longer to the case-blind regex', () => {
    expect(foldCase('İstanbul')).toBeNull();
  });

  it.each<[string, string | null]>([
    [String.raw`(?<![\x41\x61])March\s+\d`, String.raw`(?<![\x61\x61])march\s+\d`],
    [String.raw`[A-Z]{2}\$\p{L}\P{N}`, String.raw`[a-z]{2}\$\p{L}\P{N}`],
    [String.raw`\p{Lu}\p{Ll}+`, null],
    [String.raw`[0-Z]`, null],
    ['Éclair', null],
    [String.raw`\cJ`, null],
  ])('folds the source %j to %j', (source, folded) => {
    expect(foldSource(source)).toBe(folded);
  });
});

describe('the name-withheld phrases’ quick test', () => {
  it.each<[string, boolean]>([
    ['a mother who gave only her first name, Mireille,', true],
    ['Rosalba, who asked that her surname not be published', true],
    ['identified in court only as Carla', true],
    ['The mayor said the bridge reopens on Monday.', false],
  ])('%j may hold one: %s', (text, may) => {
    expect(nameWithheldMayOccur(text)).toBe(may);
  });

  const text = 'The mayor spoke on Monday. Rosalba, who asked that her surname not be published, said so.';
  it.each<[string, number, number, boolean]>([
    ['the sentence holding the phrase', 26, text.length, true],
    ['the first sentence alone', 0, 25, false],
    ['a window that cuts the anchor word', text.indexOf('that'), text.indexOf('surname') + 4, false],
    ['a window ending right after the anchor word', text.indexOf('surname'), text.indexOf('surname') + 7, true],
  ])('a window of one text: %s', (_what, from, to, may) => {
    expect(nameWithheldMayOccur(text, from, to)).toBe(may);
    // the same answer as the window's own text, asked alone
    expect(nameWithheldMayOccur(text.slice(from, to))).toBe(may);
  });
});

describe('the no-comment phrases, found in the case-folded text', () => {
  it.each<[string, string, string[]]>([
    ['plain', 'The ministry did not respond to a request for comment on Friday.', ['did not respond']],
    ['capitals and a curly apostrophe', 'A SPOKESMAN DIDN’T RESPOND TO A REQUEST FOR COMMENT. Another Declined To Comment.', ['DIDN’T', 'Declined']],
    ['a text whose lower case is longer (İ): the original scan', 'İstanbul officials declined to comment, and the mayor could not be reached for comment.', ['declined', 'could not']],
    ['none', 'The council commented on the plan and returned the forms.', []],
  ])('%s', (_what, text, starts) => {
    const found = noCommentPhrases(text);
    expect(found.map((at) => text.slice(at, at + starts[found.indexOf(at)]!.length))).toEqual(starts);
  });
});
