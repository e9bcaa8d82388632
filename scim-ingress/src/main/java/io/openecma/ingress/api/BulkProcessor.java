package io.openecma.ingress.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.ingress.scim.Projection;
import io.openecma.ingress.scim.ResourceNodes;
import io.openecma.ingress.scim.ScimException;
import io.openecma.schemas.events.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCIM Bulk (RFC 7644 section 3.7). Every operation is handed to the same {@link ScimService}
 * method a single request uses (create, replace, patch, delete), one after the other, so each goes
 * through the same mapping, checks and publish-and-wait. {@code bulkId:<id>} in a path or anywhere in
 * {@code data} is replaced by the id the POST with that bulkId created; an operation whose reference
 * is not yet resolvable waits, and runs as soon as it is (before the operations after it in the
 * request); one that stays unresolvable (unknown id,
 * failed create, or a cycle) is answered 409 {@code invalidValue}. {@code version} is If-Match.
 * After {@code failOnErrors} errors the remaining operations are not run (and not in the answer).
 */
@ApplicationScoped
public class BulkProcessor {

    static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    static final String BULK_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
    private static final Pattern REFERENCE = Pattern.compile("bulkId:([^/\"\\s]+)");
    private static final Pattern PATH = Pattern.compile("/?([A-Za-z]+)(?:/([^/]+))?/?");

    @Inject
    ScimService service;

    @ConfigProperty(name = "openecma.scim.bulk.max-operations", defaultValue = "100")
    int maxOperations;

    public int maxOperations() {
        return maxOperations;
    }

    private record Operation(int index, String method, String bulkId, String version, String path, JsonNode data) {
    }

