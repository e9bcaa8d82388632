package io.openecma.ingress.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.ingress.mapping.ResourceMapping;
import io.openecma.ingress.scim.ListResponse;
import io.openecma.ingress.scim.ResourceModel;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.ScimSchema;
import io.openecma.ingress.scim.ScimSchemas;
import io.openecma.ingress.scim.filter.FilterParser;
import io.openecma.ingress.scim.patch.PatchRequestParser;
import io.openecma.schemas.events.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /Schemas, /ResourceTypes and /ServiceProviderConfig of one connector (RFC 7644 section 4). */
public final class Discovery {

    private Discovery() {
    }

    public static ListResponse<ObjectNode> schemas(ConnectorModel connector, String base) {
        List<ObjectNode> result = new ArrayList<>();
        schemaMap(connector).values().forEach(s -> result.add(schemaResource(s, base)));
        return ListResponse.of(result, result.size(), 1);
    }

    public static ObjectNode schema(ConnectorModel connector, String id, String base) {
        return schemaMap(connector).values().stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst()
                .map(s -> schemaResource(s, base))
                .orElseThrow(() -> ScimException.notFound("no schema '" + id + "'"));
    }

    public static ListResponse<ObjectNode> resourceTypes(ConnectorModel connector, String base) {
        List<ObjectNode> result = models(connector).stream().map(m -> resourceType(m, base)).toList();
        return ListResponse.of(result, result.size(), 1);
    }

    public static ObjectNode resourceType(ConnectorModel connector, String name, String base) {
        return models(connector).stream().filter(m -> m.name().equals(name)).findFirst()
                .map(m -> resourceType(m, base))
                .orElseThrow(() -> ScimException.notFound("no resource type '" + name + "'"));
    }

    public static ObjectNode serviceProviderConfig(ConnectorModel connector, String base, int maxResults,
                                                   long maxBodyBytes, int maxBulkOperations) {
        ObjectNode config = Json.mapper().createObjectNode();
        config.putArray("schemas").add(ScimSchemas.SERVICE_PROVIDER_CONFIG);
        config.put("documentationUri", "https://github.com/openecma/openecma/blob/main/docs/compatibility/scim.md");
        config.putObject("patch").put("supported", true);
        config.putObject("bulk").put("supported", true).put("maxOperations", maxBulkOperations)
                .put("maxPayloadSize", maxBodyBytes);
        config.putObject("filter").put("supported", true).put("maxResults", maxResults);
        config.putObject("changePassword").put("supported", connector.passwords());
        config.putObject("sort").put("supported", true);
        config.putObject("etag").put("supported", true);
        ArrayNode schemes = config.putArray("authenticationSchemes");
        schemes.addObject().put("type", "oauthbearertoken").put("name", "Bearer token")
                .put("description", "The connector's secret token, sent as Authorization: Bearer <token>")
                .put("primary", true);
        ObjectNode meta = config.putObject("meta");
        meta.put("resourceType", "ServiceProviderConfig");
        meta.put("location", base + "/ServiceProviderConfig");
        config.putObject("limits").put("maxBodyBytes", maxBodyBytes)
                .put("maxFilterLength", FilterParser.MAX_LENGTH)
                .put("maxPatchOperations", PatchRequestParser.MAX_OPERATIONS);
        return config;
    }

    private static List<ResourceModel> models(ConnectorModel connector) {
        List<ResourceModel> models = new ArrayList<>();
        models.add(connector.users().model());
        connector.groups().map(ResourceMapping::model).ifPresent(models::add);
        return models;
    }

    private static Map<String, ScimSchema> schemaMap(ConnectorModel connector) {
        Map<String, ScimSchema> schemas = new LinkedHashMap<>();
        for (ResourceModel model : models(connector)) {
            schemas.put(model.core().id(), model.core());
            model.extensions().forEach(e -> schemas.put(e.id(), e));
        }
        return schemas;
    }

    private static ObjectNode schemaResource(ScimSchema schema, String base) {
        ObjectNode node = Json.mapper().valueToTree(schema);
        node.putArray("schemas").add(ScimSchemas.SCHEMA);
        ObjectNode meta = node.putObject("meta");
        meta.put("resourceType", "Schema");
        meta.put("location", base + "/Schemas/" + schema.id());
        return node;
    }

    private static ObjectNode resourceType(ResourceModel model, String base) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.putArray("schemas").add(ScimSchemas.RESOURCE_TYPE);
        node.put("id", model.name());
        node.put("name", model.name());
        node.put("endpoint", model.endpoint());
        node.put("description", model.name() + " of the connected system");
        node.put("schema", model.core().id());
        ArrayNode extensions = node.putArray("schemaExtensions");
        model.extensions().forEach(e -> extensions.addObject().put("schema", e.id()).put("required", false));
        ObjectNode meta = node.putObject("meta");
        meta.put("resourceType", "ResourceType");
        meta.put("location", base + "/ResourceTypes/" + model.name());
        return node;
    }
}
