package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A set of moves applied atomically: all of them or none.
 *
 * @param effectiveAt when it happened in the business (null: now); may be in the past, never in the future
 */
public record Posting(SourceDocumentType sourceDocumentType, String sourceDocumentId, String note,
                      Instant effectiveAt, UUID reservationId, List<Move> moves) {

    public static Posting of(SourceDocumentType type, String id, List<Move> moves) {
        return new Posting(type, id, null, null, null, moves);
    }

    public Posting forReservation(UUID reservation) {
        return new Posting(sourceDocumentType, sourceDocumentId, note, effectiveAt, reservation, moves);
    }
}
