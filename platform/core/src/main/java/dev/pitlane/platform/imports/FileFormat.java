package dev.pitlane.platform.imports;

import dev.pitlane.platform.web.ApiException;
import org.springframework.http.HttpStatus;

import java.util.Locale;

/** The two file formats every import reads and every export writes. */
public enum FileFormat {
    CSV("text/csv; charset=UTF-8", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String contentType;
    private final String extension;

    FileFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** From an uploaded file's name: .csv (or no name) or .xlsx; anything else is 415. */
    public static FileFormat ofFilename(String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv") || name.isEmpty()) {
            return CSV;
        }
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type",
                "Upload a .csv or .xlsx file");
    }

    /** From an export's {@code ?format=}: csv or xlsx, else 400 naming the parameter. */
    public static FileFormat ofParameter(String format) {
        return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw ApiException.badField("format", "Invalid", "must be csv or xlsx");
        };
    }
}
