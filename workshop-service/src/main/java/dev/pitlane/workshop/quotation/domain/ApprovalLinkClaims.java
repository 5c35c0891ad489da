package dev.pitlane.workshop.quotation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a customer's approval link stands for: one version of one quotation of one organization, until it expires.
 * {@code nonce} makes each link distinct, so that using one (it is single-use) leaves the others of the same
 * version alone.
 */
public record ApprovalLinkClaims(UUID organizationId, UUID quotationId, int version, Instant expiresAt,
                                 UUID nonce) {
}
