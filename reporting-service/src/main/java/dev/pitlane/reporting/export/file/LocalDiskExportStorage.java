package dev.pitlane.reporting.export.file;

import dev.pitlane.reporting.export.application.ExportProperties;
import dev.pitlane.reporting.export.application.ExportStorage;
import org.springframework.stereotype.Component;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Export files on the local disk (a volume shared by the replicas, or one replica's own with sticky downloads). */
@Component
class LocalDiskExportStorage implements ExportStorage {

    private final Path root;

    LocalDiskExportStorage(ExportProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
    }

    @Override
    public OutputStream create(String key) throws IOException {
        Path file = resolve(key);
        Files.createDirectories(file.getParent());
        return new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** Keys are ours ({@code <org>/<job>.<ext>}); a key that leaves the directory is refused all the same. */
    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Export key outside the export directory: " + key);
        }
        return file;
    }
}
