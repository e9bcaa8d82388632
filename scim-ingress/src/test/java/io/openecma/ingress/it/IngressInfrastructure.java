package io.openecma.ingress.it;

import io.openecma.schemas.events.Json;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaEndpoint;
import io.openecma.testsupport.PostgresEndpoint;
import io.openecma.testsupport.SharedKafka;
import io.openecma.testsupport.SharedPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;

import java.util.Map;
import java.util.Properties;

/**
 * The real infrastructure the ingress runs on in these tests: the shared Kafka broker and
 * PostgreSQL from test-support, the connector space created by sync-core's own Flyway migrations,
 * and the test connectors' snapshots published on the compacted connectors topic (as sync-core does).
 */
public class IngressInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KafkaEndpoint kafka = SharedKafka.endpoint();
        PostgresEndpoint postgres = SharedPostgres.endpoint();
        Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.user(), postgres.password())
                .locations("classpath:db/connector-space").load().migrate();
        publishSnapshots(kafka.bootstrapServers());
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "openecma.password.public-key", TestConnectors.PASSWORD_KEYS[0]);
    }

    private static void publishSnapshots(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(Topics.CONNECTORS, TestConnectors.HR, Json.writeBytes(TestConnectors.hr())));
            producer.send(new ProducerRecord<>(Topics.CONNECTORS, TestConnectors.OTHER,
                    Json.writeBytes(TestConnectors.other())));
            producer.send(new ProducerRecord<>(Topics.CONNECTORS, TestConnectors.REPLAY,
                    Json.writeBytes(TestConnectors.replay())));
            producer.send(new ProducerRecord<>(Topics.CONNECTORS, TestConnectors.IMPORTING,
                    Json.writeBytes(TestConnectors.importing())));
            producer.flush();
        }
    }

    @Override
    public void stop() {
        // the broker and the database are shared by the JVM and stopped at its exit
    }
}
