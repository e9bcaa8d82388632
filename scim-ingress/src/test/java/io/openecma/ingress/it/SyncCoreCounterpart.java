package io.openecma.ingress.it;

import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ObjectView;
import io.openecma.schemas.events.OutcomeStatus;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.PostgresEndpoint;
import io.openecma.testsupport.SharedKafka;
import io.openecma.testsupport.SharedPostgres;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * TEST CODE ONLY: plays sync-core's side of the Kafka contract against the real broker and database.
 * It consumes the {@link ScimChangeEvent}s the ingress publishes (the test asserts on them), writes
 * the object into {@code cs_object} as sync-core would after a successful export, and publishes the
 * {@link ScimOutcome} the waiting request gets. It is not a model of sync-core's batching or exports.
 */
public final class SyncCoreCounterpart implements AutoCloseable {

    /** A change event with the Kafka key it came with, and its W3C traceparent header (null: none). */
    public record Received(String key, ScimChangeEvent event, String traceparent) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final PostgresEndpoint postgres = SharedPostgres.endpoint();
    private Connection connection;
    /** Events polled but not yet asked for (a poll returns several). */
    private final List<Received> pending = new ArrayList<>();

    public SyncCoreCounterpart() {
        String servers = SharedKafka.endpoint().bootstrapServers();
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "sync-core-counterpart-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(c);
        consumer.subscribe(List.of(Topics.SCIM_CHANGES));
        long deadline = System.currentTimeMillis() + 30_000;
        while (consumer.assignment().isEmpty() && System.currentTimeMillis() < deadline) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.assignment().forEach(consumer::position);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    /** The next change event for this anchor (waits up to 20 s). */
    public Received awaitChange(String connector, String anchor) {
        return await(e -> e.connector().equals(connector) && e.anchor().equals(anchor));
    }

    public Received await(Predicate<ScimChangeEvent> wanted) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (java.util.Iterator<Received> it = pending.iterator(); it.hasNext(); ) {
                Received received = it.next();
                if (wanted.test(received.event())) {
                    it.remove();
                    return received;
                }
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                org.apache.kafka.common.header.Header traceparent = record.headers().lastHeader("traceparent");
                pending.add(new Received(record.key(), Json.read(record.value(), ScimChangeEvent.class),
                        traceparent == null ? null : new String(traceparent.value(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        throw new AssertionError("no matching ScimChangeEvent within 20 s");
    }

    /** Applies the change to cs_object (as a confirmed export would) and answers APPLIED. */
    public ObjectView confirm(ScimChangeEvent event) {
        return confirm(event, null);
    }

    /** As {@link #confirm(ScimChangeEvent)}, the outcome carrying this W3C traceparent header, as sync-core's outbox writes it. */
    public ObjectView confirm(ScimChangeEvent event, String traceparent) {
        ObjectView view;
        if (event.operation() == ChangeOperation.DELETE) {
            execute("DELETE FROM cs_object WHERE connector = ? AND object_type = ? AND anchor = ?",
                    event.connector(), event.objectType(), event.anchor());
            view = null;
        } else {
            Map<String, Object> attributes = event.operation() == ChangeOperation.CREATE ? new LinkedHashMap<>()
                    : attributes(event.connector(), event.objectType(), event.anchor());
            for (AttributeDelta delta : event.deltas()) {
                apply(event.objectType(), attributes, delta);
            }
            boolean active = event.active() != null ? event.active()
                    : activeOf(event.connector(), event.objectType(), event.anchor());
            long version = store(event.connector(), event.objectType(), event.anchor(), attributes, active);
            view = new ObjectView(event.anchor(), event.scimId(), event.objectType(), attributes, active, version);
        }
        publish(event, new ScimOutcome(Message.CURRENT_VERSION, UUID.randomUUID(), event.correlationId(), event.connector(),
                OutcomeStatus.APPLIED, event.operation() == ChangeOperation.CREATE ? 201
                : event.operation() == ChangeOperation.DELETE ? 204 : 200, null, null, null, view), traceparent);
        return view;
    }

    /** Confirms a create whose Export script returned another anchor (the target chose it), as sync-core does. */
    public ObjectView confirmAtReturnedAnchor(ScimChangeEvent event, String returnedAnchor) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (AttributeDelta delta : event.deltas()) {
            apply(event.objectType(), attributes, delta);
        }
        long version = store(event.connector(), event.objectType(), returnedAnchor, attributes, true);
        ObjectView view = new ObjectView(returnedAnchor, returnedAnchor, event.objectType(), attributes, true, version);
        publish(event, new ScimOutcome(Message.CURRENT_VERSION, UUID.randomUUID(), event.correlationId(), event.connector(),
                OutcomeStatus.APPLIED, 201, null, null, null, view));
        return view;
    }

    /** Answers FAILED, as sync-core does with a script's error. */
    public void fail(ScimChangeEvent event, int httpStatus, String scimType, String detail, Integer retryAfter) {
        publish(event, new ScimOutcome(Message.CURRENT_VERSION, UUID.randomUUID(), event.correlationId(), event.connector(),
                OutcomeStatus.FAILED, httpStatus, scimType, detail, retryAfter, null));
    }

    /** Puts an object into the connector space directly, as an import would. */
    public void seed(String connector, String objectType, String anchor, Map<String, Object> attributes,
                     boolean active) {
        store(connector, objectType, anchor, attributes, active);
    }

    public Map<String, Object> attributes(String connector, String objectType, String anchor) {
        try (PreparedStatement s = connection().prepareStatement(
                "SELECT attributes FROM cs_object WHERE connector = ? AND object_type = ? AND anchor = ?")) {
            s.setString(1, connector);
            s.setString(2, objectType);
            s.setString(3, anchor);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return new LinkedHashMap<>();
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = Json.mapper().readValue(rs.getString(1), LinkedHashMap.class);
                return map;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql, Object... params) {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean activeOf(String connector, String objectType, String anchor) {
        try (PreparedStatement s = connection().prepareStatement(
                "SELECT active FROM cs_object WHERE connector = ? AND object_type = ? AND anchor = ?")) {
            s.setString(1, connector);
            s.setString(2, objectType);
            s.setString(3, anchor);
            try (ResultSet rs = s.executeQuery()) {
                return !rs.next() || rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long store(String connector, String objectType, String anchor, Map<String, Object> attributes,
                       boolean active) {
        try (PreparedStatement s = connection().prepareStatement("""
                INSERT INTO cs_object (connector, object_type, anchor, scim_id, attributes, state, active, provisioned)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, true)
                ON CONFLICT (connector, object_type, anchor) DO UPDATE SET attributes = excluded.attributes,
                    state = excluded.state, active = excluded.active, provisioned = true,
                    version = cs_object.version + 1, updated_at = now()
                RETURNING version""")) {
            s.setString(1, connector);
            s.setString(2, objectType);
            s.setString(3, anchor);
            s.setString(4, anchor);
            s.setString(5, Json.write(attributes));
            s.setString(6, active ? "confirmed" : "soft_deleted");
            s.setBoolean(7, active);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void apply(String objectType, Map<String, Object> attributes, AttributeDelta delta) {
        switch (delta.kind()) {
            case REPLACE -> attributes.put(delta.attribute(), multiValued(objectType, delta.attribute())
                    ? new ArrayList<>(delta.values()) : delta.values().get(0));
            case CLEAR -> attributes.remove(delta.attribute());
            case ADD_VALUES -> {
                List<Object> values = new ArrayList<>(list(attributes.get(delta.attribute())));
                delta.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
                attributes.put(delta.attribute(), values);
            }
            case REMOVE_VALUES -> {
                List<Object> values = new ArrayList<>(list(attributes.get(delta.attribute())));
                values.removeAll(delta.values());
                attributes.put(delta.attribute(), values);
            }
        }
    }

    private static boolean multiValued(String objectType, String attribute) {
        return java.util.stream.Stream.of(TestConnectors.HR_SCHEMA, TestConnectors.REPLAY_SCHEMA)
                .anyMatch(schema -> schema.type(objectType).flatMap(t -> t.attribute(attribute))
                        .map(io.openecma.schemas.ecma.SchemaAttribute::multiValued).orElse(false));
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    }

    /** To the partition the waiting replica named, as sync-core does. */
    private void publish(ScimChangeEvent event, ScimOutcome outcome) {
        publish(event, outcome, null);
    }

    private void publish(ScimChangeEvent event, ScimOutcome outcome, String traceparent) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.OUTCOMES, event.replyPartition(),
                    Topics.outcomeKey(outcome.correlationId()), Json.writeBytes(outcome));
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One connection for the counterpart's life (opened on first use). */
    private synchronized Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
        }
        return connection;
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // closing anyway
        }
        consumer.close();
        producer.close();
    }
}
