/**
 * `pmo`: the PMO Portfolio command line (SPEC 7). Bad input is one line on stderr and exit 2,
 * never a stack trace; `check` exits 1 when it finds errors, `returns collect` when it refuses a project.
 */
import { PmoInputError } from "../engine/errors";
import { parseArgs } from "./args";
import { CHECK_FLAGS, runCheck } from "./commands/check";
import { INIT_FLAGS, runInit } from "./commands/init";
import { REPORT_FLAGS, runReport } from "./commands/report";
import { RETURNS_COLLECT_FLAGS, runReturnsCollect } from "./commands/returns-collect";
import { RETURNS_MAKE_FLAGS, runReturnsMake } from "./commands/returns-make";
import { HELP } from "./help";

type Command = { flags: Parameters<typeof parseArgs>[1]; run: (args: ReturnType<typeof parseArgs>) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  init: { flags: INIT_FLAGS, run: runInit },
  check: { flags: CHECK_FLAGS, run: runCheck },
  report: { flags: REPORT_FLAGS, run: runReport },
};

/** `pmo returns SUBCOMMAND ...` (SPEC 10). */
const RETURNS_COMMANDS: Record<string, Command> = {
  make: { flags: RETURNS_MAKE_FLAGS, run: runReturnsMake },
  collect: { flags: RETURNS_COLLECT_FLAGS, run: runReturnsCollect },
};

export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERNAL = 3;

// Libraries' deprecation notices (ExcelJS's streaming writer uses Buffer()) are not for our users.
process.noDeprecation = true;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(HELP);
    return command === undefined ? EXIT_BAD_INPUT : 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${process.env.PMO_VERSION ?? "0.0.0"}\n`);
    return 0;
  }
  if (command === "returns") {
    const [, sub, ...rest] = argv;
    const returns = sub === undefined ? undefined : RETURNS_COMMANDS[sub];
    if (!returns) throw new PmoInputError(`pmo returns needs one of: ${Object.keys(RETURNS_COMMANDS).join(", ")}${sub === undefined ? "" : `, not "${sub}"`} (see pmo --help)`);
    return returns.run(parseArgs([`returns ${sub}`, ...rest], returns.flags));
  }
  const entry = COMMANDS[command];
  if (!entry) throw new PmoInputError(`Unknown command "${command}"; the commands are ${[...Object.keys(COMMANDS), "returns"].join(", ")} (see pmo --help)`);
  return entry.run(parseArgs(argv, entry.flags));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof PmoInputError) {
      process.stderr.write(`pmo: ${error.message}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`pmo: unexpected error: ${detail} (please report it with the command you ran)\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
