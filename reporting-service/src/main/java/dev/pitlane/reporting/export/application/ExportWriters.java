package dev.pitlane.reporting.export.application;

import dev.pitlane.reporting.export.domain.ExportFormat;

import java.io.OutputStream;

/** Opens the writer of a format over a stream. */
public interface ExportWriters {

    ExportWriter open(ExportFormat format, OutputStream out);
}
