package dev.pitlane.procurement.partsissue.application;

import dev.pitlane.procurement.partsissue.domain.LineReceipt;

import java.util.List;

public record StoreReceiptCommand(List<LineReceipt> lines, String note) {
}
