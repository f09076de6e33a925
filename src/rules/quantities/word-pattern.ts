/**
 * Global regexes that start with a lookbehind such as `(?<![\p{L}\d])`, made cheap to run. Each
 * pattern finds exactly the matches `text.matchAll(new RegExp(source, flags))` finds; two things
 * make that faster.
 *
 * 1. The lookbehind is reduced to ASCII. In unicode mode V8 runs a lookbehind whose class holds
 *    astral characters (`\p{L}`, `\p{N}`) slowly, at every position of the text. The regex is
 *    compiled with only the ASCII part of the class (a fixed-width test), and a match that
 *    follows a non-ASCII character is confirmed with the original lookbehind:
 *    - the ASCII class is the set of ASCII characters the original class matches, under the same
 *      flags, so before an ASCII character (or at the start of the text) both agree;
 *    - under `i` the ASCII class is a subset of the original class, so whatever it rejects the
 *      original rejects too (case folding only ever widens both alike);
 *    - a match the original lookbehind rejects is dropped and the scan resumes one character
 *      later, which is where the original scan would have gone on.
 *
 * 2. Patterns of one family (a stage) with the same flags are scanned together. Each text is
 *    scanned once by one regex, `(?<![common ASCII class])(?:(?<![class 1])body 1|…)`, restarted
 *    one character after each match, so that it stops at every position where at least one
 *    pattern can match; there each pattern's own sticky regex tells whether it matches (a union
 *    of one optional lookahead per pattern did the same, but took ~50 ms to compile for the dates
 *    stage, on the first document, and ran no faster). A pattern then tries only those positions,
 *    in order, skipping any inside its previous match, and so finds exactly the matches its own
 *    global scan finds (it can match nowhere else). One pass over the text instead of one per
 *    pattern is several times cheaper. The scan itself runs without the `i` flag over the text
 *    case-folded (see `foldCase` and `foldSource`), where that keeps every position.
 */

const LEADING_LOOKBEHIND = /^\(\?<!\[((?:\\.|[^\]\\])*)\]\)/;
/** A backreference: a body holding one cannot be moved into another regex. */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

export class WordPattern {
  /** The original regex, as written. */
  readonly source: string;
  readonly flags: string;
  /** The regex that scans the text: the original with its lookbehind reduced to ASCII. */
  private readonly scan: RegExp;
  /** The same, sticky: tried at the positions the group found. */
  private readonly sticky: RegExp;
  /** The original lookbehind, sticky, to confirm a match after a non-ASCII character (or null). */
  private readonly confirm: RegExp | null;
  private readonly unicode: boolean;
  /** The patterns scanned together with this one (null: scanned alone). */
  private readonly group: PatternGroup | null = null;
  /** The ASCII characters of the lookbehind class (char codes), and the rest of the source. */
  readonly asciiClass: ReadonlySet<number>;
  readonly body: string;

  /**
   * `source` as for `new RegExp`; `flags` must include `g`. Patterns of one `family` (and the
   * same flags) are scanned together: name the stage, so that its cost stays its own.
   */
  constructor(source: string, flags: string, family = '') {
    if (!flags.includes('g')) throw new TypeError('WordPattern needs the g flag');
    this.source = source;
    this.flags = flags;
    this.unicode = flags.includes('u') || flags.includes('v');
    const lead = LEADING_LOOKBEHIND.exec(source);
    const plain = flags.replace(/[gy]/g, '');
    if (!lead) {
      this.scan = new RegExp(source, flags);
      this.sticky = new RegExp(source, `${plain}y`);
      this.confirm = null;
      this.asciiClass = new Set();
      this.body = source;
      return;
    }
    const cls = lead[1]!;
    const member = new RegExp(`^[${cls}]$`, plain);
    const ascii = new Set<number>();
    for (let c = 0; c < 0x80; c++) if (member.test(String.fromCharCode(c))) ascii.add(c);
    this.asciiClass = ascii;
    this.body = source.slice(lead[0].length);
    const scanSource = `${lookbehind(ascii)}${this.body}`;
    this.scan = new RegExp(scanSource, flags);
    this.sticky = new RegExp(scanSource, `${plain}y`);
    this.confirm = new RegExp(`(?<![${cls}])`, `${plain}y`);
    if (ascii.size > 0 && !BACKREFERENCE.test(this.body)) {
      this.group = groupFor(family, flags);
      this.group.add(this);
    }
  }

