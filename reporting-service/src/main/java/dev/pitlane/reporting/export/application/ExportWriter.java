package dev.pitlane.reporting.export.application;

import java.io.IOException;
import java.util.List;

/** Writes one export file row by row; nothing but the current row (and the format's own buffer) stays in memory. */
public interface ExportWriter extends AutoCloseable {

    void header(List<String> columns) throws IOException;

    void row(Object[] values) throws IOException;

    /** Finishes the file; the stream it writes to is closed too. */
    @Override
    void close() throws IOException;
}
