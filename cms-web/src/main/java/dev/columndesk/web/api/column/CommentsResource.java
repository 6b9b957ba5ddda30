package dev.columndesk.web.api.column;

import dev.columndesk.domain.review.ReviewComment;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.review.ReviewService;
import dev.columndesk.web.api.PageParameters;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/**
 * {@code /api/v1/columns/{id}/comments}: the conversation between a column's author and editors.
 */
@Path("columns/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

  @Inject private ReviewService review;

  /** Oldest first. */
  @GET
  public Page<CommentView> list(
      @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
    return review.comments(id, PageParameters.of(page, size)).map(CommentView::of);
  }

  @GET
  @Path("{comment}")
  public CommentView get(@PathParam("id") long id, @PathParam("comment") long comment) {
    return CommentView.of(review.comment(id, comment));
  }

  /** {@code {"text", "quote"?, "replyTo"?}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("id") long id, NewComment request, @Context UriInfo uri) {
    NewComment comment = request == null ? new NewComment(null, null, null) : request;
    ReviewComment added = review.comment(id, comment.text(), comment.quote(), comment.replyTo());
    return Response.created(uri.getAbsolutePathBuilder().path(added.getId().toString()).build())
        .entity(CommentView.of(added))
        .build();
  }

  /**
   * A new comment.
   *
   * @param text what the comment says, 1 to 5000 characters
   * @param quote the passage it is about, up to 1000 characters
   * @param replyTo the id of the comment it answers
   */
  public record NewComment(String text, String quote, Long replyTo) {}

  /** A comment as the API shows it. */
  @JsonbNillable
  @JsonbPropertyOrder({"id", "author", "text", "quote", "replyTo", "revision", "createdAt"})
  public record CommentView(
      long id,
      AuthorView author,
      String text,
      String quote,
      Long replyTo,
      int revision,
      Instant createdAt) {

    static CommentView of(ReviewComment comment) {
      return new CommentView(
          comment.getId(),
          AuthorView.of(comment.getAuthor()),
          comment.getText(),
          comment.getQuote(),
          comment.getReplyTo(),
          comment.getRevision(),
          comment.getCreatedAt());
    }
  }
}
