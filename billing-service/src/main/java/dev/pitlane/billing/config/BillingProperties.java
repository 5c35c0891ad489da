package dev.pitlane.billing.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code pitlane.billing.*}. */
@ConfigurationProperties("pitlane.billing")
public class BillingProperties {

    /** The time zone whose calendar decides an invoice's date and financial year. */
    private String zone = "Asia/Kolkata";

    /**
     * {@code payment-providers.<name>}: the providers webhooks are accepted from. A provider not listed answers
     * 404; one listed without a webhook secret refuses every delivery.
     */
    private Map<String, Provider> paymentProviders = new LinkedHashMap<>();

    public static class Provider {
        /** The adapter: {@code sandbox}. */
        private String adapter = "sandbox";
        private String webhookSecret;
        /** Where the customer pays; the order id is appended. */
        private String linkBaseUrl = "https://sandbox.pay.local/pay/";

        public String getAdapter() {
            return adapter;
        }

        public void setAdapter(String adapter) {
            this.adapter = adapter;
        }

        public String getWebhookSecret() {
            return webhookSecret;
        }

        public void setWebhookSecret(String webhookSecret) {
            this.webhookSecret = webhookSecret;
        }

        public String getLinkBaseUrl() {
            return linkBaseUrl;
        }

        public void setLinkBaseUrl(String linkBaseUrl) {
            this.linkBaseUrl = linkBaseUrl;
        }
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public Map<String, Provider> getPaymentProviders() {
        return paymentProviders;
    }

    public void setPaymentProviders(Map<String, Provider> paymentProviders) {
        this.paymentProviders = paymentProviders;
    }
}
