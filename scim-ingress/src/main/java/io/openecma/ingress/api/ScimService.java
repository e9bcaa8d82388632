package io.openecma.ingress.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.auth.TokenVerifier;
import io.openecma.ingress.kafka.ChangePublisher;
import io.openecma.ingress.kafka.ConnectorRegistry;
import io.openecma.ingress.kafka.OutcomeWaiters;
import io.openecma.ingress.mapping.AttributeDiff;
import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.ingress.mapping.ResourceMapping;
import io.openecma.ingress.mapping.StoredObject;
import io.openecma.ingress.query.ConnectorSpace;
import io.openecma.ingress.query.FilterSql;
import io.openecma.ingress.query.SqlPredicate;
import io.openecma.ingress.scim.ListResponse;
import io.openecma.ingress.scim.Projection;
import io.openecma.ingress.scim.ResourceNodes;
import io.openecma.ingress.scim.ResourceReader;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.filter.FilterParser;
import io.openecma.ingress.scim.patch.PatchApplier;
import io.openecma.ingress.scim.patch.PatchRequestParser;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ObjectView;
import io.openecma.schemas.events.OutcomeStatus;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * SCIM operations on one connector. Reads come from the connector space; writes become a
 * {@link ScimChangeEvent} and are answered only with the {@link ScimOutcome} sync-core publishes once
 * the change reached the target system (or failed), bounded by {@code openecma.scim.outcome-timeout}.
 * The SCIM id of an object is its anchor value.
 */
@ApplicationScoped
public class ScimService {

    private static final Logger LOG = Logger.getLogger(ScimService.class);

    /** A resource and where it lives. */
    public record Located(ObjectNode resource, String location) {
    }

    private record CachedStatus(Optional<ConnectorSpace.ConnectorStatus> status, long expiresAt) {
    }

    private final Map<String, CachedStatus> statuses = new ConcurrentHashMap<>();

    @Inject
    ConnectorRegistry registry;
    @Inject
    TokenVerifier tokens;
    @Inject
    ConnectorSpace space;
    @Inject
    ChangePublisher publisher;
    @Inject
    OutcomeWaiters waiters;
    @Inject
    PasswordSealer sealer;

    @ConfigProperty(name = "openecma.scim.outcome-timeout", defaultValue = "30s")
    Duration outcomeTimeout;
    @ConfigProperty(name = "openecma.scim.retry-after-seconds", defaultValue = "30")
    int retryAfterSeconds;
    @ConfigProperty(name = "openecma.scim.default-count", defaultValue = "100")
    int defaultCount;
    @ConfigProperty(name = "openecma.scim.max-count", defaultValue = "1000")
    int maxCount;
    @ConfigProperty(name = "openecma.scim.status-cache", defaultValue = "2s")
    Duration statusCache;

    /** The connector, when the name is exactly one of ours and the token is its token. */
    public ConnectorModel authorize(String connectorName, String authorization) {
        if (!registry.loaded()) {
            throw ScimException.unavailable("connector definitions are still being loaded", 5);
        }
        ConnectorModel connector = registry.find(connectorName).orElseThrow(() -> ScimException.notFound(
                "there is no connector named '" + connectorName + "' (names are case-sensitive)"));
        tokens.check(connector, authorization);
        status(connectorName).filter(s -> "initial_import".equals(s.status())).ifPresent(s -> {
            throw ScimException.unavailable(s.detail() != null ? s.detail()
                    : "connector " + connectorName + " is running its first full import", s.retryAfterSeconds());
        });
        return connector;
    }

