/** Bytes to text: BOMs, UTF-16, invalid UTF-8 (with its byte offset), binary files. */
import { InputError } from '../errors.js';

/** Decode a file's bytes, or throw an InputError that says what is wrong and where. */
export function decodeBytes(file: string, bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, `binary file (NUL byte at byte offset ${nul}); presslens reads UTF-8 or UTF-16 text`);
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    throw new InputError(file, `invalid UTF-8 at byte offset ${at}; convert the file to UTF-8`);
  }
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n = 0;
    let min = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) (n = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (n = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (n = 3), (min = 0x10000);
    else return i;
    let cp = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (n > 0 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    i += n + 1;
  }
  return bytes.length;
}

/** NFC, `\n` line endings, no BOM; curly quotes are kept as they are. */
export function normaliseText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  t = t.replace(/\r\n?/g, '\n');
  return t.normalize('NFC');
}
