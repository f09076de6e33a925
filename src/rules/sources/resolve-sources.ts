/**
 * Step 3: speaker descriptions become sources, one per real-world speaker. Later references
 * ("the people", "one of the people", "the spokesperson", "she") resolve to the source they
 * refer back to; a surname resolves through its entity to the full name.
 */
import type { Entity, SourceKind, Sourcing } from '../../document.js';
import { ANONYMOUS, type Gender, type SpeakerDescription, type SpeakerKind } from './describe-speaker.js';

export interface SourceDraft {
  key: string;
  name: string;
  entity: Entity | null;
  kind: SourceKind;
  /** How the speaker was first described (person, official, anonymous, ...). */
  speakerKind: SpeakerKind;
  sourcing: Sourcing;
  affiliation: string | null;
  role: string | null;
  description: string | null;
  anonymityReason: string | null;
  noComment: boolean;
  gender: Gender;
  /** The gender came only from a first-name list, which non-English names often defeat. */
  genderGuessed: boolean;
  plural: boolean;
  head: string;
  modifier: string;
  mentions: Array<{ start: number; end: number }>;
  quoteIndexes: number[];
  /** Offset of the latest mention, for "most recent" resolution. */
  lastAt: number;
  rule: string;
}

function keyOf(d: SpeakerDescription): string {
  switch (d.kind) {
    case 'person':
      return d.entity ? `person:${d.entity.id}` : `person:${d.bare.toLowerCase()}`;
    case 'organization':
      return d.entity ? `org:${d.entity.id}` : `org:${d.head}`;
    case 'official':
      return `official:${d.affiliation?.id ?? '?'}:${d.head}`;
    case 'document':
      return `document:${d.bare.toLowerCase()}`;
    default:
      return `anonymous:${d.bare.toLowerCase().replace(/^(?:one|two|three|four|five|several|some|many) of (?:the )?/, '')}`;
  }
}

function sameGroup(a: string, b: string): boolean {
  const norm = (s: string) => (s === 'person' || s === 'people' ? 'people' : s.replace(/s$/, ''));
  return norm(a) === norm(b);
}

/**
 * "the striker", "The former Wales midfielder": "the", up to three modifiers, and a lower-case head
 * (any one word after "the" alone).
 */
/** "the coast guard", "the fire brigade": a definite description of two or three small words. */
const DEFINITE_PHRASE = /^[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+){1,2}$/u;
/** "the analyst", "the lawyer": a definite description of one word (its head one that describes an unnamed source). */
const ONE_WORD_DEFINITE = /^[Tt]he\s+\p{Ll}+$/u;
const EPITHET = /^[Tt][Hh][Ee]\s+(?:\S+|(?:\S+\s+){1,3}\p{Ll}[\p{Ll}-]*)$/u;

/**
 * Does an agent noun name what a description's words say ("the selector" for "a member of the
 * senior selection committee", "the strategist" for "head of fixed-income strategy")? A word of the
 * description and the noun share their first six letters.
 */
export function agentOfDescription(description: string, noun: string): boolean {
  if (noun.length < 7 || !/(?:or|er|ist)$/.test(noun)) return false;
  const stem = noun.slice(0, 6);
  return description.toLowerCase().split(/[^\p{L}]+/u).some((w) => w !== noun && w.startsWith(stem));
}

/**
 * A later mention may tell a source's gender: a known one replaces a guess from a first-name list;
 * with `takeGuess`, a guess is taken too when none was known.
 */
function learnGender(source: SourceDraft, d: SpeakerDescription, takeGuess: boolean): void {
  if (d.gender === null) return;
  if ((source.gender === null && (takeGuess || !d.genderGuessed)) || (source.genderGuessed && !d.genderGuessed)) {
    source.gender = d.gender;
    source.genderGuessed = d.genderGuessed;
  }
}

export class SourceRegistry {
  readonly sources: SourceDraft[] = [];
  private readonly byKey = new Map<string, SourceDraft>();
  /** Epithets ("the striker") already taken for a named person. */
  private readonly epithets = new Map<string, Entity>();

  constructor(
    /** The organisation a head word names (strict: only one named with it), else the one named last. */
    private readonly recentOrganization: (at: number, head: string, strict?: boolean) => Entity | null,
    private readonly personWithRole: (role: string, at: number, modifiers: readonly string[]) => Entity | null,
    private readonly sentenceEnd: (at: number) => number,
    private readonly sentenceIndex: (at: number) => number = () => 0,
    private readonly sentenceStart: (index: number) => number = () => 0,
    /** Does the sentence from `at` (where a source is introduced) refer to someone as "they"? */
    private readonly theyInIntroduction: (at: number) => boolean = () => false,
  ) {}

