package dev.pitlane.reporting.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
class ClockConfiguration {

    /** Today and this month are the business zone's; timestamps stay UTC instants. */
    @Bean
    Clock clock(ReportingProperties properties) {
        return Clock.system(properties.businessZone());
    }
}
