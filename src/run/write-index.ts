/**
 * index.json written entry by entry: the same bytes as `JSON.stringify(index, null, 2)`, without
 * ever holding the whole text (a run of a million documents would need a string of a gigabyte).
 */
import { writeAtomicWith } from '../io/atomic-write.js';

export interface IndexJson {
  pipeline: unknown;
  documents: readonly unknown[];
  run: unknown;
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  // JSON text has no raw newlines inside strings, so every newline starts a line to indent.
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** The text of the index in pieces, in order; joined they equal `JSON.stringify(index, null, 2) + "\n"`. */
export function* indexJsonPieces(index: IndexJson): Generator<string> {
  yield `{\n  "pipeline": ${nested(index.pipeline, 1)},\n  "documents": `;
  if (!index.documents.length) yield '[]';
  else {
    yield '[\n';
    let first = true;
    for (const d of index.documents) {
      yield `${first ? '' : ',\n'}    ${nested(d, 2)}`;
      first = false;
    }
    yield '\n  ]';
  }
  yield `,\n  "run": ${nested(index.run, 1)}\n}\n`;
}

/** Write the index atomically (a temporary file renamed into place), in chunks of about 1 MB. */
export async function writeIndexJson(path: string, index: IndexJson): Promise<void> {
  await writeAtomicWith(path, async (handle) => {
    let chunk = '';
    for (const piece of indexJsonPieces(index)) {
      chunk += piece;
      if (chunk.length >= 1 << 20) {
        await handle.write(chunk);
        chunk = '';
      }
    }
    await handle.write(chunk);
  });
}
