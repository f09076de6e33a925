#!/usr/bin/env node
/** argv → command. No NLP logic lives here. */
import { PresslensError, UsageError } from './errors.js';
import { PIPELINE_VERSION } from './version.js';

const HELP = `presslens ${PIPELINE_VERSION}: who said what in news articles, and whether each source is named or anonymous

usage: presslens <command> [options]

commands:
  annotate <inputs...>   annotate articles (txt, md, html, json, jsonl) into JSON   (presslens annotate --help)
  view <json|dir>        HTML view of annotated articles, plus index.html           (presslens view --help)
  export --to label-studio|brat <json|dir>   tasks for correcting in Label Studio, or brat standoff
  export --from label-studio <export.json>   corrected Label Studio annotations → gold for eval
  eval --gold <file|dir> [--pred DIR]        precision/recall/F1 against gold          (presslens eval --help)
`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  annotate: async () => (await import('./commands/annotate-command.js')).annotateCommand,
  view: async () => (await import('./commands/view-command.js')).viewCommand,
  export: async () => (await import('./commands/export-command.js')).exportCommand,
  eval: async () => (await import('./commands/eval-command.js')).evalCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${PIPELINE_VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`presslens: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  let command: Command;
  try {
    command = await load();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      process.stderr.write(`presslens: the "${name}" command is not available in this build\n`);
      return 2;
    }
    throw e;
  }
  try {
    return await command(rest);
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`presslens ${name}: ${(e as Error).message}\n`);
      return 2;
    }
    if (e instanceof PresslensError) {
      process.stderr.write(`presslens ${name}: ${e.name}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`presslens: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
