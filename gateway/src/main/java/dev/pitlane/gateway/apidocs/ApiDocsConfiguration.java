package dev.pitlane.gateway.apidocs;

import dev.pitlane.gateway.routing.ServiceTable;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One Swagger UI for the whole suite: its list of API documents is derived from the service table, so a new
 * service shows up there as soon as it is routed. The documents themselves are fetched through the gateway
 * ({@code /v3/api-docs/<service>}, routed to the service's own {@code /v3/api-docs}), so the browser needs no
 * access to the services. The gateway's own default document is switched off
 * ({@code springdoc.enable-default-api-docs=false}): it has no API of its own and would shadow those routes.
 * Production turns the Swagger UI off ({@code springdoc.swagger-ui.enabled=false}, the chart's apiDocs.enabled):
 * then there is no list to fill.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "springdoc.swagger-ui.enabled", matchIfMissing = true)
class ApiDocsConfiguration {

    @Bean
    InitializingBean swaggerUiUrls(SwaggerUiConfigProperties swaggerUi, ServiceTable table) {
        return () -> {
            Set<SwaggerUrl> urls = new LinkedHashSet<>();
            table.services().forEach(service -> urls.add(
                    new SwaggerUrl(service.name(), service.gatewayApiDocsPath(), service.name())));
            swaggerUi.setUrls(urls);
        };
    }
}
