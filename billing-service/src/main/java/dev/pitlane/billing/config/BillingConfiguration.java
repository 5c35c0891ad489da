package dev.pitlane.billing.config;

import dev.pitlane.billing.invoice.domain.InvoicePricing;
import dev.pitlane.gst.GstCalculator;
import dev.pitlane.gst.GstRateTable;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BillingConfiguration {

    /** Invoice dates and financial years are Indian calendar dates; timestamps stay UTC instants. */
    @Bean
    Clock clock(@Value("${pitlane.billing.zone:Asia/Kolkata}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    InvoicePricing invoicePricing() {
        return new InvoicePricing(new GstCalculator(GstRateTable.standard()));
    }
}
