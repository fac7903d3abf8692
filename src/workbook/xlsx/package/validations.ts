/**
 * Drop-down lists (`<dataValidations>`, after the conditional formats in CT_Worksheet). The list
 * is written inline ("Active,On Hold,..."), which Excel allows up to 255 characters.
 */
import { ListValidation } from "../../../layout/sheet-plan";
import { isValidRange, rangeRef } from "./cell-ref";
import { escapeAttribute } from "./xml-text";

/** Excel's limit on an inline list's formula text. */
const MAX_INLINE_LIST = 255;

function inlineList(choices: readonly string[]): string | undefined {
  const list = choices.map((choice) => choice.replace(/"/g, '""')).join(",");
  return list.length <= MAX_INLINE_LIST && !choices.some((choice) => choice.includes(",")) ? list : undefined;
}

export function renderValidations(validations: readonly ListValidation[]): string {
  const rendered = validations.flatMap((validation) => {
    const list = inlineList(validation.choices);
    if (!list || !isValidRange(validation.range)) return [];
    return [
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Not in the list" error="Choose a value from the list." sqref="${rangeRef(validation.range)}">` +
        `<formula1>${escapeAttribute(`"${list}"`)}</formula1></dataValidation>`,
    ];
  });
  return rendered.length === 0 ? "" : `<dataValidations count="${rendered.length}">${rendered.join("")}</dataValidations>`;
}
