package dev.pitlane.platform.web.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that moves stock or money: it refuses to run without an {@code Idempotency-Key} (400
 * {@code missing-header}), so a client's retry can never post twice.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IdempotencyRequired {
}
