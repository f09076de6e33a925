import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/nlp/english-words.js';
import { wink } from '../../src/nlp/wink.js';

describe('isEnglishWord: a word of wink-nlp English lexicon', () => {
  it.each([
    ['hall', true],
    ['summit', true],
    ['athletic', true],
    ['spanish', true],
    ['kingsmere', false],
    ['zorvathian', false],
    ['', false],
    ['constructor', true],
    ['valueOf', false],
    ['__proto__', false],
  ])('%j → %s', (word, expected) => {
    expect(isEnglishWord(word)).toBe(expected);
  });

  it('a word wink meets in a document does not become a word of its lexicon', () => {
    const nlp = wink();
    nlp.readDoc('Mr Quorvandel met Ms Vexbrindle in Plimtorrow.');
    for (const w of ['quorvandel', 'Quorvandel', 'vexbrindle', 'plimtorrow']) expect(isEnglishWord(w)).toBe(false);
    expect(isEnglishWord('met')).toBe(true);
  });
});