    public ListResponse<ObjectNode> list(ConnectorModel connector, String type, String filter, String startIndexText,
                                         String countText, String sortBy, String sortOrder, Projection projection,
                                         String base) {
        int startIndex = Math.max(1, integer(startIndexText, "startIndex", 1));
        int count = Math.min(maxCount, Math.max(0, integer(countText, "count", defaultCount)));
        // a malformed filter is refused even where there is nothing to search
        var parsed = filter == null || filter.isBlank() ? null : FilterParser.parseFilter(filter);
        Optional<ResourceMapping> found = connector.mapping(type);
        if (found.isEmpty()) {
            return ListResponse.of(List.of(), 0, startIndex);
        }
        ResourceMapping mapping = found.get();
        FilterSql sql = new FilterSql(mapping);
        SqlPredicate predicate = parsed == null ? SqlPredicate.TRUE : sql.translate(parsed);
        String order = sortBy == null || sortBy.isBlank() ? null : sql.sortExpression(sortBy);
        boolean descending = "descending".equalsIgnoreCase(sortOrder);
        if (sortOrder != null && !sortOrder.isBlank() && !descending && !"ascending".equalsIgnoreCase(sortOrder)) {
            throw ScimException.invalidValue("sortOrder must be ascending or descending");
        }
        if (predicate.isFalse()) {
            return ListResponse.of(List.of(), 0, startIndex);
        }
        ConnectorSpace.Page page = space.search(connector.name(), mapping.objectType(), predicate, order, descending,
                startIndex - 1, count);
        List<ObjectNode> resources = page.objects().stream()
                .map(o -> projection.apply(mapping.toResource(o, location(base, type, o.scimId())))).toList();
        return ListResponse.of(resources, page.total(), startIndex);
    }

    public ObjectNode get(ConnectorModel connector, String type, String id, Projection projection, String base) {
        ResourceMapping mapping = mapping(connector, type);
        StoredObject object = find(connector, mapping, type, id);
        return projection.apply(mapping.toResource(object, location(base, type, object.scimId())));
    }

    public CompletionStage<Located> create(ConnectorModel connector, String type, JsonNode body, String base) {
        ResourceMapping mapping = mapping(connector, type);
        ObjectNode resource = ResourceReader.read(body, mapping.model());
        EncryptedEnvelope password = takePassword(connector, resource);
        Map<String, Object> attributes = mapping.toAttributes(resource);
        String anchor = mapping.anchorOf(attributes).orElseThrow(() -> ScimException.invalidValue(
                "the " + mapping.model().name() + " has no value for the connector's anchor attribute '"
                        + mapping.anchorAttribute() + "'"));
        io.openecma.ingress.scim.ResourceIds.require(anchor, mapping.anchorAttribute());
        Optional<StoredObject> existing = space.byAnchor(connector.name(), mapping.objectType(), anchor);
        if (existing.isPresent() && !sameContent(mapping, existing.get(), attributes, base, type)) {
            throw ScimException.uniqueness("a " + mapping.model().name() + " with " + mapping.anchorAttribute() + " '"
                    + anchor + "' already exists");
        }
        // an identical create for an existing object may be the retry of one that timed out:
        // sync-core answers it from its record by the fingerprint, or with 409
        List<AttributeDelta> deltas = AttributeDiff.between(Map.of(), attributes, false);
        Boolean active = activeOf(mapping, resource);
        return send(connector, mapping, anchor, ChangeOperation.CREATE, deltas, active, password).thenApply(outcome -> {
            // the Export script may have returned the anchor the target chose: the outcome's id is the one to give out
            String id = outcome.object() != null && outcome.object().scimId() != null ? outcome.object().scimId()
                    : anchor;
            String location = location(base, type, id);
            return new Located(resultResource(connector, mapping, outcome, id, location), location);
        });
    }

    public CompletionStage<ObjectNode> replace(ConnectorModel connector, String type, String id, JsonNode body,
                                              String base) {
        ResourceMapping mapping = mapping(connector, type);
        StoredObject current = find(connector, mapping, type, id);
        String location = location(base, type, current.scimId());
        ObjectNode resource = ResourceReader.read(body, mapping.model());
        return write(connector, mapping, current, resource, null, ChangeOperation.REPLACE, location);
    }

    public CompletionStage<ObjectNode> patch(ConnectorModel connector, String type, String id, JsonNode body,
                                            String base) {
        ResourceMapping mapping = mapping(connector, type);
        var operations = PatchRequestParser.parse(body);
        StoredObject current = find(connector, mapping, type, id);
        String location = location(base, type, current.scimId());
        ObjectNode previous = mapping.toResource(current, location);
        ObjectNode resource = previous.deepCopy();
        new PatchApplier(mapping.model(), true).apply(resource, operations);
        return write(connector, mapping, current, resource, previous, ChangeOperation.MODIFY, location);
    }

    public CompletionStage<Void> delete(ConnectorModel connector, String type, String id) {
        ResourceMapping mapping = mapping(connector, type);
        StoredObject current = find(connector, mapping, type, id);
        return send(connector, mapping, current.anchor(), ChangeOperation.DELETE, List.of(), null, null)
                .thenApply(outcome -> null);
    }

