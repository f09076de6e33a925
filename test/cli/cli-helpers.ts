/**
 * Running the built CLI as a user does: `node dist/cli.js ...` in a child process. `npm test`
 * builds first; a missing or stale dist/ is rebuilt once (under a lock) before the first spawn.
 * PRESSLENS_CLI may point at another build (e.g. a private one while developing).
 */
import { spawn, execFileSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = process.env['PRESSLENS_CLI'] ?? join(ROOT, 'dist', 'cli.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function fresh(): boolean {
  return existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(join(ROOT, 'src'));
}

/** Build dist/ unless it is newer than every source file. Several test files may ask at once. */
export async function ensureBuilt(): Promise<void> {
  if (process.env['PRESSLENS_CLI'] || fresh()) return;
  const lock = join(ROOT, 'dist.build-lock');
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (fresh()) return;
      if (waited > 180_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  uid?: number;
  gid?: number;
}

/** Start the CLI; the caller owns the child (for kill tests). */
export function startCli(args: readonly string[], options: CliOptions = {}): ChildProcess {
  const spawnOptions: SpawnOptions = { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } };
  if (options.uid !== undefined) spawnOptions.uid = options.uid;
  if (options.gid !== undefined) spawnOptions.gid = options.gid;
  return spawn(process.execPath, [CLI, ...args], spawnOptions);
}

/** Run the CLI to the end and collect its exit code and output. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = startCli(args, options);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin!.on('error', () => {});
    child.stdin!.end(options.input ?? '');
  });
}

const created: string[] = [];
// Registered while the importing test file is collected: its temp dirs go when it is done.
afterAll(() => {
  if (process.env['PRESSLENS_KEEP_TEMP']) return;
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system temp dir, removed when the test file is done (unless PRESSLENS_KEEP_TEMP is set). */
export function tempDir(prefix = 'presslens-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Every file under dir, as sorted relative paths with '/' separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readJsonl<T = unknown>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export interface IndexJson {
  pipeline: { version: string };
  documents: Array<{ key: string; id: string | null; source: string; output: string | null; counts: Record<string, number> | null; error: string | null; skipped?: boolean }>;
  run: { succeeded: number; failed: number; skipped: number; interrupted: boolean; [k: string]: unknown };
}

export interface ErrorRecord {
  key: string;
  source: string;
  error: string;
}
