package dev.pitlane.platform.outbound;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The guard for user-given URLs and the HTTP client that calls them. */
@AutoConfiguration
@EnableConfigurationProperties(OutboundProperties.class)
public class PlatformOutboundConfiguration {

    @Bean
    OutboundUrlGuard outboundUrlGuard(OutboundProperties properties) {
        return new OutboundUrlGuard(properties.allowedHosts());
    }

    @Bean
    OutboundHttp outboundHttp(OutboundUrlGuard guard, OutboundProperties properties) {
        return new OutboundHttp(guard, properties.connectTimeout(), properties.responseTimeout());
    }
}
