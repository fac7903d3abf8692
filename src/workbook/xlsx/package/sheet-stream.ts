/**
 * A worksheet part's values read as its bytes stream in, in one forward pass: the part is never
 * held whole (a sheet can be gigabytes, past V8's longest string), each character is looked at a
 * bounded number of times whatever the XML holds, and a blank cell or a styled empty row costs
 * time but no memory. The values come out as scanSheetData gives them (text, numbers, booleans,
 * Dates for date-formatted numbers, { error } for errors, formulas by their cached result, row r
 * at index r-1 with skipped rows as [], blanks inside a row as null, no trailing null), with three
 * differences: cells of the same date share one Date (SharedDates: the Dates are read-only), the
 * rows end at the last row holding a value (scanSheetData also keeps the empty rows after it), and
 * a CDATA section or character reference in a `<v>` is read as the text it stands for.
 *
 * Rows may come in any order; a row number met again adds its cells to the row (a later value in
 * the same column wins). Rows past 1,048,576 and columns past 16,384 are not Excel's and are passed
 * over. Text over Excel's cell limit is cut, with a note (`notes()`, beside the SheetData so that
 * it stays the engine's plain shape); a value or tag past ScanLimits throws SheetLimitError as it
 * streams in, and XML that ends before `</sheetData>` (or an empty part, or one cut before its
 * root element ends when it has no sheet data) throws SheetDamagedError from finish(): a half-read
 * sheet never looks complete. Nothing after `</sheetData>` is decoded. Once push or finish has
 * thrown, the scanner throws that error again.
 *
 * Push slices of the part as the zip inflater gives them: one push is held as one string.
 */
import { SheetData } from "../../../engine/sheet";
import { cellRef, MAX_COLUMNS, MAX_ROWS } from "./cell-ref";
import { failingAgain, formatCount, ScanLimits, ScanNote, scanLimits, SheetDamagedError, SheetLimitError } from "./scan-limits";
import { SheetContext } from "./sheet-scanner";
import { readSimpleCell } from "./simple-cell";
import { readStreamedCell, StreamedCell, VALUE_OPEN, VALUE_READ, VALUE_NOT_MET } from "./streamed-cell";
import { StringItemReader } from "./string-item";
import { cellAttributes, columnOfReference, leadingDigits, readCellAttributes } from "./tag-attributes";
import { Utf8Chunks } from "./utf8-chunks";
import { SharedDates } from "./serial-dates";
import { XmlStream, XmlTagHandler } from "./xml-stream";

export interface SheetStreamScanner {
  push(chunk: Uint8Array): void;
  /** The values; throws SheetDamagedError when the part ended before its sheet data did. */
  finish(): SheetData;
  /** Texts cut to the cell limit so far, each with the cell it was in. */
  notes(): readonly ScanNote[];
}

export function createSheetScanner(name: string, context: SheetContext, limits?: Partial<ScanLimits>): SheetStreamScanner {
  const handler = new SheetDataHandler(name, context, scanLimits(limits));
  const text = new Utf8Chunks();
  let finished = false;
  const guarded = failingAgain();
  return {
    push(chunk) {
      if (finished) throw new Error(`The sheet "${name}" was pushed to after it was finished`);
      guarded(() => {
        if (!handler.stream.stopped) handler.stream.push(text.decode(chunk));
      });
    },
    finish() {
      guarded(() => {
        if (finished) return;
        finished = true;
        if (!handler.stream.stopped) handler.stream.push(text.end());
        handler.checkComplete();
      });
      return { name, rows: handler.rows, firstRow: 1, firstColumn: 1 };
    },
    notes: () => handler.notes,
  };
}

const BEFORE_SHEET_DATA = 0;
const IN_SHEET_DATA = 1;

const C = 99;
const V = 118;
const T = 116;
const R = 114;
const I = 105;

