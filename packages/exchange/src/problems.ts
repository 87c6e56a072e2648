/** One thing wrong with an input file: which file, where (line, field path), what was expected. */
export interface ImportProblem {
  readonly file: string;
  readonly line?: number;
  /** Field path in the file's JSON, e.g. `stories[3].tags.terms[0]`. */
  readonly path?: string;
  readonly message: string;
}

/** `export.json:9: stories[3].tags.terms[0]: unknown term id 'x'`: the form compilers and linters use. */
export const formatProblem = (p: ImportProblem): string =>
  `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.path ? `${p.path}: ` : ''}${p.message}`;

/** A file that cannot be imported, with every problem found (up to a limit). Nothing of it is used. */
export class ImportError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ImportError';
  }
}

/** A zod issue path as it reads in JSON: `stories[3].tags.terms[0]`. */
export function pathString(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}
