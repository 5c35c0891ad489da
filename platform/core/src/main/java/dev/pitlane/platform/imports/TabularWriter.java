package dev.pitlane.platform.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an export a row at a time in the columns its import reads, so an exported file imports back unchanged:
 * CSV straight to the stream, XLSX through POI's streaming workbook (a window of rows in memory, the rest on disk).
 * Every cell is text, so a part number such as {@code 0986AB1200} or {@code 00123} keeps its digits.
 */
public abstract sealed class TabularWriter implements AutoCloseable {

    public static TabularWriter open(FileFormat format, OutputStream out, String sheetName) {
        return format == FileFormat.XLSX ? new Xlsx(out, sheetName) : new Csv(out);
    }

    public abstract void row(List<String> values);

    /** Writes what is left and flushes; the stream stays open (the servlet container owns it). */
    @Override
    public abstract void close();

    private static final class Csv extends TabularWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        64 * 1024), CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<String> values) {
            try {
                for (String v : values) {
                    printer.print(FormulaCells.escape(v));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TabularWriter {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        private final SXSSFSheet sheet;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.workbook.setCompressTempFiles(true);
            this.sheet = workbook.createSheet(sheetName);
        }

        @Override
        public void row(List<String> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    row.createCell(i).setCellValue(FormulaCells.escape(values.get(i)));
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // its temporary files are deleted by close; nothing else to release
                }
            }
        }
    }
}
