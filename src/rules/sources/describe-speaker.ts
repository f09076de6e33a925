/**
 * Step 1: what a speaker phrase says about its speaker: a pronoun, a named person or
 * organisation, an official ("a Treasury Department spokesperson"), an anonymous description
 * ("two people familiar with the situation"), a document ("court documents").
 */
import type { Entity, EntityType, Token } from '../../document.js';
import descriptors from '../../lexicon/source-descriptors.json' with { type: 'json' };
import { hasLexTag } from '../../nlp/name-lexicon.js';
import { isEnglishWord } from '../../nlp/english-words.js';
import { opensSentence } from '../sentence-start.js';
import { partitionPoint } from '../../search.js';
import { isHonorific } from '../entities/lexicons.js';
import { isJoinedHyphen } from '../entities/token-shapes.js';

export type SpeakerKind = 'pronoun' | 'person' | 'organization' | 'official' | 'anonymous' | 'document' | 'unknown';
export type Gender = 'female' | 'male' | null;

export interface SpeakerDescription {
  kind: SpeakerKind;
  start: number;
  end: number;
  text: string;
  /** The named person or organisation, when the phrase names one. */
  entity: Entity | null;
  /** The organisation the speaker speaks for or belongs to. */
  affiliation: Entity | null;
  /** Head noun, lower-case ("people", "spokesperson", "officials"). */
  head: string;
  plural: boolean;
  /** "the people", "one of the people", "the spokesperson": refers back to someone already introduced. */
  definite: boolean;
  /** Words after the head that identify the group ("familiar with the situation"). */
  modifier: string;
  /** The phrase without its leading article, for names and descriptions. */
  bare: string;
  gender: Gender;
  /** The gender is only a guess from the first name ("Kim" is in the female first-name list). */
  genderGuessed: boolean;
  role: string | null;
}

const OFFICIAL = descriptors.officialRoles;
export const ANONYMOUS = new Set(descriptors.anonymousHeads);
const DOCUMENTS = new Set(descriptors.documentHeads);
export const ORGANIZATION_HEADS = new Set(descriptors.organizationHeads);
export const LEADER_HEADS = new Set(descriptors.leaderHeads);
/** Organisation words that stand for a place's government ('the province said'). */
export const POLITY_HEADS = new Set(descriptors.polityHeads);
const PERSON_COMPOUND_HEADS = new Set(descriptors.personCompoundHeads);
/** "the researchers", "the authors": a publication's authors. */
export const AUTHOR_HEADS = new Set(descriptors.authorHeads);
/** Words that name a publication ("study", "journal") in the text before its authors are quoted. */
export const PUBLICATION = new RegExp(`\\b(?:${descriptors.publicationWords.join('|')})\\b`, 'i');
const FEMALE = new Set(descriptors.female);
const OFFICE_HOLDERS = new Set(descriptors.officeHolders);
const MALE = new Set(descriptors.male);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who']);
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they', us: 'we' };
const POST_MODIFIER = new Set(descriptors.postModifiers);
const INSTITUTIONAL_OFFICES = new Set(descriptors.institutionalOffices);
/** What a named person has that speaks for them as themselves ("Mr Roe’s family"): not an unnamed speaker after a possessive. */
const SPEAKING_RELATIONS = new Set(descriptors.speakingRelations);
const HEARSAY_REPORT_MODIFIERS = new Set(descriptors.hearsayReportModifiers);
/** Words that open a clause after a noun without "that" ("a report the ministry filed", "data it published"). */
const CLAUSE_SUBJECTS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'he', 'she', 'they', 'we', 'it']);
const DEFINITE = new Set(['the', 'this', 'that', 'those', 'these', 'both']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'few', 'dozens', 'multiple', 'numerous']);

export interface EntityIndex {
  /** Entity mentions sorted by start, with their entity. */
  mentions: Array<{ start: number; end: number; entity: Entity }>;
}

export function indexEntities(entities: Entity[]): EntityIndex {
  const mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
  mentions.sort((a, b) => a.start - b.start);
  return { mentions };
}

