package dev.pitlane.reporting.readmodel.application;

import dev.pitlane.reporting.readmodel.domain.ReadModel;

/** The tables of one read model, as a rebuild needs them. */
public interface ReadModelStore {

    ReadModel readModel();

    /**
     * Deletes the current organization's rows of this model, in the caller's transaction. A store with running
     * totals waits for the feeds applying events at that moment, so none of them adds to a row it deletes.
     */
    void reset();
}
