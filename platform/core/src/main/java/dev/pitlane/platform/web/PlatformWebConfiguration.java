package dev.pitlane.platform.web;

import dev.pitlane.platform.security.PermissionCheckFirst;
import dev.pitlane.platform.security.PlatformSecurityConfiguration;
import dev.pitlane.platform.security.ProblemResponseWriter;
import dev.pitlane.platform.web.idempotency.IdempotencyFilter;
import dev.pitlane.platform.web.idempotency.IdempotencyRequiredInterceptor;
import dev.pitlane.platform.web.idempotency.IdempotencyStore;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The API conventions of every service: problem+json for every error, the permission checked before the body is
 * read, request size limits, Idempotency-Key handling, and an OpenAPI description with the bearer scheme.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, PlatformSecurityConfiguration.class},
        before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemExceptionHandler.class, ProblemErrorController.class})
public class PlatformWebConfiguration implements WebMvcConfigurer {

    /** Runs after Spring Security's filter chain (order -100), so the caller's organization is known. */
    private static final int AFTER_SECURITY = 0;

    private final ObjectProvider<MethodSecurityExpressionHandler> expressions;
    private final ApplicationContext context;

    PlatformWebConfiguration(ObjectProvider<MethodSecurityExpressionHandler> expressions,
                             ApplicationContext context) {
        this.expressions = expressions;
        this.context = context;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the permission first: a caller who may not do this learns nothing of the body's rules or headers
        registry.addInterceptor(new PermissionCheckFirst(
                expressions.getIfAvailable(DefaultMethodSecurityExpressionHandler::new), context));
        registry.addInterceptor(new IdempotencyRequiredInterceptor());
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(Environment env,
                                                                          ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBody(env), problems));
        registration.setOrder(Integer.MIN_VALUE + 100);
        return registration;
    }

    /** Around the Idempotency-Key filter, whose writes happen outside Spring MVC's exception handling. */
    @Bean
    @ConditionalOnBean(DataSource.class)
    FilterRegistrationBean<CommitFailureFilter> commitFailureFilter(JsonMapper mapper) {
        var registration = new FilterRegistrationBean<>(new CommitFailureFilter(mapper));
        registration.setOrder(AFTER_SECURITY - 1);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc) {
        return new IdempotencyStore(JdbcClient.create(jdbc));
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
                                                                ProblemResponseWriter problems, Environment env) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, problems, maxBody(env),
                env.getProperty("pitlane.web.idempotency.wait", Duration.class, Duration.ofSeconds(10)),
                env.getProperty("pitlane.web.idempotency.abandoned-after", Duration.class, Duration.ofMinutes(1))));
        registration.setOrder(AFTER_SECURITY);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    OperationCustomizer pitlanePermissionsInApiDocs() {
        return new PermissionsInApiDocs();
    }

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI pitlaneOpenApi(Environment env) {
        String app = env.getProperty("spring.application.name", "service");
        return new OpenAPI()
                .info(new Info().title("Pitlane " + app).version("v1")
                        .description("Errors are RFC 9457 problem+json with a stable `code`, the `traceId` and "
                                + "field `errors[]`. Lists are paged with `page`, `size` (max "
                                + PageQuery.MAX_SIZE + ") and `sort`. POSTs that move stock or money take an "
                                + "`Idempotency-Key` header."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    private static long maxBody(Environment env) {
        return DataSize.parse(env.getProperty("pitlane.web.max-body-size", "1MB")).toBytes();
    }
}
