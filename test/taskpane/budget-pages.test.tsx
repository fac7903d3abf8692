/**
 * @jest-environment jsdom
 */
/**
 * The budget figures on the Portfolio and Report pages (issue 13), on the golden budget portfolio
 * of test/helpers/budget-workbooks.ts (FY2026-27 from April, month 2026-09), whose figures are
 * worked out by hand in test/report/budget-golden.test.ts: FY budget 3,924,000; YTD budget
 * 1,962,000 against actual 2,041,200 (+79,200, 79,200 / 1,962,000 = +4.0 %); outturn 4,096,500
 * (+172,500, 172,500 / 3,924,000 = +4.4 %); Red P-3, P-1, P-7 and Amber P-6, P-2 to explain.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { BUDGET_MONTH, BUDGET_PROJECTS, longRows } from "../helpers/budget-workbooks";
import { FakePort, samplePort } from "./fake-port";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

function budgetPort(): FakePort {
  const sheet = (name: string, rows: unknown[][]) => ({ name, rows, firstRow: 1, firstColumn: 1 });
  return new FakePort([
    sheet("Projects", BUDGET_PROJECTS),
    sheet("Financials", [["Financial phasing FY2026-27"], ...longRows()]),
    sheet("PMO Config", [["Key", "Value"], ["fy.startMonth", 4], ["budget.minVariance", 5_000]]),
  ]);
}

async function openOn(port: FakePort, page: "portfolio" | "report") {
  render(<App theme={webLightTheme} port={port} initialPage={page} />);
  const field = screen.getByLabelText("Month");
  await userEvent.clear(field);
  await userEvent.type(field, BUDGET_MONTH);
}

test("Portfolio shows the budget review's figures and the projects to explain a variance", async () => {
  await openOn(budgetPort(), "portfolio");
  await userEvent.click(screen.getByRole("button", { name: "Show the portfolio" }));
  const figures = await screen.findByLabelText("Budget figures");
  const figure = (label: string) => figures.querySelector(`[data-kpi="${label}"]`)?.textContent;
  expect(["FY budget", "YTD budget", "YTD actual", "YTD variance", "Outturn", "Outturn variance"].map(figure)).toEqual(["3.9m", "2.0m", "2.0m", "+79k (+4.0 %)", "4.1m", "+173k (+4.4 %)"]);
  expect(screen.getByRole("heading", { name: "Budget review, FY2026-27 to 2026-09" })).toBeTruthy();
  const listed = within(screen.getByRole("list", { name: "Projects to explain a budget variance" })).getAllByRole("listitem");
  expect(listed.map((item) => item.textContent!.split(":")[0])).toEqual(["Red P-3 Data Hub", "Red P-1 Ledger", "Red P-7 Training", "Amber P-6 Website", "Amber P-2 Portal"]);
  expect(listed[1].textContent).toContain("(Contractor rates up)");
  expect(listed[2].textContent).toContain("(no comment)");
});

test("Report says the budget review's headline beside the summary it wrote", async () => {
  await openOn(budgetPort(), "report");
  await userEvent.click(screen.getByRole("button", { name: "Generate summary" }));
  const headline = await screen.findByTestId("budget-headline");
  expect(headline.textContent).toBe("Budget review FY2026-27: YTD variance +79k (+4.0 %), outturn variance +173k (+4.4 %); 5 projects to explain a variance (3 Red, 2 Amber), listed on the sheet.");
});

test("without a Financials sheet, neither page shows budget figures", async () => {
  const port = samplePort();
  port.sheets.splice(port.sheets.findIndex((sheet) => sheet.name === "Financials"), 1);
  await openOn(port, "portfolio");
  await userEvent.click(screen.getByRole("button", { name: "Show the portfolio" }));
  await screen.findByLabelText("Key figures");
  expect(screen.queryByLabelText("Budget figures")).toBeNull();
});
