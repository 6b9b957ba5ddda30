package dev.columndesk.web.api.column;

import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.service.editorial.ColumnDraft;
import dev.columndesk.service.editorial.ColumnQuery;
import dev.columndesk.service.editorial.ColumnReading;
import dev.columndesk.service.editorial.ColumnSort;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.publishing.PublishingService;
import dev.columndesk.service.review.ReviewService;
import dev.columndesk.web.api.Instants;
import dev.columndesk.web.api.JsonBodies;
import dev.columndesk.web.api.PageParameters;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/v1/columns}: create, list, read and save columns, and every workflow transition. A
 * response carrying one column carries its version as the {@code ETag}; a transition checks an
 * {@code If-Match} when one is sent, a save requires it.
 */
@Path("columns")
@Produces(MediaType.APPLICATION_JSON)
public class ColumnsResource {

  @Inject private EditorialService editorial;
  @Inject private ReviewService review;
  @Inject private PublishingService publishing;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ColumnDraft draft, @Context UriInfo uri) {
    EditorialColumn column = editorial.create(draft);
    return Response.created(uri.getAbsolutePathBuilder().path(column.getId().toString()).build())
        .entity(ColumnView.of(column))
        .tag(Versions.tag(column))
        .build();
  }

  /**
   * The columns the caller may see. Beyond the contract, {@code ?sort=} orders them by {@code
   * title}, {@code status}, {@code author}, {@code magazine}, {@code updated} or {@code publishAt},
   * with a leading {@code -} for descending; without it, most recently changed first.
   */
  @GET
  public Page<ColumnView> list(
      @QueryParam("status") String status,
      @QueryParam("author") String author,
      @QueryParam("magazine") String magazine,
      @QueryParam("tag") String tag,
      @QueryParam("q") String text,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    return editorial
        .list(
            ColumnQuery.of(status, author, magazine, tag, text),
            ColumnSort.of(sort),
            PageParameters.of(page, size))
        .map(ColumnView::summary);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    ColumnReading reading = editorial.read(id);
    return Response.ok(ColumnView.of(reading)).tag(Versions.tag(reading.column())).build();
  }

  /**
   * Saves new content. {@code ?autosave=true} marks the desk's own saves while typing: they make
   * revisions like any save but are not audited.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("autosave") boolean autosave,
      ColumnDraft draft) {
    return Versions.ok(editorial.save(id, Versions.required(ifMatch), draft, autosave));
  }

  @POST
  @Path("{id}/submit")
  public Response submit(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.ok(editorial.submit(id, Versions.optional(ifMatch)));
  }

  @POST
  @Path("{id}/withdraw")
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.ok(editorial.withdraw(id, Versions.optional(ifMatch)));
  }

  /** {@code {"comment"?}}. */
  @POST
  @Path("{id}/approve")
  public Response approve(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    String comment = JsonBodies.string(JsonBodies.object(body), "comment");
    return Versions.ok(review.approve(id, Versions.optional(ifMatch), comment));
  }

  /** {@code {"comment"}}, required: what should change. */
  @POST
  @Path("{id}/request-changes")
  public Response requestChanges(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    String comment = JsonBodies.string(JsonBodies.object(body), "comment");
    return Versions.ok(review.requestChanges(id, Versions.optional(ifMatch), comment));
  }

  /** {@code {"publishAt", "unpublishAt"?}}, ISO-8601 with any offset. */
  @POST
  @Path("{id}/schedule")
  public Response schedule(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    JsonObject request = JsonBodies.object(body);
    return Versions.ok(
        publishing.schedule(
            id,
            Versions.optional(ifMatch),
            Instants.parse("publishAt", JsonBodies.string(request, "publishAt")),
            Instants.parse("unpublishAt", JsonBodies.string(request, "unpublishAt"))));
  }

  @POST
  @Path("{id}/unschedule")
  public Response unschedule(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.ok(publishing.unschedule(id, Versions.optional(ifMatch)));
  }

  @POST
  @Path("{id}/publish")
  public Response publish(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.ok(publishing.publish(id, Versions.optional(ifMatch)));
  }

  @POST
  @Path("{id}/unpublish")
  public Response unpublish(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.ok(publishing.unpublish(id, Versions.optional(ifMatch)));
  }
}
