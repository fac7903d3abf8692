/**
 * @jest-environment jsdom
 */
/**
 * Preview mode's workbook (issue 12, items 2 and 7): a file that is not a workbook is refused when
 * it is picked, and replacing a workbook that holds changes made in the pane asks first.
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
const createObjectURL = jest.fn(() => "blob:pmo-test");
Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
// jsdom does not navigate; the download link's click is what the pane does, and is enough here.
jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);

/** A picked file; jsdom's File has no arrayBuffer(), which every browser's has. */
function fileOf(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  return Object.assign(new File([bytes], name), { arrayBuffer: async () => bytes.buffer });
}

async function generateSummary() {
  await userEvent.click(screen.getByRole("tab", { name: "Report" }));
  await userEvent.click(screen.getByRole("button", { name: "Generate summary" }));
  await screen.findByText(/Wrote "PMO Summary/, undefined, { timeout: 20_000 });
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

  it("asks before a generated summary is thrown away: cancel keeps it, discard starts again", async () => {
    render(<PreviewRoot theme={webLightTheme} />);
    await generateSummary();
    await userEvent.click(screen.getByRole("button", { name: "Use the sample" }));
    expect(await screen.findByRole("alertdialog", { name: "Keep your changes?" }, { timeout: 5_000 })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(screen.getByText(/Wrote "PMO Summary/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Use the sample" }));
    await userEvent.click(await screen.findByRole("button", { name: "Discard changes" }, { timeout: 5_000 }));
    expect(screen.queryByText(/Wrote "PMO Summary/)).toBeNull();
    expect(createObjectURL).not.toHaveBeenCalled();
  }, 60_000);

  it("downloads the changes first when asked to, and does not ask again for what was downloaded", async () => {
    createObjectURL.mockClear();
    render(<PreviewRoot theme={webLightTheme} />);
    await generateSummary();
    await userEvent.click(screen.getByRole("button", { name: "Use the sample" }));
    await userEvent.click(await screen.findByRole("button", { name: "Download, then continue" }, { timeout: 5_000 }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Wrote "PMO Summary/)).toBeNull();

    await generateSummary();
    await userEvent.click(screen.getByRole("button", { name: "Download workbook" }));
    await userEvent.click(screen.getByRole("button", { name: "Use the sample" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(createObjectURL).toHaveBeenCalledTimes(2);
  }, 60_000);
});
