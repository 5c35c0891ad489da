package dev.pitlane.platform.observability;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;

/** Lets code outside Spring beans (problem bodies) quote the current trace id. */
@AutoConfiguration
public class PlatformObservabilityConfiguration {

    @Bean
    SmartInitializingSingleton traceIdsTracer(ObjectProvider<Tracer> tracer) {
        return () -> tracer.ifAvailable(TraceIds::use);
    }
}
