/** Every error presslens throws on purpose is a PresslensError with a literal `name`. */
export class PresslensError extends Error {
  override name: string = 'PresslensError';
}

/** An error about one file: its message starts with the file's name. */
export class FileError extends PresslensError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** A document that cannot be annotated (unreadable, empty, binary, too large...). */
export class InputError extends FileError {
  override name = 'InputError' as const;
}

/** A pipeline whose stages do not fit together (a read no earlier stage writes, a layer written twice). */
export class PipelineError extends PresslensError {
  override name = 'PipelineError' as const;
}

/** An annotation that breaks the contract: span out of bounds, text mismatch, dangling id. */
export class InvariantError extends PresslensError {
  override name = 'InvariantError' as const;
  constructor(readonly problems: string[]) {
    super(`document violates the annotation contract: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  }
}

/** Wrong command-line usage; the CLI exits with 2. */
export class UsageError extends PresslensError {
  override name = 'UsageError' as const;
}
