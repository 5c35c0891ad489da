package dev.pitlane.reporting.export.file;

import dev.pitlane.reporting.export.application.ExportWriter;
import dev.pitlane.reporting.export.application.ExportWriters;
import dev.pitlane.reporting.export.domain.ExportFormat;
import org.springframework.stereotype.Component;

import java.io.OutputStream;

@Component
class FileExportWriters implements ExportWriters {

    @Override
    public ExportWriter open(ExportFormat format, OutputStream out) {
        return switch (format) {
            case CSV -> new CsvExportWriter(out);
            case XLSX -> new XlsxExportWriter(out);
        };
    }
}
