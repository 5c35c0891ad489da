package dev.pitlane.platform.imports;

/**
 * A service's import of one kind of file. It reads {@link ImportRun#read the rows}, counts each in the tally,
 * calls {@link ImportTally#checkpoint()} between its transactions, and writes nothing on a dry run. Throwing an
 * {@link dev.pitlane.platform.domain.DomainException} (missing columns) or
 * {@link dev.pitlane.platform.web.ApiException} (an unreadable file) fails the job with its code.
 */
@FunctionalInterface
public interface Importer {

    void run(ImportRun run);
}
