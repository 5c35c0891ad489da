package dev.pitlane.reporting.readmodel.application;

import dev.pitlane.reporting.readmodel.domain.ReadModel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The record of rebuilds per organization. */
public interface RebuildRuns {

    /** Records a running rebuild; a second one of the same model while one runs is a 409. */
    RebuildRun start(ReadModel model, String requestedBy);

    void finish(UUID id, long eventsApplied);

    void fail(UUID id, long eventsApplied, String error);

    Optional<RebuildRun> find(UUID id);

    /** The organizations any read model holds rows of (for the command that rebuilds them all). */
    List<UUID> organizations();
}
