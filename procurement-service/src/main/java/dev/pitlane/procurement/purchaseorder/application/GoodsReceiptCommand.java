package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.procurement.purchaseorder.domain.ReceiptLineInput;

import java.time.Instant;
import java.util.List;

public record GoodsReceiptCommand(Instant receivedAt, String deliveryNoteNumber, String note,
                                  List<ReceiptLineInput> lines) {
}
