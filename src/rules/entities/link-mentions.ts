/**
 * Step 3: mentions of one thing become one entity: alias groups, "Name (ACR)", acronyms of a
 * longer name, surnames and first names of a full name, a distinctive word of a longer
 * organisation name ("Corvane" of "Corvane Semiconductor"), near-identical spellings.
 */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { EntityType, Token } from '../../document.js';
import type { Candidate } from './classify-name.js';
import { CLUB_HEADS, CORPORATE_SUFFIXES, LEGAL_FORMS, ORG_PREFIXES, TITLES, PLURAL_AGREEMENT_VERBS, CONNECTORS, NAME_PARTICLES, ORG_HEADS, PLACE_NAMED_HEADS, PLACE_PREPOSITIONS, TEAM_POSSESSIONS, TEAM_PREPOSITIONS, TEAM_TRANSFER_VERBS, isWorldCity } from './lexicons.js';
import { isAcronym, isInitial, tokenText } from './token-shapes.js';
import { isEnglishWord } from '../../nlp/english-words.js';
import { opensSentence } from '../sentence-start.js';
import { hasLexTag, isGivenName, withoutAccents } from '../../nlp/name-lexicon.js';
import speech from '../../lexicon/speech-verbs.json' with { type: 'json' };

const ORGANIZATION_SPEECH = new Set(speech.organizationSpeech);

export interface EntityDraft {
  key: string;
  type: EntityType;
  mentions: Array<{ start: number; end: number; rule: string; first: number; last: number }>;
  /** Lower-cased name words of the fullest mention (initials dropped). */
  words: string[];
}