  /**
   * "“There was a bigger map,” they said." after "…, the official said": the one unnamed person quoted
   * last, in this sentence or the one before, whose introduction called them "they" (singular "they").
   */
  private singularThey(at: number): SourceDraft | null {
    const last = this.mostRecent(at, () => true);
    if (!last || last.plural || (last.speakerKind !== 'anonymous' && last.speakerKind !== 'official') || last.gender !== null) return null;
    if (this.sentenceIndex(last.lastAt) < this.sentenceIndex(at) - 1) return null;
    return this.theyInIntroduction(last.mentions[0]!.start) ? last : null;
  }

  private mostRecent(at: number, ok: (s: SourceDraft) => boolean): SourceDraft | null {
    let best: SourceDraft | null = null;
    for (const s of this.sources) {
      if (s.mentions.some((m) => m.start < at) && ok(s) && (!best || s.lastAt > best.lastAt)) best = s;
    }
    return best;
  }

  /** "the diplomat" after "a Western diplomat ... said": an anonymous source already described with that head. */
  private earlierDescribed(d: SpeakerDescription, at: number): boolean {
    // (also a description no lexicon types: "the selector" after "One of England's selectors, who spoke on condition of anonymity")
    // (and an office: "the principal" after "An elementary principal, who spoke on condition of anonymity")
    return (d.kind === 'anonymous' || d.kind === 'unknown' || d.kind === 'official') && d.definite && this.mostRecent(at, (s) => s.speakerKind === 'anonymous' && !s.plural && sameGroup(s.head, d.head)) !== null;
  }

  /**
   * "The group's spokesman, Col. Ann Roe, said … An agency spokesperson said … the spokesperson
   * added": an unnamed official of the same role, described after the person was last named, is the
   * one meant.
   */
  private describedSince(d: SpeakerDescription, at: number, person: Entity): boolean {
    if (d.kind !== 'official' || !/^spokes/.test(d.head)) return false;
    let named = -1;
    for (const m of person.mentions) if (m.end <= at) named = Math.max(named, m.start);
    return this.mostRecent(at, (s) => s.speakerKind === 'official' && !s.plural && (sameGroup(s.head, d.head) || s.head === d.head) && s.lastAt > named) !== null;
  }

  /** The person who spoke in the sentence at `at` or the one before (null: no one). */
  private recentSpeaker(at: number): Entity | null {
    const sentence = this.sentenceIndex(at);
    return this.mostRecent(at, (s) => s.speakerKind === 'person' && s.entity !== null && this.sentenceIndex(s.lastAt) >= sentence - 1)?.entity ?? null;
  }

  /**
   * The person an epithet ("the striker", "the 48-year-old") stands for: the one it stood for before,
   * else the person named last in its sentence or the one before, else the person who spoke in the
   * sentence before, however named there ("…," the 48-year-old said. The former Wales midfielder said …).
   * The same epithet later in the story is the same person ("In the post, the singer said").
   */
  private epithetPerson(d: SpeakerDescription, at: number, fallbackPerson: (at: number, gender: Gender, after: number) => Entity | null): Entity | null {
    const epithet = d.text.toLowerCase();
    const earlier = this.epithets.get(epithet);
    if (earlier) return earlier;
    const sentence = this.sentenceIndex(at);
    const entity = fallbackPerson(at, null, this.sentenceStart(sentence - 1) - 1) ?? this.recentSpeaker(at);
    if (entity) this.epithets.set(epithet, entity);
    return entity;
  }