    /** PUT and PATCH: the deltas between what is stored and what was asked; nothing to change answers at once. */
    private CompletionStage<ObjectNode> write(ConnectorModel connector, ResourceMapping mapping, StoredObject current,
                             ObjectNode resource, ObjectNode previous, ChangeOperation operation,
                             String location) {
        EncryptedEnvelope password = takePassword(connector, resource);
        Map<String, Object> before = mapping.toAttributes(mapping.toResource(current, location));
        Map<String, Object> after = new LinkedHashMap<>(mapping.toAttributes(resource, previous));
        Object anchorNow = after.get(mapping.anchorAttribute());
        if (anchorNow == null) {
            after.put(mapping.anchorAttribute(), before.getOrDefault(mapping.anchorAttribute(), current.anchor()));
        } else if (!anchorNow.toString().equals(current.anchor())) {
            throw ScimException.mutability("the anchor '" + mapping.anchorAttribute() + "' cannot change (is '"
                    + current.anchor() + "', asked '" + anchorNow + "')");
        }
        before.putIfAbsent(mapping.anchorAttribute(), current.anchor());
        List<AttributeDelta> deltas = AttributeDiff.between(before, after, operation == ChangeOperation.MODIFY);
        if (operation == ChangeOperation.REPLACE) {
            deltas = AttributeDiff.wholeReplacement(deltas, after);
        }
        Boolean active = activeOf(mapping, resource);
        if (active != null && active == current.active()) {
            active = null;
        }
        if (deltas.isEmpty() && active == null && password == null) {
            return CompletableFuture.completedFuture(mapping.toResource(current, location));
        }
        return send(connector, mapping, current.anchor(), operation, deltas, active, password)
                .thenApply(outcome -> resultResource(connector, mapping, outcome, current.anchor(), location));
    }

