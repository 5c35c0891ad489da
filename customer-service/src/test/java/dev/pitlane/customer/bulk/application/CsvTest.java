package dev.pitlane.customer.bulk.application;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void readsQuotedFieldsAndKnowsEachRowsLine() throws Exception {
        Sheet sheet = Csv.read(new StringReader("\uFEFFName,Phone,Notes\r\n\"Sharma, Priya\",98200,\"said \"\"hi\"\"\nthen left\"\n\nRahul,98201,'=1+1\n"));
        assertThat(sheet.header()).containsExactly("name", "phone", "notes");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(0).get("name")).isEqualTo("Sharma, Priya");
        assertThat(sheet.rows().get(0).get("notes")).isEqualTo("said \"hi\"\nthen left");
        assertThat(sheet.rows().get(1).line()).isEqualTo(5);
        assertThat(sheet.rows().get(1).get("notes")).isEqualTo("=1+1");
    }

    @Test
    void writesWhatItReadsAndDefusesFormulas() throws Exception {
        StringWriter out = new StringWriter();
        Csv.writeRow(out, List.of("name", "notes"));
        Csv.writeRow(out, List.of("D'Souza, Anil", "=HYPERLINK(\"x\")"));
        assertThat(out.toString()).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        Sheet back = Csv.read(new StringReader(out.toString()));
        assertThat(back.rows().get(0).get("name")).isEqualTo("D'Souza, Anil");
        assertThat(back.rows().get(0).get("notes")).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void countsLinesPastBlankLinesAndALastLineWithoutABreak() throws Exception {
        Sheet sheet = Csv.read(new StringReader("name,notes\r\n\r\n\"Iyer\",\"two\r\nlines\"\r\n,\r\n\nMenon,x"));
        assertThat(sheet.rows()).extracting(Sheet.Row::line).containsExactly(3, 5, 7);
        assertThat(sheet.rows().get(1).get("name")).isEmpty();
        assertThat(sheet.rows().get(2).get("notes")).isEqualTo("x");
    }

    @Test
    void refusesWhatIsNotCsv() {
        assertThatThrownBy(() -> Csv.read(new StringReader("name,notes\n\"Iyer\"x,y\n")))
                .isInstanceOf(IOException.class);
    }
}