class SheetDataHandler implements XmlTagHandler {
  readonly rows: unknown[][] = [];
  readonly notes: ScanNote[] = [];
  readonly stream: XmlStream;
  private phase = BEFORE_SHEET_DATA;
  /** Open elements before `<sheetData>`, to tell a part cut short from one without sheet data. */
  private depth = 0;
  private sawRoot = false;
  private rowNumber = 0;
  private rowInRange = false;
  /** The current row's cells once it has a value; undefined until then, so empty rows cost nothing. */
  private rowCells: unknown[] | undefined;
  private column = 0;
  private inCell = false;
  private readonly attributes = cellAttributes();
  private readonly cell = new StreamedCell();
  private readonly item: StringItemReader;
  private readonly dates: SharedDates;

  constructor(
    private readonly name: string,
    private readonly context: SheetContext,
    private readonly limits: ScanLimits,
  ) {
    this.stream = new XmlStream(this, limits);
    this.item = new StringItemReader(limits.maxElementText);
    this.dates = context.sharedDates ?? new SharedDates(context.dateSystem);
  }

  tag(stream: XmlStream): number {
    if (this.phase === BEFORE_SHEET_DATA) {
      this.beforeSheetData(stream);
      return -1;
    }
    const s = stream.source;
    const local = stream.localStart;
    switch (stream.nameEnd - local) {
      case 1: {
        const code = s.charCodeAt(local);
        if (code === C) {
          if (!stream.closing) return this.startCell(stream);
          this.endCell();
        } else if (!this.inCell) return -1;
        else if (code === V) this.valueTag(stream);
        else if (code === T && this.cell.inString && !this.item.run(stream)) throw this.overLimit("text", this.limits.maxElementText);
        return -1;
      }
      case 2:
        if (this.inCell && s.charCodeAt(local) === I && s.charCodeAt(local + 1) === 115) this.inlineStringTag(stream);
        return -1;
      case 3:
        if (s.charCodeAt(local) !== R) return -1;
        if (s.startsWith("ow", local + 1)) {
          if (!stream.closing) this.startRow(stream);
        } else if (this.cell.inString && s.startsWith("Ph", local + 1)) this.item.phonetic(stream);
        return -1;
      case 9:
        if (stream.closing && s.startsWith("sheetData", local)) {
          if (this.inCell) throw this.damaged(`its cell ${this.cellName()} has no end`);
          stream.stopped = true;
        }
    }
    return -1;
  }

  overLimit(what: "tag" | "text", limit: number): Error {
    const cell = this.rowNumber >= 1 && this.column >= 1 ? this.cellName() : undefined;
    const where = cell === undefined ? (this.rowNumber >= 1 ? ` in row ${this.rowNumber}` : "") : this.inCell ? ` in cell ${cell}` : ` after cell ${cell}`;
    const holds = what === "tag" ? `an XML tag over ${formatCount(limit)} characters long` : `a value of over ${formatCount(limit)} characters of XML text`;
    return new SheetLimitError(`The sheet "${this.name}" holds ${holds}${where}; Excel writes nothing that large, so the sheet is damaged or was not made by a spreadsheet program`, this.name, cell);
  }

  /** Throws unless the part came to the end of its sheet data (or had none, and ended whole). */
  checkComplete(): void {
    if (this.stream.stopped) return;
    if (this.phase === IN_SHEET_DATA) throw this.damaged(this.inCell ? `it ends inside cell ${this.cellName()}` : "it ends before the end of its rows");
    // No root element at all is no worksheet either: the part was cut before it began.
    if (this.stream.insideMarkup || this.depth > 0 || !this.sawRoot) throw this.damaged("it ends before the end of the worksheet");
  }

  private beforeSheetData(stream: XmlStream): void {
    this.sawRoot = true;
    if (stream.closing) this.depth--;
    else if (stream.nameEnd - stream.localStart === 9 && stream.source.startsWith("sheetData", stream.localStart)) {
      if (stream.empty) stream.stopped = true;
      else this.phase = IN_SHEET_DATA;
    } else if (!stream.empty) this.depth++;
  }

  private startRow(stream: XmlStream): void {
    if (this.inCell) throw this.damaged(`its cell ${this.cellName()} has no end`);
    const a = this.attributes;
    readCellAttributes(stream.source, stream.nameEnd, stream.empty ? stream.gt - 1 : stream.gt, a, true);
    // A row without r follows the one before (ECMA-376 18.3.1.73).
    this.rowNumber = a.rFrom < 0 ? this.rowNumber + 1 : rowNumberIn(stream.source, a.rFrom, a.rTo);
    this.rowInRange = this.rowNumber >= 1 && this.rowNumber <= MAX_ROWS;
    this.rowCells = undefined;
    this.column = 0;
  }