const jaroWinkler = JaroWinklerDistance as unknown as (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

/** The prefixes that open an organisation's name, compared as its words are ("Mineração" = "mineracao"). */
const ORG_PREFIX_WORDS = new Set([...ORG_PREFIXES].map(withoutAccents));

/** Words of a trade or kind of organisation that a company's full name holds before its legal form ("Mining", "Mineração"). */
const TRADE_WORDS = new Set([...ORG_PREFIX_WORDS, ...[...ORG_HEADS].map(withoutAccents)]);

function nameWords(text: string, tokens: Token[], c: Candidate): string[] {
  const out: string[] = [];
  let glue = false;
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!;
    const s = tokenText(t);
    if (t.start >= c.end) break;
    if (/^[-‑]$/.test(s) && tokens[i - 1]?.end === t.start) {
      glue = true; // "García-López" is one word
      continue;
    }
    if (isInitial(s) || s === ',') continue;
    const word = withoutAccents(t.lower.replace(/['’]s$/, ''));
    if (glue && out.length) out[out.length - 1] += `-${word}`;
    else out.push(word);
    glue = false;
  }
  return out;
}

/**
 * Is `word` the person's surname: the last word, or, in a name of three words or more, the one
 * before it ("Salinas" of "Juan Pablo Salinas Quiroga": Spanish names put the father's surname first).
 */
function hasSurname(e: EntityDraft, word: string): boolean {
  if (e.words.at(-1) === word || (e.words.length >= 3 && e.words.at(-2) === word && !NAME_PARTICLES.has(word))) return true;
  // ("Tan" of "Lionel Tan Kok Meng": a Western given name before a Chinese name, surname first)
  return e.words.length >= 4 && e.words[1] === word && isGivenName(e.words[0]!) && !isGivenName(word) && !NAME_PARTICLES.has(word);
}

/**
 * An organisation's key: its words without the legal form at the end ("Bayside Crane & Rigging Co." and
 * "Bayside Crane & Rigging" are one company; "Corvane Constructions Pty Ltd" and "Corvane Constructions"),
 * while two words or more remain.
 */
function orgKey(words: readonly string[]): string {
  return `ORG:${words.slice(0, withoutLegalForm(words)).join(' ')}`;
}

/** How many of an organisation's words come before its legal form, while two words or more remain. */
function withoutLegalForm(words: readonly string[]): number {
  let n = words.length;
  while (n > 2 && LEGAL_FORMS.has(words[n - 1]!)) n--;
  return n;
}

function initials(words: string[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

export function linkMentions(text: string, tokens: Token[], candidates: Candidate[]): EntityDraft[] {
  const byKey = new Map<string, EntityDraft>();
  const order: EntityDraft[] = [];
  const add = (key: string, type: EntityType, c: Candidate, rule: string, words: string[]): void => {
    let e = byKey.get(key);
    if (!e) {
      e = { key, type, mentions: [], words };
      byKey.set(key, e);
      order.push(e);
    } else if (words.length > e.words.length) e.words = words;
    e.mentions.push({ start: c.start, end: c.end, rule, first: c.first, last: c.last });
  };
  const singles: Candidate[] = [];
  // "Van der Meulen" after "Daan van der Meulen" (the surname with its particles), "Barros Magalhães"
  // after "Conceição Barros Magalhães" (the two surnames of a name of three words or more)
  const fullNameEndingWith = (words: string[]): EntityDraft | undefined =>
    order.find((e) => e.type === 'PERSON' && e.words.length > words.length && e.words.slice(-words.length).join(' ') === words.join(' ') && (NAME_PARTICLES.has(words[0]!) || (words.length >= 2 && e.words.length >= 3)));
  const acronymOf = new Map<string, string>();
  // each candidate's name words, worked out once (the rules below compare every pair with the others)
  const wordsCache = new Map<Candidate, string[]>();
  const wordsOf = (c: Candidate): string[] => {
    let w = wordsCache.get(c);
    if (!w) wordsCache.set(c, (w = nameWords(text, tokens, c)));
    return w;
  };

  // 1. full names, alias-list names and structured organisations
  for (const c of candidates) {
    const words = wordsOf(c);
    if (c.alias) {
      add(c.alias.key, c.alias.type, c, c.rule, words);
      continue;
    }
    // a pair typed a person only by its shape is the place another mention of it is typed
    // ("the Mato Grosso capital" after "Pará and Mato Grosso states")
    if (c.first !== c.last && c.rule === 'entities/proper-noun-pair' && candidates.some((o) => o.type === 'PLACE' && o.first !== o.last && wordsOf(o).join(' ') === words.join(' '))) {
      add(`PLACE:${words.join(' ')}`, 'PLACE', c, 'entities/same-name-as-place', words);
      continue;
    }
    // ... or the organisation ("Vorbach Stahl says" before "German steelmaker Vorbach Stahl announced"),
    // also when a name list typed it a person ("Ashby Hart said" after "Ashby Hart, the testing group,")
    if (c.first !== c.last && (c.rule === 'entities/proper-noun-pair' || c.rule === 'entities/last-name' || c.rule === 'entities/first-name') && candidates.some((o) => o.type === 'ORG' && o.first !== o.last && wordsOf(o).join(' ') === words.join(' '))) {
      add(orgKey(words), 'ORG', c, 'entities/same-name-as-organization', words);
      continue;
    }
    // ... or the organisation its first word stands for alone ("Nordhavn Kraft has shut …" before
    // "Nordhavn's chief operating officer"), when no other mention types that word a person
    if (c.first !== c.last && c.rule === 'entities/proper-noun-pair' && words.length === 2 && candidates.some((o) => o.type === 'ORG' && o.first === o.last && wordsOf(o)[0] === words[0]) && !candidates.some((o) => o.type === 'PERSON' && o.first === o.last && wordsOf(o)[0] === words[0])) {
      add(orgKey(words), 'ORG', c, 'entities/same-name-as-organization', words);
      continue;
    }
    // "Health NZ" after "Health New Zealand": the organisation's name with its last words abbreviated
    if (c.first !== c.last && (c.type === null || c.rule === 'entities/proper-noun-pair') && isAcronym(tokenText(tokens[c.last]!))) {
      const short = words.at(-1)!;
      const full = candidates.find((o) => {
        if (o.type !== 'ORG') return false;
        const w = wordsOf(o);
        const head = words.length - 1;
        return w.length > words.length && w.slice(0, head).join(' ') === words.slice(0, head).join(' ') && w.slice(head).map((x) => x[0]).join('') === short;
      });
      if (full) {
        add(orgKey(wordsOf(full)), 'ORG', c, 'entities/abbreviated-organization-name', words);
        continue;
      }
    }
    // a weakly typed pair that begins an organisation's name is that organisation ("Mercy Ridge" of "Mercy Ridge Medical Center")
    // (and an organisation known only from its context: "a nurse at Mercy Ridge")
    // (and a place typed only by its last word, before a company's suffix: "Harvest Lane" of "Harvest
    // Lane Group", not "Pine Street" of "Pine Street Elementary")
    // (and a pair typed a person only by a first name, when the organisation's other words are its trade
    // and legal form: "Kai Wen" of "Kai Wen Properties", not "John Lewis" of "John Lewis Fund for Widows")
    const placeByHead = c.rule === 'entities/place-head';
    const byFirstName = c.rule === 'entities/first-name';
    if (c.first !== c.last && (c.rule === 'entities/proper-noun-pair' || c.type === null || c.rule === 'entities/organization-after-role' || placeByHead || byFirstName)) {
      const org = candidates.find((o) => {
        if (o.type !== 'ORG' || o.last - o.first <= c.last - c.first) return false;
        const w = wordsOf(o);
        if (w.slice(0, words.length).join(' ') !== words.join(' ')) return false;
        if (byFirstName) return w.slice(words.length).every((x) => TRADE_WORDS.has(x) || LEGAL_FORMS.has(x));
        return !placeByHead || (o.last - o.first === c.last - c.first + 1 && CORPORATE_SUFFIXES.has(tokens[o.last]!.lower));
      });
      if (org) {
        add(orgKey(wordsOf(org)), 'ORG', c, 'entities/start-of-organization-name', words);
        continue;
      }
    }
    // one word, even when it is hyphenated over several tokens ("Osei-Bonsu")
    if (c.first === c.last || words.length === 1 || c.type === null) {
      singles.push(c);
      continue;
    }
    if (c.type === 'PERSON') {
      const full = fullNameEndingWith(words);
      if (full) {
        add(full.key, 'PERSON', c, 'entities/surname-of-full-name', words);
        continue;
      }
    }
    const key = c.type === 'PERSON' ? `PERSON:${words.join('').replace(/[-‑'’.]/g, '')}` : c.type === 'ORG' ? orgKey(words) : `${c.type}:${words.join(' ')}`;
    add(key, c.type, c, c.rule, words);
    // "Immigration and Customs Enforcement (ICE)"
    const open = tokens[c.last + 1];
    const acr = tokens[c.last + 2];
    const close = tokens[c.last + 3];
    // (also written as a word, "Energy and Petroleum Regulatory Authority (Epra)", when its letters are the initials)
    // (or in mixed case, "Somali Disaster Management Agency (SoDMA)", when its capitals are the initials)
    const acrText = acr === undefined ? '' : tokenText(acr);
    const titleAcronym = (/^\p{Lu}\p{Ll}{1,6}$/u.test(acrText) && initials(words) === acrText.toUpperCase()) || (/^\p{Lu}\p{L}{2,9}$/u.test(acrText) && /\p{Ll}/u.test(acrText) && initials(words) === acrText.replace(/\P{Lu}/gu, '') && initials(words).length >= 3);
    // (after a person, an acronym that is not their initials is their party or employer: "Stefan
    // Harbrecht (SPD)", but "Jane Roe (JR)")
    if (open && acr && close && tokenText(open) === '(' && tokenText(close) === ')' && (isAcronym(tokenText(acr)) || titleAcronym) && (c.type !== 'PERSON' || initials(words) === acrText)) {
      acronymOf.set(tokenText(acr), key);
    }
  }

  // 2. near-identical spellings of one person's full name
  const persons = order.filter((e) => e.type === 'PERSON' && e.words.length > 1);
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) {
      const a = persons[i]!;
      const b = persons[j]!;
      if (!byKey.has(b.key) || !byKey.has(a.key)) continue;
      const sa = a.words.join(' ');
      const sb = b.words.join(' ');
      if (sa[0] === sb[0] && a.words.at(-1) === b.words.at(-1) && jaroWinkler(sa, sb) >= 0.93) {
        a.mentions.push(...b.mentions.map((m) => ({ ...m, rule: 'entities/similar-spelling' })));
        byKey.delete(b.key);
        order.splice(order.indexOf(b), 1);
      }
    }
  }

  // 2b. an organisation named by a shorter form of its name: that form's mentions are the organisation's
  const absorbShortName = (full: EntityDraft, short: string): void => {
    const named = order.find((e) => e !== full && e.type === 'ORG' && e.words.join(' ') === short);
    if (!named || !byKey.has(full.key)) return;
    full.mentions.push(...named.mentions.map((m) => ({ ...m, rule: 'entities/short-company-name' })));
    byKey.set(named.key, full);
    order.splice(order.indexOf(named), 1);
  };
  // ... a company's name without its trade word and legal form ("Serra Alta" of "Serra Alta Mineração
  // SA", "Kestrel" named twice of "Kestrel Mining Corp.")
  for (const full of order.filter((e) => e.type === 'ORG' && e.words.length >= 3 && LEGAL_FORMS.has(e.words.at(-1)!))) {
    const n = withoutLegalForm(full.words);
    if (TRADE_WORDS.has(full.words[n - 1]!)) absorbShortName(full, full.words.slice(0, n - 1).join(' '));
  }

  // ... and a club's or company's name without the words that open it ("Atlético Orense" of "Real Club
  // Atlético Orense")
  for (const full of order.filter((e) => e.type === 'ORG' && e.words.length >= 3)) {
    for (let k = 1; k <= full.words.length - 2 && TRADE_WORDS.has(full.words[k - 1]!); k++) {
      absorbShortName(full, full.words.slice(k).join(' '));
    }
  }

  // 3. single words and names of unknown kind
  const people = () => order.filter((e) => e.type === 'PERSON' && e.words.length > 1);
  const unknown: Candidate[] = [];
  const orgs = () => order.filter((e) => e.type === 'ORG' && e.words.length > 1);
  // words that some mention of their own calls a place ("Pruett, a town of about 2,100 people")
  const placeWords = new Set(singles.filter((c) => c.type === 'PLACE').map((c) => wordsOf(c).join(' ')));
  for (const c of singles) {
    const words = wordsOf(c);
    const surface = text.slice(c.start, c.end);
    const word = words.join(' ');
    const viaParen = acronymOf.get(surface);
    if (viaParen) {
      add(viaParen, 'ORG', c, 'entities/acronym-in-parentheses', words);
      continue;
    }
    // "Albion" after "Hollinsford Albion": a club goes by the last word of its name
    if (words.length === 1 && CLUB_HEADS.has(word) && c.type !== 'PERSON' && /^\p{Lu}\p{Ll}/u.test(surface)) {
      // (not a name opened by an adjective the capital of a sentence gave: "Former Albion defender X")
      const clubs = orgs().filter((e) => e.words.length >= 2 && e.words.at(-1) === word && !hasLexTag(e.words[0]!, 'Adjective'));
      if (clubs.length === 1) {
        add(clubs[0]!.key, 'ORG', c, 'entities/club-short-name', words);
        continue;
      }
    }
    // (however its words were tagged)
    if (c.type !== 'PLACE' && c.type !== 'ORG' && words.length >= 2) {
      const full = fullNameEndingWith(words);
      if (full) {
        add(full.key, 'PERSON', c, 'entities/surname-of-full-name', words);
        continue;
      }
    }
    // "Ashcroft told AFP" after "Fenella Ashcroft": a surname, though a gazetteer knows a place of that name
    if (c.type === 'PLACE' && c.rule === 'entities/gazetteer' && words.length === 1 && !PLACE_PREPOSITIONS.has(tokens[c.first - 1]?.lower ?? '') && tokenText(tokens[c.last + 1] ?? tokens[c.last]!) !== ',') {
      const person = people().find((e) => hasSurname(e, word));
      if (person) {
        add(person.key, 'PERSON', c, 'entities/surname-of-full-name', words);
        continue;
      }
    }
    if (c.type !== 'PLACE' && words.length === 1) {
      const bySurname = people().filter((e) => hasSurname(e, word));
      // (an organisation only by its context is the person too: "a spokesman for Roe" after "Ann Roe")
      if (bySurname.length >= 1 && (c.type !== 'ORG' || c.rule === 'entities/organization-after-role')) {
        // several people share the surname: the one introduced first (the story's subject)
        add(bySurname[0]!.key, 'PERSON', c, 'entities/surname-of-full-name', words);
        continue;
      }
      const byFirst = people().filter((e) => e.words[0] === word);
      if (byFirst.length === 1 && c.type !== 'ORG' && bySurname.length === 0) {
        add(byFirst[0]!.key, 'PERSON', c, 'entities/first-name-of-full-name', words);
        continue;
      }
      if (isAcronym(surface)) {
        const expanded = orgs().filter((e) => initials(e.words) === surface.replace(/\./g, ''));
        if (expanded.length === 1) {
          add(expanded[0]!.key, 'ORG', c, 'entities/acronym-of-name', words);
          continue;
        }
      }
      // "the Commission" after "the European Commission": the head word of the one organisation ending with it
      // (also used as a modifier mid-sentence: "a Commission spokesperson", "with Commission officials")
      if (c.type !== 'PERSON' && ORG_HEADS.has(word) && /^\p{Lu}/u.test(surface) && (tokens[c.first - 1]?.lower === 'the' || !opensSentence(text, c.start))) {
        const ending = orgs().filter((e) => e.words.at(-1) === word);
        if (ending.length === 1) {
          add(ending[0]!.key, 'ORG', c, 'entities/head-of-organization-name', words);
          continue;
        }
        // "the Legislature", "the Senate": a capitalised head after "the", mid-sentence, with no longer name it ends
        if (ending.length === 0 && tokens[c.first - 1]?.lower === 'the' && !opensSentence(text, tokens[c.first - 1]!.start) && c.first === c.last) {
          add(`ORG:${word}`, 'ORG', c, 'entities/capitalised-organization-head', words);
          continue;
        }
      }
      // (a sentence's first word kept only as a possible surname is no organisation's word: "Adaptation currently ...")
      // ("in the Bronx" is the place, though "Bronx Property Owners Alliance" is named after it)
      // (nor a nationality before a noun: "a Somali charity" is not the "Somali Disaster Management Agency")
      const demonymModifier = hasLexTag(word, 'Demonym') && /^\p{Ll}/u.test(tokens[c.last + 1]?.text ?? '');
      // (an everyday word opening a sentence is the organisation's only before its shares or its speech: "Compass shares fell")
      const companyUse = /^(?:shares|stock|said|says)$/.test(tokens[c.last + 1]?.lower ?? '');
      if (c.type !== 'PERSON' && !ORG_HEADS.has(word) && !demonymModifier && c.rule !== 'entities/place-after-the' && !(isEnglishWord(word) && !companyUse && (c.rule === 'entities/sentence-initial-surname' || opensSentence(text, c.start)))) {
        // (several hold it: the one it begins, "Cottonwood" of "Cottonwood Elementary", not of "Familias de Cottonwood")
        const holding = orgs().filter((e) => e.words.includes(word));
        const beginning = holding.filter((e) => e.words[0] === word);
        const containing = holding.length > 1 && beginning.length === 1 ? beginning : holding;
        // "Ludlow" of "Ludlow Community Hospital", "Kent" of "Kent Police": the place it is named after
        if (containing.length === 1 && c.type === null && containing[0]!.words[0] === word && PLACE_NAMED_HEADS.has(containing[0]!.words.at(-1)!) && !isAcronym(surface)) {
          add(`PLACE:${word}`, 'PLACE', c, 'entities/place-of-institution', words);
          continue;
        }
        // "in Kamloops" after "the Kamloops Fire Centre": a known town standing on its own is the town
        // (and "southwest of Pruett" where another mention says "Pruett, a town of 2,100 people")
        if (containing.length === 1 && containing[0]!.words[0] === word && ((isWorldCity(word) && PLACE_PREPOSITIONS.has(tokens[c.first - 1]?.lower ?? '')) || (c.type === null && placeWords.has(word)))) {
          add(`PLACE:${word}`, 'PLACE', c, c.rule, words);
          continue;
        }
        // ("the Sound" of "Nashville Sound": a team goes by its nickname)
        const nickname = containing.length === 1 && containing[0]!.words.at(-1) === word && containing[0]!.mentions.some((m) => m.rule === 'entities/place-and-nickname');
        // ("Paloverde" of "Minera Paloverde", "Cordillera" of "Banco Cordillera": the word after a prefix that opens the name)
        const afterPrefix = containing.length === 1 && containing[0]!.words[1] === word && ORG_PREFIX_WORDS.has(containing[0]!.words[0]!);
        if (containing.length === 1 && (isAcronym(surface) || c.type === 'ORG' || containing[0]!.words[0] === word || nickname || afterPrefix)) {
          add(containing[0]!.key, 'ORG', c, 'entities/part-of-organization-name', words);
          continue;
        }
      }
    }
    // the same single word already names an entity ("Anonymous" after "the hacker group Anonymous")
    // (any length: "Bowling Green" after the dateline "BOWLING GREEN, Ky.")
    const same = order.find((e) => e.words.length === words.length && e.words.join(' ') === word);
    if (same) {
      add(same.key, same.type, c, 'entities/same-name', words);
      continue;
    }
    if (c.rule === 'entities/place-by-preposition' || c.rule === 'entities/place-after-the' || c.rule === 'entities/world-city') {
      add(`PLACE:${word}`, 'PLACE', c, c.rule, words);
      continue;
    }
    // "told Variety": a publication, unless the word is the surname of someone named ("told Keswin")
    if (c.rule === 'entities/outlet-after-told') {
      add(`ORG:${word}`, 'ORG', c, c.rule, words);
      continue;
    }
    if (c.type !== null) {
      const key = c.type === 'PERSON' ? `PERSON:${words.join('')}` : `${c.type}:${word}`;
      add(key, c.type, c, c.rule, words);
    } else unknown.push(c);
  }
  // 4. a word of unknown kind that names an entity found only further on ("The Alqueva reservoir ...
  //    around Alqueva")
  // ... and one that speaks, naming no one the text names, is an organisation ("Airbus said in a
  // statement", "Ofwat said on Wednesday"): its other mentions are then that organisation's
  const named = new Set<Candidate>();
  for (const c of unknown) {
    const words = wordsOf(c);
    const word = words.join(' ');
    if (speaksAlone(text, tokens, c, order) && !order.some((e) => e.words.join(' ') === word)) {
      add(`ORG:${word}`, 'ORG', c, 'entities/speaking-name', words);
      named.add(c);
    }
  }
  for (const c of unknown) {
    if (named.has(c)) continue;
    const words = wordsOf(c);
    const word = words.join(' ');
    const same = order.find((e) => e.words.length === words.length && e.words.join(' ') === word);
    if (same) add(same.key, same.type, c, 'entities/same-name', words);
  }
  cityAsTeam(text, tokens, order);
  return order;
}

/**
 * Is the one-word name of unknown kind the subject of a speech verb ("Airbus said", "Ofwat also
 * said"), a word no name list or dictionary knows, and no part of a person's name in the text?
 */
function speaksAlone(text: string, tokens: Token[], c: Candidate, order: EntityDraft[]): boolean {
  if (c.first !== c.last) return false;
  const word = tokens[c.first]!;
  let k = c.last + 1;
  if (tokens[k]?.pos === 'ADV') k++;
  // (or, in British usage, takes a plural verb: "Kingsmere have 10 points")
  const verb = tokens[k]?.lower ?? '';
  // (not the last of a list: "Dharwad, Hubballi and Belagavi have the land")
  const plural = PLURAL_AGREEMENT_VERBS.has(tokens[c.last + 1]?.lower ?? '') && !word.lower.endsWith('s') && !/^(and|or|,)$/.test(tokens[c.first - 1]?.lower ?? '');
  if ((!ORGANIZATION_SPEECH.has(verb) && !plural) || !/^\p{Lu}\p{Ll}/u.test(word.text) || word.pos !== 'PROPN' || TITLES.has(word.lower)) return false;
  if (hasLexTag(word.lower, 'FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'Honorific', 'Plural')) return false;
  // (a plural of an everyday word is a group of people: "Campaigners said")
  if (word.lower.endsWith('s') && isEnglishWord(word.lower.slice(0, -1))) return false;
  let properElsewhere = false;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower !== word.lower || j === c.first) continue;
    // written in lower case somewhere, it is a common word ("Police said … the police")
    if (t.text !== word.text) return false;
    // after a capitalised word, a surname ("Wade Tolliver" where "Wade" was not read as a name)
    const before = tokens[j - 1];
    if (before && /^\p{Lu}/u.test(before.text) && !/^(DET|ADP|PRON|CCONJ|SCONJ|ADV|NUM)$/.test(before.pos)) return false;
    if (!opensSentence(text, t.start)) properElsewhere = true;
  }
  // an everyday word must be a name elsewhere too ("Airbus said …; its all-Airbus fleet")
  if (isEnglishWord(word.lower) && !properElsewhere) return false;
  return !order.some((e) => e.type === 'PERSON' && e.words.includes(word.lower));
}

/**
 * "Pittsburgh (31-22) won 52 games", "San Diego traded him": where a team is named by its city and
 * nickname, the city alone with its record after it, or as the subject of a verb, is the team.
 * ("in Pittsburgh", "Pittsburgh's mayor" and "Pittsburgh residents" stay the place.)
 */
/** Is there a verb of transfer ("send", "traded") earlier in the sentence, before token k? */
function transferBefore(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i < 25; i--) {
    const t = tokens[i]!;
    if (/^[.!?]$/.test(t.text)) return false;
    if (TEAM_TRANSFER_VERBS.has(t.lower)) return true;
  }
  return false;
}

function cityAsTeam(text: string, tokens: Token[], order: EntityDraft[]): void {
  const teams = order.filter((e) => e.type === 'ORG' && e.words.length >= 2 && e.mentions.some((m) => m.rule === 'entities/place-and-nickname'));
  for (const team of teams) {
    const city = team.words.slice(0, -1).join(' ');
    if (teams.some((t) => t !== team && t.words.slice(0, -1).join(' ') === city)) continue;
    const place = order.find((e) => e.type !== 'ORG' && e.words.join(' ') === city);
    if (!place) continue;
    const moved = place.mentions.filter((m) => {
      const after = text.slice(m.end, m.end + 12);
      const next = tokens[m.last + 1];
      const before = tokens[m.first - 1]?.lower ?? '';
      // "played for Seattle", "beat Seattle", "swap picks with Seattle"; "sent him to Seattle" in a trade
      // ("will send San Diego a first-round pick": the team a trade sends to)
      if (TEAM_PREPOSITIONS.has(before) || TEAM_TRANSFER_VERBS.has(before)) return true;
      if (before === 'to' && transferBefore(tokens, m.first - 1)) return true;
      // "Seattle's payroll", "in Seattle's games" (not "Seattle's mayor"); "San Diego's 118-109 win":
      // a score after the possessive (a preposition before it governs the possessed noun)
      const possessed = /^['’]s\s+([\p{L}\d-]+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? '';
      const owned = TEAM_POSSESSIONS.has(possessed.toLowerCase()) || /^\d{1,3}-\d{1,3}$/.test(possessed);
      if (owned) return true;
      if (PLACE_PREPOSITIONS.has(before) || before === 'at') return false;
      // the subject of a verb: "Seattle traded", "Seattle will send", "Seattle wasn't going"
      // (not the object of "of": "the mayor of Seattle was pleased")
      const subject = (next?.pos === 'VERB' && /ed$/.test(next.lower)) || (next?.pos === 'AUX' && !/^['’]s$/.test(next.text) && before !== 'of');
      return /^\s*\(\d{1,3}-\d{1,3}\)/.test(after) || subject;
    });
    if (!moved.length) continue;
    for (const m of moved) team.mentions.push({ ...m, rule: 'entities/city-for-team' });
    place.mentions = place.mentions.filter((m) => !moved.includes(m));
    if (!place.mentions.length) order.splice(order.indexOf(place), 1);
  }
}
