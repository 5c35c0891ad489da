package dev.pitlane.reporting.export.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Where export files live until they expire: local disk by default, an object store behind the same port. */
public interface ExportStorage {

    OutputStream create(String key) throws IOException;

    InputStream open(String key) throws IOException;

    long size(String key) throws IOException;

    void delete(String key) throws IOException;
}
