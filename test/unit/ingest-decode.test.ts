/** Bytes to text: BOM, CRLF, NFC, UTF-16, and the bad inputs that must be named precisely. */
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8, normaliseText } from '../../src/ingest/decode.js';
import { DEFAULT_MAX_CHARS, ingestBytes } from '../../src/ingest/ingest.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + i * 2);
  }
  return out;
}

function text(file: string, bytes: Uint8Array): string {
  const [r] = ingestBytes(file, 'key', bytes);
  if (!r?.ok) throw new Error(r ? r.error.message : 'no result');
  return r.document.text;
}
function error(file: string, bytes: Uint8Array, options = {}): string {
  const [r] = ingestBytes(file, 'key', bytes, options);
  if (!r || r.ok) throw new Error('expected an error');
  return r.error.message;
}

describe('normalisation', () => {
  it.each<[string, string, string]>([
    ['UTF-8 BOM removed', '\ufeffHello.', 'Hello.'],
    ['CRLF to LF', 'One.\r\nTwo.\r\n', 'One.\nTwo.\n'],
    ['lone CR to LF', 'One.\rTwo.', 'One.\nTwo.'],
    ['NFC: e + combining acute is é', 'Cafe\u0301', 'Caf\u00e9'],
    ['NFC: Angstrom sign', '\u212b', '\u00c5'],
    ['curly quotes kept', '“Yes,” she said, ‘no’.', '“Yes,” she said, ‘no’.'],
    ['emoji kept', 'Fire 🔥 here.', 'Fire 🔥 here.'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
    expect(text('a.txt', utf8(input)).replace(/\n$/, '')).toBe(expected.replace(/\n$/, ''));
  });

  it('CRLF files with front matter are read like LF ones', () => {
    const [r] = ingestBytes('a.txt', 'key', utf8('\ufeff---\r\ntitle: T\r\ndate: 2025-01-01\r\n---\r\nBody.\r\n'));
    expect(r).toMatchObject({ ok: true, document: { title: 'T', date: '2025-01-01', text: 'Body.\n' } });
  });
});

describe('encodings', () => {
  it.each(['le', 'be'] as const)('UTF-16 %s with BOM is decoded', (endian) => {
    expect(text('a.txt', utf16('“Hi,” he said. Café.', endian))).toBe('“Hi,” he said. Café.');
  });

  it('UTF-16 JSON is decoded', () => {
    expect(text('a.json', utf16('{"text":"Body."}', 'le'))).toBe('Body.');
  });

  it.each<[string, number[], number]>([
    ['a lone continuation byte', [0x41, 0x42, 0x80, 0x43], 2],
    ['a truncated 2-byte sequence', [0x41, 0xc3, 0x28], 1],
    ['an overlong encoding', [0x41, 0x41, 0x41, 0xc0, 0xaf], 3],
    ['a UTF-16 surrogate encoded in UTF-8', [0x41, 0xed, 0xa0, 0x80], 1],
    ['Latin-1 é', [0x63, 0x61, 0x66, 0xe9, 0x20, 0x61], 3],
    ['a truncated 4-byte sequence at the end', [0x41, 0xf0, 0x9f, 0x98], 1],
  ])('invalid UTF-8 (%s) is reported at its byte offset', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
    expect(error('a.txt', Uint8Array.from(bytes))).toBe(`a.txt: invalid UTF-8 at byte offset ${offset}; convert the file to UTF-8`);
  });

  it('the byte offset counts the BOM', () => {
    expect(error('a.txt', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff]))).toMatch(/at byte offset 4;/);
  });

  it('valid UTF-8 has no invalid offset', () => {
    const bytes = utf8('plain, é, “”, 🔥, 中文');
    expect(firstInvalidUtf8(bytes)).toBe(bytes.length);
    expect(() => decodeBytes('a.txt', bytes)).not.toThrow();
  });

  it('a NUL byte means binary: reported with its offset', () => {
    expect(error('a.txt', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe('a.txt: binary file (NUL byte at byte offset 4); presslens reads UTF-8 or UTF-16 text');
  });
});

describe('empty and oversized', () => {
  it.each<[string, string, RegExp]>([
    ['an empty file', '', /a\.txt: the article text is empty/],
    ['whitespace only', ' \n\t\r\n\u00a0 ', /a\.txt: the article text is only whitespace/],
    ['an empty Markdown file after markup removal', '```\ncode only\n```\n', /a\.md: the article text is/],
  ])('%s is an error', (_name, content, message) => {
    const file = message.source.startsWith('a\\.md') ? 'a.md' : 'a.txt';
    expect(error(file, utf8(content))).toMatch(message);
  });

  it('an article over --max-chars is an error giving both numbers', () => {
    expect(error('a.txt', utf8('x'.repeat(101)), { maxChars: 100 })).toBe('a.txt: the article has 101 characters, over --max-chars 100');
    expect(text('a.txt', utf8('x'.repeat(100)))).toHaveLength(100);
  });

  it('the default --max-chars is 2,000,000', () => {
    expect(DEFAULT_MAX_CHARS).toBe(2_000_000);
  });
});
