/**
 * @jest-environment jsdom
 */
/**
 * Preview mode's workbook (issue 12, item 7): a file that is not a workbook is refused when it is
 * picked. The question asked before changes are thrown away (item 2) is a Fluent dialog, tested in
 * the browser (test/e2e/narrow-pane.e2e.ts): under jsdom its focus management made it flaky.
 */
import "../helpers/jsdom-text-codec";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { PreviewRoot } from "../../src/taskpane/preview/PreviewRoot";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

/** A picked file; jsdom's File has no arrayBuffer(), which every browser's has. */
function fileOf(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  return Object.assign(new File([bytes], name), { arrayBuffer: async () => bytes.buffer });
}

describe("preview mode's workbook", () => {
  it("refuses a file that is not a workbook when it is picked, and keeps the one it had", async () => {
    render(<PreviewRoot theme={webLightTheme} />);
    await userEvent.upload(screen.getByLabelText("Open an .xlsx workbook"), fileOf("notes.xlsx", "Project ID,Name\nP-1,Portal\n"));
    expect(await screen.findByText(/"notes\.xlsx" is not a readable \.xlsx workbook \(it is not a zip package\)/)).toBeTruthy();
    expect(screen.getByText(/save it from Excel as an Excel Workbook \(\.xlsx\)\. The pane is still working on sample-portfolio\.xlsx\./)).toBeTruthy();
    // Nothing was replaced: the sample is still there to work on.
    await userEvent.click(screen.getByRole("button", { name: "Show the portfolio" }));
    expect(await screen.findByLabelText("Key figures", undefined, { timeout: 20_000 })).toBeTruthy();
  }, 30_000);
});
