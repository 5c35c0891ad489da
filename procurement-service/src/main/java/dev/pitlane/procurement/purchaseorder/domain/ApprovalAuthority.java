package dev.pitlane.procurement.purchaseorder.domain;

import java.math.BigDecimal;

/**
 * What an approver may approve: up to {@code limit} (the organization's setting), or anything when
 * {@code unlimited}.
 */
public record ApprovalAuthority(String approver, boolean unlimited, BigDecimal limit) {
}
