import { z } from 'zod';
import { AnnotationSchema } from './document.js';

/** The published JSON Schema of the annotation format, as the text committed in schema/. */
export function annotationJsonSchema(): string {
  const schema = z.toJSONSchema(AnnotationSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: 'https://presslens.invalid/schema/annotation.schema.json', title: 'presslens annotation v1' }, null, 2)}\n`;
}
