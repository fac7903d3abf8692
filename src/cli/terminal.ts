/**
 * What the CLI writes where: results to stdout, progress to stderr and only on a terminal (never
 * when piped or with --json), so that output can be captured cleanly.
 */
export interface Terminal {
  out(line: string): void;
  progress(message: string): void;
  done(): void;
}

/**
 * Output into a pipe that closed early (`pmo check big.xlsx | head`) is dropped quietly: the run
 * finishes with its own exit code rather than an EPIPE stack trace.
 */
let stdoutClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  stdoutClosed = true;
});

export function terminal(options: { quiet: boolean }): Terminal {
  const interactive = Boolean(process.stderr.isTTY) && !options.quiet;
  let shown = false;
  return {
    out: (line) => {
      if (!stdoutClosed) process.stdout.write(`${line}\n`);
    },
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