    /**
     * Publishes the change and completes with its outcome, holding no thread while it waits: the
     * outcome arrives from {@link OutcomeWaiters}, or the wait ends after {@code outcomeTimeout}.
     * Every failure completes the stage with a {@link ScimException}.
     */
    private CompletionStage<ScimOutcome> send(ConnectorModel connector, ResourceMapping mapping, String anchor,
                                              ChangeOperation operation, List<AttributeDelta> deltas, Boolean active,
                                              EncryptedEnvelope password) {
        if (!waiters.ready()) {
            throw ScimException.unavailable("this replica is not yet following the outcomes topic", 5);
        }
        UUID correlationId = UUID.randomUUID();
        OutcomeWaiters.Waiter registered;
        try {
            registered = waiters.register(correlationId);
        } catch (IllegalStateException e) {
            throw ScimException.unavailable("this replica is not yet following the outcomes topic", 5);
        }
        CompletableFuture<ScimOutcome> waiter = registered.outcome();
        ScimChangeEvent event = new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), correlationId,
                connector.name(), mapping.objectType(), anchor, anchor, operation, deltas, active,
                fingerprint(connector, mapping, anchor, operation, deltas, active, password != null),
                password != null, Instant.now(), password, registered.replyPartition());
        CompletableFuture<ScimOutcome> answer = new CompletableFuture<>();
        publisher.publish(event).whenComplete((metadata, error) -> {
            if (error != null) {
                waiters.forget(correlationId);
                LOG.errorf("change %s for %s/%s not published: %s", correlationId, connector.name(), anchor, error);
                answer.completeExceptionally(ScimException.unavailable(
                        "the change could not be queued (Kafka unavailable); nothing was changed", retryAfterSeconds));
            }
        });
        waiter.orTimeout(outcomeTimeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((outcome, error) -> {
            waiters.forget(correlationId);
            if (answer.isDone()) {
                return; // not published: already answered
            }
            if (error instanceof TimeoutException) {
                LOG.warnf("change %s for %s/%s: no outcome within %s; it is still being applied", correlationId,
                        connector.name(), anchor, outcomeTimeout);
                answer.completeExceptionally(ScimException.unavailable("the change was accepted and is still being"
                        + " applied to the target system; repeat the request later to get its result", retryAfterSeconds));
            } else if (error instanceof OutcomeWaiters.ReplyPartitionMoved) {
                // the change goes on; its outcome now reaches another replica, and a repeated request
                // is answered from the stored outcome
                answer.completeExceptionally(ScimException.unavailable("the change was accepted; this replica can no"
                        + " longer receive its result: repeat the request to get it", 1));
            } else if (error != null) {
                answer.completeExceptionally(ScimException.unavailable("waiting for the outcome failed: " + error,
                        retryAfterSeconds));
            } else if (outcome.status() == OutcomeStatus.FAILED) {
                answer.completeExceptionally(refused(outcome));
            } else {
                answer.complete(outcome);
            }
        });
        return answer;
    }

    private ScimException refused(ScimOutcome outcome) {
        int status = outcome.httpStatus() >= 400 ? outcome.httpStatus() : 400;
        String detail = outcome.detail() == null ? "the target system refused the change" : outcome.detail();
        Integer retryAfter = status == 503 && outcome.retryAfterSeconds() == null ? Integer.valueOf(retryAfterSeconds)
                : outcome.retryAfterSeconds();
        return new ScimException(status, outcome.scimType(), detail, status >= 500 ? retryAfter : null);
    }

    /** The resource after a successful write: the object as the outcome reports it, else as now stored. */
    private ObjectNode resultResource(ConnectorModel connector, ResourceMapping mapping, ScimOutcome outcome,
                                      String anchor, String location) {
        ObjectView view = outcome.object();
        if (view != null) {
            StoredObject object = new StoredObject(view.objectType(), view.anchor(),
                    view.scimId() == null ? view.anchor() : view.scimId(), view.attributes(), view.active(),
                    view.version(), null, Instant.now());
            return mapping.toResource(object, location);
        }
        return space.byScimId(connector.name(), mapping.objectType(), anchor)
                .map(o -> mapping.toResource(o, location))
                .orElseThrow(() -> ScimException.unavailable("the change was applied but the object cannot be read"
                        + " back yet", 1));
    }

    private static boolean sameContent(ResourceMapping mapping, StoredObject stored, Map<String, Object> requested,
                                       String base, String type) {
        Map<String, Object> current = mapping.toAttributes(mapping.toResource(stored, location(base, type,
                stored.scimId())));
        return requested.entrySet().stream().allMatch(e -> Objects.equals(current.get(e.getKey()), e.getValue()));
    }

    private EncryptedEnvelope takePassword(ConnectorModel connector, ObjectNode resource) {
        JsonNode password = ResourceNodes.get(resource, "password");
        if (password == null) {
            return null;
        }
        ResourceNodes.remove(resource, "password");
        if (!connector.passwords()) {
            throw ScimException.invalidValue("connector " + connector.name()
                    + " does not support password operations; the password was not accepted");
        }
        return sealer.seal(password.asText());
    }

    private static Boolean activeOf(ResourceMapping mapping, ObjectNode resource) {
        JsonNode active = ResourceNodes.get(resource, "active");
        return active != null && active.isBoolean() && mapping.model().core().attribute("active").isPresent()
                ? active.booleanValue() : null;
    }

    private static String fingerprint(ConnectorModel connector, ResourceMapping mapping, String anchor,
                                      ChangeOperation operation, List<AttributeDelta> deltas, Boolean active,
                                      boolean hasPassword) {
        String canonical = String.join("\n", connector.name(), mapping.objectType(), anchor, operation.name(),
                Json.write(deltas), Objects.toString(active), Boolean.toString(hasPassword));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private ResourceMapping mapping(ConnectorModel connector, String type) {
        return connector.mapping(type).orElseThrow(() -> "Groups".equals(type)
                ? ScimException.notFound("connector " + connector.name() + " has no Group object type")
                : ScimException.notFound("no resource type " + type));
    }

    private StoredObject find(ConnectorModel connector, ResourceMapping mapping, String type, String id) {
        return space.byScimId(connector.name(), mapping.objectType(), id).orElseThrow(() -> ScimException.notFound(
                "no " + mapping.model().name() + " with id '" + id + "'"));
    }

    private Optional<ConnectorSpace.ConnectorStatus> status(String connector) {
        long now = System.nanoTime();
        CachedStatus cached = statuses.get(connector);
        if (cached == null || cached.expiresAt - now < 0) {
            cached = new CachedStatus(space.status(connector), now + statusCache.toNanos());
            statuses.put(connector, cached);
        }
        return cached.status;
    }

    private static int integer(String text, String name, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue(name + " must be an integer, not '" + text + "'");
        }
    }

    private static String location(String base, String type, String id) {
        return base + "/" + type + "/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
