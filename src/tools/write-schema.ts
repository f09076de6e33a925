/** Writes schema/annotation.schema.json from the zod schema (npm run schema). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotationJsonSchema } from '../json-schema.js';

const target = fileURLToPath(new URL('../../schema/annotation.schema.json', import.meta.url));
writeFileSync(target, annotationJsonSchema());
process.stderr.write(`wrote ${target}\n`);
