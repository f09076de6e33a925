/**
 * The lines of a JSON Lines byte stream, read as they arrive: a file of a million records costs
 * the memory of one line. Bytes are split at `\n` before decoding, so a line that is not UTF-8 (or
 * holds a NUL byte) fails alone, naming its line number and byte offset, and the others go on.
 */
import type { Readable } from 'node:stream';

export type JsonlLine =
  | { ok: true; line: string; lineNumber: number }
  | { ok: false; lineNumber: number; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeLine(bytes: Buffer, lineNumber: number, offset: number): JsonlLine {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  let start = 0;
  if (lineNumber === 1 && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start, end);
  const nul = body.indexOf(0);
  if (nul >= 0) return { ok: false, lineNumber, message: `line ${lineNumber}: binary data (NUL byte at byte offset ${offset + start + nul}); presslens reads UTF-8 text` };
  try {
    return { ok: true, line: decoder.decode(body), lineNumber };
  } catch {
    return { ok: false, lineNumber, message: `line ${lineNumber}: invalid UTF-8 at byte offset ${offset + start + firstInvalid(body)}; convert the file to UTF-8` };
  }
}

function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(0, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return bytes.length;
}

/** Every line of the stream, blank ones included (callers skip them), numbered from 1. */
export async function* jsonlLines(input: Readable | AsyncIterable<Uint8Array | string>): AsyncGenerator<JsonlLine> {
  // Pieces of the line not yet ended: a line longer than a chunk is joined once, at its end.
  let carry: Buffer[] = [];
  let lineNumber = 0;
  let offset = 0;
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, from)) {
      let bytes = buf.subarray(from, nl);
      if (carry.length) {
        bytes = Buffer.concat([...carry, bytes]);
        carry = [];
      }
      lineNumber++;
      yield decodeLine(bytes, lineNumber, offset);
      offset += bytes.length + 1;
      from = nl + 1;
    }
    // Copy the tail: keeping a view would pin the whole chunk.
    if (from < buf.length) carry.push(Buffer.from(buf.subarray(from)));
  }
  if (carry.length) {
    const bytes = Buffer.concat(carry);
    lineNumber++;
    yield decodeLine(bytes, lineNumber, offset);
  }
}
