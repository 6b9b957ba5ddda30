package dev.columndesk.web.api.column;

import dev.columndesk.domain.column.Revision;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.web.api.PageParameters;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** {@code /api/v1/columns/{id}/revisions}: a column's history, one revision, and restoring one. */
@Path("columns/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionsResource {

  @Inject private EditorialService editorial;

  /** Newest first. */
  @GET
  public Page<RevisionSummary> list(
      @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
    return editorial.revisions(id, PageParameters.of(page, size)).map(RevisionSummary::of);
  }

  @GET
  @Path("{number}")
  public RevisionView get(@PathParam("id") long id, @PathParam("number") int number) {
    return RevisionView.of(editorial.revision(id, number));
  }

  /** Saves the revision's content again as the newest revision; {@code If-Match} required. */
  @POST
  @Path("{number}/restore")
  public Response restore(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.ok(editorial.restore(id, number, Versions.required(ifMatch)));
  }

  /**
   * A revision in a column's history.
   *
   * @param number 1, 2, 3… per column
   * @param kind CREATE, EDIT, AUTOSAVE or RESTORE
   * @param createdAt when it was saved
   * @param by who saved it (username)
   * @param restoredFrom for a restore, the revision it restored
   */
  @JsonbNillable
  @JsonbPropertyOrder({"number", "kind", "createdAt", "by", "restoredFrom"})
  public record RevisionSummary(
      int number, String kind, Instant createdAt, String by, Integer restoredFrom) {

    static RevisionSummary of(Revision revision) {
      return new RevisionSummary(
          revision.getNumber(),
          revision.getKind().name(),
          revision.getCreatedAt(),
          revision.getCreatedBy().getUsername(),
          revision.getRestoredFrom());
    }
  }

  /** One revision with its content. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "number",
    "kind",
    "createdAt",
    "by",
    "restoredFrom",
    "title",
    "subtitle",
    "summary",
    "body",
    "magazine",
    "tags",
    "cover"
  })
  public record RevisionView(
      int number,
      String kind,
      Instant createdAt,
      String by,
      Integer restoredFrom,
      String title,
      String subtitle,
      String summary,
      String body,
      String magazine,
      List<String> tags,
      String cover) {

    static RevisionView of(Revision revision) {
      return new RevisionView(
          revision.getNumber(),
          revision.getKind().name(),
          revision.getCreatedAt(),
          revision.getCreatedBy().getUsername(),
          revision.getRestoredFrom(),
          revision.getTitle(),
          revision.getSubtitle(),
          revision.getSummary(),
          revision.getBody(),
          revision.getMagazine() == null ? null : revision.getMagazine().getSlug(),
          revision.getTags(),
          ColumnView.coverUrl(revision.getCover()));
    }
  }
}
