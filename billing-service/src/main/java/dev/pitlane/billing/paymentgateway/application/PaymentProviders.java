package dev.pitlane.billing.paymentgateway.application;

import java.util.Map;
import java.util.Optional;

/** The providers webhooks are accepted from and payment links are made at, by name. */
public record PaymentProviders(Map<String, PaymentProvider> byName) {

    public PaymentProviders {
        byName = Map.copyOf(byName);
    }

    public Optional<PaymentProvider> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
