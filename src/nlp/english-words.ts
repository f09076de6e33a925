/**
 * Is a lower-case word in wink-nlp's English lexicon (about 87,000 lexemes from its training text)?
 * The lexicon holds ordinary vocabulary ("hall", "summit", "athletic", "spanish") but few surnames or
 * invented names ("kingsmere", "lukaku" are not in it). The entities stage asks it whether a
 * capitalised word is an everyday word, which a person's surname rarely is.
 *
 * The wink instance's own word table answers whether the lexicon holds a word (`lexiconIndex`).
 */
import { lexiconIndex, lexiconSize, winkInUse } from './wink.js';

/**
 * The answer found for each word of the lexicon, by its index (0: not asked yet, 1: a word, 2: not
 * one). The answers are kept by index, not in a map keyed by the words asked about: those are
 * often slices of a document, and a map would keep each document's text alive.
 */
let answers: Uint8Array | undefined;

/** Is this lower-case word in wink-nlp's English lexicon? */
export function isEnglishWord(lower: string): boolean {
  // A string outside the lexicon is no word of it, whatever wink makes of it: wink is asked only
  // about the others, as some of those it reads as two tokens ("cannot", "dont"). Asked so, wink
  // meets no new word, so the question does not count towards renewing it (see wink.ts).
  const index = lexiconIndex(lower);
  if (index === undefined) return false;
  answers ??= new Uint8Array(lexiconSize());
  const known = answers[index]!;
  if (known !== 0) return known === 1;
  const nlp = winkInUse();
  const ids = nlp.readDoc(lower).tokens().out(nlp.its.uniqueId) as unknown as number[];
  const answer = ids.length === 1 && ids[0]! < answers.length;
  answers[index] = answer ? 1 : 2;
  return answer;
}
