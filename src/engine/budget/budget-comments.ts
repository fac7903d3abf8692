/**
 * A project's variance explanation for the report month (SPEC 9 `comment`): the comments of its
 * cost lines for that month, joined in sheet order. In the wide layout a row's comment has no
 * month of its own and stands for each month of the row.
 */
import { MonthNumber } from "../values";
import { FinancialComment } from "./financial-lines";

export const COMMENT_SEPARATOR = "; ";

/** Project place (as `projectOfId` gives it) -> the month's comments joined; projects not reported (-1) left out. */
export function commentsOfMonth(comments: readonly FinancialComment[], projectOfId: Int32Array, month: MonthNumber): Map<number, string> {
  const found = new Map<number, string[]>();
  const ordered = [...comments].sort((a, b) => a.row - b.row);
  for (const comment of ordered) {
    const project = projectOfId[comment.project];
    if (project < 0 || (comment.month !== null && comment.month !== month)) continue;
    const texts = found.get(project);
    if (!texts) found.set(project, [comment.text]);
    else if (!texts.includes(comment.text)) texts.push(comment.text);
  }
  return new Map([...found].map(([project, texts]) => [project, texts.join(COMMENT_SEPARATOR)]));
}
