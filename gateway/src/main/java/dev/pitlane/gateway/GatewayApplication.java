package dev.pitlane.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The edge of Pitlane: one address for the frontend and partner systems. Checks the token, limits the rate,
 * routes {@code /api/v1/**} to the service that owns the path and answers every failure as problem+json.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
