package dev.pitlane.billing.paymentgateway.application;

/** A configured provider: its adapter and the secret its webhooks are signed with (null: every one refused). */
public record PaymentProvider(PaymentGateway gateway, String webhookSecret) {
}
