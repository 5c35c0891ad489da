package dev.pitlane.platform.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void whatIsWrittenReadsBackCellForCell(FileFormat format) throws Exception {
        List<List<String>> rows = List.of(
                List.of("SKU", "Part Number", "name"),
                List.of("A-1", "00123", "Pad, \"front\"\nleft"),
                List.of("=HYPERLINK(\"x\")", "-5", "@sum"));
        Path file = dir.resolve("f" + format.extension());
        try (OutputStream out = Files.newOutputStream(file); TabularWriter w = TabularWriter.open(format, out, "s")) {
            rows.forEach(w::row);
        }
        Recorder read = new Recorder();
        TabularReader.read(format, file, read);

        assertThat(read.header).containsExactly("sku", "partnumber", "name");
        assertThat(read.rows).extracting(r -> r.get("partnumber")).containsExactly("00123", "-5");
        assertThat(read.rows.get(0).get("name")).isEqualTo("Pad, \"front\"\nleft");
        assertThat(read.rows.get(1).get("sku")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(read.rows.get(1).get("name")).isEqualTo("@sum");
        if (format == FileFormat.CSV) {
            // the quoted line break makes the third record start on line 4
            assertThat(read.rows).extracting(SheetRow::line).containsExactly(2, 4);
            assertThat(Files.readString(file)).contains("'=HYPERLINK");
        }
    }

    @Test
    void blankLinesAreSkippedAndShortRowsReadAsNull() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "\uFEFFsku,name\r\n\r\nA-1\r\nB-2,  Brake  \r\n", StandardCharsets.UTF_8);
        Recorder read = new Recorder();
        TabularReader.read(FileFormat.CSV, file, read);
        assertThat(read.header).containsExactly("sku", "name");
        assertThat(read.rows).extracting(SheetRow::line).containsExactly(3, 4);
        assertThat(read.rows.get(0).get("name")).isNull();
        assertThat(read.rows.get(1).get("name")).isEqualTo("Brake");
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsUnreadable() throws Exception {
        Path file = dir.resolve("f.xlsx");
        Files.writeString(file, "sku\nA");
        assertThatThrownBy(() -> TabularReader.read(FileFormat.XLSX, file, new Recorder()))
                .isInstanceOf(UnreadableFileException.class)
                .hasFieldOrPropertyWithValue("code", "unreadable-file");
        Path csv = dir.resolve("f.csv");
        Files.writeString(csv, "sku\n\"A");
        assertThatThrownBy(() -> TabularReader.read(FileFormat.CSV, csv, new Recorder()))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void theListenersOwnFailureIsNotTakenForABadFile() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "sku\nA\n");
        RowListener failing = new Recorder() {
            @Override
            public void row(SheetRow row) {
                throw new IllegalStateException("database down");
            }
        };
        assertThatThrownBy(() -> TabularReader.read(FileFormat.CSV, file, failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("database down");
    }

    @Test
    void headersAreMatchedTheWayPeopleWriteThem() {
        assertThat(Columns.keys(List.of("Part Number", "part_number", "partNumber", "PART-NUMBER", " GST rate ")))
                .containsExactly("partnumber", "partnumber", "partnumber", "partnumber", "gstrate");
    }

    static class Recorder implements RowListener {
        List<String> header;
        final List<SheetRow> rows = new ArrayList<>();

        @Override
        public void header(List<String> columnKeys) {
            header = columnKeys;
        }

        @Override
        public void row(SheetRow row) {
            rows.add(row);
        }
    }
}
