package io.openecma.testsupport.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.SharedKafka;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A second application start with a different set of resources: it must get the same broker as
 * the other test classes of this JVM, not a second one (Quarkus loads resources per start).
 */
@QuarkusTest
@TestProfile(KafkaOnlyResourceTest.WithoutDatabase.class)
@WithTestResource(KafkaResource.class)
class KafkaOnlyResourceTest {

    /** This application has no database resource, so its datasource is switched off. */
    public static class WithoutDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.active", "false");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void getsTheJvmWideBroker() {
        assertEquals(SharedKafka.endpoint().bootstrapServers(), bootstrapServers);
        assertEquals(System.getProperty("io.openecma.testsupport.kafka.bootstrap"), bootstrapServers);
    }
}
