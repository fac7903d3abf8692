/** goToCell and activateSheet, on office-addin-mock's Excel and on the recording fake. */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose own imports
// are ES modules that jest (CommonJS here) cannot load; the enum is supplied directly.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { createExcelPort } from "../../../src/workbook/excel";
import { FakeExcel, uninstallFake } from "./fake-excel";

afterEach(uninstallFake);

function mockExcel(): { excel: OfficeMockObject; sheet: Record<string, unknown> } {
  const data = {
    context: {
      workbook: {
        worksheets: {
          requested: "",
          sheet: {
            activated: false,
            range: {
              selected: false,
              select(this: { selected: boolean }) {
                this.selected = true;
              },
            },
            activate(this: { activated: boolean }) {
              this.activated = true;
            },
            getRange(this: { range: unknown; address?: string }, address: string) {
              this.address = address;
              return this.range;
            },
          },
          getItem(this: { sheet: unknown; requested: string }, name: string) {
            this.requested = name;
            return this.sheet;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(data);
  const mock = excel as unknown as { context: { workbook: { worksheets: { sheet: Record<string, unknown> } } } };
  (globalThis as Record<string, unknown>).Excel = excel;
  return { excel, sheet: mock.context.workbook.worksheets.sheet };
}

describe("navigation (office-addin-mock)", () => {
  it("goToCell activates the sheet and selects the cell", async () => {
    const { excel, sheet } = mockExcel();
    await createExcelPort().goToCell("Risks", "D12");
    const worksheets = (excel as unknown as { context: { workbook: { worksheets: { requested: string } } } }).context.workbook.worksheets;
    expect(worksheets.requested).toBe("Risks");
    expect(sheet.activated).toBe(true);
    expect(sheet.address).toBe("D12");
    expect((sheet.range as { selected: boolean }).selected).toBe(true);
  });
});

describe("navigation (recording fake)", () => {
  it("goToCell selects the cell on the named sheet, in one sync", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Projects");
    fake.addSheet("Risks");
    fake.install();
    await createExcelPort().goToCell("Risks", "D12");
    expect(fake.active).toBe("Risks");
    expect(fake.selection).toEqual({ sheet: "Risks", address: "D12" });
    expect(fake.syncs).toHaveLength(1);
  });

  it("activateSheet shows the sheet; a missing sheet is an error, not a silent no-op", async () => {
    const fake = new FakeExcel();
    fake.addSheet("PMO Summary 2026-11");
    fake.install();
    await createExcelPort().activateSheet("PMO Summary 2026-11");
    expect(fake.active).toBe("PMO Summary 2026-11");
    await expect(createExcelPort().activateSheet("Nope")).rejects.toThrow(/ItemNotFound/);
  });
});
