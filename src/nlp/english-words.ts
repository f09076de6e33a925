/**
 * Is a lower-case word in wink-nlp's English lexicon (about 87,000 lexemes from its training text)?
 * The lexicon holds ordinary vocabulary ("hall", "summit", "athletic", "spanish") but few surnames or
 * invented names ("kingsmere", "lukaku" are not in it). The entities stage asks it whether a
 * capitalised word is an everyday word, which a person's surname rarely is.
 *
 * wink gives every word of its lexicon an id below the lexicon's size and every other word a larger
 * one, so one token's id answers the question; the size is read from the model's JSON, which
 * wink-nlp's model module has already loaded (Node's module cache returns the same object).
 */
import { createRequire } from 'node:module';
import { winkInUse } from './wink.js';

const MODEL_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/**
 * The lexicon's words with their index in it, and the answer found for each (0: not asked yet,
 * 1: a word, 2: not one). The answers are kept by index, not in a map keyed by the words asked
 * about: those are often slices of a document, and a map would keep each document's text alive.
 */
let lexicon: { words: ReadonlyMap<string, number>; answers: Uint8Array; size: number } | undefined;

function loadLexicon(): { words: ReadonlyMap<string, number>; answers: Uint8Array; size: number } {
  if (lexicon !== undefined) return lexicon;
  const require = createRequire(import.meta.url);
  let model: { features?: { lexeme?: { list?: unknown } } };
  try {
    model = require(MODEL_JSON) as typeof model;
  } catch (e) {
    throw new Error(`cannot read wink-eng-lite-web-model's lexicon (${MODEL_JSON}): ${(e as Error).message}`);
  }
  const list = model.features?.lexeme?.list;
  if (!Array.isArray(list)) throw new Error(`wink-eng-lite-web-model's lexicon has no features.lexeme.list (${MODEL_JSON})`);
  const words = new Map<string, number>();
  (list as string[]).forEach((w, i) => words.set(w, i));
  lexicon = { words, answers: new Uint8Array(list.length), size: list.length };
  return lexicon;
}

/** Is this lower-case word in wink-nlp's English lexicon? */
export function isEnglishWord(lower: string): boolean {
  const { words, answers, size } = loadLexicon();
  // A string outside the lexicon is no word of it, whatever wink makes of it: wink is asked only
  // about the others, as some of those it reads as two tokens ("cannot", "dont"). Asked so, wink
  // meets no new word, so the question does not count towards renewing it (see wink.ts).
  const index = words.get(lower);
  if (index === undefined) return false;
  const known = answers[index]!;
  if (known !== 0) return known === 1;
  const nlp = winkInUse();
  const ids = nlp.readDoc(lower).tokens().out(nlp.its.uniqueId) as unknown as number[];
  const answer = ids.length === 1 && ids[0]! < size;
  answers[index] = answer ? 1 : 2;
  return answer;
}
