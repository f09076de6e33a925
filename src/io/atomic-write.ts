/**
 * Write a file so that readers see the old content or the new, never a half-written one: the data
 * goes to a hidden temporary file next to the target (same file system), is flushed to disk, then
 * renamed over the target. A failed write removes its temporary file; a killed process can leave
 * one behind, which `removeStaleTemps` clears at the start of the next run.
 */
import { mkdir, open, opendir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** `.<name>.<pid>.<n>.tmp`: hidden, and naming the process that wrote it. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeAtomicWith(path, (handle) => (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data)));
}

/** Like writeFileAtomic, for content written in pieces: `write` fills the temporary file. */
export async function writeAtomicWith(path: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    const handle = await open(tmp, 'w');
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** A temporary file of a writer (this module's, or a stream's `<name>.<pid>.tmp`): its pid. */
const TEMP = /\.(\d+)(?:\.\d+)?\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove, under `dir`, the temporary files of writers that no longer run (a run killed with
 * SIGKILL or by a power cut). Returns the paths removed. A missing directory is no error.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const removed: string[] = [];
  let handle;
  try {
    handle = await opendir(dir);
  } catch {
    return removed;
  }
  for await (const entry of handle) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) removed.push(...(await removeStaleTemps(full)));
    else if (entry.isFile()) {
      const m = TEMP.exec(entry.name);
      if (m && !alive(Number(m[1]))) {
        await rm(full, { force: true });
        removed.push(full);
      }
    }
  }
  return removed;
}
