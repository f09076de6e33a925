/**
 * Entities: people, organisations and places, one entity per real-world thing with all its
 * mentions, roles from titles and appositions. Rules over wink's tokens, with compromise's
 * name and place lists as gazetteer.
 */
import type { Entity, Token } from '../document.js';
import type { Stage } from '../pipeline.js';
import { classifyRun, type Candidate } from '../rules/entities/classify-name.js';
import { findNameRuns, sentenceOfTokens } from '../rules/entities/find-name-runs.js';
import { roleAfter, roleBefore, roleBeforeComma, roleServedAs } from '../rules/entities/find-roles.js';
import { linkMentions } from '../rules/entities/link-mentions.js';
import { typePlaceLists } from '../rules/entities/place-lists.js';
import { findStorms, withoutStorms } from '../rules/entities/storm-names.js';

export interface EntitiesOptions {
  /** Keep organisation and place names found only by the alias list or gazetteer (default true). */
  useGazetteer?: boolean;
}

export function createEntitiesStage(options: EntitiesOptions = {}): Stage<'tokens' | 'sentences', 'entities'> {
  const useGazetteer = options.useGazetteer ?? true;
  return {
    name: 'entities',
    reads: ['tokens', 'sentences'],
    writes: ['entities'],
    run(doc) {
      const text = doc.document.text;
      const tokens: Token[] = doc.tokens;
      const sentenceOf = sentenceOfTokens(tokens, doc.sentences);
      const runs = findNameRuns(text, tokens, doc.sentences, sentenceOf);
      const candidates: Candidate[] = [];
      for (const run of runs) classifyRun(text, tokens, run, candidates);
      const named = withoutStorms(text, candidates, findStorms(tokens, runs));
      const kept = useGazetteer ? named : named.filter((c) => c.rule !== 'entities/gazetteer');
      kept.sort((a, b) => a.start - b.start || a.end - b.end);
      typePlaceLists(tokens, kept);
      const drafts = linkMentions(text, tokens, kept);
      const entities: Entity[] = drafts.map((d) => {
        const mentions = [...d.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
        const texts = mentions.map((m) => text.slice(m.start, m.end));
        const name = texts.reduce((best, t) => (t.length > best.length ? t : best), texts[0]!);
        const roles: string[] = [];
        if (d.type === 'PERSON') {
          for (const m of mentions) {
            const sentence = doc.sentences[sentenceOf[m.first]!]!;
            if (!sentence) continue;
            for (const r of [roleBefore(text, tokens, m.first, sentence), roleBeforeComma(text, tokens, m.first, m.last, sentence), roleAfter(text, tokens, m.last, sentence), roleServedAs(text, tokens, m.last, sentence)]) {
              if (r && !roles.includes(r)) roles.push(r);
            }
          }
        }
        return {
          id: '',
          type: d.type,
          name,
          aliases: [...new Set(texts)].filter((t) => t !== name),
          mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: m.rule })),
          roles,
          rule: mentions[0]!.rule,
        };
      });
      entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
      entities.forEach((e, i) => (e.id = `ent-${i + 1}`));
      return { entities };
    },
  };
}
