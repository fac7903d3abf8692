/** Words for counts in messages, the same in the CLI, the engine's messages and the task pane. */

/** "1 project", "3 projects": a count with its noun (the plural by adding "s"). */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
