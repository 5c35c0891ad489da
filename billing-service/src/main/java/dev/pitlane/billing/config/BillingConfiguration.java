package dev.pitlane.billing.config;

import dev.pitlane.billing.invoice.domain.InvoicePricing;
import dev.pitlane.billing.paymentgateway.application.PaymentProvider;
import dev.pitlane.billing.paymentgateway.application.PaymentProviders;
import dev.pitlane.billing.paymentgateway.sandbox.SandboxPaymentGateway;
import dev.pitlane.gst.GstCalculator;
import dev.pitlane.gst.GstRateTable;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(BillingProperties.class)
class BillingConfiguration {

    /** Invoice dates and financial years are Indian calendar dates; timestamps stay UTC instants. */
    @Bean
    Clock clock(BillingProperties properties) {
        return Clock.system(ZoneId.of(properties.getZone()));
    }

    @Bean
    InvoicePricing invoicePricing() {
        return new InvoicePricing(new GstCalculator(GstRateTable.standard()));
    }

    @Bean
    PaymentProviders paymentProviders(BillingProperties properties) {
        Map<String, PaymentProvider> providers = new LinkedHashMap<>();
        properties.getPaymentProviders().forEach((name, p) -> {
            if (!"sandbox".equals(p.getAdapter())) {
                throw new IllegalStateException("payment provider " + name + ": unknown adapter " + p.getAdapter());
            }
            providers.put(name, new PaymentProvider(new SandboxPaymentGateway(name, p.getLinkBaseUrl()),
                    p.getWebhookSecret()));
        });
        return new PaymentProviders(providers);
    }
}
