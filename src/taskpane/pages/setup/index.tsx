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
import { ColumnFields } from "./ColumnFields";
import { usePort } from "../../port-context";
import { useTask } from "../../use-task";
import { HiddenHeading, SectionHeading } from "../../components/Headings";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const KIND_NAMES = DEFAULT_SHEET_NAMES;

/** What an action did, said right below its button: where the user is looking (issue 12, item 6). */
function Said({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <MessageBar intent="info">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

type Action = "create" | "map" | "formulas";

export function SetupPage() {
  const styles = useStyles();
  const port = usePort();
  const [kind, setKind] = useState<SheetKind>("projects");
  const [columns, setColumns] = useState<SheetColumns>();
  const [choice, setChoice] = useState<Map<string, string>>(new Map());
  const [said, setSaid] = useState<{ action: Action; text: string }>();
  const [state, run] = useTask<void>();
  const say = (action: Action, text: string | undefined) => setSaid(text === undefined ? undefined : { action, text });
  const saidFor = (action: Action) => (said?.action === action ? said.text : undefined);
  const create = () =>
    run(async () => {
      const created = await createGovernedSheets(port);
      say("create", created.length > 0 ? `Created ${created.join(", ")}.` : "The workbook already has every governed sheet.");
    });
  /** Another kind: what was shown belongs to the old one, so it goes (its choices must not prefill the new fields). */
  const chooseKind = (next: SheetKind) => {
    setKind(next);
    setColumns(undefined);
    setChoice(new Map());
    setSaid(undefined);
  };
  const inspect = (sheetName?: string) =>
    run(async () => {
      const found = await inspectColumns(port, kind, sheetName);
      setColumns(found);
      setChoice(new Map(found.matched));
      say("map", found.sheetName ? undefined : `No sheet looks like a ${KIND_NAMES[kind]} register. Create the governed sheets above, or pick the sheet that holds it.`);
    });
  const save = () =>
    run(async () => {
      if (!columns) return;
      await saveMapping(port, columns, new Map([...choice].filter(([, header]) => header !== "")));
      say("map", `Saved to PMO Config: the ${KIND_NAMES[columns.kind]} register is read from "${columns.sheetName}" with these columns.`);
    });
  const addFormulas = () =>
    run(async () => {
      const added = await addRiskFormulaColumns(port);
      say("formulas", `Added ${added.columns.columns.map((column) => column.header).join(", ")} to ${added.sheet}: they recalculate as the register changes.`);
    });
  const missing = columns?.sheetName ? unmappedRequired(columns, choice) : [];
  return (
    <section className={styles.page} aria-labelledby="setup-heading">
      <HiddenHeading level={2} id="setup-heading">
        Setup
      </HiddenHeading>
      <Button onClick={create} disabled={state.running}>
        Create the governed sheets
      </Button>
      <Said text={saidFor("create")} />
      <Field label="Sheet to map">
        <Select value={kind} onChange={(_, data) => chooseKind(data.value as SheetKind)}>
          {SHEET_KINDS.map((option) => (
            <option key={option} value={option}>
              {KIND_NAMES[option]}
            </option>
          ))}
        </Select>
      </Field>
      {/* One primary action at a time: Show until the columns are shown, then Save. */}
      <Button appearance={columns?.sheetName ? "secondary" : "primary"} onClick={() => inspect()} disabled={state.running}>
        Show its columns
      </Button>
      <TaskStatus state={state} />
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
      {columns?.sheetName && <ColumnFields fields={SHEET_FIELDS[columns.kind]} headers={columns.headers} choice={choice} onChoose={(field, header) => setChoice(new Map(choice).set(field, header))} />}
      {columns?.sheetName && (
        <Field validationMessage={missing.length > 0 ? `Choose the column for ${missing.join(", ")} to save.` : undefined} validationState={missing.length > 0 ? "warning" : "none"}>
          <Button appearance="primary" onClick={save} disabled={state.running || missing.length > 0}>
            Save the mapping
          </Button>
        </Field>
      )}
      <Said text={saidFor("map")} />
      <SectionHeading>Formula columns</SectionHeading>
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
      <Said text={saidFor("formulas")} />
    </section>
  );
}
