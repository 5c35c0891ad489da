package dev.pitlane.customer.bulk.application;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The first sheet of an Excel workbook as text cells, formatted as Excel shows them (no {@code 9.8200123E9}). */
public final class Xlsx {

    private Xlsx() {
    }

    public static dev.pitlane.customer.bulk.application.Sheet read(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                boolean any = false;
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    Cell cell = row.getCell(i);
                    String value = cell == null || cell.getCellType() == CellType.BLANK ? ""
                            : cell.getCellType() == CellType.FORMULA ? cell.getCellFormula()
                            : formatter.formatCellValue(cell);
                    any |= !value.isBlank();
                    values.add(value);
                }
                if (any) {
                    records.add(values);
                    lines.add(row.getRowNum() + 1);
                }
            }
            return Csv.toSheet(records, lines);
        }
    }
}