  /**
   * Every match over the whole text, in order (as `text.matchAll` gives them). Lazy, so a huge
   * text's matches need not be held at once; safe to interleave with another scan of the same
   * pattern (the position is kept here, not in the shared regexes).
   */
  *matchAll(text: string): Generator<RegExpExecArray, void, undefined> {
    const starts = this.group?.startsFor(this, text) ?? null;
    if (starts === null) {
      yield* this.scanAlone(text);
      return;
    }
    const re = this.sticky;
    let pos = 0;
    for (const at of starts) {
      if (at < pos) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) throw new Error(`WordPattern: the group scan and /${this.source}/ disagree at ${at}`);
      if (!this.confirmed(text, at)) continue;
      pos = m[0] === '' ? this.advance(text, at) : at + m[0].length;
      yield m;
    }
  }

  /** The scan of this pattern on its own. */
  private *scanAlone(text: string): Generator<RegExpExecArray, void, undefined> {
    const re = this.scan;
    let pos = 0;
    while (pos <= text.length) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m === null) return;
      const at = m.index;
      if (!this.confirmed(text, at)) {
        pos = this.advance(text, at);
        continue;
      }
      pos = m[0] === '' ? this.advance(text, at) : at + m[0].length;
      yield m;
    }
  }

  /** Does the regex (its lookbehind reduced to ASCII) match at `at`? */
  matchesAt(text: string, at: number): boolean {
    this.sticky.lastIndex = at;
    return this.sticky.test(text);
  }

  /** Does the original lookbehind hold at `at` (given that its ASCII part does)? */
  private confirmed(text: string, at: number): boolean {
    const confirm = this.confirm;
    if (confirm === null || at === 0 || text.charCodeAt(at - 1) < 0x80) return true;
    confirm.lastIndex = at;
    return confirm.test(text);
  }

  /** The next index to try after `at` (a whole code point in unicode mode). */
  private advance(text: string, at: number): number {
    return nextIndex(text, at, this.unicode);
  }
}

/** A `WordPattern` for `source` with `flags`, scanned with the other patterns of `family`. */
export function wordPattern(source: string, flags: string, family: string): WordPattern {
  return new WordPattern(source, flags, family);
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (unicode && at + 1 < text.length) {
    const hi = text.charCodeAt(at);
    const lo = text.charCodeAt(at + 1);
    if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) return at + 2;
  }
  return at + 1;
}

/** `(?<![…])` for a set of ASCII char codes ('' for none). */
function lookbehind(ascii: ReadonlySet<number>): string {
  if (ascii.size === 0) return '';
  let cls = '';
  for (const c of [...ascii].sort((a, b) => a - b)) cls += `\\x${c.toString(16).padStart(2, '0')}`;
  return `(?<![${cls}])`;
}

/** The patterns of one family and set of flags, scanned together (see the top of this file). */
class PatternGroup {
  private readonly members: WordPattern[] = [];
  private readonly unicode: boolean;
  /** Stops at every position where some member may match (null: build before use). */
  private any: RegExp | null = null;
  /**
   * The same without the `i` flag, for the text case-folded (null: none could be made). Under `i`
   * and `u` V8 compiles every letter as its class of case variants: the dates stage's union took
   * ~45 ms to compile on the first document, and ~7 ms without `i`, and scans a fifth faster.
   */
  private anyFolded: RegExp | null | undefined;
  private lastText: string | null = null;
  private lastStarts: number[][] = [];

  constructor(private readonly flags: string) {
    this.unicode = flags.includes('u') || flags.includes('v');
  }

  add(p: WordPattern): void {
    this.members.push(p);
    this.any = null;
    this.anyFolded = undefined;
    this.sourceCache = null;
    this.lastText = null;
  }

  /** The positions where `p` may match in `text`, ascending; null when `p` is best scanned alone. */
  startsFor(p: WordPattern, text: string): readonly number[] | null {
    if (this.members.length < 2) return null;
    const i = this.members.indexOf(p);
    if (i < 0) return null;
    if (text !== this.lastText) {
      this.lastStarts = this.findStarts(text);
      this.lastText = text;
    }
    return this.lastStarts[i]!;
  }

  private findStarts(text: string): number[][] {
    const source = this.anySource();
    if (this.anyFolded === undefined) {
      const folded = this.flags.includes('i') ? foldSource(source) : null;
      this.anyFolded = folded === null ? null : new RegExp(folded, this.flags.replace(/[gyi]/g, '') + 'g');
    }
    // the folded text has one code unit for each of the text's (else the original scan runs)
    const foldedText = this.anyFolded ? foldCase(text) : null;
    let any: RegExp;
    let scanned = text;
    if (this.anyFolded && foldedText !== null) {
      any = this.anyFolded;
      scanned = foldedText;
    } else any = this.any ??= new RegExp(source, `${this.flags.replace(/[gy]/g, '')}g`);
    const members = this.members;
    const n = members.length;
    const starts: number[][] = Array.from({ length: n }, () => []);
    let pos = 0;
    while (pos <= text.length) {
      any.lastIndex = pos;
      const m = any.exec(scanned);
      if (m === null) break;
      const at = m.index;
      // (the folded scan may stop where no member matches: each member's own regex decides)
      for (let k = 0; k < n; k++) if (members[k]!.matchesAt(text, at)) starts[k]!.push(at);
      pos = nextIndex(text, at, this.unicode);
    }
    return starts;
  }

