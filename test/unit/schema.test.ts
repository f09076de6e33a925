import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotationJsonSchema } from '../../src/json-schema.js';
import { PIPELINE_VERSION } from '../../src/version.js';

describe('schema', () => {
  it('schema/annotation.schema.json is generated from the zod schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../../schema/annotation.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(annotationJsonSchema());
  });

  it('the pipeline version equals package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(PIPELINE_VERSION).toBe(pkg.version);
  });
});
