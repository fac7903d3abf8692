/**
 * Input the product cannot work on at all (no Projects sheet, a required column nobody can find,
 * a bad month): one message that names the problem, for the CLI's exit code 2 and the task pane's
 * error bar. Everything less serious is a governance finding instead.
 */
export class PmoInputError extends Error {
  /**
   * @param message what is wrong and how to fix it with the command line (`--map`, `pmo init`)
   * @param inPane the same for the task pane, whose users have no command line: the fix on its
   *   own pages (Setup). Given where the message names a command-line fix.
   */
  constructor(
    message: string,
    readonly inPane?: string,
  ) {
    super(message);
    this.name = "PmoInputError";
  }
}