  /** Where scanning resumes when the whole cell was read from here (see simple-cell.ts), else -1. */
  private startCell(stream: XmlStream): number {
    if (this.inCell) throw this.damaged(`its cell ${this.cellName()} has no end`);
    const s = stream.source;
    const a = this.attributes;
    readCellAttributes(s, stream.nameEnd, stream.empty ? stream.gt - 1 : stream.gt, a);
    this.column = a.rFrom < 0 ? this.column + 1 : columnOfReference(s, a.rFrom, this.column + 1);
    // An empty <c/> is a blank, often only styled: nothing to keep.
    if (stream.empty) return -1;
    this.inCell = true;
    this.cell.begin(s, a, this.rowInRange && this.column <= MAX_COLUMNS);
    if (stream.localStart !== stream.lt + 1) return -1;
    const end = readSimpleCell(s, stream.gt, this.cell, this.limits.maxElementText);
    if (end >= 0) this.endCell();
    return end;
  }

  private valueTag(stream: XmlStream): void {
    const cell = this.cell;
    if (!cell.wanted || cell.valueState === VALUE_READ) return;
    if (stream.closing) {
      if (cell.valueState !== VALUE_OPEN) return;
      // A shared-string index is read where it is, not copied out first (a common cell type).
      const index = cell.isSharedString ? stream.capturedDigits() : -1;
      if (index >= 0) {
        stream.dropCaptured();
        cell.setSharedStringIndex(index);
      } else cell.setValue(stream.takeCaptured());
    } else if (stream.empty) cell.setValue("");
    else if (cell.valueState === VALUE_NOT_MET) {
      cell.valueState = VALUE_OPEN;
      stream.startCapture();
    }
  }

  private inlineStringTag(stream: XmlStream): void {
    const cell = this.cell;
    if (!cell.wanted) return;
    if (stream.closing) {
      if (cell.inString) cell.setInlineText(this.item.end(stream));
    } else if (!cell.sawInlineString) {
      cell.sawInlineString = true;
      if (stream.empty) cell.setInlineText("");
      else {
        cell.inString = true;
        this.item.begin();
      }
    }
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    const cell = this.cell;
    if (!cell.wanted) return;
    if (cell.inString) cell.setInlineText(this.item.end(this.stream));
    if (cell.valueState === VALUE_OPEN) this.stream.dropCaptured();
    const value = readStreamedCell(cell, this.context, this.dates, this.limits.maxCellText);
    if (value === null) return;
    if (cell.cut) this.notes.push({ cell: this.cellName(), message: `The text of cell ${this.cellName()} on sheet "${this.name}" is longer than Excel's ${formatCount(this.limits.maxCellText)} characters; it was cut to that length` });
    const cells = this.rowCells ?? (this.rowCells = this.rowAt(this.rowNumber));
    const index = this.column - 1;
    while (cells.length < index) cells.push(null);
    cells[index] = value;
  }

  /** Row `rowNumber`'s cells, made when it receives its first value (and the rows before it as []). */
  private rowAt(rowNumber: number): unknown[] {
    const rows = this.rows;
    while (rows.length < rowNumber) rows.push([]);
    return rows[rowNumber - 1];
  }

  private cellName(): string {
    return cellRef(this.rowNumber, Math.max(1, this.column));
  }

  private damaged(reason: string): SheetDamagedError {
    const cell = this.inCell ? this.cellName() : undefined;
    return new SheetDamagedError(`The sheet "${this.name}" is damaged (${reason}), so it cannot be read whole; open the workbook in Excel and save it again`, this.name, cell);
  }
}

/** A row's r as parseInt reads it (" 5" is 5), but from character codes in the usual case. */
function rowNumberIn(s: string, from: number, to: number): number {
  const digits = leadingDigits(s, from, to);
  return digits >= 0 ? digits : parseInt(s.slice(from, to), 10);
}
