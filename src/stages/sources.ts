/**
 * Sources: who each quote's speaker is, and whether they are named, official or anonymous, with
 * the stated reason for anonymity and whether they declined to comment. Writes the final `quotes`
 * layer (each quote linked to its source) and `sources`.
 */
import type { Entity, Offsets, Quote, Source, Token } from '../document.js';
import type { Stage } from '../pipeline.js';
import { partitionPoint, tokenIndexAt as firstTokenEndingAfter } from '../search.js';
import { buildContext } from '../rules/quotes/context.js';
import { pairQuotationMarks } from '../rules/quotes/pair-quotation-marks.js';
import { speakerBefore } from '../rules/quotes/speaker-phrase.js';
import { AUTHOR_HEADS, describeSpeaker, genderOfWord, indexEntities, LEADER_HEADS, ORGANIZATION_HEADS, POLITY_HEADS, PUBLICATION, type Gender } from '../rules/sources/describe-speaker.js';
import { findAnonymityReason, findNameWithheld, noCommentPhrases, type AnonymityFinding } from '../rules/sources/find-anonymity-reason.js';
import { SourceRegistry, agentOfDescription, type SourceDraft } from '../rules/sources/resolve-sources.js';
import { anonymousIntroductions, introducedBefore } from '../rules/sources/introductions.js';
import { hasLexTag, isGivenName } from '../nlp/name-lexicon.js';
import { isEnglishWord } from '../nlp/english-words.js';
import { TOLD_VERBS } from '../rules/entities/lexicons.js';
import { inDateline } from '../rules/entities/dateline.js';
import titles from '../lexicon/titles.json' with { type: 'json' };

/** A role → its abbreviations ("governor" → "gov.", "gov"), from the titles lexicon. */
const TITLE_ABBREVIATIONS_OF = new Map<string, string[]>();
for (const [abbreviation, role] of Object.entries(titles.abbreviations as Record<string, string>)) TITLE_ABBREVIATIONS_OF.set(role, [...(TITLE_ABBREVIATIONS_OF.get(role) ?? []), abbreviation]);

/** Other words for a role ("skipper" for "captain"). */
const ROLE_SYNONYMS = new Map(Object.entries(titles.roleSynonyms as Record<string, string[]>));
/** Title words ("mp", "chief executive"): a two-letter one is still a role ("the MP"). */
const TITLES = new Set(titles.titles);

/** A sentence about someone just mentioned: it opens with a subject pronoun. */
const PRONOUN_OPENING = /^(?:He|She|They)\b/;
/** ... or with a pronoun or a definite noun ("The woman asked not to be named because …"). */
const BACK_REFERENCE_OPENING = /^(?:He|She|They|The\s+\p{Ll}+)\s/u;

export interface SourcesOptions {
  /** How far back (in characters) a pronoun may reach for a person who is not yet a source (default 600). */
  pronounReach?: number;
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  return Math.min(tokens.length - 1, firstTokenEndingAfter(tokens, offset));
}

/** A cheap test before the long no-comment pattern runs: does any of its key words occur? */
function mayDeclineComment(text: string): boolean {
  return /comment|reached|respond|return|reply|available|elaborate|declined to|refused to|would not say|did not say/i.test(text);
}

/**
 * "the union leader" for a person whose role or title names the union: a leader's word ("leader",
 * "chief", "head") and every word before it in that role or in the title right before the name.
 */
/** Text before a name without the title words that end it ("…, lieutenant colonel " → "…, "). */
function withoutTrailingTitles(before: string): string {
  let out = before;
  for (let m = TRAILING_WORD.exec(out); m !== null && TITLES.has(m[1]!); m = TRAILING_WORD.exec(out)) out = out.slice(0, m.index);
  return out;
}
const TRAILING_WORD = /(\S+)\s+$/;

