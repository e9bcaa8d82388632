package io.openecma.schemas.tracing;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every service's {@link KafkaTracing}: over Quarkus' OpenTelemetry when tracing is on
 * ({@code OTEL_SDK_DISABLED=false}), otherwise {@link KafkaTracing#OFF}, so a service with tracing
 * off pays for no-op calls only (docs/operations.md, "Tracing").
 */
public class TracingProducer {

    @Produces
    @Singleton
    KafkaTracing kafkaTracing(Instance<OpenTelemetry> openTelemetry,
                              @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "true") boolean disabled) {
        return disabled || !openTelemetry.isResolvable() ? KafkaTracing.OFF : new KafkaTracing(openTelemetry.get());
    }
}
