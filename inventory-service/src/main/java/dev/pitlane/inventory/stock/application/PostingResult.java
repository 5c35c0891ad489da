package dev.pitlane.inventory.stock.application;

import java.util.List;
import java.util.UUID;

public record PostingResult(UUID movementId, List<LedgerEntry> entries, List<BalanceView> balances) {
}
