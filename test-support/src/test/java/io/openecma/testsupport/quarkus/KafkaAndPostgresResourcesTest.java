package io.openecma.testsupport.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.openecma.testsupport.SharedKafka;
import io.openecma.testsupport.SharedPostgres;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A Quarkus application configured by both test resources reaches the real broker and database. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class KafkaAndPostgresResourcesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theApplicationIsConfiguredWithTheSharedBrokerAndDatabase() {
        assertEquals(SharedKafka.endpoint().bootstrapServers(), bootstrapServers);
        assertEquals(SharedPostgres.endpoint().jdbcUrl(), jdbcUrl);
    }

    @Test
    void theDatasourceQueriesRealPostgresql() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            assertTrue(rs.next());
            assertEquals(17, rs.getInt(1));
        }
    }

    @Test
    void theBrokerAnswersAnAdminClient() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrapServers))) {
            Set<String> nodes = Set.of(admin.describeCluster().clusterId().get());
            assertEquals(1, nodes.size());
        }
    }
}