    public ObjectNode process(ConnectorModel connector, JsonNode request, String base) {
        if (request == null || !request.isObject()) {
            throw ScimException.invalidSyntax("the request body must be a BulkRequest object");
        }
        JsonNode schemas = ResourceNodes.get(request, "schemas");
        if (schemas != null && (!schemas.isArray() || !containsIgnoreCase(schemas, BULK_REQUEST))) {
            throw ScimException.invalidValue("a bulk request's schemas must be [\"" + BULK_REQUEST + "\"]");
        }
        JsonNode operations = ResourceNodes.get(request, "Operations");
        if (operations == null || !operations.isArray()) {
            throw ScimException.invalidSyntax("a bulk request needs an Operations array");
        }
        if (operations.size() > maxOperations) {
            throw new ScimException(413, null, "the bulk request has " + operations.size()
                    + " operations; at most " + maxOperations + " are accepted (ServiceProviderConfig bulk.maxOperations)");
        }
        int failOnErrors = failOnErrors(request);
        List<Operation> pending = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            pending.add(operation(i, operations.get(i)));
        }
        Map<String, String> created = new HashMap<>();
        Map<String, String> failedBulkIds = new HashMap<>();
        ObjectNode[] answers = new ObjectNode[operations.size()];
        int errors = 0;
        boolean progress = true;
        while (!pending.isEmpty() && progress && (failOnErrors == 0 || errors < failOnErrors)) {
            progress = false;
            for (Iterator<Operation> it = pending.iterator(); it.hasNext() && (failOnErrors == 0 || errors < failOnErrors); ) {
                Operation op = it.next();
                String unresolved = unresolved(op, created);
                if (unresolved != null) {
                    continue;
                }
                it.remove();
                progress = true;
                ObjectNode answer = run(connector, op, created, base);
                answers[op.index()] = answer;
                if (Integer.parseInt(answer.get("status").asText()) >= 400) {
                    errors++;
                    if (op.bulkId() != null) {
                        failedBulkIds.put(op.bulkId(), answer.get("status").asText());
                    }
                }
                // start over: an operation that waited for this one runs before the ones after it
                break;
            }
        }
        // what is still pending refers to a bulkId that never came to be (or to each other)
        for (Operation op : pending) {
            if (failOnErrors != 0 && errors >= failOnErrors) {
                break;
            }
            String reference = unresolved(op, created);
            answers[op.index()] = failure(op, new ScimException(409, "invalidValue", "bulkId:" + reference
                    + " cannot be resolved: no operation created it"
                    + (failedBulkIds.containsKey(reference) ? " (its operation failed)" : "")));
            errors++;
        }
        ObjectNode response = Json.mapper().createObjectNode();
        response.putArray("schemas").add(BULK_RESPONSE);
        ArrayNode results = response.putArray("Operations");
        for (ObjectNode answer : answers) {
            if (answer != null) {
                results.add(answer);
            }
        }
        return response;
    }

    private ObjectNode run(ConnectorModel connector, Operation op, Map<String, String> created, String base) {
        try {
            if (op.method() == null) {
                throw ScimException.invalidSyntax("operation " + (op.index() + 1) + " has no method");
            }
            Matcher path = op.path() == null ? null : PATH.matcher(resolve(op.path(), created));
            if (path == null || !path.matches()) {
                throw ScimException.invalidSyntax("operation " + (op.index() + 1) + ": path must be /Users, /Groups"
                        + " or /<type>/<id>, not '" + op.path() + "'");
            }
            String type = resourceType(path.group(1));
            String id = path.group(2) == null ? null : URLDecoder.decode(path.group(2), StandardCharsets.UTF_8);
            JsonNode data = op.data() == null ? null : resolveAll(op.data().deepCopy(), created);
            String method = op.method().toUpperCase(Locale.ROOT);
            if (method.equals("POST")) {
                if (id != null) {
                    throw ScimException.invalidSyntax("a POST operation's path is the resource type, not an id");
                }
                if (op.bulkId() == null) {
                    throw ScimException.invalidSyntax("a POST operation needs a bulkId (RFC 7644 section 3.7)");
                }
                ScimService.Located result = Answers.await(service.create(connector, type, require(data), base));
                String newId = result.resource().path("id").asText();
                created.put(op.bulkId(), newId);
                return success(op, "201", result.location(), ETags.of(result.resource()));
            }
            if (id == null) {
                throw ScimException.invalidSyntax(method + " needs the path of one resource (/" + type + "/<id>)");
            }
            if (op.version() != null) {
                ETags.requireMatch(op.version(), ETags.of(service.get(connector, type, id, Projection.of(null, null),
                        base)));
            }
            return switch (method) {
                case "PUT" -> written(op, Answers.await(service.replace(connector, type, id, require(data), base)));
                case "PATCH" -> written(op, Answers.await(service.patch(connector, type, id, require(data), base)));
                case "DELETE" -> {
                    Answers.await(service.delete(connector, type, id));
                    yield success(op, "204", base + "/" + type + "/" + path.group(2), null);
                }
                default -> throw new ScimException(405, null, "method " + op.method()
                        + " is not a bulk operation (POST, PUT, PATCH, DELETE)");
            };
        } catch (ScimException e) {
            return failure(op, e);
        }
    }

    private static ObjectNode written(Operation op, ObjectNode resource) {
        return success(op, "200", resource.path("meta").path("location").asText(null), ETags.of(resource));
    }

    private static ObjectNode success(Operation op, String status, String location, String version) {
        ObjectNode answer = head(op);
        if (location != null) {
            answer.put("location", location);
        }
        if (version != null) {
            answer.put("version", version);
        }
        answer.put("status", status);
        return answer;
    }

    private static ObjectNode failure(Operation op, ScimException e) {
        ObjectNode answer = head(op);
        answer.put("status", Integer.toString(e.status()));
        answer.set("response", Json.mapper().valueToTree(e.toError()));
        return answer;
    }

    private static ObjectNode head(Operation op) {
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.put("method", op.method() == null ? "" : op.method().toUpperCase(Locale.ROOT));
        if (op.bulkId() != null) {
            answer.put("bulkId", op.bulkId());
        }
        return answer;
    }

    private static JsonNode require(JsonNode data) {
        if (data == null || data.isNull()) {
            throw ScimException.invalidSyntax("the operation has no data");
        }
        return data;
    }

    private static String resourceType(String segment) {
        if (segment.equalsIgnoreCase("Users")) {
            return "Users";
        }
        if (segment.equalsIgnoreCase("Groups")) {
            return "Groups";
        }
        throw ScimException.notFound("no resource type " + segment);
    }

    private static Operation operation(int index, JsonNode node) {
        if (!node.isObject()) {
            return new Operation(index, null, null, null, null, null);
        }
        return new Operation(index, text(node, "method"), text(node, "bulkId"), text(node, "version"),
                text(node, "path"), ResourceNodes.get(node, "data"));
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = ResourceNodes.get(node, name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int failOnErrors(JsonNode request) {
        JsonNode value = ResourceNodes.get(request, "failOnErrors");
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || value.asInt() < 0) {
            throw ScimException.invalidValue("failOnErrors must be a non-negative integer");
        }
        return value.asInt();
    }

    /** The first bulkId an operation refers to that no create has answered yet, or null. */
    private static String unresolved(Operation op, Map<String, String> created) {
        List<String> references = new ArrayList<>();
        collect(op.path() == null ? null : TextNode.valueOf(op.path()), references);
        collect(op.data(), references);
        return references.stream().filter(r -> !created.containsKey(r)).findFirst().orElse(null);
    }

    private static void collect(JsonNode node, List<String> references) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            Matcher m = REFERENCE.matcher(node.textValue());
            while (m.find()) {
                references.add(m.group(1));
            }
        }
        node.forEach(child -> collect(child, references));
    }

    private static String resolve(String text, Map<String, String> created) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(created.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static JsonNode resolveAll(JsonNode node, Map<String, String> created) {
        if (node.isTextual()) {
            return TextNode.valueOf(resolve(node.textValue(), created));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(resolveAll(field.getValue(), created)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolveAll(array.get(i), created));
            }
        }
        return node;
    }

    private static boolean containsIgnoreCase(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equalsIgnoreCase(element.asText())) {
                return true;
            }
        }
        return false;
    }
}
