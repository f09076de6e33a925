/**
 * The word lists presslens takes from compromise's lexicon (first names, surnames, places,
 * organisations, demonyms, word classes), unpacked from the package's efrt-packed data: what
 * `npm run compromise-words` writes to src/lexicon/compromise-words.json, and what a test compares
 * that file with, so that it cannot fall behind the installed compromise.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unpack } from 'efrt';
import { COMPROMISE_TAGS } from '../nlp/compromise-tags.js';

/** The installed compromise's version and its packed lexicon (tag → efrt-packed words). */
function packedData(): { version: string; data: Record<string, string> } {
  const require = createRequire(import.meta.url);
  // the package's exports map hides its source folder: find it from the package's entry point
  const entry = require.resolve('compromise');
  let dir = dirname(entry);
  for (let i = 0; i < 5 && !dir.endsWith('compromise'); i++) dir = dirname(dir);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const source = readFileSync(join(dir, 'src', '2-two', 'preTagger', 'model', 'lexicon', '_data.js'), 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as Record<string, string>;
  return { version, data };
}

export interface CompromiseWords {
  description: string;
  compromiseVersion: string;
  /** Each kept tag's words, lower case, sorted by code unit. */
  tags: Record<string, string[]>;
}

export function unpackCompromiseWords(): CompromiseWords {
  const { version, data } = packedData();
  const tags: Record<string, string[]> = {};
  for (const tag of COMPROMISE_TAGS) {
    const packed = data[tag];
    tags[tag] = packed ? Object.keys(unpack(packed)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  }
  return {
    description: "Word lists from compromise's lexicon (MIT), unpacked from its efrt-packed data by `npm run compromise-words`; a test checks them against the installed compromise.",
    compromiseVersion: version,
    tags,
  };
}
