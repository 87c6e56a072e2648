/** Bad input to the CLI: printed as one line (or one per problem), exit code 2, no output file. */
export class UsageError extends Error {}
