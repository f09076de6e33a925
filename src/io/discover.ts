/**
 * Expand command-line inputs (files, directories, globs) to input files, streamed in a stable
 * order. Each file carries its key: its path relative to the input root, without extension.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { INPUT_EXTENSIONS } from '../ingest/ingest.js';

export interface InputFile {
  path: string;
  key: string;
}

/** A problem met while discovering (a missing path, a symlink loop, an unreadable directory). */
export interface DiscoveryProblem {
  path: string;
  message: string;
}

const KNOWN = new Set<string>(INPUT_EXTENSIONS);

function keyOf(root: string, file: string): string {
  const rel = relative(root, file) || basename(file);
  const ext = extname(rel);
  return (ext ? rel.slice(0, -ext.length) : rel).split(sep).join('/');
}

function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** A RegExp for a glob: `**` crosses directories, `*` and `?` do not, `{a,b}` alternates. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.includes('(?:')) re += '|';
    else re += c.replace(/[.+^$()|\\[\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function* walk(dir: string, root: string, seen: Set<string>, problems: DiscoveryProblem[], all: boolean): AsyncGenerator<InputFile> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    problems.push({ path: dir, message: `cannot resolve: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  if (seen.has(real)) {
    problems.push({ path: dir, message: 'symlink loop: this directory was already visited' });
    return;
  }
  seen.add(real);
  let names: string[] = [];
  try {
    const handle = await opendir(dir);
    for await (const entry of handle) names.push(entry.name);
  } catch (e) {
    problems.push({ path: dir, message: `cannot read directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  names = names.filter((n) => !n.startsWith('.')).sort();
  for (const name of names) {
    const full = join(dir, name);
    let info;
    try {
      info = await stat(full);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ path: full, message: code === 'ELOOP' ? 'symlink loop' : `cannot stat: ${code ?? (e as Error).message}` });
      continue;
    }
    if (info.isDirectory()) yield* walk(full, root, seen, problems, all);
    else if (info.isFile() && (all || KNOWN.has(extname(name).toLowerCase())) && !name.endsWith('.gold.json')) yield { path: full, key: keyOf(root, full) };
  }
}

/**
 * Input files of the given arguments. Directories are walked recursively and yield only files with
 * a known extension (gold files excluded); a file named explicitly is always yielded, so an unknown
 * extension becomes an error for that file.
 */
export async function* discoverInputs(args: readonly string[], problems: DiscoveryProblem[]): AsyncGenerator<InputFile> {
  for (const arg of args) {
    if (isGlob(arg)) {
      const parts = arg.split('/');
      const staticParts: string[] = [];
      for (const part of parts) {
        if (isGlob(part)) break;
        staticParts.push(part);
      }
      const base = staticParts.join('/') || '.';
      const re = globToRegExp(arg.startsWith('./') ? arg.slice(2) : arg);
      let matched = 0;
      for await (const f of walk(base, base, new Set(), problems, false)) {
        const rel = (f.path.startsWith('./') ? f.path.slice(2) : f.path).split(sep).join('/');
        if (re.test(rel)) {
          matched++;
          yield f;
        }
      }
      if (!matched) problems.push({ path: arg, message: 'no input matches this pattern' });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ path: arg, message: code === 'ENOENT' ? 'no such file or directory' : code === 'ELOOP' ? 'symlink loop' : `cannot stat: ${code}` });
      continue;
    }
    if (info.isDirectory()) yield* walk(arg, arg, new Set(), problems, false);
    else yield { path: arg, key: keyOf(dirname(arg), arg) };
  }
}
