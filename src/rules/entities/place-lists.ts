/**
 * "terminals in Fort Worth, Midland and Odessa": in a list of names after a place preposition,
 * joined by commas and a final "and" or "or", a capitalised word of unknown kind listed with a
 * place is a place too. Runs after every run is classified, before mentions are linked; a name
 * typed by a rule of its own keeps its type.
 */
import type { Token } from '../../document.js';
import type { Candidate } from './classify-name.js';
import { PLACE_PREPOSITIONS, STRONG_PLACE_PREPOSITIONS } from './lexicons.js';

const WORD = /^\p{Lu}\p{L}+$/u;

/** Types unknown candidates listed with a place as places (in place; `candidates` sorted by start). */
export function typePlaceLists(tokens: readonly Token[], candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const head = candidates[i]!;
    const lead = tokens[head.first - 1]?.lower ?? '';
    if (!PLACE_PREPOSITIONS.has(lead) && !STRONG_PLACE_PREPOSITIONS.has(lead)) continue;
    // the list: names joined by ",", "and", "or", ", and"; it must close with "and" or "or"
    const members = [head];
    let closed = false;
    for (let j = i + 1; j < candidates.length && !closed; j++) {
      const prev = members[members.length - 1]!;
      const c = candidates[j]!;
      const links = tokens.slice(prev.last + 1, c.first).map((t) => t.lower).join(' ');
      if (links === ',') members.push(c);
      else if (links === 'and' || links === 'or' || links === ', and' || links === ', or') {
        members.push(c);
        closed = true;
      } else break;
    }
    if (!closed) continue;
    if (!members.some((m) => m.type === 'PLACE')) continue;
    for (const m of members) {
      if (m.type !== null || m.rule !== 'entities/capitalised' || m.first !== m.last || !WORD.test(tokens[m.first]!.text)) continue;
      m.type = 'PLACE';
      m.rule = 'entities/place-in-list';
    }
    i += members.length - 1;
  }
}
