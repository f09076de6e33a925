/** JSON Lines read as bytes arrive: each line alone, whatever the chunking; bad bytes fail only their line. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonlLines, type JsonlLine } from '../../src/run/jsonl-lines.js';

async function read(chunks: Array<string | Uint8Array>): Promise<JsonlLine[]> {
  const out: JsonlLine[] = [];
  for await (const l of jsonlLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c)))))) out.push(l);
  return out;
}

const ok = (line: string, lineNumber: number): JsonlLine => ({ ok: true, line, lineNumber });
const bytes = (...parts: Array<string | number[]>): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('jsonlLines', () => {
  const rows: Array<[string, Array<string | Uint8Array>, JsonlLine[]]> = [
    ['one chunk, final newline', ['{"a":1}\n{"b":2}\n'], [ok('{"a":1}', 1), ok('{"b":2}', 2)]],
    ['no final newline', ['{"a":1}\n{"b":2}'], [ok('{"a":1}', 1), ok('{"b":2}', 2)]],
    ['CRLF line ends', ['{"a":1}\r\n{"b":2}\r\n'], [ok('{"a":1}', 1), ok('{"b":2}', 2)]],
    ['blank lines keep their numbers', ['\n{"a":1}\n\n'], [ok('', 1), ok('{"a":1}', 2), ok('', 3)]],
    ['a line split over three chunks', ['{"te', 'xt":"ab', 'c"}\n{}'], [ok('{"text":"abc"}', 1), ok('{}', 2)]],
    ['a UTF-8 BOM before the first line', [bytes([0xef, 0xbb, 0xbf], '{"a":1}\n')], [ok('{"a":1}', 1)]],
    ['a character split between chunks', [bytes('{"t":"caf', [0xc3]), bytes([0xa9], '"}\n')], [ok('{"t":"café"}', 1)]],
    [
      'invalid UTF-8 fails its line only, with the byte offset in the stream',
      [bytes('{"a":1}\n{"t":"', [0xff], '"}\n{"b":2}\n')],
      [ok('{"a":1}', 1), { ok: false, lineNumber: 2, message: 'line 2: invalid UTF-8 at byte offset 14; convert the file to UTF-8' }, ok('{"b":2}', 3)],
    ],
    [
      'a NUL byte fails its line as binary',
      [bytes('{"a":1}\n', [0x00, 0x01], '\n')],
      [ok('{"a":1}', 1), { ok: false, lineNumber: 2, message: 'line 2: binary data (NUL byte at byte offset 8); presslens reads UTF-8 text' }],
    ],
    ['an empty stream has no lines', [], []],
  ];
  it.each(rows)('%s', async (_name, chunks, expected) => {
    expect(await read(chunks)).toEqual(expected);
  });
});
