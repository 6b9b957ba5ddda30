package dev.columndesk.web.site;

import dev.columndesk.domain.media.ImageType;
import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.media.MediaFile;
import dev.columndesk.service.media.MediaService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /media/<name>}: the images of the media library, from the database, so every instance
 * serves every image. Each answer is the exact type detected at upload with {@code nosniff}, under
 * a policy that allows nothing and sandboxes the document (an image opened on its own can run no
 * script, whatever bytes it holds), inline only for raster types. A name never changes its bytes
 * (it is made from their hash), so caches keep it for a year; the hash is the strong {@code ETag}.
 */
@WebServlet(MediaItem.PATH_PREFIX + "*")
public class MediaFiles extends HttpServlet {

  /** The policy of every media answer: no content of any kind, and a sandbox. */
  public static final String POLICY = "default-src 'none'; sandbox";

  private static final long serialVersionUID = 1L;

  @Inject private transient MediaService media;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    Optional<MediaFile> found =
        Optional.ofNullable(
                MediaItem.nameOf(path == null ? null : MediaItem.PATH_PREFIX + path.substring(1)))
            .flatMap(media::file);
    if (found.isEmpty()) {
      SitePage.send(SitePage.notFound(SiteText.site()), request, response);
      return;
    }
    MediaFile file = found.get();
    boolean raster = ImageType.ofContentType(file.contentType()).isPresent();
    String etag = "\"" + file.sha256() + "\"";
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("ETag", etag);
    if (SitePage.notModified(request, etag, null)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setHeader(
        "Content-Disposition",
        (raster ? "inline" : "attachment") + "; filename=\"" + file.name() + "\"");
    response.setContentType(raster ? file.contentType() : "application/octet-stream");
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
