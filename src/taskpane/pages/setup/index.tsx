/**
 * Setup: create the governed sheets, or map an existing sheet's columns to the fields (SPEC 8).
 * The mapping is saved in PMO Config and used by the pane, the functions' workbook and the CLI.
 */
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_SHEET_NAMES, SHEET_FIELDS, SHEET_KINDS, SheetKind } from "../../../engine/schema/fields";
import { addRiskFormulaColumns, RISK_FORMULA_HEADERS } from "../../../workbook/formula-columns";
import { createGovernedSheets } from "../../../workbook/routine";
import { inspectColumns, saveMapping, SheetColumns, unmappedRequired } from "../../../workbook/setup-mapping";
import { TaskStatus } from "../../components/TaskStatus";
import { usePort } from "../../port-context";
import { useTask } from "../../use-task";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const KIND_NAMES = DEFAULT_SHEET_NAMES;

export function SetupPage() {
  const styles = useStyles();
  const port = usePort();
  const [kind, setKind] = useState<SheetKind>("projects");
  const [columns, setColumns] = useState<SheetColumns>();
  const [choice, setChoice] = useState<Map<string, string>>(new Map());
  const [message, setMessage] = useState<string>();
  const [state, run] = useTask<void>();
  const create = () =>
    run(async () => {
      const created = await createGovernedSheets(port);
      setMessage(created.length > 0 ? `Created ${created.join(", ")}.` : "The workbook already has every governed sheet.");
    });
  /** Another kind: what was shown belongs to the old one, so it goes (its choices must not prefill the new fields). */
  const chooseKind = (next: SheetKind) => {
    setKind(next);
    setColumns(undefined);
    setChoice(new Map());
    setMessage(undefined);
  };
  const inspect = (sheetName?: string) =>
    run(async () => {
      const found = await inspectColumns(port, kind, sheetName);
      setColumns(found);
      setChoice(new Map(found.matched));
      setMessage(found.sheetName ? undefined : `No sheet looks like a ${KIND_NAMES[kind]} register. Create the governed sheets above, or pick the sheet that holds it.`);
    });
  const save = () =>
    run(async () => {
      if (!columns) return;
      await saveMapping(port, columns, new Map([...choice].filter(([, header]) => header !== "")));
      setMessage(`Saved to PMO Config: the ${KIND_NAMES[columns.kind]} register is read from "${columns.sheetName}" with these columns.`);
    });
  const addFormulas = () =>
    run(async () => {
      const added = await addRiskFormulaColumns(port);
      setMessage(`Added ${added.columns.columns.map((column) => column.header).join(", ")} to ${added.sheet}: they recalculate as the register changes.`);
    });
  const missing = columns?.sheetName ? unmappedRequired(columns, choice) : [];
  return (
    <section className={styles.page} aria-labelledby="setup-heading">
      <h2 id="setup-heading">Setup</h2>
      <Button onClick={create} disabled={state.running}>
        Create the governed sheets
      </Button>
      <Field label="Sheet to map">
        <Select value={kind} onChange={(_, data) => chooseKind(data.value as SheetKind)}>
          {SHEET_KINDS.map((option) => (
            <option key={option} value={option}>
              {KIND_NAMES[option]}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" onClick={() => inspect()} disabled={state.running}>
        Show its columns
      </Button>
      {columns && columns.candidates.length > 0 && (
        <Field label={`Sheet that holds the ${KIND_NAMES[columns.kind]} register`}>
          <Select value={columns.sheetName ?? ""} onChange={(_, data) => void inspect(data.value)} disabled={state.running}>
            {!columns.sheetName && <option value="">(choose a sheet)</option>}
            {columns.candidates.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <TaskStatus state={state} />
      {message && (
        <MessageBar intent="info">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {columns?.sheetName &&
        SHEET_FIELDS[columns.kind].map((spec) => (
          <Field key={spec.field} label={`${spec.header}${spec.required ? " (required)" : ""}`} validationMessage={spec.required && !choice.get(spec.field) ? "Choose the column that holds it" : undefined}>
            <Select value={choice.get(spec.field) ?? ""} onChange={(_, data) => setChoice(new Map(choice).set(spec.field, data.value))}>
              <option value="">(not in this sheet)</option>
              {columns.headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      {columns?.sheetName && (
        <Field validationMessage={missing.length > 0 ? `Choose the column for ${missing.join(", ")} to save.` : undefined} validationState={missing.length > 0 ? "warning" : "none"}>
          <Button appearance="primary" onClick={save} disabled={state.running || missing.length > 0}>
            Save the mapping
          </Button>
        </Field>
      )}
      <h3>Formula columns</h3>
      <Field
        hint={
          port.kind === "excel"
            ? `Adds ${Object.values(RISK_FORMULA_HEADERS).join(", ")} beside the risk register, as PMO functions that recalculate as you edit.`
            : "Inside Excel, this adds PMO Score, PMO Rating and PMO Exposure beside the risk register. Preview mode cannot compute PMO functions."
        }
      >
        <Button onClick={addFormulas} disabled={state.running || port.kind !== "excel"}>
          Add PMO formula columns to the risk register
        </Button>
      </Field>
    </section>
  );
}
