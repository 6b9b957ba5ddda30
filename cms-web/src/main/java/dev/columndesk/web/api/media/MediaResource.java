package dev.columndesk.web.api.media;

import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.media.ImageCheck;
import dev.columndesk.service.media.MediaService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.web.api.PageParameters;
import dev.columndesk.web.api.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code /api/v1/media}: upload an image as the raw request body (whatever {@code Content-Type}
 * says: the content decides), list the library, read and delete an item. Uploads have their own
 * size limit ({@code CMS_MEDIA_MAX_BYTES}) instead of the API's 2 MiB for JSON bodies, and are read
 * no further than that limit.
 */
@Path("media")
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

  @Inject private MediaService media;

  /** {@code ?filename=} keeps the file's own name as display text; it decides nothing. */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      @QueryParam("filename") String filename,
      @Context SecurityContext security,
      @Context UriInfo uri)
      throws IOException {
    if (security.getUserPrincipal() == null) { // before reading megabytes for nobody
      return new Problem(401, "Sign in with HTTP Basic to use this call").toResponse().build();
    }
    if (contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA)) {
      return new Problem(
              415,
              "Send the image's bytes as the request body itself, not as a form"
                  + " (multipart/form-data); ?filename= may name the file")
          .toResponse()
          .build();
    }
    ImageCheck check = media.check();
    long declared = length(contentLength);
    if (declared > check.maxBytes()) {
      throw check.tooLarge(declared);
    }
    MediaItem item = media.upload(readAtMost(body, check), filename);
    return Response.created(uri.getBaseUriBuilder().path("media").path(item.getName()).build())
        .entity(MediaView.of(item))
        .build();
  }

  @GET
  public Page<MediaView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return media.list(PageParameters.of(page, size)).map(MediaView::of);
  }

  @GET
  @Path("{name}")
  public MediaView get(@PathParam("name") String name) {
    return MediaView.of(media.get(name));
  }

  /** {@code 204}; {@code 409} while a column uses the image. */
  @DELETE
  @Path("{name}")
  public Response delete(@PathParam("name") String name) {
    media.delete(name);
    return Response.noContent().build();
  }

  /** The body, refused as too large as soon as it passes the limit, without reading the rest. */
  private static byte[] readAtMost(InputStream body, ImageCheck check) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = body.read(buffer)) > 0; ) {
      total += n;
      if (total > check.maxBytes()) {
        throw check.tooLarge(0);
      }
      bytes.write(buffer, 0, n);
    }
    return bytes.toByteArray();
  }

  private static long length(String header) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("Content-Length must be a number of bytes");
    }
  }
}
