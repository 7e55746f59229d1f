package jp.tsunagu.registrant;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.i18n.UserError;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads .xlsx sheets by streaming their XML with SAX instead of building POI's workbook model:
 * several times faster and far lighter for a list of thousands (issue 3's budget). The package is
 * still opened by POI, so its zip-bomb limits apply. Each cell gives the same text as
 * {@link WorkbookReader}: cached formula values, numbers as their format shows them, dates one way.
 */
final class XlsxStreamReader {
    /**
     * The most cells (counting the empty ones left of a cell with text) one sheet may fill: a
     * list of 5,000 people with 60 columns is 300,000; this keeps a hostile sheet within a 256 MB heap.
     */
    static final int CELL_BUDGET = 2_000_000;

    // Excel's "Strict Open XML Spreadsheet" names its parts under these namespaces.
    private static final String STRICT_OFFICE_DOCUMENT =
            "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    static {
        WorkbookReader.limits();
    }

    List<RawSheet> read(String name, byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            var main = pkg.getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
            if (main.size() == 0
                    && pkg.getRelationshipsByType(STRICT_OFFICE_DOCUMENT).size() > 0) {
                throw new UserError("registrant.file.strict", name);
            }
            PackagePart workbook = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
            if (main.size() > 0
                    && main.getRelationship(0)
                            .getTargetURI()
                            .getPath()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".bin")) {
                throw new UserError("registrant.file.xlsb", name);
            }
            if (workbook == null) {
                throw new UserError("registrant.file.corrupt", name);
            }
            Map<String, PackagePart> byId = new HashMap<>();
            PackagePart styles = null;
            PackagePart strings = null;
            for (PackageRelationship rel : workbook.getRelationships()) {
                PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(
                        PackagingURIHelper.resolvePartUri(workbook.getPartName().getURI(), rel.getTargetURI())));
                if (part == null) {
                    continue;
                }
                byId.put(rel.getId(), part);
                if (rel.getRelationshipType().endsWith("/styles")) {
                    styles = part;
                } else if (rel.getRelationshipType().endsWith("/sharedStrings")) {
                    strings = part;
                }
            }
            CellText text = new CellText(styles == null ? new XlsxParts.Styles() : XlsxParts.styles(styles));
            List<String> shared = strings == null ? List.of() : XlsxParts.sharedStrings(strings);
            List<RawSheet> sheets = new ArrayList<>();
            for (Map.Entry<String, String> sheet : XlsxParts.sheetIds(workbook).entrySet()) {
                PackagePart part = byId.get(sheet.getValue());
                if (part != null) {
                    sheets.add(readSheet(name, sheet.getKey(), part, shared, text));
                }
            }
            return sheets;
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw WorkbookReader.refusal(name, e);
        }
    }

    private static RawSheet readSheet(
            String fileName, String name, PackagePart part, List<String> shared, CellText text) throws Exception {
        SheetHandler handler = new SheetHandler(fileName, shared, text);
        try (InputStream in = part.getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
        WorkbookReader.fillVerticalMerges(handler.merges, handler.grid);
        List<RawRow> rows = new ArrayList<>(handler.grid.size());
        for (Map.Entry<Integer, List<String>> row : handler.grid.entrySet()) {
            rows.add(new RawRow(row.getKey() + 1, row.getValue()));
        }
        return new RawSheet(name, rows);
    }

    /**
     * A row or column number as the sheet declares it, 0-based; past Excel's own limits (1,048,576
     * rows, 16,384 columns) the file is refused before anything is allocated for it (issue 14).
     */
    static int checkedIndex(long index, int limit, String name) {
        if (index < 0 || index >= limit) {
            throw new UserError("registrant.file.beyondExcel", name);
        }
        return (int) index;
    }

    /** The 1-based number in a row's {@code r}, or -1 when it is not a number at all. */
    static long number(String text) {
        long n = 0;
        String t = text.strip();
        if (t.isEmpty() || t.length() > 12) {
            return t.isEmpty() ? -1 : Long.MAX_VALUE;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Collects the cells of one sheet: {@code <row r>}, {@code <c r t s><v/><is><t/></is></c>},
     * merges. Rows are kept by their number and only when a cell has text, and a row is only as
     * long as its last cell with text, so memory follows the cells present, not the numbers a
     * sheet declares ({@code <row r="1000000">} costs one row).
     */
    private static final class SheetHandler extends DefaultHandler {
        final java.util.TreeMap<Integer, List<String>> grid = new java.util.TreeMap<>();
        private final String fileName;
        private int rowIndex = -1;
        private long slots;
        final List<CellRangeAddress> merges = new ArrayList<>();
        private final List<String> shared;
        private final CellText text;
        private List<String> row;
        private int nextColumn;
        private int column;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;

        SheetHandler(String fileName, List<String> shared, CellText text) {
            this.fileName = fileName;
            this.shared = shared;
            this.text = text;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    long declared = r == null ? rowIndex + 1L : number(r) - 1;
                    rowIndex = checkedIndex(declared, SpreadsheetVersion.EXCEL2007.getMaxRows(), fileName);
                    row = null;
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    long declared = ref == null ? nextColumn : XlsxParts.column(ref);
                    column = checkedIndex(declared, SpreadsheetVersion.EXCEL2007.getMaxColumns(), fileName);
                    nextColumn = column + 1;
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                case "rPh" -> inValue = false;
                case "mergeCell" -> {
                    if (a.getValue("ref") != null) {
                        merges.add(CellRangeAddress.valueOf(a.getValue("ref")));
                    }
                }
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    String cell = cell();
                    if (rowIndex >= 0 && !cell.isEmpty()) {
                        if (row == null) {
                            row = grid.computeIfAbsent(rowIndex, k -> new ArrayList<>());
                        }
                        slots += Math.max(1, column + 1 - row.size());
                        if (slots > CELL_BUDGET) {
                            throw new UserError("registrant.file.tooManyCells", fileName, CELL_BUDGET);
                        }
                        put(row, column, cell);
                    }
                }
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        private String cell() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                return v.isEmpty() ? "" : text.number(Double.parseDouble(v), style);
            }
            return switch (type) {
                case "s" -> {
                    int i = Integer.parseInt(v.strip());
                    yield i >= 0 && i < shared.size() ? shared.get(i) : "";
                }
                case "b" -> v.equals("1") ? "TRUE" : "FALSE";
                case "e" -> "";
                default -> v; // str (a formula's cached text), inlineStr
            };
        }

        private static void put(List<String> row, int column, String value) {
            while (row.size() < column) {
                row.add("");
            }
            if (row.size() == column) {
                row.add(value);
            } else {
                row.set(column, value);
            }
        }
    }
}