  /** The source a description refers to (an existing one, or a new one). */
  resolve(d: SpeakerDescription, fallbackPerson: (at: number, gender: Gender, after: number) => Entity | null): SourceDraft | null {
    const at = d.start;
    // (the words before the head too: "the union leader" after "Gary Lindqvist, president of the Transit Union")
    // (looked up once: each lookup walks back over the mentions before the description)
    let roleFound: Entity | null | undefined;
    const rolePerson = (): Entity | null => {
      if (roleFound === undefined) roleFound = this.personWithRole(d.head, at, d.bare.toLowerCase().split(/\s+/).slice(0, -1));
      return roleFound;
    };
    let found: SourceDraft | null = null;
    let rule = 'sources/new';
    if (d.kind === 'pronoun') {
      if (d.head === 'it') found = this.mostRecent(at, (s) => s.speakerKind === 'organization' || s.speakerKind === 'document');
      else if (d.head === 'they' || d.head === 'we')
        found =
          (d.head === 'they' ? this.singularThey(at) : null) ??
          this.mostRecent(at, (s) => s.plural && s.speakerKind !== 'document') ??
          this.mostRecent(at, (s) => s.plural || s.speakerKind === 'organization') ??
          this.mostRecent(at, () => true);
      else if (d.head === 'he' || d.head === 'she') found = this.mostRecent(at, (s) => !s.plural && (s.speakerKind === 'person' || s.speakerKind === 'official' || s.speakerKind === 'anonymous') && (s.gender === null || s.gender === d.gender));
      if (d.head === 'he' || d.head === 'she') {
        // a person named after the last compatible source, and not inside that source's own attribution
        // sentence ("Tom Roe, who served under Lee and Park, said ... he said" is Roe)
        const entity = fallbackPerson(at, d.gender, found ? this.sentenceEnd(found.lastAt) : -1);
        if (entity) return this.add({ ...d, kind: 'person', entity, bare: entity.name }, 'sources/pronoun-to-person');
        // "Kim Jong-Un declared ... However, he said": the one person just quoted, whose gender was
        // only guessed from a first-name list, within the last few sentences (an institution's figures
        // may stand between: "Rosario Vidal told reporters … the statistics office said … she said")
        if (!found) {
          const near = this.sentenceIndex(at) - 6;
          found = this.mostRecent(at, (s) => !s.plural && s.speakerKind === 'person' && s.genderGuessed && this.sentenceIndex(s.lastAt) >= near);
          if (found) rule = 'sources/pronoun-guessed-gender';
        }
      }
      if (!found) return null;
      rule = 'sources/pronoun';
    } else if ((d.kind === 'anonymous' || d.kind === 'unknown' || d.kind === 'official') && (d.definite || /^(?:his|her|their)\s/i.test(d.text)) && !this.earlierDescribed(d, at) && rolePerson() && !this.describedSince(d, at, rolePerson()!)) {
      // "the judge", "the hospital’s chief executive", "the Home Secretary": a person named earlier with that role
      const entity = rolePerson()!;
      return this.add({ ...d, kind: 'person', entity, bare: entity.name }, 'sources/role-of-named-person');
    } else if (d.kind === 'organization' && !d.entity && d.definite && (found = this.mostRecent(at, (s) => s.speakerKind === 'anonymous' && sameGroup(s.head, d.head)))) {
      // "the operator" after "A furnace operator at the plant, who spoke on condition of anonymity",
      // "the letter carrier" after "A letter carrier with 22 years at Canada Post, who …": the person
      // described before, though "operator" and "carrier" can name a company
      rule = 'sources/definite-description';
    } else if ((d.kind === 'anonymous' || d.kind === 'official' || d.kind === 'document') && d.definite) {
      // "the people", "one of the people", "the spokesperson", "the report"
      // "one of them", "both of them": the last group described
      const pronounHead = /^(them|those|us)$/.test(d.head);
      const described = (s: SourceDraft): boolean => {
        if (pronounHead) return s.plural && (s.speakerKind === 'anonymous' || s.speakerKind === 'official');
        if (s.speakerKind === d.kind) return sameGroup(s.head, d.head) || (d.kind === 'official' && s.head === d.head);
        // "the principal" after "An elementary principal, who spoke on condition of anonymity"
        return d.kind === 'official' && s.speakerKind === 'anonymous' && !s.plural && sameGroup(s.head, d.head);
      };
      found = this.mostRecent(at, described);
      const epithet = !found && d.kind === 'anonymous' && !d.plural && ONE_WORD_DEFINITE.test(d.text) && ANONYMOUS.has(d.head) ? this.recentSpeaker(at) : null;
      if (found) rule = 'sources/definite-description';
      else if (epithet) {
        // "Ann Roe, a partner at an aviation consultancy, said … “…,” the analyst said": no analyst
        // described before, so a word for the person who spoke just before
        return this.add({ ...d, kind: 'person', entity: epithet, bare: epithet.name }, 'sources/epithet-of-named-person');
      } else if (d.kind === 'official' && rolePerson()) {
        // "the chairwoman" after "Rep. Maria Santos, who chairs the committee"
        const entity = rolePerson()!;
        return this.add({ ...d, kind: 'person', entity, bare: entity.name }, 'sources/role-of-named-person');
      }
    } else if (d.kind === 'anonymous' && d.modifier) {
      // "a person familiar with the situation" after "two people familiar with the situation"
      found = this.mostRecent(at, (s) => s.speakerKind === 'anonymous' && sameGroup(s.head, d.head) && s.modifier === d.modifier);
      if (found) rule = 'sources/same-description';
    } else if (d.kind === 'unknown' && d.definite && !d.plural && (found = this.mostRecent(at, (s) => s.speakerKind === 'anonymous' && !s.plural && (sameGroup(s.head, d.head) || agentOfDescription(s.name, d.head))))) {
      // "the firefighter" after "a firefighter working on the northern edge, who spoke on condition of anonymity"
      // ("the selector" after "A member of the senior selection committee, who spoke on condition of anonymity")
      rule = 'sources/definite-description';
    } else if (d.kind === 'unknown' && d.definite && !d.plural && EPITHET.test(d.text)) {
      // "Record signing Mathis Lefèvre ... has scored just three goals. “...,” the striker told Sky
      // Sports": an epithet for the person named last, in this sentence or the one before
      const entity = this.epithetPerson(d, at, fallbackPerson);
      if (entity) return this.add({ ...d, kind: 'person', entity, bare: entity.name }, 'sources/epithet-of-named-person');
    } else if (d.kind === 'organization' && !d.entity && (/^(?:the|it)\s+\S+$|^its\s+\S+$/i.test(d.text) || /^[Tt]he\s+(?:(?:\p{Lu}\p{L}*|\p{L}+-\p{L}+)\s+){1,2}\p{Ll}+$/u.test(d.text))) {
      // (also after a capitalised or hyphenated modifier: "the Crown corporation", "the state-owned
      // company"; not "the weather service", a kind of organisation of its own)
      // "the inquiry said" after "An independent inquiry into the fire has found": the source described so before
      const same = this.mostRecent(at, (s) => s.speakerKind === 'organization' && !s.entity && s.head === d.head);
      if (same) {
        same.mentions.push({ start: d.start, end: d.end });
        same.lastAt = Math.max(same.lastAt, d.start);
        return same;
      }
      // "the company said": the organisation named most recently; not "the employers’ group" (a description of its own)
      const org = this.recentOrganization(at, d.head);
      if (org) return this.add({ ...d, entity: org, affiliation: org }, 'sources/organization-word');
    }
    if (!found && d.kind === 'unknown' && d.definite && !d.plural && DEFINITE_PHRASE.test(d.text)) {
      // "the coast guard said" after "the Italian Coast Guard": the organisation whose name ends so
      const org = this.recentOrganization(at, d.text.toLowerCase().replace(/^the\s+/, ''), true);
      if (org) return this.add({ ...d, kind: 'organization', entity: org, affiliation: org }, 'sources/organization-named-so');
    }
    if (found) {
      found.mentions.push({ start: d.start, end: d.end });
      found.lastAt = Math.max(found.lastAt, d.start);
      learnGender(found, d, false);
      return found;
    }
    return this.add(d, rule);
  }

