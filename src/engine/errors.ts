/**
 * Input the product cannot work on at all (no Projects sheet, a required column nobody can find,
 * a bad month): one message that names the problem, for the CLI's exit code 2 and the task pane's
 * error bar. Everything less serious is a governance finding instead.
 */
export class PmoInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PmoInputError";
  }
}
