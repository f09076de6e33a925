/** Test helpers of the eval tests: a stand-in pipeline that finds given entity strings. */
import { createHash } from 'node:crypto';
import { annotateDocument } from '../../src/annotate.js';
import type { Annotation, DocumentMeta, Entity, EntityType } from '../../src/document.js';
import { createPipeline, type AnyStage, type Pipeline } from '../../src/pipeline.js';
import { createSummaryStage } from '../../src/stages/summary.js';

export type Found = Partial<Record<EntityType, string[]>>;

/** A stage writing every layer the summary reads: entities at each occurrence of the given strings, nothing else. */
function stubStage(found: Found): AnyStage {
  return {
    name: 'stub',
    reads: [],
    writes: ['paragraphs', 'sentences', 'entities', 'dates', 'quantities', 'quotes', 'sources'],
    run(doc: { document: DocumentMeta }) {
      const text = doc.document.text;
      const entities: Entity[] = [];
      for (const [type, strings] of Object.entries(found) as [EntityType, string[]][]) {
        for (const s of strings) {
          const mentions = [...text.matchAll(new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
            start: m.index,
            end: m.index + s.length,
            text: s,
            rule: 'test/stub',
          }));
          if (mentions.length) entities.push({ id: `ent-${entities.length + 1}`, type, name: s, aliases: [], mentions, roles: [], rule: 'test/stub' });
        }
      }
      return { paragraphs: [{ start: 0, end: text.length }], sentences: [], entities, dates: [], quantities: [], quotes: [], sources: [] };
    },
  };
}

export function stubPipeline(found: Found): Pipeline {
  return createPipeline([stubStage(found), createSummaryStage()]);
}

export function documentMeta(text: string, id = 'doc'): DocumentMeta {
  return { id, source: `${id}.txt`, title: null, date: null, language: 'en', sha256: createHash('sha256').update(text).digest('hex'), text };
}

export function stubAnnotation(text: string, found: Found): Annotation {
  return annotateDocument(documentMeta(text), stubPipeline(found)).annotation;
}