function leadsNamedBody(role: string, modifiers: readonly string[], roles: readonly string[], titleBefore: string): boolean {
  if (!LEADER_HEADS.has(role) || !modifiers.length || !modifiers.every((w) => /^[a-z]{4,}$/.test(w))) return false;
  return roles.some((r) => modifiers.every((w) => new RegExp(`\\b${w}`, 'i').test(r))) || modifiers.every((w) => new RegExp(`\\b${w}\\b[^,.;:"“”()]*$`).test(titleBefore));
}

export function createSourcesStage(options: SourcesOptions = {}): Stage<'quoteCandidates' | 'entities' | 'tokens' | 'sentences' | 'paragraphs', 'quotes' | 'sources'> {
  const reach = options.pronounReach ?? 600;
  return {
    name: 'sources',
    reads: ['quoteCandidates', 'entities', 'tokens', 'sentences', 'paragraphs'],
    writes: ['quotes', 'sources'],
    run(doc) {
      const text = doc.document.text;
      const { tokens, sentences, entities } = doc;
      const index = indexEntities(entities);
      // mentions before an offset, nearest first (binary search, then a walk back)
      const mentionsBefore = function* (at: number) {
        const lo = partitionPoint(index.mentions.length, (i) => index.mentions[i]!.start < at);
        for (let i = lo - 1; i >= 0; i--) if (index.mentions[i]!.end <= at) yield index.mentions[i]!;
      };
      // (a head of several words ends the name: "coast guard" for "the Italian Coast Guard")
      const namedWith = (entity: Entity, head: string): boolean => {
        const name = entity.name.toLowerCase();
        return head.includes(' ') ? name === head || name.endsWith(` ${head}`) : name.split(/\s+/).includes(head);
      };
      // "told Reuters", "told The Associated Press": the outlet the speaker talked to
      const listener = (start: number): boolean => {
        const before = /(\S+)\s+(?:[Tt]he\s+)?$/u.exec(text.slice(Math.max(0, start - 16), start));
        return before !== null && TOLD_VERBS.has(before[1]!.toLowerCase());
      };
      const recentOrganization = (at: number, head: string, strict = false): Entity | null => {
        // "the union said" after "Union No. 1 at ...": the organisation named with that word, if any
        // ("the province said": the province's own government, named with its word, or none)
        for (const m of mentionsBefore(at)) if (m.entity.type === 'ORG' && namedWith(m.entity, head)) return m.entity;
        // (strict: only that one)
        if (strict || POLITY_HEADS.has(head)) return null;
        // else the organisation named most recently, but not the outlet a speaker talked to, nor
        // the agency of a dateline ("OSLO, Feb 18 (Wireline) - X has shut …, the company said")
        for (const m of mentionsBefore(at)) if (m.entity.type === 'ORG' && !listener(m.start) && !inDateline(text, m.start)) return m.entity;
        return null;
      };
      // ("“We discussed Kunal,” the selector said. He added ...": a name inside a direct quotation is no antecedent)
      const directSpans = doc.quoteCandidates.filter((c) => c.kind === 'direct').sort((a, b) => a.start - b.start);
      const insideDirect = (at: number): boolean => {
        const k = partitionPoint(directSpans.length, (i) => directSpans[i]!.start <= at) - 1;
        return k >= 0 && directSpans[k]!.end > at;
      };
      const fallbackPerson = (at: number, gender: Gender, after: number): Entity | null => {
        for (const m of mentionsBefore(at)) {
          if (m.start <= after || at - m.end > reach) return null;
          if (m.entity.type !== 'PERSON' || insideDirect(m.start)) continue;
          const g = genderOfWord(m.entity.name.split(/\s+/)[0]!.toLowerCase());
          if (g === null || gender === null || g === gender) return m.entity;
        }
        return null;
      };
      // "the judge" → the person introduced as "Judge Ann Keller" or "..., the chief executive, Gregory Stanhope"
      const personWithRole = (role: string, at: number, modifiers: readonly string[] = []): Entity | null => {
        // (a two-letter title too: "the MP")
        if (!/^[a-z]+(?:-[a-z]+)*$/.test(role) || (role.length < 3 && !TITLES.has(role))) return null;
        // ("the captain" after "Skipper Rohan Deshpande": a word for the same role)
        const words = [role, ...(ROLE_SYNONYMS.get(role) ?? [])].join('|');
        const titled = new RegExp(`\\b(?:${words})\\b[\\s,]*$`);
        const inRole = new RegExp(`\\b(?:${words})\\b`, 'i');
        const apposedRole = modifiers.length > 0 ? new RegExp(`\\b(?:${words})\\s+(?:of|at|for)\\s+([^,.;:"“”()]{1,60}),\\s*$`) : null;
        let seen = 0;
        for (const m of mentionsBefore(at)) {
          if (++seen > 400) break;
          if (m.entity.type !== 'PERSON') continue;
          const before = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
          // (or past the person's own titles: "the group's spokesman, Lieutenant Colonel Ann Roe")
          const beforeTitles = withoutTrailingTitles(text.slice(Math.max(0, m.start - 60), m.start).toLowerCase());
          // "Rep. Maria Santos, who chairs the committee" ... "the chairwoman"
          const after = text.slice(m.end, m.end + 70).toLowerCase();
          // ("Rep. Ann Roe, the Ohio Republican who chairs the committee": after an apposition's noun too)
          const relative = /^,\s+(?:the\s+[^,.;]{1,40}?\s+)?who\s+(\w+)/.exec(after);
          // ("who leads the union's team" ... "the union leader": the verb of an agent noun)
          const stem = /^[a-z]{3,}(?:er|or)$/.test(role) && role.length < 8 ? role.slice(0, -2) : role.slice(0, 5);
          // ("Tottori Gov. Kenjiro Hatanaka" ... "the governor": the title abbreviated)
          const abbreviated = (TITLE_ABBREVIATIONS_OF.get(role) ?? []).some((a) => before.endsWith(` ${a} `) || before === `${a} `);
          if (titled.test(before) || titled.test(beforeTitles) || abbreviated || m.entity.roles.some((r) => inRole.test(r) || agentOfDescription(r, role)) || (relative && stem.length >= 4 && relative[1]!.startsWith(stem))) return m.entity;
          // "the union leader" after "Gary Lindqvist, president of the Transit Union": a leader's word and
          // the body the person's role names
          // (or in the title before the name: "union president Kanokwan Thepsiri")
          if (leadsNamedBody(role, modifiers, m.entity.roles, before)) return m.entity;
          // "The leader of Waltham Forest council, Cllr Marcus Oyelaran" … "the council leader": the
          // role and its body in an apposition before the name
          const apposed = apposedRole?.exec(beforeTitles);
          if (apposed && modifiers.every((w) => apposed[1]!.split(/\s+/).includes(w))) return m.entity;
        }
        return null;
      };
      const sentenceIndex = (at: number): number => partitionPoint(sentences.length, (k) => sentences[k]!.start <= at) - 1;
      const sentenceEnd = (at: number): number => sentences[Math.max(0, sentenceIndex(at))]?.end ?? at;
      /** The sentence after the one at `at`, when it opens as `opening` says (about someone just mentioned), or null. */
      const nextSentenceAbout = (at: number, opening: RegExp): Offsets | null => {
        const next = sentences[sentenceIndex(at) + 1];
        return next && opening.test(text.slice(next.start, next.end)) ? next : null;
      };
      // where the article first names a study, paper or journal (-1: nowhere), found once per document
      const firstPublication = text.search(PUBLICATION);
      // "A senior official, who spoke … because they were not authorised to comment, said": the
      // sentence that introduces a source refers to it as "they" (singular "they")
      const theyInIntroduction = (at: number): boolean => /\b(?:they|their|them)\b/i.test(text.slice(at, sentenceEnd(at)));
      const registry = new SourceRegistry(recentOrganization, personWithRole, sentenceEnd, sentenceIndex, (k) => sentences[Math.max(0, k)]?.start ?? 0, theyInIntroduction);
      const describe = (start: number, end: number) => {
        const d = describeSpeaker(text, tokens, tokenIndexAt(tokens, start), tokenIndexAt(tokens, end - 1), index);
        // "Larchmont Capital, an activist investor that has called on ...": a description in apposition to a name is that name
        // ("Åsa Berg, chief executive of the housing company, which owns …, said": a role without an article too)
        // ("Chua Li Ting, MP for Tampines GRC, who raised …, said": a title too)
        if ((d.kind === 'anonymous' || d.kind === 'unknown' || d.kind === 'official') && !/^the\s/i.test(d.text)) {
          const named = /,\s*$/.test(text.slice(Math.max(0, start - 3), start)) ? mentionsBefore(start).next().value : undefined;
          // (after a clause's verb, not an opening phrase: "outside Fremont School, a teacher who … said" is the teacher)
          const sentenceStart = sentences[Math.max(0, sentenceIndex(start))]?.start ?? 0;
          const verbBefore = (from: number, to: number): boolean => {
            for (let t = tokenIndexAt(tokens, from); t < tokens.length && tokens[t]!.start < to; t++) if (/^(VERB|AUX)$/.test(tokens[t]!.pos)) return true;
            return false;
          };
          // (or a name opening the sentence: "Ahn Jae-min, a spokesperson for the federation, …, said")
          if (named && named.entity.type !== 'PLACE' && /^,\s*$/.test(text.slice(named.end, start)) && (verbBefore(sentenceStart, named.start) || /^(?:\p{Lu}[\p{L}.]{0,4}\s+){0,2}$/u.test(text.slice(sentenceStart, named.start)))) return describe(named.start, named.end);
        }
        // "The selector, who spoke on condition of anonymity because ..., said": a description whose own
        // relative clause grants anonymity is an anonymous source
        // (an office too: "The building’s superintendent, who spoke on the condition of anonymity …, said")
        if ((d.kind === 'unknown' || d.kind === 'official') && /^\s*,\s*who\s/u.test(text.slice(end, end + 8)) && findAnonymityReason(text, end, sentenceEnd(start)).granted) return { ...d, kind: 'anonymous' as const };
        // "the daughter of one victim …, said …. The woman asked not to be named because …": the next
        // sentence, about the one just described, grants it
        if (d.kind === 'unknown' && !d.plural) {
          const next = nextSentenceAbout(start, BACK_REFERENCE_OPENING);
          if (next && findAnonymityReason(text, next.start, next.end).granted && sentenceIndex(start) === sentenceIndex(end - 1)) return { ...d, kind: 'anonymous' as const };
        }
        // "Anonymous, the hacker collective, said" / "Tom Brennan, the parks director, said": the apposition describes the speaker
        const apposition = /^,\s+(?:a|an|the)\s+([^,.;“”"]{2,60}),/u.exec(text.slice(end, end + 70));
        if (apposition && (d.kind === 'person' || d.kind === 'unknown')) {
          const words = apposition[1]!.toLowerCase().split(/\s+/);
          if (!d.entity?.type || d.entity.type !== 'PERSON') {
            if (ORGANIZATION_HEADS.has(words[words.length - 1]!)) return { ...d, kind: 'organization' as const, plural: false };
          }
          if (d.kind === 'person' && !d.role) return { ...d, role: apposition[1]! };
        }
        // "According to the executive" after "the National Health Executive (NHE)": "the" and the last word
        // of an organisation named before is that organisation, whatever else the word can mean
        if (d.kind !== 'organization' && d.kind !== 'person' && /^the\s+\S+$/i.test(d.text)) {
          for (const m of mentionsBefore(start)) {
            if (m.entity.type === 'ORG' && m.entity.name.toLowerCase().split(/\s+/).at(-1) === d.head && m.entity.name.includes(' ')) return { ...d, kind: 'organization' as const, entity: m.entity, plural: false };
          }
        }
        // "the researchers", "the authors" after the article names the study: the study's authors, identified by it
        if ((d.kind === 'anonymous' || d.kind === 'unknown') && d.definite && d.plural && AUTHOR_HEADS.has(d.head) && firstPublication >= 0 && firstPublication < sentenceEnd(start)) {
          return { ...d, kind: 'person' as const, entity: null };
        }
        return d;
      };

      const candidates = doc.quoteCandidates;
      const sourceOfQuote: Array<SourceDraft | null> = candidates.map(() => null);
      const order = candidates.map((c, i) => i).sort((a, b) => (candidates[a]!.speaker?.start ?? Infinity) - (candidates[b]!.speaker?.start ?? Infinity) || a - b);
      const resolvedAt = new Map<number, SourceDraft | null>();
      const introductions = anonymousIntroductions(text, tokens, sentences);
      for (const i of order) {
        const c = candidates[i]!;
        if (!c.speaker) continue;
        let source = resolvedAt.get(c.speaker.start);
        if (source === undefined) {
          // "A tenant …, who asked not to be named because …, watched the opening. She said …": a person
          // introduced without a speech verb, whom no source was named after, is who "she" is
          const intro = /^(?:he|she)$/i.test(text.slice(c.speaker.start, c.speaker.end)) ? introducedBefore(introductions, c.speaker.start, sentenceIndex, registry.sources) : null;
          const described = intro ? describe(intro.start, intro.end) : null;
          // (a name inside the description is where the person is from: "A tenant from the Lawrence Hill area")
          // (granted anonymity, the description is an anonymous source whatever its head)
          const d = described && (described.kind === 'unknown' || (described.kind === 'person' && /^(?:a|an|one|the)\s+\p{Ll}/iu.test(described.text))) ? { ...described, kind: 'anonymous' as const, entity: null, gender: null, genderGuessed: false, role: null } : described;
          if (intro && d && d.kind === 'anonymous' && !d.plural) {
            source = registry.resolve(d, fallbackPerson);
            if (source) {
              source.mentions.push({ start: c.speaker.start, end: c.speaker.end });
              source.lastAt = Math.max(source.lastAt, c.speaker.start);
            }
          } else source = registry.resolve(describe(c.speaker.start, c.speaker.end), fallbackPerson);
          resolvedAt.set(c.speaker.start, source);
        }
        if (source) {
          source.quoteIndexes.push(i);
          sourceOfQuote[i] = source;
        }
      }

      // declined to comment / did not respond to a request for comment
      // one pass over the text; the quote context is built only when an article has such a phrase
      const noComment = mayDeclineComment(text) ? noCommentPhrases(text) : [];
      if (noComment.length) {
        const ctx = buildContext(text, tokens, sentences, doc.paragraphs, pairQuotationMarks(text, doc.paragraphs));
        for (const at of noComment) {
          const k = tokenIndexAt(tokens, at);
          const si = ctx.sentenceOf[k] ?? -1;
          if (si < 0) continue;
          const np = speakerBefore(ctx, k - 1, si);
          if (!np) continue;
          const source = resolvedAt.get(tokens[np.first]!.start) ?? registry.resolve(describe(tokens[np.first]!.start, tokens[np.last]!.end), fallbackPerson);
          if (source) source.noComment = true;
        }
      }

      /** The first finding, in text order of the source's mentions, of `look` over (mention, its sentence). */
      // (the mentions of its entity too: "Sarah, 34, who asked that her surname not be used, gave birth ... ‘...,’ she said")
      const inMentionSentences = (source: SourceDraft, look: (start: number, sentence: Offsets) => AnonymityFinding, wanted: (f: AnonymityFinding) => boolean): AnonymityFinding | null => {
        for (const m of [...source.mentions, ...(source.entity?.mentions ?? [])].sort((a, b) => a.start - b.start)) {
          const sentence = sentences[sentenceIndex(m.start)];
          if (!sentence) continue;
          const found = look(m.start, sentence);
          if (wanted(found)) return found;
        }
        return null;
      };

      // a person named by first name only, at their request ("Brianna, who asked that her last name not be used"),
      // or given only a first name and an age ("Doreen, 71, from Stockport"): anonymous
      for (const source of registry.sources) {
        if (source.speakerKind !== 'person' || source.name.trim().split(/\s+/).length !== 1) continue;
        // (or in the next sentence, when it opens with a pronoun: "Mariam, the daughter of …, said …. She asked
        // that her surname not be published because …")
        const found = inMentionSentences(source, (start, sentence) => {
          const here = findNameWithheld(text, sentence.start, sentence.end);
          const next = nextSentenceAbout(start, PRONOUN_OPENING);
          if (here.granted || !next) return here;
          // (a pronoun of the other gender is someone else)
          const pronoun = text.slice(next.start, next.start + 4);
          if ((pronoun.startsWith('He ') && source.gender === 'female') || (pronoun.startsWith('She ') && source.gender === 'male')) return here;
          return findNameWithheld(text, next.start, next.end);
        }, (f) => f.granted);
        // (a given name, or a name no list knows, "Esperance, 31,"; not a surname standing alone:
        // "Salinas, a 47-year-old former driver" is named)
        const lower = source.name.toLowerCase();
        const firstNameAndAge = source.entity?.rule === 'entities/first-name-with-age' && source.entity.mentions.every((m) => !/\s/.test(m.text)) && (isGivenName(lower) || !isEnglishWord(lower)) && !hasLexTag(lower, 'LastName');
        if (!found && !firstNameAndAge) continue;
        source.sourcing = 'anonymous';
        source.anonymityReason = found?.reason ?? null;
      }

      // the stated reason for anonymity, in the sentence where an anonymous source is described, or
      // in the next one when it opens with a pronoun ("... said managers had been warned. She did not
      // want to be identified for fear of losing her job.")
      for (const source of registry.sources) {
        if (source.sourcing !== 'anonymous') continue;
        const found = inMentionSentences(source, (start, sentence) => {
          const here = findAnonymityReason(text, start, sentence.end);
          const next = nextSentenceAbout(start, BACK_REFERENCE_OPENING);
          if (here.reason !== null || !next) return here;
          return findAnonymityReason(text, next.start, next.end);
        }, (f) => f.reason !== null);
        if (found) source.anonymityReason = found.reason;
      }

      const firstAt = new Map(registry.sources.map((d) => [d, d.mentions.reduce((min, m) => Math.min(min, m.start), Infinity)] as const));
      const drafts = registry.sources.slice().sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
      const ids = new Map<SourceDraft, string>();
      drafts.forEach((d, i) => ids.set(d, `src-${i + 1}`));
      const quoteOrder = candidates.map((c, i) => i).sort((a, b) => candidates[a]!.start - candidates[b]!.start || candidates[a]!.end - candidates[b]!.end);
      const quoteIds = new Map<number, string>();
      quoteOrder.forEach((i, n) => quoteIds.set(i, `q-${n + 1}`));
      const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

      const quotes: Quote[] = quoteOrder.map((i) => {
        const c = candidates[i]!;
        const source = sourceOfQuote[i];
        return {
          start: c.start,
          end: c.end,
          text: text.slice(c.start, c.end),
          id: quoteIds.get(i)!,
          kind: c.kind,
          cue: c.cue ? span(c.cue) : null,
          speaker: c.speaker ? span(c.speaker) : null,
          sourceId: source ? ids.get(source)! : null,
          confidence: c.confidence,
          rule: c.rule,
        };
      });
      const sources: Source[] = drafts.map((d) => {
        const seen = new Set<number>();
        const mentions = d.mentions
          .filter((m) => !seen.has(m.start) && (seen.add(m.start), true))
          .sort((a, b) => a.start - b.start || a.end - b.end)
          .map(span);
        return {
          id: ids.get(d)!,
          name: d.name,
          entityId: d.entity?.id ?? null,
          kind: d.kind,
          sourcing: d.sourcing,
          affiliation: d.affiliation,
          role: d.role,
          description: d.description,
          anonymityReason: d.anonymityReason,
          noComment: d.noComment,
          mentions,
          quoteIds: [...new Set(d.quoteIndexes)].map((i) => quoteIds.get(i)!).sort((a, b) => Number(a.slice(2)) - Number(b.slice(2))),
          rule: d.rule,
        };
      });
      return { quotes, sources };
    },
  };
}
