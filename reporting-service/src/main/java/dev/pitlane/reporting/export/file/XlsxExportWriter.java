package dev.pitlane.reporting.export.file;

import dev.pitlane.reporting.export.application.ExportWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * XLSX through POI's SXSSF: only the last {@link #WINDOW} rows are in memory, the rest are flushed to a compressed
 * temporary file, and strings are written inline (no shared-strings table growing with the file). A sheet holds at
 * most 1,048,576 rows; past that the rows go on in a new sheet with the header again, so there is no row cap.
 */
class XlsxExportWriter implements ExportWriter {

    static final int WINDOW = 200;
    static final int ROWS_PER_SHEET = 1_048_576;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
    private List<String> columns;
    private SXSSFSheet sheet;
    private int next;

    XlsxExportWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) {
        this.columns = List.copyOf(columns);
        newSheet();
    }

    @Override
    public void row(Object[] values) {
        if (next == ROWS_PER_SHEET) {
            newSheet();
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (out; workbook) {
            workbook.write(out);
        }
    }

    private void newSheet() {
        sheet = workbook.createSheet("Sheet" + (workbook.getNumberOfSheets() + 1));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
        }
        next = 1;
    }
}