  private sourceCache: string | null = null;
  /** The union of the members, to scan with (see the top of this file). */
  private anySource(): string {
    if (this.sourceCache !== null) return this.sourceCache;
    // the lookbehind every member passes: the characters all their classes hold
    const shared = new Set<number>(this.members[0]?.asciiClass ?? []);
    for (const p of this.members) for (const c of [...shared]) if (!p.asciiClass.has(c)) shared.delete(c);
    const bodies = this.members.map((p) => {
      const own = [...p.asciiClass].some((c) => !shared.has(c)) ? lookbehind(p.asciiClass) : '';
      return `${own}${nonCapturing(p.body)}`;
    });
    // consuming rather than a lookahead lets V8 skip ahead on the bodies' first characters; the
    // scan restarts one character after each position it finds, so none is passed over
    this.sourceCache = `${lookbehind(shared)}(?:${bodies.map((b) => `(?:${b})`).join('|')})`;
    return this.sourceCache;
  }
}

/**
 * The text case-folded as a case-insensitive regex compares letters, one code unit for one (null
 * when lower-casing changes the length, as "İ" does): lower case, and the long s as "s" (the one
 * letter whose lower case is not its folded form that can match an ASCII letter; the Kelvin sign
 * lower-cases to "k").
 */
export function foldCase(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

const CASED_PROPERTY = /^\\[pP]\{(?!(?:L|Letter|N|Number|Nd|P|S|Z|M)\})/;

/**
 * A regex source without the `i` flag that matches, in the case-folded text (`foldCase`), at least
 * where the source with `i` matches in the text: its ASCII letters (also as \x or \u escapes) in
 * lower case. Null when that cannot be promised: a property escape that depends on case
 * (\p{Lu}), a range from a letter to a non-letter, a cased letter outside ASCII, a control escape.
 */
export function foldSource(source: string): string | null {
  let out = '';
  let inClass = false;
  const upper = (c: string): boolean => c >= 'A' && c <= 'Z';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const rest = source.slice(i);
      if (CASED_PROPERTY.test(rest) || rest.startsWith('\\c') || rest.startsWith('\\u{')) return null;
      const hex = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/.exec(rest);
      if (hex) {
        const code = parseInt(hex[1] ?? hex[2]!, 16);
        const folded = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
        out += hex[1] !== undefined ? `\\x${folded.toString(16).padStart(2, '0')}` : `\\u${folded.toString(16).padStart(4, '0')}`;
        i += hex[0].length - 1;
      } else {
        const braced = /^\\[pPk][{<][^}>]*[}>]/.exec(rest);
        const escape = braced ? braced[0] : rest.slice(0, 2);
        out += escape;
        i += escape.length - 1;
      }
      continue;
    }
    if (inClass && c === '-' && source[i + 1] !== ']' && out.length > 0 && !out.endsWith('[') && !out.endsWith('[^')) {
      const from = source[i - 1]!;
      const to = source[i + 1]!;
      if (upper(from) !== upper(to) && (/[A-Za-z]/.test(from) || /[A-Za-z]/.test(to))) return null;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c > '\x7f' && (c.toLowerCase() !== c || c.toUpperCase() !== c)) return null;
    out += upper(c) ? c.toLowerCase() : c;
  }
  return out;
}

/**
 * A regex body with every group made non-capturing (`(x)`, `(?<name>x)` → `(?:x)`), so bodies can
 * be joined into one regex: group names would clash, and captures would shift the numbering.
 * Escapes and character classes are passed over; lookarounds are kept.
 */
function nonCapturing(body: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      out += body.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && body[i + 1] !== '?') {
      out += '(?:';
    } else if (c === '(' && body[i + 2] === '<' && body[i + 3] !== '=' && body[i + 3] !== '!') {
      const close = body.indexOf('>', i);
      out += '(?:';
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

const GROUPS = new Map<string, PatternGroup>();
function groupFor(family: string, flags: string): PatternGroup {
  const sorted = [...flags].sort().join('');
  const key = `${family}/${sorted}`;
  let g = GROUPS.get(key);
  if (!g) {
    g = new PatternGroup(sorted);
    GROUPS.set(key, g);
  }
  return g;
}
