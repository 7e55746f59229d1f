package jp.tsunagu.registrant;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The small parts of an .xlsx the streaming reader needs: sheet list, shared strings, number formats. */
final class XlsxParts {

    /** Number format per cell style: {@code cellXfs} index to (format id, format code). */
    static final class Styles {
        final Map<Integer, String> formats = new HashMap<>();
        final List<Integer> formatOfStyle = new ArrayList<>();

        int formatId(int style) {
            return style >= 0 && style < formatOfStyle.size() ? formatOfStyle.get(style) : 0;
        }

        String formatCode(int formatId) {
            String custom = formats.get(formatId);
            return custom != null ? custom : org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(formatId);
        }
    }

    private XlsxParts() {}

    /** Sheet names in workbook order, each with its relationship id. */
    static Map<String, String> sheetIds(PackagePart workbook) throws Exception {
        Map<String, String> sheets = new LinkedHashMap<>();
        parse(workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if (localName.equals("sheet")) {
                    String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                    sheets.put(a.getValue("name"), id);
                }
            }
        });
        return sheets;
    }

    static List<String> sharedStrings(PackagePart part) throws Exception {
        List<String> strings = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        parse(part, new DefaultHandler() {
            private boolean inText;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                switch (localName) {
                    case "si" -> current.setLength(0);
                    case "t" -> inText = !inPhonetic;
                    case "rPh" -> inPhonetic = true;
                    default -> {}
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (localName) {
                    case "si" -> strings.add(current.toString());
                    case "t" -> inText = false;
                    case "rPh" -> inPhonetic = false;
                    default -> {}
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    current.append(ch, start, length);
                }
            }
        });
        return strings;
    }

    static Styles styles(PackagePart part) throws Exception {
        Styles styles = new Styles();
        parse(part, new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                switch (localName) {
                    case "numFmt" ->
                        styles.formats.put(Integer.parseInt(a.getValue("numFmtId")), a.getValue("formatCode"));
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = a.getValue("numFmtId");
                            styles.formatOfStyle.add(id == null ? 0 : Integer.parseInt(id));
                        }
                    }
                    default -> {}
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (localName.equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        });
        return styles;
    }

    /**
     * The 0-based column of a cell reference such as {@code AB12}; {@link Long#MAX_VALUE} for one
     * far past any sheet's width (the caller refuses it), never an overflow.
     */
    static long column(String ref) {
        long col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            if (i >= 7) {
                return Long.MAX_VALUE;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    private static void parse(PackagePart part, DefaultHandler handler) throws Exception {
        try (InputStream in = part.getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
    }
}
