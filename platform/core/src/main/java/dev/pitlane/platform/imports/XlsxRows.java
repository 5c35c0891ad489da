package dev.pitlane.platform.imports;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of a workbook through POI's event (SAX) reader: rows are handed on as the XML streams past, never
 * held as a workbook. Cells come formatted as Excel shows them (no {@code 9.8200123E9}).
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(Path file, TabularReader.Collector collector) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(collector),
                        new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TabularReader.Collector collector;
        private final List<String> values = new ArrayList<>();

        Rows(TabularReader.Collector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            values.clear();
        }

        @Override
        public void endRow(int rowNum) {
            collector.record(rowNum + 1, new ArrayList<>(values));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? values.size() : new CellReference(cellReference).getCol();
            while (values.size() < column) {
                values.add(null);
            }
            values.add(formattedValue);
        }
    }
}
