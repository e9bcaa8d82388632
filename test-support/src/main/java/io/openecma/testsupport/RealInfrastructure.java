package io.openecma.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * For plain JUnit 5 tests (no Quarkus): constructor, test and lifecycle method parameters of type
 * {@link KafkaEndpoint}, {@link PostgresEndpoint} or {@link javax.sql.DataSource} receive the
 * JVM's shared real Kafka cluster or PostgreSQL database, started on first request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RealInfrastructureExtension.class)
public @interface RealInfrastructure {
}
