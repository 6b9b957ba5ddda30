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
  private transient Page<MediaTile> tiles;

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

  public Page<MediaTile> getTiles() {
    if (tiles == null) {
      Account me = settings.getAccount();
      tiles = media.list(new PageRequest(page, PAGE_SIZE)).map(item -> MediaTile.of(item, me));
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
    return MediaTile.readable(media.check().maxBytes());
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
