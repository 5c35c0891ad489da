package dev.pitlane.workshop.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
class ClockConfiguration {

    /** Instants are UTC; each service center's local dates and hours come from its own time zone. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
