package io.openecma.ingress.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.ingress.scim.ListResponse;
import io.openecma.ingress.scim.Projection;
import io.openecma.ingress.scim.ResourceNodes;
import io.openecma.ingress.scim.ScimException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.concurrent.CompletionStage;
import io.smallrye.common.annotation.Blocking;

/**
 * The SCIM endpoints of one connector; {@link Ecma2HostEndpoints} and {@link ScimV2Endpoints} mount
 * them at ECMA2Host's path and at a plain SCIM path. Query parameters the service does not know
 * (e.g. Entra's {@code aadOptscim062020}) are ignored.
 */
@Produces({ScimResponses.SCIM_JSON, "application/json"})
public abstract class ScimEndpoints {

    private static final String TYPES = "{type: Users|Groups}";

    @Inject
    ScimService service;

    @ConfigProperty(name = "openecma.scim.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @ConfigProperty(name = "openecma.scim.max-count", defaultValue = "1000")
    int maxCount;

    /** The path of a connector's SCIM root below the server root, without slashes at the ends. */
    protected abstract String root(String connector);

    @GET
    @Path(TYPES)
    public Response list(@PathParam("connector") String connector, @PathParam("type") String type,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @QueryParam("filter") String filter, @QueryParam("startIndex") String startIndex,
                         @QueryParam("count") String count, @QueryParam("sortBy") String sortBy,
                         @QueryParam("sortOrder") String sortOrder, @QueryParam("attributes") String attributes,
                         @QueryParam("excludedAttributes") String excludedAttributes, @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        return ScimResponses.ok(service.list(model, type, filter, startIndex, count, sortBy, sortOrder,
                Projection.of(attributes, excludedAttributes), base(uri, connector)));
    }

    @POST
    @Path(TYPES + "/.search")
    @Consumes({ScimResponses.SCIM_JSON, "application/json"})
    public Response search(@PathParam("connector") String connector, @PathParam("type") String type,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body,
                           @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        JsonNode request = parse(body);
        ListResponse<ObjectNode> result = service.list(model, type, text(request, "filter"),
                text(request, "startIndex"), text(request, "count"), text(request, "sortBy"),
                text(request, "sortOrder"), Projection.of(list(request, "attributes"),
                        list(request, "excludedAttributes")), base(uri, connector));
        return ScimResponses.ok(result);
    }

    @GET
    @Path(TYPES + "/{id}")
    public Response get(@PathParam("connector") String connector, @PathParam("type") String type,
                        @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @QueryParam("attributes") String attributes,
                        @QueryParam("excludedAttributes") String excludedAttributes,
                        @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        return ScimResponses.ok(service.get(model, type, id, Projection.of(attributes, excludedAttributes),
                base(uri, connector)));
    }

    // Writes return a stage: the request holds no thread while it waits for its outcome. @Blocking
    // keeps what runs before the wait (authorization, reads of the connector space) off the event loop.
    @POST
    @Path(TYPES)
    @Blocking
    @Consumes({ScimResponses.SCIM_JSON, "application/json"})
    public CompletionStage<Response> create(@PathParam("connector") String connector, @PathParam("type") String type,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body,
                           @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        return Answers.of(service.create(model, type, parse(body), base(uri, connector)),
                created -> Response.fromResponse(ScimResponses.status(201, created.resource()))
                        .location(URI.create(created.location())).build());
    }

    @PUT
    @Path(TYPES + "/{id}")
    @Blocking
    @Consumes({ScimResponses.SCIM_JSON, "application/json"})
    public CompletionStage<Response> replace(@PathParam("connector") String connector, @PathParam("type") String type,
                            @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            byte[] body, @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        return Answers.of(service.replace(model, type, id, parse(body), base(uri, connector)), ScimResponses::ok);
    }

    @PATCH
    @Path(TYPES + "/{id}")
    @Blocking
    @Consumes({ScimResponses.SCIM_JSON, "application/json"})
    public CompletionStage<Response> patch(@PathParam("connector") String connector, @PathParam("type") String type,
                          @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          byte[] body, @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        return Answers.of(service.patch(model, type, id, parse(body), base(uri, connector)), ScimResponses::ok);
    }

    @DELETE
    @Path(TYPES + "/{id}")
    @Blocking
    public CompletionStage<Response> delete(@PathParam("connector") String connector, @PathParam("type") String type,
                           @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        ConnectorModel model = service.authorize(connector, authorization);
        return Answers.of(service.delete(model, type, id), nothing -> Response.noContent().build());
    }

    @GET
    @Path("Schemas")
    public Response schemas(@PathParam("connector") String connector,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @jakarta.ws.rs.core.Context UriInfo uri) {
        return ScimResponses.ok(Discovery.schemas(service.authorize(connector, authorization), base(uri, connector)));
    }

    @GET
    @Path("Schemas/{id}")
    public Response schema(@PathParam("connector") String connector, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @jakarta.ws.rs.core.Context UriInfo uri) {
        return ScimResponses.ok(Discovery.schema(service.authorize(connector, authorization), id,
                base(uri, connector)));
    }

    @GET
    @Path("ResourceTypes")
    public Response resourceTypes(@PathParam("connector") String connector,
                                  @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @jakarta.ws.rs.core.Context UriInfo uri) {
        return ScimResponses.ok(Discovery.resourceTypes(service.authorize(connector, authorization),
                base(uri, connector)));
    }

    @GET
    @Path("ResourceTypes/{name}")
    public Response resourceType(@PathParam("connector") String connector, @PathParam("name") String name,
                                 @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                 @jakarta.ws.rs.core.Context UriInfo uri) {
        return ScimResponses.ok(Discovery.resourceType(service.authorize(connector, authorization), name,
                base(uri, connector)));
    }

    @GET
    @Path("ServiceProviderConfig")
    public Response serviceProviderConfig(@PathParam("connector") String connector,
                                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                          @jakarta.ws.rs.core.Context UriInfo uri) {
        return ScimResponses.ok(Discovery.serviceProviderConfig(service.authorize(connector, authorization),
                base(uri, connector), maxCount, maxBodyBytes));
    }

    private JsonNode parse(byte[] body) {
        if (body != null && body.length > maxBodyBytes) {
            throw BodyLimitFilter.tooLarge(maxBodyBytes);
        }
        return ScimJson.parse(body);
    }

    private String base(UriInfo uri, String connector) {
        String server = uri.getBaseUri().toString();
        return (server.endsWith("/") ? server : server + "/") + root(connector);
    }

    private static String text(JsonNode request, String name) {
        JsonNode value = ResourceNodes.get(request, name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String list(JsonNode request, String name) {
        JsonNode value = ResourceNodes.get(request, name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw ScimException.invalidValue(name + " must be an array of attribute names");
        }
        return String.join(",", java.util.stream.StreamSupport.stream(value.spliterator(), false)
                .map(JsonNode::asText).toList());
    }
}
