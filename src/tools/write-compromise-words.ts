/** Writes src/lexicon/compromise-words.json (npm run compromise-words) from the installed compromise. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unpackCompromiseWords } from './compromise-words.js';

const target = fileURLToPath(new URL('../../src/lexicon/compromise-words.json', import.meta.url));
const words = unpackCompromiseWords();
writeFileSync(target, `${JSON.stringify(words, null, 1)}\n`);
const count = Object.values(words.tags).reduce((n, list) => n + list.length, 0);
console.log(`wrote ${target}: ${count} words under ${Object.keys(words.tags).length} tags (compromise ${words.compromiseVersion})`);
