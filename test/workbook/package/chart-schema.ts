/**
 * Child element order of the parts we write, transcribed from the ECMA-376 Part 1 schemas
 * (sml.xsd CT_Worksheet, dml-chart.xsd, dml-spreadsheetDrawing.xsd, dml-main.xsd). Excel refuses
 * out-of-order elements ("We found a problem with some content"); LibreOffice does not, so an
 * open in LibreOffice proves nothing about order and these are checked on their own. Names in an
 * inner array share a rank (a choice, or a group whose members come in any order).
 */
type Sequences = Record<string, (string | string[])[]>;

const CHART_GROUPS = ["c:areaChart", "c:area3DChart", "c:lineChart", "c:line3DChart", "c:stockChart", "c:radarChart", "c:scatterChart", "c:pieChart", "c:pie3DChart", "c:doughnutChart", "c:barChart", "c:bar3DChart", "c:ofPieChart", "c:surfaceChart", "c:surface3DChart", "c:bubbleChart"];
const FILLS = ["a:noFill", "a:solidFill", "a:gradFill", "a:blipFill", "a:pattFill", "a:grpFill"];
const AXIS_START = ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:minorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:spPr", "c:txPr", "c:crossAx", ["c:crosses", "c:crossesAt"]];

export const WORKSHEET_ORDER: Sequences = {
  worksheet: [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
    "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
    "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
    "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
  ],
};

export const CHART_ORDER: Sequences = {
  "c:chartSpace": ["c:date1904", "c:lang", "c:roundedCorners", "mc:AlternateContent", "c:style", "c:clrMapOvr", "c:pivotSource", "c:protection", "c:chart", "c:spPr", "c:txPr", "c:externalData", "c:printSettings", "c:userShapes", "c:extLst"],
  "c:chart": ["c:title", "c:autoTitleDeleted", "c:pivotFmts", "c:view3D", "c:floor", "c:sideWall", "c:backWall", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs", "c:showDLblsOverMax", "c:extLst"],
  "c:title": ["c:tx", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:title>c:tx": [["c:strRef", "c:rich"]],
  "c:rich": ["a:bodyPr", "a:lstStyle", "a:p"],
  "a:p": ["a:pPr", ["a:r", "a:br", "a:fld"], "a:endParaRPr"],
  "a:r": ["a:rPr", "a:t"],
  "c:plotArea": ["c:layout", CHART_GROUPS, ["c:valAx", "c:catAx", "c:dateAx", "c:serAx"], "c:dTable", "c:spPr", "c:extLst"],
  "c:pieChart": ["c:varyColors", "c:ser", "c:dLbls", "c:firstSliceAng", "c:extLst"],
  "c:barChart": ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:gapWidth", "c:overlap", "c:serLines", "c:axId", "c:extLst"],
  "c:lineChart": ["c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:dropLines", "c:hiLowLines", "c:upDownBars", "c:marker", "c:smooth", "c:axId", "c:extLst"],
  "c:pieChart>c:ser": ["c:idx", "c:order", "c:tx", "c:spPr", "c:explosion", "c:dPt", "c:dLbls", "c:cat", "c:val", "c:extLst"],
  "c:barChart>c:ser": ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:pictureOptions", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:shape", "c:extLst"],
  "c:lineChart>c:ser": ["c:idx", "c:order", "c:tx", "c:spPr", "c:marker", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:smooth", "c:extLst"],
  "c:ser>c:tx": [["c:strRef", "c:v"]],
  "c:dPt": ["c:idx", "c:invertIfNegative", "c:marker", "c:bubble3D", "c:explosion", "c:spPr", "c:pictureOptions", "c:extLst"],
  "c:ser>c:marker": ["c:symbol", "c:size", "c:spPr", "c:extLst"],
  "c:cat": [["c:multiLvlStrRef", "c:numRef", "c:numLit", "c:strRef", "c:strLit"]],
  "c:val": [["c:numRef", "c:numLit"]],
  "c:strRef": ["c:f", "c:strCache", "c:extLst"],
  "c:numRef": ["c:f", "c:numCache", "c:extLst"],
  "c:strCache": ["c:ptCount", "c:pt", "c:extLst"],
  "c:numCache": ["c:formatCode", "c:ptCount", "c:pt", "c:extLst"],
  "c:catAx": [...AXIS_START, "c:auto", "c:lblAlgn", "c:lblOffset", "c:tickLblSkip", "c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst"],
  "c:valAx": [...AXIS_START, "c:crossBetween", "c:majorUnit", "c:minorUnit", "c:dispUnits", "c:extLst"],
  "c:scaling": ["c:logBase", "c:orientation", "c:max", "c:min", "c:extLst"],
  "c:legend": ["c:legendPos", "c:legendEntry", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:spPr": ["a:xfrm", ["a:custGeom", "a:prstGeom"], FILLS, "a:ln", ["a:effectLst", "a:effectDag"], "a:scene3d", "a:sp3d", "a:extLst"],
  "a:ln": [FILLS, ["a:prstDash", "a:custDash"], ["a:round", "a:bevel", "a:miter"], "a:headEnd", "a:tailEnd", "a:extLst"],
};

export const DRAWING_ORDER: Sequences = {
  "xdr:wsDr": [["xdr:twoCellAnchor", "xdr:oneCellAnchor", "xdr:absoluteAnchor"]],
  "xdr:twoCellAnchor": ["xdr:from", "xdr:to", ["xdr:sp", "xdr:grpSp", "xdr:graphicFrame", "xdr:cxnSp", "xdr:pic", "xdr:contentPart"], "xdr:clientData"],
  "xdr:from": ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"],
  "xdr:to": ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"],
  "xdr:graphicFrame": ["xdr:nvGraphicFramePr", "xdr:xfrm", "a:graphic", "xdr:extLst"],
  "xdr:nvGraphicFramePr": ["xdr:cNvPr", "xdr:cNvGraphicFramePr"],
  "xdr:xfrm": ["a:off", "a:ext"],
  "a:graphic": ["a:graphicData"],
};
