/** Bad input to the CLI: printed as one line, exit code 2, nothing written to stdout. */
export class UsageError extends Error {}
