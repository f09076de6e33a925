/**
 * The lower-case words of wink-nlp's English lexicon (about 87,000 lexemes from its training text):
 * ordinary vocabulary ("hall", "summit", "athletic", "spanish"), but few surnames or invented
 * names ("kingsmere", "lukaku" are not in it). The entities stage asks it whether a capitalised
 * word is an everyday word, which a person's surname rarely is.
 *
 * The list is the model's own JSON, which wink-nlp's model module has already loaded (Node's
 * module cache returns the same object), so this costs only building the set, once, on first use.
 */
import { createRequire } from 'node:module';

const MODEL_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  let model: { features?: { lexeme?: { list?: unknown } } };
  try {
    model = require(MODEL_JSON) as typeof model;
  } catch (e) {
    throw new Error(`cannot read wink-eng-lite-web-model's lexicon (${MODEL_JSON}): ${(e as Error).message}`);
  }
  const list = model.features?.lexeme?.list;
  if (!Array.isArray(list)) throw new Error(`wink-eng-lite-web-model's lexicon has no features.lexeme.list (${MODEL_JSON})`);
  const out = new Set<string>();
  for (const w of list) if (typeof w === 'string' && /^[a-z][a-z'’-]*$/.test(w)) out.add(w);
  return out;
}

/** Is this lower-case word in wink-nlp's English lexicon? */
export function isEnglishWord(lower: string): boolean {
  words ??= load();
  return words.has(lower);
}