export function mentionsIn(index: EntityIndex, start: number, end: number, type?: EntityType): Array<{ start: number; end: number; entity: Entity }> {
  const lo = partitionPoint(index.mentions.length, (i) => index.mentions[i]!.start < start);
  const out: Array<{ start: number; end: number; entity: Entity }> = [];
  for (let i = lo; i < index.mentions.length && index.mentions[i]!.start < end; i++) {
    const m = index.mentions[i]!;
    if (m.end <= end && (!type || m.entity.type === type)) out.push(m);
  }
  return out;
}

export function genderOfWord(lower: string): Gender {
  if (FEMALE.has(lower) || hasLexTag(lower, 'FemaleName')) return 'female';
  if (MALE.has(lower) || hasLexTag(lower, 'MaleName')) return 'male';
  return null;
}

/** The word before the capitalised words (at most four, a title) that end `phrase`: "for" in "a spokesperson for Associate Health Minister". */
function wordBeforeTitle(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let k = words.length - 1;
  while (k >= 0 && words.length - 1 - k < 4 && /^\p{Lu}/u.test(words[k]!)) k--;
  return words[k] ?? '';
}

/** Do the words before a document head make it particular ("the reports", "cost reports") rather than hearsay ("media reports")? */
function isParticularRecord(words: readonly Token[], headAt: number, definite: boolean): boolean {
  if (definite) return true;
  const before = words.slice(0, headAt).filter((w) => !/^(?:a|an|some)$/.test(w.lower));
  return before.length > 0 && before.every((w) => /^\p{Ll}/u.test(w.text)) && before.some((w) => !HEARSAY_REPORT_MODIFIERS.has(w.lower));
}

