/**
 * @jest-environment jsdom
 */
/**
 * The Returns page (SPEC 10) on a FakePort register, with return files made as real .xlsx bytes
 * (the package writer) and picked as a user would. Every change, refusal and chasing-list entry,
 * and every edit Apply passes to the port, is worked out by hand from the fixture below.
 *
 * Register (header on row 1, so a project's row is its place + 1):
 *   Projects  A Project ID, B Project Name, C Project Manager, D Status, E Forecast Finish, F % Complete, G Last Updated
 *             P1 (row 2), P2 (row 3), P3 (row 4), P4 (row 5, Carol's: no return)
 *   Risks     A Risk ID, B Project ID, C Title, D Owner, E Status, F Probability, G Impact; R1 of P1 on row 2
 * alice.xlsx  Return sheet submitted 2026-11-28 by Alice; P1's finish and % done, R1 closed, a new
 *             risk R10; P2's name as formula-like text; P9, which the register does not know.
 * bob.xlsx    no Return sheet (so its date is the file's, 2026-11-27); P3's % done.
 * notes.xlsx  not a workbook.
 */
import "../helpers/jsdom-text-codec";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { dayFromParts } from "../../src/engine/values";
import { PlanCell, SheetPlan } from "../../src/layout/sheet-plan";
import { packageFromPlans } from "../../src/workbook/xlsx/package/new-package";
import { FakePort } from "./fake-port";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

const HYPERLINK = '=HYPERLINK("http://evil.example","Beta")';
const sheet = (name: string, rows: unknown[][]) => ({ name, rows, firstRow: 1, firstColumn: 1 });
const PROJECT_HEADER = ["Project ID", "Project Name", "Project Manager", "Status", "Forecast Finish", "% Complete", "Last Updated"];
const RISK_HEADER = ["Risk ID", "Project ID", "Title", "Owner", "Status", "Probability", "Impact"];

function registerPort(): FakePort {
  return new FakePort([
    sheet("Projects", [
      PROJECT_HEADER,
      ["P1", "Alpha", "Alice", "Active", "2026-06-30", 0.4, "2026-10-31"],
      ["P2", "Beta", "Alice", "Active", "2026-09-30", 0.5, "2026-10-31"],
      ["P3", "Gamma", "Bob", "Active", "2026-12-31", 0.2, "2026-10-31"],
      ["P4", "Delta", "Carol", "Active", "2026-10-31", 0.1, "2026-10-31"],
    ]),
    sheet("Risks", [RISK_HEADER, ["R1", "P1", "Supplier late", "Alice", "Open", 3, 3]]),
  ]);
}

const day = (iso: string) => dayFromParts(...(iso.split("-").map(Number) as [number, number, number]))!;
const cellOf = (value: unknown): PlanCell => ({ value: typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: day(value) } : (value as PlanCell["value"]) });
const planOf = (name: string, rows: unknown[][]): SheetPlan => ({ name, rows: rows.map((row) => row.map(cellOf)), columnWidths: [], merges: [], conditionalFormats: [], charts: [], print: { landscape: false, fitToWidth: false } });

/** A picked file with real .xlsx bytes; jsdom's File has no arrayBuffer(), which every browser's has. */
function fileOf(name: string, bytes: Uint8Array, modified: string): File {
  const buffer = bytes.slice().buffer as ArrayBuffer;
  // Noon by the machine's own clock: the file's day is `modified` in every time zone.
  const file = new File([buffer], name, { lastModified: new Date(`${modified}T12:00:00`).getTime() });
  return Object.assign(file, { arrayBuffer: async () => buffer });
}

const alice = () =>
  fileOf(
    "alice.xlsx",
    packageFromPlans([
      planOf("Return", [["Month", "2026-11"], ["Submitted", "2026-11-28"], ["Submitted By", "Alice"]]),
      planOf("Projects", [
        ["Project ID", "Project Name", "Status", "Forecast Finish", "% Complete"],
        ["P1", "Alpha", null, "2026-07-31", 0.6],
        ["P2", HYPERLINK, null, null, null],
        ["P9", "Omega", "Active", null, 0.1],
      ]),
      planOf("Risks", [RISK_HEADER, ["R1", "P1", "Supplier late", "Alice", "Closed", 3, 3], ["R10", "P1", "Key engineer leaves", "Alice", "Open", 2, 4]]),
    ]),
    "2026-11-29",
  );
const bob = () => fileOf("bob.xlsx", packageFromPlans([planOf("Projects", [["Project ID", "Project Name", "% Complete"], ["P3", "Gamma", 0.3]])]), "2026-11-27");
const notes = () => fileOf("notes.xlsx", new TextEncoder().encode("Project ID,Name\nP1,Alpha\n"), "2026-11-27");

