package io.openecma.core.console;

import io.openecma.core.admin.AdminResource;
import io.openecma.core.console.ActivityCharts.Chart;
import io.openecma.core.console.Views.ConnectorRow;
import io.openecma.core.console.Views.DeadLetterRow;
import io.openecma.core.console.Views.EntryErrorRow;
import io.openecma.core.console.Views.ObjectDetail;
import io.openecma.core.console.Views.ObjectRow;
import io.openecma.core.console.Views.Page;
import io.openecma.core.console.Views.RunRow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admin console's pages (signed in: {@link ConsoleGuard}). Reads and actions go through the
 * admin API's own code ({@link AdminResource}); a form posts, and the answer redirects back to
 * a page with a short message.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    static final int ENTRY_ERRORS_PAGE = 50;
    static final int SEARCH_PAGE = 50;

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance connectors(List<ConnectorRow> connectors, String message, boolean refresh);

        static native TemplateInstance runs(String connector, List<RunRow> runs, String message, boolean refresh);

        static native TemplateInstance run(String connector, RunRow run, List<EntryErrorRow> errors, Page page);

        static native TemplateInstance space(List<String> connectors, String connector, String by, String q,
                                             String attribute, List<ObjectRow> results, boolean searched, Page page,
                                             String message);

        static native TemplateInstance object(ObjectDetail detail, String message);

        static native TemplateInstance deadLetters(List<DeadLetterRow> letters, boolean all, String message);

        static native TemplateInstance activity(List<Chart> charts);
    }

    @Inject
    ConsoleQueries queries;
    @Inject
    AdminResource admin;
    @Inject
    ActivityCharts activity;

    @GET
    public Response home() {
        return redirect("/console/connectors", null);
    }

    @GET
    @Path("/connectors")
    public TemplateInstance connectors(@QueryParam("message") String message) {
        List<ConnectorRow> rows = queries.connectors();
        boolean running = rows.stream().anyMatch(r -> r.lastImport() != null && "running".equals(r.lastImport().status()));
        return Templates.connectors(rows, message, running);
    }

    @POST
    @Path("/connectors/{connector}/imports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startImport(@PathParam("connector") String connector, @FormParam("type") @DefaultValue("full") String type) {
        Response answer = admin.startImport(connector, type);
        String message = answer.getStatus() == 202
                ? "Started a " + type + " import of " + connector + " (run " + ((Map<?, ?>) answer.getEntity()).get("runId") + ")."
                : "Not started: " + ((Map<?, ?>) answer.getEntity()).get("error");
        return redirect("/console/connectors/" + ConsoleQueries.enc(connector) + "/runs", message);
    }

    @GET
    @Path("/connectors/{connector}/runs")
    public TemplateInstance runs(@PathParam("connector") String connector, @QueryParam("message") String message) {
        List<RunRow> runs = queries.runs(connector, 50);
        return Templates.runs(connector, runs, message, runs.stream().anyMatch(r -> "running".equals(r.status())));
    }

    @GET
    @Path("/connectors/{connector}/runs/{runId}")
    public TemplateInstance run(@PathParam("connector") String connector, @PathParam("runId") UUID runId,
                                @QueryParam("offset") @DefaultValue("0") int offset) {
        RunRow run = queries.run(connector, runId.toString());
        if (run == null) {
            throw new NotFoundException("no import run " + runId + " of connector " + connector);
        }
        int from = Math.max(0, offset);
        List<EntryErrorRow> errors = queries.entryErrors(connector, runId, from, ENTRY_ERRORS_PAGE);
        return Templates.run(connector, run, errors, Page.of(from, ENTRY_ERRORS_PAGE, errors.size()));
    }

    @GET
    @Path("/space")
    public TemplateInstance space(@QueryParam("connector") String connector, @QueryParam("by") @DefaultValue("anchor") String by,
                                  @QueryParam("q") String q, @QueryParam("attribute") String attribute,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("message") String message) {
        List<String> names = queries.connectors().stream().map(ConnectorRow::name).toList();
        String chosen = connector == null || connector.isBlank() ? (names.isEmpty() ? null : names.get(0)) : connector;
        boolean searched = chosen != null && q != null && !q.isBlank();
        int from = Math.max(0, offset);
        List<ObjectRow> results = searched ? queries.search(chosen, by, q.trim(), attribute, from, SEARCH_PAGE) : List.of();
        return Templates.space(names, chosen, by, q, attribute, results, searched, Page.of(from, SEARCH_PAGE, results.size()),
                message);
    }

    @GET
    @Path("/connectors/{connector}/objects/{objectType}/{anchor}")
    public TemplateInstance object(@PathParam("connector") String connector, @PathParam("objectType") String objectType,
                                   @PathParam("anchor") String anchor, @QueryParam("message") String message) {
        return Templates.object(queries.object(connector, objectType, anchor), message);
    }

    @POST
    @Path("/connectors/{connector}/objects/{objectType}/{anchor}/{action:retry|discard}")
    public Response objectAction(@PathParam("connector") String connector, @PathParam("objectType") String objectType,
                                 @PathParam("anchor") String anchor, @PathParam("action") String action) {
        String page = "/console/connectors/" + ConsoleQueries.enc(connector) + "/objects/" + ConsoleQueries.enc(objectType)
                + "/" + ConsoleQueries.enc(anchor);
        try {
            if ("retry".equals(action)) {
                admin.retry(connector, objectType, anchor);
                return redirect(page, "The change of " + anchor + " is queued for export again.");
            }
            admin.discard(connector, objectType, anchor);
        } catch (WebApplicationException e) {
            return redirect(page, "Not done: " + e.getMessage());
        }
        boolean stillThere = io.openecma.core.space.CsObject.count("connector = ?1 and objectType = ?2 and anchor = ?3",
                connector, objectType, anchor) > 0;
        return stillThere ? redirect(page, "The change of " + anchor + " was discarded.")
                : redirect("/console/space?connector=" + ConsoleQueries.enc(connector), "The object " + anchor
                + " was never in the target and is gone from the connector space.");
    }

    @GET
    @Path("/dead-letters")
    public TemplateInstance deadLetters(@QueryParam("all") @DefaultValue("false") boolean all,
                                        @QueryParam("message") String message) {
        return Templates.deadLetters(queries.deadLetters(all), all, message);
    }

    @POST
    @Path("/dead-letters/{messageId}/resolve")
    public Response resolve(@PathParam("messageId") UUID messageId) {
        admin.resolveDeadLetter(messageId);
        return redirect("/console/dead-letters", "Dead letter " + messageId + " is resolved.");
    }

    @GET
    @Path("/activity")
    public TemplateInstance activity() {
        return Templates.activity(activity.charts());
    }

    private static Response redirect(String path, String message) {
        String target = message == null ? path
                : path + (path.contains("?") ? "&" : "?") + "message=" + ConsoleQueries.enc(message);
        return Response.seeOther(URI.create(target)).build();
    }
}
