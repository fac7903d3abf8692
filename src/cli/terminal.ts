/**
 * What the CLI writes where: results to stdout, progress to stderr and only on a terminal (never
 * when piped or with --json), so that output can be captured cleanly.
 */
export interface Terminal {
  out(line: string): void;
  progress(message: string): void;
  done(): void;
}

export function terminal(options: { quiet: boolean }): Terminal {
  const interactive = Boolean(process.stderr.isTTY) && !options.quiet;
  let shown = false;
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    progress(message) {
      if (!interactive) return;
      process.stderr.write(`\r\x1b[2K${message}`);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write("\r\x1b[2K");
      shown = false;
    },
  };
}