  private add(d: SpeakerDescription, rule: string): SourceDraft {
    const key = keyOf(d);
    const existing = this.byKey.get(key);
    if (existing) {
      existing.mentions.push({ start: d.start, end: d.end });
      existing.lastAt = Math.max(existing.lastAt, d.start);
      learnGender(existing, d, true);
      if (!existing.role && d.role) existing.role = d.role;
      return existing;
    }
    const kind: SourceKind = d.kind === 'document' ? 'document' : d.kind === 'organization' ? 'organization' : d.plural ? 'group' : 'person';
    const sourcing: Sourcing = d.kind === 'person' || d.kind === 'organization' || d.kind === 'document' ? 'named' : d.kind === 'official' ? 'official' : d.kind === 'anonymous' ? 'anonymous' : 'unknown';
    const affiliation = d.affiliation?.name ?? null;
    const name =
      d.entity?.name ??
      (d.kind === 'official' ? [affiliation, d.role ?? d.head].filter(Boolean).join(' ') : d.bare);
    const draft: SourceDraft = {
      key,
      name,
      entity: d.entity,
      kind,
      speakerKind: d.kind,
      sourcing,
      affiliation: d.kind === 'organization' ? null : affiliation,
      role: d.role ?? (d.kind === 'official' ? d.head : (d.entity?.type === 'PERSON' ? (d.entity.roles[0] ?? null) : null)),
      description: d.kind === 'anonymous' || d.kind === 'official' || d.kind === 'unknown' ? d.bare : null,
      anonymityReason: null,
      noComment: false,
      gender: d.gender,
      genderGuessed: d.genderGuessed,
      plural: d.plural,
      head: d.head,
      modifier: d.modifier,
      mentions: [{ start: d.start, end: d.end }],
      quoteIndexes: [],
      lastAt: d.start,
      rule,
    };
    this.byKey.set(key, draft);
    this.sources.push(draft);
    return draft;
  }
}
