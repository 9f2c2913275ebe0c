import type { Config } from '../platform/config.ts';

export type Command = {
  name: string;
  summary: string;
  help?: string;
  /** Resolves to the exit code; -1 means "keep running" (the server). */
  run(args: string[], config: Config): Promise<number>;
};

/** A mistake the person at the terminal can fix: printed without a stack trace. */
export class CliError extends Error {}
