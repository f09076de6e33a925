/** Atomic writes: readers see the old file or the new one; a failed write leaves nothing behind. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failAfter = vi.hoisted(() => ({ bytes: -1 }));

// open() hands out file handles whose writeFile writes part of the data and then fails, when asked.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (failAfter.bytes < 0) return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writeFile') {
            return async (data: string) => {
              await target.writeFile(data.slice(0, failAfter.bytes));
              throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            };
          }
          const v = Reflect.get(target, prop, receiver) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    },
  };
});

const { removeStaleTemps, tempPathFor, writeFileAtomic } = await import('../../src/io/atomic-write.js');

const dir = (): string => mkdtempSync(join(tmpdir(), 'presslens-atomic-'));

afterEach(() => {
  failAfter.bytes = -1;
});

describe('writeFileAtomic', () => {
  it('writes the file, creating directories, and leaves no temporary file', async () => {
    const d = dir();
    await writeFileAtomic(join(d, 'a/b/doc.json'), '{"ok":true}\n');
    expect(readFileSync(join(d, 'a/b/doc.json'), 'utf8')).toBe('{"ok":true}\n');
    expect(readdirSync(join(d, 'a/b'))).toEqual(['doc.json']);
  });

  it('replaces an existing file whole', async () => {
    const d = dir();
    writeFileSync(join(d, 'doc.json'), 'old content that is longer than the new one');
    await writeFileAtomic(join(d, 'doc.json'), 'new');
    expect(readFileSync(join(d, 'doc.json'), 'utf8')).toBe('new');
  });

  it('a write that fails half-way leaves the old file as it was and no temporary file', async () => {
    const d = dir();
    writeFileSync(join(d, 'doc.json'), '{"version":1}\n');
    failAfter.bytes = 5;
    await expect(writeFileAtomic(join(d, 'doc.json'), '{"version":2,"long":"........"}\n')).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(join(d, 'doc.json'), 'utf8')).toBe('{"version":1}\n');
    expect(readdirSync(d)).toEqual(['doc.json']);
  });

  it('a write that fails half-way on a new file leaves no file at all', async () => {
    const d = dir();
    failAfter.bytes = 3;
    await expect(writeFileAtomic(join(d, 'new.json'), '{"a":1}')).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('a rename that fails (the target is a directory) leaves no temporary file', async () => {
    const d = dir();
    mkdirSync(join(d, 'doc.json'));
    await expect(writeFileAtomic(join(d, 'doc.json'), 'x')).rejects.toThrow();
    expect(readdirSync(d)).toEqual(['doc.json']);
  });

  it('temporary files are hidden and name the writing process', () => {
    expect(tempPathFor('/out/a/doc.json')).toMatch(new RegExp(`^/out/a/\\.doc\\.json\\.${process.pid}\\.\\d+\\.tmp$`));
  });
});

describe('removeStaleTemps', () => {
  it('removes temporary files of dead processes, keeps live ones and real outputs', async () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: never a live process
    const files = {
      stale: join(d, 'sub', `.doc.json.${deadPid}.3.tmp`),
      staleStream: join(d, `annotations.jsonl.${deadPid}.tmp`),
      mine: join(d, `.other.json.${process.pid}.1.tmp`),
      output: join(d, 'sub', 'doc.json'),
    };
    for (const f of Object.values(files)) writeFileSync(f, 'x');
    expect((await removeStaleTemps(d)).sort()).toEqual([files.staleStream, files.stale].sort());
    expect(readdirSync(d).sort()).toEqual([`.other.json.${process.pid}.1.tmp`, 'sub']);
    expect(readdirSync(join(d, 'sub'))).toEqual(['doc.json']);
  });

  it('a missing directory is no error', async () => {
    expect(await removeStaleTemps(join(dir(), 'nope'))).toEqual([]);
  });
});
