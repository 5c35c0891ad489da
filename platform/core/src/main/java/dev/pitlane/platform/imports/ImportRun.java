package dev.pitlane.platform.imports;

import java.nio.file.Path;
import java.util.Map;

/**
 * One import as its importer sees it: the uploaded file (a spooled copy, deleted after the run), its format, whether
 * it is a dry run (report what would change, change nothing), the request's options and the tally to count in.
 */
public record ImportRun(java.util.UUID jobId, Path file, FileFormat format, boolean dryRun,
                        Map<String, String> options, ImportTally tally) {

    public void read(RowListener listener) {
        TabularReader.read(format, file, listener);
    }

    public String option(String name) {
        return options.get(name);
    }
}
