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
import io.openecma.schemas.definition.PatchAnswer;
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

    /**
     * Resource-type segments in any letter case ({@code /users} as well as {@code /Users}): Microsoft's
     * reference server and most SCIM servers take both. Handlers pass the segment through {@link #type}.
     */
    private static final String TYPES = "{type: [Uu][Ss][Ee][Rr][Ss]|[Gg][Rr][Oo][Uu][Pp][Ss]}";
    /** ServiceProviderConfig, and serviceConfiguration, an older name some clients still ask for. */
    private static final String SERVICE_PROVIDER_CONFIG =
            "{config: [Ss][Ee][Rr][Vv][Ii][Cc][Ee]([Pp][Rr][Oo][Vv][Ii][Dd][Ee][Rr][Cc][Oo][Nn][Ff][Ii][Gg]"
                    + "|[Cc][Oo][Nn][Ff][Ii][Gg][Uu][Rr][Aa][Tt][Ii][Oo][Nn])}";

    @Inject
    ScimService service;
    @Inject
    BulkProcessor bulk;
    @Inject
    PublicBaseUrl publicBase;

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
        return ScimResponses.ok(service.list(model, type(type), filter, startIndex, count, sortBy, sortOrder,
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
        if (!request.isObject()) {
            throw ScimException.invalidSyntax("the body of a .search request must be a JSON object (a SearchRequest,"
                    + " RFC 7644 section 3.4.3), not " + request.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        ListResponse<ObjectNode> result = service.list(model, type(type), text(request, "filter"),
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
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                        @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        Projection projection = Projection.of(attributes, excludedAttributes);
        ObjectNode resource = service.get(model, type(type), id, Projection.of(null, null), base(uri, connector));
        String etag = ETags.of(resource);
        if (ETags.notModified(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return withETag(ScimResponses.ok(projection.apply(resource)), etag);
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
        return Answers.of(service.create(model, type(type), parse(body), base(uri, connector)),
                created -> Response.fromResponse(withETag(ScimResponses.status(201, created.resource()),
                        ETags.of(created.resource()))).location(URI.create(created.location())).build());
    }

    @PUT
    @Path(TYPES + "/{id}")
    @Blocking
    @Consumes({ScimResponses.SCIM_JSON, "application/json"})
    public CompletionStage<Response> replace(@PathParam("connector") String connector, @PathParam("type") String type,
                            @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            byte[] body, @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        JsonNode request = parse(body);
        checkIfMatch(model, type, id, ifMatch, uri, connector);
        return Answers.of(service.replace(model, type(type), id, request, base(uri, connector)),
                ScimEndpoints::written);
    }

    @PATCH
    @Path(TYPES + "/{id}")
    @Blocking
    @Consumes({ScimResponses.SCIM_JSON, "application/json"})
    public CompletionStage<Response> patch(@PathParam("connector") String connector, @PathParam("type") String type,
                          @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          byte[] body, @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        JsonNode request = parse(body);
        checkIfMatch(model, type, id, ifMatch, uri, connector);
        return Answers.of(service.patch(model, type(type), id, request, base(uri, connector)),
                model.patchAnswer() == PatchAnswer.noContent ? ScimEndpoints::patchedWithoutBody : ScimEndpoints::written);
    }

    @DELETE
    @Path(TYPES + "/{id}")
    @Blocking
    public CompletionStage<Response> delete(@PathParam("connector") String connector, @PathParam("type") String type,
                           @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        checkIfMatch(model, type, id, ifMatch, uri, connector);
        return Answers.of(service.delete(model, type(type), id), nothing -> Response.noContent().build());
    }

    /**
     * RFC 7644 section 3.7; the body limit is openecma.scim.max-body-bytes, as for any request (413
     * above). Its operations run one after the other (a later one may name an earlier one's bulkId),
     * so a bulk request holds its thread while they are applied.
     */
    @POST
    @Path("{bulk: [Bb][Uu][Ll][Kk]}")
    @Consumes({ScimResponses.SCIM_JSON, "application/json"})
    public Response bulk(@PathParam("connector") String connector,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body,
                         @jakarta.ws.rs.core.Context UriInfo uri) {
        ConnectorModel model = service.authorize(connector, authorization);
        return ScimResponses.ok(bulk.process(model, parse(body), base(uri, connector)));
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
    @Path(SERVICE_PROVIDER_CONFIG)
    public Response serviceProviderConfig(@PathParam("connector") String connector,
                                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                          @jakarta.ws.rs.core.Context UriInfo uri) {
        return ScimResponses.ok(Discovery.serviceProviderConfig(service.authorize(connector, authorization),
                base(uri, connector), maxCount, maxBodyBytes, bulk.maxOperations()));
    }

    /**
     * If-Match against the version stored now. The check is made when the request arrives, before the
     * change is sent: a write that lands between this read and the export is not detected.
     */
    private void checkIfMatch(ConnectorModel model, String type, String id, String ifMatch, UriInfo uri,
                              String connector) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, ETags.of(service.get(model, type(type), id, Projection.of(null, null),
                    base(uri, connector))));
        }
    }

    private static Response written(ObjectNode resource) {
        return withETag(ScimResponses.ok(resource), ETags.of(resource));
    }

    /** RFC 7644 section 3.5.2: 204 and the response headers, for clients that expect no body (scim.patchAnswer). */
    private static Response patchedWithoutBody(ObjectNode resource) {
        return withETag(Response.noContent().build(), ETags.of(resource));
    }

    private static Response withETag(Response response, String etag) {
        return etag == null ? response : Response.fromResponse(response).header(HttpHeaders.ETAG, etag).build();
    }

    /** The canonical resource-type segment ("Users" or "Groups") for a path segment in any case. */
    static String type(String segment) {
        return "groups".equalsIgnoreCase(segment) ? "Groups" : "Users";
    }

    private JsonNode parse(byte[] body) {
        if (body != null && body.length > maxBodyBytes) {
            throw BodyLimitFilter.tooLarge(maxBodyBytes);
        }
        return ScimJson.parse(body);
    }

    private String base(UriInfo uri, String connector) {
        return publicBase.serverRoot(uri) + root(connector);
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