async function previewed(port: FakePort, files: File[]) {
  render(<App theme={webLightTheme} port={port} initialPage="returns" initialMonth="2026-11" />);
  await userEvent.upload(screen.getByLabelText("Return files (.xlsx)"), files);
  await userEvent.click(screen.getByRole("button", { name: "Preview the changes" }));
  await screen.findByTestId("returns-headline", undefined, { timeout: 10_000 });
}

const text = (value: string) => ({ kind: "text", value });
const num = (value: number) => ({ kind: "number", value });
const date = (value: string) => ({ kind: "date", value });

describe("the Returns page", () => {
  it("is in the pane's navigation after Report, reachable with the keyboard", async () => {
    render(<App theme={webLightTheme} port={registerPort()} initialPage="report" />);
    const tabs = within(screen.getByRole("tablist", { name: "Pages" })).getAllByRole("tab").map((tab) => tab.getAttribute("value"));
    expect(tabs.slice(tabs.indexOf("report"), tabs.indexOf("report") + 2)).toEqual(["report", "returns"]);
    // Arrow keys between tabs need a real layout (pages.test.tsx, "keyboard"); a focused tab opens with Enter.
    screen.getByRole("tab", { name: "Returns" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("tabpanel", { name: "Returns" })).toBeTruthy();
    // Nothing picked yet: nothing to preview, and the page says what to do.
    expect((screen.getByRole("button", { name: "Preview the changes" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/No return files chosen yet/)).toBeTruthy();
    // The picker is opened by a button in the tab order; the file input itself is hidden. (Moving
    // focus with Tab goes through tabster, which needs a real layout: the browser tests cover it.)
    const choose = screen.getByRole("button", { name: "Choose return files…" });
    expect(choose.tagName).toBe("BUTTON");
    expect(choose.getAttribute("tabindex")).not.toBe("-1");
    expect((screen.getByLabelText("Return files (.xlsx)") as HTMLInputElement).hidden).toBe(true);
  });

  it("shows per project what would change, what is refused, the findings and the chasing list, writing nothing", async () => {
    const port = registerPort();
    await previewed(port, [alice(), bob(), notes()]);

    // Alice: P1 11 cells (E2, F2, R1's status, R10's 7 fields, G2), P2 2 (B3, G3); Bob: P3 2 (F4, G4).
    expect(screen.getByTestId("returns-headline").textContent).toMatch(/^3 returns read for 2026-11: 3 projects to apply \(15 cell changes\), 1 project and 1 unreadable return refused, 2 findings; 1 project with no return\.$/);
    const applied = screen.getAllByTestId("applied-project");
    expect(applied.map((item) => item.firstChild?.textContent)).toEqual(["P1 from alice.xlsx, sent by Alice", "P2 from alice.xlsx, sent by Alice", "P3 from bob.xlsx"]);
    expect(within(applied[0]).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Projects!E2 Forecast Finish: 2026-06-30 -> 2026-07-31",
      "Projects!F2 % Complete: 0.4 -> 0.6",
      "Risks!E2 Status: Open -> Closed",
      "Risks, new row R10, Risk ID: R10",
      "Risks, new row R10, Project ID: P1",
      "Risks, new row R10, Title: Key engineer leaves",
      "Risks, new row R10, Owner: Alice",
      "Risks, new row R10, Status: Open",
      "Risks, new row R10, Probability: 2",
      "Risks, new row R10, Impact: 4",
      "Projects!G2 Last Updated: 2026-10-31 -> 2026-11-28",
    ]);
    expect(within(applied[1]).getAllByRole("listitem").map((item) => item.textContent)).toEqual([`Projects!B3 Project Name: Beta -> ${HYPERLINK}`, "Projects!G3 Last Updated: 2026-10-31 -> 2026-11-28"]);
    // Bob's return has no Return sheet: its date is the file's modified day.
    expect(within(applied[2]).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Projects!F4 % Complete: 0.2 -> 0.3", "Projects!G4 Last Updated: 2026-10-31 -> 2026-11-27"]);

    const refused = screen.getAllByTestId("refused-project");
    // notes.xlsx is refused as unreadable, as pmo returns collect refuses it (and PMO Returns logs it).
    expect(refused).toHaveLength(2);
    expect(refused[0].firstChild?.textContent).toBe("P9 from alice.xlsx, sent by Alice");
    expect(refused[1].firstChild?.textContent).toBe("(no project) from notes.xlsx");
    expect(within(refused[0]).getByRole("listitem").textContent).toMatch(/P9/);
    // The findings and the chasing list open from their headings, which say how many they hold.
    await userEvent.click(screen.getByRole("button", { name: "Findings in the returns (2)" }));
    await userEvent.click(screen.getByRole("button", { name: "No return yet (1)" }));
    // The refusal's finding names the return's file, sheet and cell: P9 is on row 4 of Alice's Projects.
    expect(screen.getAllByTestId("return-finding").map((item) => item.textContent)).toContainEqual(expect.stringMatching(/^alice\.xlsx, Projects!A4 \(error\): .*P9/));
    expect(screen.getByTestId("unreadable-return").textContent).toMatch(/^Could not read notes\.xlsx, so it is refused \(the other returns are collected\): .*notes\.xlsx/);
    expect(screen.getAllByTestId("missing-return").map((item) => item.textContent)).toEqual(["P4 Delta: Carol"]);
    expect(port.cellEdits).toEqual([]);
    expect(port.written).toEqual([]);

    // Away and back: the preview is kept, and the picker says which files it read.
    await userEvent.click(screen.getByRole("tab", { name: "Report" }));
    await userEvent.click(screen.getByRole("tab", { name: "Returns" }));
    expect(screen.getByText("Previewed: alice.xlsx, bob.xlsx, notes.xlsx. Choose the files again to preview them again.")).toBeTruthy();
    expect(screen.getAllByTestId("applied-project")).toHaveLength(3);
  }, 30_000);

  it("applies exactly the previewed edits, says what it wrote and offers PMO Changes", async () => {
    const port = registerPort();
    await previewed(port, [alice(), bob(), notes()]);
    await userEvent.click(screen.getByRole("button", { name: "Apply to the register" }));
    expect(await screen.findByText("Applied 15 cell changes for 3 projects; 1 project and 1 unreadable return refused. PMO Returns and PMO Changes updated.")).toBeTruthy();

    expect(port.cellEdits).toHaveLength(1);
    const { edits, plans } = port.cellEdits[0];
    expect(edits).toEqual([
      {
        sheet: "Projects",
        cells: [
          { cell: "E2", value: date("2026-07-31") },
          { cell: "F2", value: num(0.6) },
          { cell: "G2", value: date("2026-11-28") },
          { cell: "B3", value: { kind: "text", value: HYPERLINK, formulaLike: true } },
          { cell: "G3", value: date("2026-11-28") },
          { cell: "F4", value: num(0.3) },
          { cell: "G4", value: date("2026-11-27") },
        ],
        appendRows: [],
      },
      {
        sheet: "Risks",
        cells: [{ cell: "E2", value: text("Closed") }],
        appendRows: [{ A: text("R10"), B: text("P1"), C: text("Key engineer leaves"), D: text("Alice"), E: text("Open"), F: num(2), G: num(4) }],
      },
    ]);
    expect(plans.map((plan) => plan.name)).toEqual(["PMO Returns", "PMO Changes"]);

    await userEvent.click(screen.getByRole("button", { name: "Open PMO Changes" }));
    expect(port.selections).toEqual(["PMO Changes"]);
  }, 30_000);

  it("inside Excel, asks for the preview again once the user has been in the workbook", async () => {
    const port = registerPort();
    Object.defineProperty(port, "kind", { value: "excel" });
    await previewed(port, [alice(), bob()]);
    expect((screen.getByRole("button", { name: "Apply to the register" }) as HTMLButtonElement).disabled).toBe(false);
    // The pane loses the focus to the grid and gets it back: the register may have changed.
    act(() => {
      window.dispatchEvent(new Event("blur"));
      window.dispatchEvent(new Event("focus"));
    });
    expect((screen.getByRole("button", { name: "Apply to the register" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Preview the changes again before applying them: the workbook may have changed since.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Preview the changes" }));
    await screen.findByText("Apply to the register");
    expect((await screen.findByRole("button", { name: "Apply to the register" })).hasAttribute("disabled")).toBe(false);
    expect(port.cellEdits).toEqual([]);
  }, 30_000);

  it("cannot apply when no project's return can be", async () => {
    const port = registerPort();
    await previewed(port, [notes()]);
    expect(screen.getByTestId("returns-headline").textContent).toBe("1 return read for 2026-11: 0 projects to apply (0 cell changes), 1 unreadable return refused, 1 finding; 4 projects with no return.");
    expect((screen.getByRole("button", { name: "Apply to the register" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Nothing to apply: no project's return can be applied.")).toBeTruthy();
  }, 30_000);

  it("says so when the workbook is not a register", async () => {
    const port = new FakePort([sheet("Notes", [["Anything"]])]);
    render(<App theme={webLightTheme} port={port} initialPage="returns" initialMonth="2026-11" />);
    await userEvent.upload(screen.getByLabelText("Return files (.xlsx)"), [bob()]);
    await userEvent.click(screen.getByRole("button", { name: "Preview the changes" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/has no Projects sheet/);
    expect(port.cellEdits).toEqual([]);
  }, 30_000);
});
