/**
 * The mapping form: one drop-down of the sheet's headers per field. Required fields come first
 * and the others wait behind "Other columns", so that Save is a few Tab presses away rather than
 * twenty-six (issue 12, item 13).
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { FieldSpec } from "../../../engine/schema/fields";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface ColumnFieldsProps {
  fields: readonly FieldSpec[];
  headers: readonly string[];
  choice: ReadonlyMap<string, string>;
  onChoose: (field: string, header: string) => void;
}

function ColumnField({ spec, headers, choice, onChoose }: { spec: FieldSpec } & Omit<ColumnFieldsProps, "fields">) {
  return (
    <Field label={`${spec.header}${spec.required ? " (required)" : ""}`} validationMessage={spec.required && !choice.get(spec.field) ? "Choose the column that holds it" : undefined}>
      <Select value={choice.get(spec.field) ?? ""} onChange={(_, data) => onChoose(spec.field, data.value)}>
        <option value="">(not in this sheet)</option>
        {headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function ColumnFields({ fields, ...rest }: ColumnFieldsProps) {
  const styles = useStyles();
  const required = fields.filter((spec) => spec.required);
  const others = fields.filter((spec) => !spec.required);
  const chosen = others.filter((spec) => rest.choice.get(spec.field)).length;
  return (
    <div className={styles.fields}>
      {required.map((spec) => (
        <ColumnField key={spec.field} spec={spec} {...rest} />
      ))}
      {others.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="others">
            <AccordionHeader>
              Other columns ({chosen} of {others.length} found)
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.fields}>
                {others.map((spec) => (
                  <ColumnField key={spec.field} spec={spec} {...rest} />
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
