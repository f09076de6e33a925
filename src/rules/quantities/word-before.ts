/**
 * "The word before an offset", found by scanning backwards instead of running an unanchored
 * `/([word chars]+)\s*$/u` over the 40 characters before it (which tries every start position).
 *
 * `wordRunBefore(text, start, word, space)` returns exactly what
 * `new RegExp(`([${word}]+)${space}*$`, 'u').exec(text.slice(Math.max(0, start - 40), start))?.[1]`
 * returns (or '' for no match), provided no character of the `word` class is in the `space` class:
 * the word must then end exactly where the trailing spaces begin, and it starts where the run of
 * word characters before that point starts. Code points are read as the regex reads them inside
 * the slice (a surrogate pair cut by the slice's start is a lone surrogate there).
 */

/** A test for one code point, against a regex character class in unicode mode. */
export interface CharTest {
  (cp: number): boolean;
}

/** A code point test for the class `[cls]` (unicode mode), with an ASCII table for speed. */
export function charClass(cls: string): CharTest {
  const re = new RegExp(`^[${cls}]$`, 'u');
  const ascii = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return (cp) => (cp < 0x80 ? ascii[cp] === 1 : re.test(String.fromCodePoint(cp)));
}

/** How far back the word is looked for. */
const WINDOW = 40;

/** The word run before `start` (an offset into `text`), as described above. */
export function wordRunBefore(text: string, start: number, word: CharTest, space: CharTest): string {
  const end = Math.min(Math.max(0, start), text.length);
  const lo = Math.min(Math.max(0, start - WINDOW), end);
  let w = end;
  // trailing spaces: every `\s` and `[ \t]` character is in the BMP and never a surrogate
  while (w > lo && space(text.charCodeAt(w - 1))) w--;
  let j = w;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    let cp = c;
    let len = 1;
    if (c >= 0xdc00 && c <= 0xdfff && j - 2 >= lo) {
      const hi = text.charCodeAt(j - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) {
        cp = (hi - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    if (!word(cp)) break;
    j -= len;
  }
  return j < w ? text.slice(j, w) : '';
}
