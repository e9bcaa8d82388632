package io.openecma.worker;

import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.openecma.worker.Batches.batch;
import static io.openecma.worker.Batches.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two export sessions per connector in one worker: two consumers of the connector's group share
 * the export partitions (plus one on the imports topic), and batches on every partition are served.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@TestProfile(TwoSessionsTest.TwoSessions.class)
class TwoSessionsTest {

    public static final class TwoSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openecma.worker.sessions-per-connector", "2");
        }
    }

    @Test
    void twoConsumersShareTheExportPartitionsAndEveryBatchIsServed() throws Exception {
        try (ContractSide kafka = new ContractSide()) {
            String connector = "probe-" + UUID.randomUUID().toString().substring(0, 8);
            kafka.serve(ContractSide.definition(Path.of("src/test/resources/connectors/probe"), connector), 1);
            List<ExportBatch> batches = new ArrayList<>();
            Set<Integer> partitions = new java.util.HashSet<>();
            for (int i = 0; partitions.size() < 6 && i < 200; i++) {
                ExportBatch b = batch(connector, item("Id", "user-" + i, ObjectModificationType.Add));
                partitions.add(kafka.send(Topics.exports(connector), "user-" + i, b).partition());
                batches.add(b);
            }
            for (ExportBatch b : batches) {
                assertNull(kafka.await(ExportResult.class, r -> r.batchId().equals(b.batchId()), Duration.ofSeconds(60)).failure());
            }
            assertEquals(6, partitions.size());

            // The batches above may all have been served before the group settled (the second
            // consumer can join late and trigger a rebalance): wait, bounded, for a stable group.
            ConsumerGroupDescription group;
            List<Set<TopicPartition>> exportShares;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap()))) {
                String id = "openecma-script-worker-" + connector;
                do {
                    group = admin.describeConsumerGroups(List.of(id)).describedGroups().get(id).get();
                    exportShares = exportShares(group, connector);
                    if (group.groupState() == org.apache.kafka.common.GroupState.STABLE && exportShares.size() == 2) {
                        break;
                    }
                    Thread.sleep(200);
                } while (System.nanoTime() < deadline);
            }
            assertEquals(3, group.members().size(), "two export consumers and one import consumer: " + group);
            assertEquals(2, exportShares.size());
            assertTrue(exportShares.stream().allMatch(s -> s.size() == 3), String.valueOf(exportShares));
        }
    }

    private static List<Set<TopicPartition>> exportShares(ConsumerGroupDescription group, String connector) {
        return group.members().stream()
                .map(MemberDescription::assignment)
                .map(a -> a.topicPartitions().stream().filter(p -> p.topic().equals(Topics.exports(connector)))
                        .collect(Collectors.toSet()))
                .filter(s -> !s.isEmpty()).toList();
    }
}
