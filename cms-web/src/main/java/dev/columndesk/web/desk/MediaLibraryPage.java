package dev.columndesk.web.desk;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.media.ImageCheck;
import dev.columndesk.service.media.MediaService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * Backs {@code /desk/media}: the media library as a grid of images, newest first, an upload that
 * the service checks by content (its refusal is shown beside the upload), and delete where the
 * person may.
 */
@Named("mediaLibrary")
@ViewScoped
public class MediaLibraryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Images on one page of the grid. */
  static final int PAGE_SIZE = 24;

  @Inject private MediaService media;
  @Inject private DeskSettings settings;

  private int page;
  private transient Part file;
  private String uploaded;
  private transient Page<Tile> tiles;

  /**
   * One image of the grid.
   *
   * @param name the server-made name
   * @param url where the site serves it
   * @param originalName the uploaded file's name, as text, or {@code null}
   * @param size its size as a person reads it
   * @param width in pixels
   * @param height in pixels
   * @param uploadedBy who uploaded it
   * @param uploadedAt when
   * @param deletable whether this person may delete it
   */
  public record Tile(
      String name,
      String url,
      String originalName,
      String size,
      int width,
      int height,
      String uploadedBy,
      Instant uploadedAt,
      boolean deletable)
      implements Serializable {

    static Tile of(MediaItem item, Account me) {
      return new Tile(
          item.getName(),
          item.getUrl(),
          item.getOriginalName(),
          readable(item.getByteSize()),
          item.getWidth(),
          item.getHeight(),
          item.getUploadedBy().getUsername(),
          item.getUploadedAt(),
          item.isDeletableBy(me));
    }
  }

  /** Checks the chosen file in the service and stores it; a refusal is shown beside the upload. */
  public void upload() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      MediaItem item = media.upload(read(file, media.check()), file.getSubmittedFileName());
      uploaded = item.getUrl();
      page = 0;
      tiles = null;
    } catch (IOException e) {
      uploaded = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, DeskMessages.text(faces, "media.uploadFailed"), null));
    } catch (RuntimeException e) {
      uploaded = null;
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      DeskFailures.report(faces, null, e);
    }
  }

  /** The bytes of the chosen file, refused unread when its size is over the limit. */
  private static byte[] read(Part part, ImageCheck check) throws IOException {
    if (part == null || part.getSize() == 0) {
      throw new InvalidInputException("Choose an image file to upload");
    }
    if (part.getSize() > check.maxBytes()) {
      throw check.tooLarge(part.getSize());
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) check.maxBytes() + 1);
    } finally {
      part.delete();
    }
  }

  public void delete(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      media.delete(name);
      tiles = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              DeskMessages.text(faces, "media.deleted").replace("{0}", name),
              null));
    } catch (RuntimeException e) {
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      DeskFailures.report(faces, null, e);
    }
  }

  public Page<Tile> getTiles() {
    if (tiles == null) {
      Account me = settings.getAccount();
      tiles = media.list(new PageRequest(page, PAGE_SIZE)).map(item -> Tile.of(item, me));
    }
    return tiles;
  }

  public void older() {
    if ((long) (page + 1) * PAGE_SIZE < getTiles().total()) {
      page++;
      tiles = null;
    }
  }

  public void newer() {
    if (page > 0) {
      page--;
      tiles = null;
    }
  }

  public boolean isHasOlder() {
    return (long) (page + 1) * PAGE_SIZE < getTiles().total();
  }

  public boolean isHasNewer() {
    return page > 0;
  }

  /** The largest file accepted, as a person reads it, for the upload's hint. */
  public String getMaxSize() {
    return readable(media.check().maxBytes());
  }

  /** A byte count in B, KiB or MiB, one decimal at most. */
  static String readable(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0).replace(".0 ", " ");
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024)).replace(".0 ", " ");
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  /** The address of the image just uploaded, or {@code null}. */
  public String getUploaded() {
    return uploaded;
  }
}
