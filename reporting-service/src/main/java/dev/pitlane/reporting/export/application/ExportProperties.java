package dev.pitlane.reporting.export.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param directory  where the local-disk storage keeps the files
 * @param retention  how long a finished file can be downloaded
 * @param attempts   runs of a job before it is FAILED (the scheduler retries with exponential backoff)
 */
@ConfigurationProperties("pitlane.reporting.exports")
public record ExportProperties(Path directory, Duration retention, Integer attempts) {

    public ExportProperties {
        directory = directory == null ? Path.of(System.getProperty("java.io.tmpdir"), "pitlane-exports") : directory;
        retention = retention == null ? Duration.ofHours(24) : retention;
        attempts = attempts == null ? 3 : attempts;
    }
}
