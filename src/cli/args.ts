/**
 * The command line as words: a command, positional arguments and --flags. Each command says which
 * flags it takes and whether they carry a value; anything else is a usage error (exit 2).
 */
import { PmoInputError } from "../engine/errors";

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  /** Flag -> values given (a flag without a value gets "true"). */
  flags: Map<string, string[]>;
}

export interface FlagSpec {
  /** Whether the flag is followed by a value (`--month 2026-11`) or stands alone (`--json`). */
  takesValue: boolean;
  repeatable?: boolean;
}

export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>): ParsedArgs {
  const [command, ...rest] = argv;
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let index = 0; index < rest.length; index += 1) {
    const word = rest[index];
    if (!word.startsWith("--")) {
      positionals.push(word);
      continue;
    }
    const [name, inlineValue] = word.slice(2).split(/=(.*)/s, 2);
    const spec = specs[name];
    if (!spec) throw new PmoInputError(`Unknown option --${name}${command ? ` for pmo ${command}` : ""}; see pmo --help`);
    let value = "true";
    if (spec.takesValue) {
      value = inlineValue ?? rest[index + 1];
      if (inlineValue === undefined) index += 1;
      if (value === undefined || (inlineValue === undefined && value.startsWith("--"))) throw new PmoInputError(`Option --${name} needs a value`);
    } else if (inlineValue !== undefined) {
      throw new PmoInputError(`Option --${name} takes no value`);
    }
    const values = flags.get(name) ?? [];
    if (values.length > 0 && !spec.repeatable) throw new PmoInputError(`Option --${name} is given twice`);
    flags.set(name, [...values, value]);
  }
  return { command, positionals, flags };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.[0];
}

export function hasFlag(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name);
}

/** A whole number flag within limits, or a usage error naming the flag. */
export function integerFlag(args: ParsedArgs, name: string, limits: { min: number; max: number }): number | undefined {
  const text = flagValue(args, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < limits.min || value > limits.max) {
    throw new PmoInputError(`--${name} must be a whole number from ${limits.min} to ${limits.max}, not "${text}"`);
  }
  return value;
}

/** The one FILE argument a command takes. */
export function fileArgument(args: ParsedArgs): string {
  if (args.positionals.length === 0) throw new PmoInputError(`pmo ${args.command} needs a FILE; see pmo --help`);
  if (args.positionals.length > 1) throw new PmoInputError(`pmo ${args.command} takes one FILE, not ${args.positionals.length}: ${args.positionals.join(" ")}`);
  return args.positionals[0];
}
