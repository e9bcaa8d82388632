package io.openecma.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.kafka.ConnectorSnapshotFollower;
import io.openecma.schemas.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * schemas' {@link ConnectorSnapshotFollower} against the real broker. It is tested here because
 * test-support depends on schemas: schemas cannot use test-support's broker without a cycle. The
 * connectors topic is shared with whatever else this JVM published, so each test uses fresh names
 * and looks only at those.
 */
class ConnectorSnapshotFollowerTest {

    private static final Path SAMPLE = Path.of("../examples/connectors/csv");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static KafkaContractSide kafka;

    @BeforeAll
    static void contract() {
        kafka = new KafkaContractSide();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void whenCaughtUpEveryConnectorAlreadyInTheTopicIsKnownAndTombstonedOnesAreNot() throws Exception {
        String a = fresh("a");
        String b = fresh("b");
        String gone = fresh("gone");
        kafka.serve(definition(a), 1);
        kafka.serve(definition(b), 1);
        kafka.serve(definition(b), 2);
        kafka.serve(definition(gone), 1);
        kafka.remove(gone);

        Events events = new Events();
        try (ConnectorSnapshotFollower follower = follower(events)) {
            assertFalse(follower.caughtUp(), "not caught up before it started");
            follower.start();
            await(follower::caughtUp, "caught up");

            assertEquals(1, follower.find(a).orElseThrow().version());
            assertEquals(2, follower.find(b).orElseThrow().version());
            assertTrue(follower.find(gone).isEmpty());
            assertFalse(follower.current().containsKey(gone));
            // order is kept per connector (one key, one partition), not across connectors
            assertEquals(List.of("added " + a + " 1"), events.about(a));
            assertEquals(List.of("added " + b + " 1", "changed " + b + " 1->2"), events.about(b));
            assertEquals(List.of("added " + gone + " 1", "removed " + gone + " 1"), events.about(gone));
        }
    }

    @Test
    void afterCatchingUpItFollowsChangesIgnoresStaleVersionsAndSkipsWhatItCannotRead() throws Exception {
        String c = fresh("c");
        String broken = fresh("broken");
        Events events = new Events();
        LogCapture logs = LogCapture.install();
        try (ConnectorSnapshotFollower follower = follower(events)) {
            follower.start();
            await(follower::caughtUp, "caught up");

            kafka.serve(definition(c), 3);
            kafka.serve(definition(c), 2);
            kafka.serve(definition(c), 4);
            kafka.remove(c);
            // the same key after the unreadable record: same partition, read after it
            kafka.sendRaw(Topics.CONNECTORS, broken, "{not a snapshot".getBytes(StandardCharsets.UTF_8));
            kafka.serve(definition(broken), 1);
            // Wait for what the listener was told: the follower updates find() just before it calls
            // the listener, so find() alone can run ahead of the events asserted below.
            await(() -> !events.about(broken).isEmpty(), broken + " reached the listener after its unreadable record");
            await(() -> events.about(c).contains("removed " + c + " 4"), c + " removal reached the listener");
            assertTrue(follower.find(broken).isPresent());
            assertTrue(follower.find(c).isEmpty());

            assertEquals(List.of("added " + c + " 3", "changed " + c + " 3->4", "removed " + c + " 4"), events.about(c));
            assertEquals(List.of("added " + broken + " 1"), events.about(broken));
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("unreadable connector snapshot with key " + broken)),
                    String.join("\n", logs.lines()));
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("connector " + c + ": stale snapshot version 2")),
                    String.join("\n", logs.lines()));
        } finally {
            logs.uninstall();
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheFollower() throws Exception {
        String refused = fresh("refused");
        String next = fresh("next");
        Events events = new Events();
        ConnectorSnapshotFollower.Listener failing = new ConnectorSnapshotFollower.Listener() {
            @Override
            public void added(ConnectorSnapshot snapshot) {
                if (snapshot.connector().equals(refused)) {
                    throw new IllegalStateException("cannot serve " + refused);
                }
                events.added(snapshot);
            }
        };
        try (ConnectorSnapshotFollower follower = follower(failing)) {
            follower.start();
            await(follower::caughtUp, "caught up");
            kafka.serve(definition(refused), 1);
            kafka.serve(definition(next), 1);
            await(() -> !events.about(next).isEmpty(), next + " reached the listener");

            assertEquals(List.of("added " + next + " 1"), events.about(refused, next));
            assertTrue(follower.find(refused).isPresent(), "the follower still knows the connector the listener refused");
        }
    }

    @Test
    void aListenerThatCannotLinkAClassDoesNotStopTheFollowerEither() throws Exception {
        String broken = fresh("broken");
        String next = fresh("next");
        Events events = new Events();
        ConnectorSnapshotFollower.Listener failing = new ConnectorSnapshotFollower.Listener() {
            @Override
            public void added(ConnectorSnapshot snapshot) {
                if (snapshot.connector().equals(broken)) {
                    throw new NoClassDefFoundError("a runtime class of " + broken);
                }
                events.added(snapshot);
            }
        };
        try (ConnectorSnapshotFollower follower = follower(failing)) {
            follower.start();
            await(follower::caughtUp, "caught up");
            kafka.serve(definition(broken), 1);
            kafka.serve(definition(next), 1);
            await(() -> !events.about(next).isEmpty(), next + " reached the listener");

            assertEquals(List.of("added " + next + " 1"), events.about(broken, next));
        }
    }

    @Test
    void listenerOfHandsNewAndChangedSnapshotsAlikeToUpdated() throws Exception {
        String x = fresh("x");
        List<String> updated = new CopyOnWriteArrayList<>();
        List<String> removed = new CopyOnWriteArrayList<>();
        try (ConnectorSnapshotFollower follower = follower(ConnectorSnapshotFollower.Listener.of(
                s -> updated.add(s.connector() + " " + s.version()), removed::add))) {
            follower.start();
            await(follower::caughtUp, "caught up");
            kafka.serve(definition(x), 1);
            kafka.serve(definition(x), 2);
            kafka.remove(x);
            await(() -> removed.contains(x), x + " removed");

            assertEquals(List.of(x + " 1", x + " 2"), updated.stream().filter(u -> u.startsWith(x + " ")).toList());
            assertEquals(List.of(x), removed.stream().filter(x::equals).toList());
        }
    }

    @Test
    void closingStopsTheFollowerAndAFollowerNeverStartedClosesToo() throws Exception {
        String after = fresh("after");
        Events events = new Events();
        ConnectorSnapshotFollower follower = follower(events);
        follower.start();
        await(follower::caughtUp, "caught up");
        follower.close();
        kafka.serve(definition(after), 1);
        // A follower that still ran would pick this up; the one that follows next proves it was published.
        try (ConnectorSnapshotFollower witness = follower(new Events())) {
            witness.start();
            await(witness::caughtUp, "witness caught up");
            assertTrue(witness.find(after).isPresent());
        }
        assertTrue(follower.find(after).isEmpty());
        assertTrue(events.about(after).isEmpty());

        follower(new Events()).close();
    }

    private static ConnectorSnapshotFollower follower(ConnectorSnapshotFollower.Listener listener) {
        return new ConnectorSnapshotFollower(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
                ConsumerConfig.CLIENT_ID_CONFIG, "follower-test-" + UUID.randomUUID()), listener);
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ConnectorDefinition definition(String name) throws IOException {
        return KafkaContractSide.definition(SAMPLE, name);
    }

    /** Bounded wait for a condition the follower's thread brings about. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    /** What the listener was told, in order, as short lines. */
    private static final class Events implements ConnectorSnapshotFollower.Listener {

        private final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void added(ConnectorSnapshot snapshot) {
            lines.add("added " + snapshot.connector() + " " + snapshot.version());
        }

        @Override
        public void changed(ConnectorSnapshot previous, ConnectorSnapshot current) {
            lines.add("changed " + current.connector() + " " + previous.version() + "->" + current.version());
        }

        @Override
        public void removed(ConnectorSnapshot last) {
            lines.add("removed " + last.connector() + " " + last.version());
        }

        List<String> about(String... connectors) {
            return lines.stream().filter(l -> List.of(connectors).contains(l.split(" ")[1])).toList();
        }
    }
}
