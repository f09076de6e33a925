/**
 * The floor: bare wink-nlp `readDoc` over the benchmark corpus, in its own process, as any pipeline
 * built on wink-nlp pays it. Prints one JSON line: model load time, readDoc time, words, documents.
 * usage: node wink-baseline.js <corpus.jsonl>
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { countWords } from './corpus.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: wink-baseline <corpus.jsonl>\n');
  process.exit(2);
}
const t0 = performance.now();
const nlp = winkNLP(model);
const loadMs = performance.now() - t0;
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
let words = 0;
for (const t of texts) words += countWords(t);
let tokens = 0;
const t1 = performance.now();
const c1 = process.cpuUsage();
for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
const cpu = process.cpuUsage(c1);
const readDocMs = performance.now() - t1;
const readDocCpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ loadMs, readDocMs, readDocCpuMs, words, documents: texts.length, tokens, chars: texts.reduce((n, t) => n + t.length, 0) })}\n`);