export function describeSpeaker(text: string, tokens: Token[], first: number, last: number, index: EntityIndex): SpeakerDescription {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const phrase = text.slice(start, end);
  const words = tokens.slice(first, last + 1);
  const lowers = words.map((t) => t.lower);
  const definite = DEFINITE.has(lowers[0]!) || (lowers[0] === 'one' && lowers[1] === 'of') || (lowers[0] === 'the' && lowers[1] === 'other');
  const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
  const base: Omit<SpeakerDescription, 'kind'> = { start, end, text: phrase, entity: null, affiliation: null, head: lowers[lowers.length - 1]!, plural: false, definite, modifier: '', bare, gender: null, genderGuessed: false, role: null };

  // "Another said": one more of the group just described, as "one of them" is
  if (words.length === 1 && lowers[0] === 'another') return { ...base, kind: 'anonymous', head: 'them', definite: true };
  if (words.length === 1 && (PRONOUNS.has(lowers[0]!) || OBJECT_PRONOUNS[lowers[0]!] !== undefined)) {
    // ("according to him": the object form stands for the subject's)
    const pronoun = OBJECT_PRONOUNS[lowers[0]!] ?? lowers[0]!;
    return { ...base, kind: 'pronoun', head: pronoun, plural: pronoun === 'they' || pronoun === 'we', gender: genderOfWord(pronoun) };
  }
  // "the Controller of Budget", "the Texas Comptroller of Public Accounts": an independent office's
  // capitalised name speaks as an institution
  const nameWords = words.filter((w, i) => !(i === 0 && DEFINITE.has(w.lower)));
  if (nameWords.length > 0 && nameWords.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:of|for|and|the|-)$/.test(w.lower)) && nameWords.some((w) => INSTITUTIONAL_OFFICES.has(w.lower)) && /^\p{Lu}/u.test(nameWords[nameWords.length - 1]!.text)) {
    return { ...base, kind: 'organization', head: bare.toLowerCase() };
  }
  // "federal officials’ estimates": the owner of a document speaks
  const possessiveAt = lowers.findIndex((w, i) => (w === '’' || w === "'" || w === '’s' || w === "'s") && i > 0 && i < lowers.length - 1);
  if (possessiveAt > 0 && DOCUMENTS.has(lowers[lowers.length - 1]!)) {
    const owner = describeSpeaker(text, tokens, first, first + possessiveAt - 1, index);
    return { ...owner };
  }
  const persons = mentionsIn(index, start, end, 'PERSON');
  const orgs = mentionsIn(index, start, end).filter((m) => m.entity.type !== 'PERSON');
  // head: the last noun before a post-modifier ("people familiar with ...", "Representatives from the White House")
  let headAt = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    // ... or before a participle ("a firefighter working on the northern edge")
    // ("a 2024 audit commissioned by the county", "a memo seen by the Courier")
    // ("an indictment unsealed": a participle ending the phrase, its time phrase left outside)
    // (wink may tag that participle an adjective)
    const lastParticiple = i === words.length - 1 && /ed$/.test(lowers[i]!) && (words[i]!.pos === 'VERB' || words[i]!.pos === 'ADJ');
    // ("a notice posted on the district’s website", "a memo sent to staff": a participle and its phrase)
    // (the noun may open the sentence, tagged a proper noun for its capital: "Residents reached by ...")
    const nounBefore = words[i - 1]!.pos === 'NOUN' || (i === 1 && words[0]!.pos === 'PROPN' && isEnglishWord(lowers[0]!));
    const participle = ((words[i]!.pos === 'VERB' && (/ing$/.test(lowers[i]!) || (/(ed|en|wn)$/.test(lowers[i]!) && /^(?:by|on|to|in|at)$/.test(lowers[i + 1] ?? '')))) || lastParticiple) && nounBefore;
    // (an "of" inside a name is no post-modifier: "a Department of Health spokesperson")
    const insideName = orgs.some((m) => m.start < words[i]!.start && m.end > words[i]!.end && /^\s+(?!(?:and|of|for|the|de|du|la)\s)\p{Ll}/u.test(text.slice(m.end, end)));
    // ("a staffing report the sheriff’s office filed": a document, then a clause without "that")
    const reducedClause = DOCUMENTS.has(lowers[i - 1]!) && words[i - 1]!.pos === 'NOUN' && CLAUSE_SUBJECTS.has(lowers[i]!);
    // ("a passer-by": the particle closing a hyphenated noun is no post-modifier)
    const compoundTail = i >= 2 && isJoinedHyphen(tokens, first + i - 1);
    if (participle || reducedClause || (POST_MODIFIER.has(lowers[i]!) && !insideName && !compoundTail && !(lowers[i] === 'of' && i === 1 && (lowers[0] === 'one' || NUMBER_WORDS.has(lowers[0]!))))) {
      headAt = i - 1;
      break;
    }
  }
  // "one of the people": the head is the group referred back to
  if (lowers[0] === 'one' || NUMBER_WORDS.has(lowers[0]!)) {
    if (lowers[1] === 'of') headAt = Math.max(headAt, lowers.findIndex((w, i) => i > 1 && !DEFINITE.has(w)));
  }
  const head = lowers[headAt] ?? base.head;
  const modifier = words.length > headAt + 1 ? text.slice(words[headAt + 1]!.start, end).toLowerCase() : '';
  const headWord = words[headAt];
  const lowerHead = headWord !== undefined && (headWord.pos === 'NOUN' || /^\p{Ll}/u.test(text.slice(headWord.start, headWord.end)) || ANONYMOUS.has(head) || OFFICIAL.includes(head));
  // ("One of England's selectors" is one person, whatever the number of the noun after "of")
  const oneOf = lowers[0] === 'one' && lowers[1] === 'of';
  const plural = !oneOf && ((lowerHead && /s$/.test(head) && !/ss$/.test(head)) || head === 'people' || NUMBER_WORDS.has(lowers[0]!) || lowers[0] === 'both');
  let gender: Gender = null;
  for (const w of lowers) gender ??= FEMALE.has(w) ? 'female' : MALE.has(w) ? 'male' : null;
  const described = { ...base, head, plural, modifier, gender };
  // an office named in the head, not in what follows it ("a forensic accountant called by prosecutors")
  const headPhrase = text.slice(start, tokens[first + headAt]!.end).toLowerCase();
  const headLowers = lowers.slice(0, headAt + 1);
  const official = OFFICIAL.find((r) => (r.includes(' ') ? headPhrase.includes(r) : headLowers.includes(r)));

  // "cost reports filed with the state", "the reports", "autopsy reports": reports described as
  // particular records are documents; only "reports", "media reports", "unconfirmed reports" are hearsay
  if (ANONYMOUS.has(head) && DOCUMENTS.has(head) && headWord !== undefined && /^\p{Ll}/u.test(headWord.text) && isParticularRecord(words, headAt, definite)) {
    return { ...described, kind: 'document', affiliation: orgs[0]?.entity ?? null };
  }
  // "a spokesman for Halvorsen Freight": the name is the employer, not the speaker
  // ("a spokesperson for Associate Health Minister Hamish Coldwell": titles between the preposition and the name)
  if (official && persons.length && /^(for|at|of|from|with)$/.test(wordBeforeTitle(text.slice(start, persons[0]!.start)))) {
    return { ...described, kind: 'official', affiliation: persons[0]!.entity, head: official.replace(/s$/, '').replace(/^spokes(?:wo)?(?:man|men|person|people)$/, 'spokesperson'), role: official };
  }
  // "an official at the Agriculture Ministry", "a person close to Stahl's family", "a lawyer for the
  // Reyes family": someone described by where they stand, every name after the head (but "Leader of
  // the Opposition in the Assembly R. Ashwath Gowda" ends with the person's name)
  const named = [...persons, ...orgs];
  if (headAt < words.length - 1 && headWord !== undefined && ANONYMOUS.has(head) && (headAt === 0 || /^\p{Ll}/u.test(headWord.text)) && named.length && named.every((m) => m.start >= headWord.end) && !persons.some((m) => m.end === end)) {
    return { ...described, kind: 'anonymous', affiliation: orgs.find((o) => o.entity.type === 'ORG')?.entity ?? null };
  }
  // "A letter carrier with 22 years at Canada Post": an unnamed person, and where they work
  // (a compound's head may be a word that alone names a company: "letter carrier", not "the carrier")
  if (!official && !OFFICE_HOLDERS.has(head) && /^(a|an|another|one)$/.test(lowers[0]!) && headAt < words.length - 1 && headWord !== undefined && headWord.pos === 'NOUN' && /^\p{Ll}/u.test(headWord.text) && (!ORGANIZATION_HEADS.has(head) || (PERSON_COMPOUND_HEADS.has(head) && words[headAt - 1]?.pos === 'NOUN')) && !DOCUMENTS.has(head) && orgs.length && !persons.length && orgs.every((m) => m.start >= headWord.end)) {
    return { ...described, kind: 'anonymous', affiliation: orgs.find((o) => o.entity.type === 'ORG')?.entity ?? null };
  }
  // "A neighbour of Whitlam's on Ashton Road", "Residents of Umm Harir", "Commuters in Lagos": an unnamed person or group
  // described by whom or where they belong to, every name after the head
  const relationHead = headWord !== undefined && headAt < words.length - 1 && POST_MODIFIER.has(lowers[headAt + 1]!) && (headWord.pos === 'NOUN' || (headAt === 0 && headWord.pos === 'PROPN')) && (isEnglishWord(head) || isEnglishWord(head.slice(0, -1))) && !ORGANIZATION_HEADS.has(head) && !OFFICE_HOLDERS.has(head) && !official && !DOCUMENTS.has(head) && (/^(a|an|another|one)$/.test(lowers[0]!) || (headAt === 0 && /[^s]s$/.test(head)));
  // (not one led by or speaking for a person named at the end: "Strategists at Linfield Markets led by Daniel Ferreira", "A lawyer for Pruitt")
  const personAfterByOrFor = persons.some((m) => m.end === end && /\b(?:by|for)\s+$/.test(text.slice(start, m.start)));
  if (relationHead && !personAfterByOrFor && named.every((m) => m.start >= headWord.end)) return { ...described, kind: 'anonymous', affiliation: orgs.find((o) => o.entity.type === 'ORG')?.entity ?? null };
  // "Tolle’s agent", "Roe's lawyer", "the senator's spokeswoman": someone the person named last has,
  // not that person (an office on the record, anyone else unnamed; "Roe's family", "Roe's campaign"
  // speak for the person, as before)
  const owner = persons[persons.length - 1];
  if (owner && possessiveAt > 0 && headAt > possessiveAt && owner.end === words[possessiveAt - 1]!.end && headWord !== undefined && headWord.pos === 'NOUN' && /^\p{Ll}/u.test(headWord.text) && !SPEAKING_RELATIONS.has(head)) {
    // ("Brandt’s counsel, barrister Ann Roe, said": named in apposition)
    const apposed = mentionsIn(index, end, end + 90, 'PERSON').find((m) => /^,\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(text.slice(end, m.start)));
    if (apposed) return { ...described, kind: 'person', entity: apposed.entity, affiliation: owner.entity, role: bare, gender: gender ?? genderOfWord(apposed.entity.name.split(/\s+/)[0]!.toLowerCase()), genderGuessed: gender === null };
    if (official || OFFICE_HOLDERS.has(head)) return { ...described, kind: 'official', affiliation: owner.entity, role: official ?? head };
    return { ...described, kind: 'anonymous', affiliation: owner.entity };
  }
  if (persons.length) {
    const person = persons[persons.length - 1]!;
    const firstWord = person.entity.name.split(/\s+/)[0]!.toLowerCase();
    const before = start < person.start ? text.slice(start, person.start).replace(/[\s,]+$/, '').replace(/^(?:the|a|an)\s+/i, '') : '';
    // "Dr Tariq Haddad", "Ms. Venkataraman": an honorific is not a role
    const role = before && !before.split(/\s+/).every(isHonorific) ? before : null;
    return {
      ...described,
      kind: 'person',
      entity: person.entity,
      affiliation: orgs.find((o) => o.end <= person.start)?.entity ?? null,
      gender: gender ?? genderOfWord(firstWord),
      genderGuessed: gender === null,
      role,
    };
  }
  if (official) {
    return { ...described, kind: 'official', affiliation: orgs[0]?.entity ?? null, head: official.replace(/s$/, '').replace(/^spokes(?:wo)?(?:man|men|person|people)$/, 'spokesperson'), role: official };
  }
  // (a capitalised head is a name's word: "Canada Post", "The Washington Post" are no social-media post)
  if (DOCUMENTS.has(head) && !ANONYMOUS.has(head) && !(headWord && /^\p{Lu}/u.test(headWord.text) && headAt > 0)) return { ...described, kind: 'document', affiliation: orgs[0]?.entity ?? null };
  // "the mayor said", "the company's chief executive said": an office speaks on the record
  if (definite && !plural && OFFICE_HOLDERS.has(head)) return { ...described, kind: 'official', affiliation: orgs[0]?.entity ?? null, role: bare };
  // "said one minister", "a senior minister said": an office holder whose name is withheld
  if (/^(a|an|one|another)$/.test(lowers[0]!) && OFFICE_HOLDERS.has(head)) return { ...described, kind: 'anonymous', affiliation: orgs[0]?.entity ?? null };
  // "his office", "her campaign": speaking for a person, on the record
  if (/^(his|her|their)$/.test(lowers[0]!) && ORGANIZATION_HEADS.has(head)) return { ...described, kind: 'official', head, role: bare };
  if (orgs.length) {
    const org = orgs[0]!;
    // "the hacker collective Anonymous": the organisation is the head
    // (a place at the end is where the speakers are: "aid workers in Kessin")
    const lastOrg = orgs[orgs.length - 1]!;
    if (lastOrg.end === end && (lastOrg.entity.type === 'ORG' || lastOrg.start === start)) return { ...described, kind: 'organization', entity: lastOrg.entity, affiliation: lastOrg.entity };
    // "the Better Business Bureau serving northern Indiana": the organisation, then what it serves or where it is
    // (the first token after the organisation, looked for inside the phrase only)
    let after = first + 1;
    while (after <= last && tokens[after]!.start < org.end) after++;
    const opensModifier = after <= last && (POST_MODIFIER.has(tokens[after]!.lower) || (tokens[after]!.pos === 'VERB' && /ing$/.test(tokens[after]!.lower)));
    if (org.entity.type === 'ORG' && /^(?:the\s+)?$/i.test(phrase.slice(0, org.start - start)) && opensModifier) {
      return { ...described, kind: 'organization', entity: org.entity, affiliation: org.entity };
    }
    const rest = phrase.slice(0, org.start - start) + phrase.slice(org.end - start);
    const restWords = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
    const leftover = restWords.filter((w) => !DEFINITE.has(w) && w !== 'a' && w !== 'an' && w !== 's' && !ORGANIZATION_HEADS.has(w));
    if (leftover.length === 0) return { ...described, kind: 'organization', entity: org.entity, affiliation: org.entity };
  }
  if (ANONYMOUS.has(head) || (lowers[0] === 'one' && lowers[1] === 'of')) return { ...described, kind: 'anonymous', affiliation: orgs[0]?.entity ?? null };
  // "The Guardian", "the Daily Ledger": a capitalised name after "the" is an organisation speaking
  if (lowers[0] === 'the' && words.length > 1 && words.slice(1).every((t) => /^\p{Lu}/u.test(t.text))) return { ...described, kind: 'organization', head: bare.toLowerCase() };
  // "A furnace operator at the plant": a compound whose head alone may name a company is a person's job
  if (PERSON_COMPOUND_HEADS.has(head) && words[headAt - 1]?.pos === 'NOUN' && /^(a|an|another|one)$/.test(lowers[0]!)) return { ...described, kind: 'anonymous', affiliation: orgs[0]?.entity ?? null };
  if (ORGANIZATION_HEADS.has(head) && definite) return { ...described, kind: 'organization' };
  if (ORGANIZATION_HEADS.has(head)) return { ...described, kind: 'organization' };
  // "Landlords say ...": a plural common noun opening the sentence is a group, not a name
  // (wink may tag it PROPN for its capital: then only at the start of a sentence)
  if (words.length === 1 && /[^s]s$/.test(head) && (headWord?.pos === 'NOUN' || (headWord?.pos === 'PROPN' && opensSentence(text, start))) && (isEnglishWord(head) || isEnglishWord(head.slice(0, -1)))) return { ...described, kind: 'anonymous' };
  // ("Farmers' groups, however, accused …": a group of a plural common noun, possessive, opening the sentence)
  // ("French farmers' groups say": after a demonym too)
  const apostrophe = words.length - 2;
  if ((words.length === 3 || (words.length === 4 && hasLexTag(lowers[0]!, 'Demonym'))) && /^['’]$/.test(words[apostrophe]!.text) && /[^s]s$/.test(head) && /s$/.test(lowers[apostrophe - 1]!) && opensSentence(text, start) && !persons.length && !orgs.some((m) => m.entity.type === 'ORG') && [lowers[apostrophe - 1]!, head].every((w) => isEnglishWord(w) || isEnglishWord(w.slice(0, -1)))) return { ...described, kind: 'anonymous' };
  // "Several panelists who voted yes said": a count of unnamed people, capitalised only as the sentence opens
  if (NUMBER_WORDS.has(lowers[0]!) && words.length > 1 && headWord?.pos === 'NOUN' && plural) return { ...described, kind: 'anonymous', affiliation: orgs[0]?.entity ?? null };
  // "Commercial fishers in the town of …": a plural common noun and its common modifiers, capitalised
  // only as the sentence opens, before any name, is an unnamed group
  if (plural && headAt > 0 && headWord !== undefined && headWord.pos === 'NOUN' && /^\p{Ll}/u.test(headWord.text) && !official && !ORGANIZATION_HEADS.has(head) && !DOCUMENTS.has(head) && opensSentence(text, start) && words.slice(0, headAt).every((w, i) => (i === 0 ? /^(ADJ|NOUN|PROPN)$/.test(w.pos) : /^\p{Ll}/u.test(w.text) && /^(ADJ|NOUN)$/.test(w.pos)) && isEnglishWord(w.lower)) && named.every((m) => m.start >= headWord.end)) {
    return { ...described, kind: 'anonymous', affiliation: orgs.find((o) => o.entity.type === 'ORG')?.entity ?? null };
  }
  // (a capital that only opens the sentence names no one: "Another participant, who …, said")
  if (/^\p{Lu}/u.test(bare) && !definite && !/^(a|an|another|one)$/.test(lowers[0]!)) return { ...described, kind: 'person' };
  // "a retired schoolteacher", "a woman who answered the phone": someone described, not named
  if (/^(a|an|another|one)$/.test(lowers[0]!) && lowerHead && !ORGANIZATION_HEADS.has(head)) return { ...described, kind: 'anonymous', affiliation: orgs[0]?.entity ?? null };
  return { ...described, kind: 'unknown' };
}
