package dev.pitlane.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A full service on a random port, on a real PostgreSQL and a real Kafka broker, accepting {@link TestTokens}.
 * Every test class with the same configuration shares one Spring context (and so one database and broker). An
 * {@link OwnerDatabase} bean reads that database past row-level security.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PitlaneTestInitializer.class)
@Import(OwnerDatabase.class)
public @interface PitlaneIntegrationTest {
}
