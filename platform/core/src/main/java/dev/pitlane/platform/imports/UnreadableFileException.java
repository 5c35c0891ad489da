package dev.pitlane.platform.imports;

import dev.pitlane.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** The file is not the CSV or workbook it claims to be; nothing was imported. */
public class UnreadableFileException extends ApiException {

    public UnreadableFileException(FileFormat format, Throwable cause) {
        super(HttpStatus.BAD_REQUEST, "unreadable-file", "The file could not be read as "
                + (format == FileFormat.XLSX ? "an Excel workbook" : "CSV") + ": " + cause.getMessage());
        initCause(cause);
    }
}
