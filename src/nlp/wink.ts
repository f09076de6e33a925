/** wink-nlp with its English model, loaded once per process (per worker thread). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

/**
 * The annotations wink runs in `readDoc`: sentence boundaries and POS, which is all presslens
 * reads (tokens, POS, sentences). Its NER, negation and sentiment would cost about a third more
 * per document and change none of those; add one here if a stage comes to need it.
 */
export const WINK_PIPE = ['sbd', 'pos'];

/**
 * Calls served by one instance before a fresh one replaces it. wink caches every new word it
 * meets, for good (about 250 bytes each), so over a real corpus of 100,000 articles a single
 * instance grows by hundreds of MB; a fresh one costs ~0.2 s, under 1% at this interval. A new
 * word's token type is cached as wink first met it, which made a number's tags depend on earlier
 * documents: see `forgetNewNumbers`.
 */
export const WINK_RENEW_AFTER = 5000;

let instance: Wink | undefined;
let uses = 0;

/**
 * The word → index table of the instance's lexicon (the model's, as wink's `core()` builds it for
 * each instance) and the lexicon's size when the instance was made. wink adds every new word it
 * meets to that table with an index at or above the size, so an index below it is a word of the
 * model's own lexicon: what `english-words.ts` asks, without a second table of 87,000 words.
 */
let lexemes: { hash: Readonly<Record<string, number>>; size: number } | undefined;

interface CoreModel {
  features: { lexeme: { hash: Record<string, number>; list: string[] } };
}

/**
 * wink keeps a new word's token type as it first met it: "91" split from "P1.91" is a word, and
 * every later "91" of the instance was then a word too, tagged PROPN, with "runs" after it a verb,
 * so a document's tags depended on the documents read before it (with two worker threads, on which
 * thread it went to). Before each document, the words of digits only that the one before added are
 * taken out of the instance's word table: wink meets them as new again and types them from the
 * document's own text. (The table's list keeps them, so indexes stay as wink gave them.)
 */
let table: CoreModel['features']['lexeme'] | undefined;
let checkedUpTo = 0;

function forgetNewNumbers(): void {
  if (lexemes === undefined || table === undefined) return;
  const { hash, list } = table;
  for (let i = Math.max(checkedUpTo, lexemes.size); i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i && /^\d+$/.test(word)) delete hash[word];
  }
  checkedUpTo = list.length;
}

/** wink's model with its `core()` wrapped to keep the instance's lexeme table (see `lexemes`). */
const observedModel = {
  ...model,
  core(): CoreModel {
    const core = (model as unknown as { core(): CoreModel }).core();
    lexemes = { hash: core.features.lexeme.hash, size: core.features.lexeme.list.length };
    table = core.features.lexeme;
    checkedUpTo = 0;
    return core;
  },
} as unknown as typeof model;

/** wink, to read the next document (its tags independent of the documents read before it). */
export function readDocument(): Wink {
  forgetNewNumbers();
  return wink();
}

export function wink(): Wink {
  if (instance === undefined || uses >= WINK_RENEW_AFTER) {
    instance = winkNLP(observedModel, WINK_PIPE);
    uses = 0;
  }
  uses++;
  return instance;
}

/**
 * The instance in use, without counting a call towards its renewal: for lookups of words its
 * lexicon holds, which add nothing to its cache.
 */
export function winkInUse(): Wink {
  if (instance === undefined) return wink();
  return instance;
}

/**
 * The index of a word in the model's own lexicon (the same in every instance), or undefined when
 * the lexicon does not hold it (words wink met in documents included). Adds nothing to wink's cache.
 */
export function lexiconIndex(word: string): number | undefined {
  if (lexemes === undefined) wink();
  const index = lexemes!.hash[word];
  return index !== undefined && index < lexemes!.size ? index : undefined;
}

/** The number of words in the model's own lexicon. */
export function lexiconSize(): number {
  if (lexemes === undefined) wink();
  return lexemes!.size;
}
