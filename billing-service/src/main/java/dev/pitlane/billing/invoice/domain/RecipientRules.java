package dev.pitlane.billing.invoice.domain;

import dev.pitlane.platform.domain.DomainException;
import java.math.BigDecimal;

/**
 * What Rule 46 asks of the recipient's details before an invoice may be issued: a registered recipient's name,
 * address and GSTIN (46(d)); an unregistered recipient's name, address and state when the invoice is for ₹50,000 or
 * more (46(e)). This suite asks for the name on every invoice, so that no invoice is made out to nobody.
 */
public final class RecipientRules {

    public static final BigDecimal UNREGISTERED_ADDRESS_THRESHOLD = new BigDecimal("50000.00");

    private RecipientRules() {
    }

    public static void checkIssuable(Party recipient, BigDecimal grandTotal) {
        if (recipient == null || !Party.notBlank(recipient.name())) {
            throw DomainException.unprocessable("invoice.recipient-name-missing",
                    "the recipient's name is needed to issue the invoice");
        }
        if (recipient.gstin() != null && !recipient.hasAddress()) {
            throw DomainException.unprocessable("invoice.recipient-address-missing",
                    "a registered recipient's address (line, city, postal code, state) is needed to issue the invoice");
        }
        if (recipient.gstin() == null && grandTotal.compareTo(UNREGISTERED_ADDRESS_THRESHOLD) >= 0
                && !recipient.hasAddress()) {
            throw DomainException.unprocessable("invoice.recipient-address-missing", "an unregistered "
                    + "recipient's address and state are needed on an invoice of ₹50,000 or more");
        }
    }
}
