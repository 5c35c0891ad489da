package dev.pitlane.workshop.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableFeignClients(basePackages = "dev.pitlane.workshop.customer.client")
class FeignConfiguration {
}
