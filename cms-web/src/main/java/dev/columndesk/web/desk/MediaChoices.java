package dev.columndesk.web.desk;

import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.media.MediaService;
import dev.columndesk.service.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The media library as the column editor offers it: the newest images, for the cover picker and for
 * inserting an image into the body by the desk's own {@code /media/} address.
 */
@Named
@RequestScoped
public class MediaChoices {

  /** How many of the newest images the editor offers. */
  static final int OFFERED = PageRequest.MAX_SIZE;

  @Inject private MediaService media;

  private List<Choice> recent;

  /**
   * An image to choose.
   *
   * @param url its desk address, {@code /media/<name>}
   * @param label its file name and size in pixels
   */
  public record Choice(String url, String label) {

    static Choice of(MediaItem item) {
      String name = item.getOriginalName() == null ? item.getName() : item.getOriginalName();
      return new Choice(
          item.getUrl(), name + " (" + item.getWidth() + "×" + item.getHeight() + ")");
    }
  }

  /** The newest images. */
  public List<Choice> getRecent() {
    if (recent == null) {
      recent = media.list(new PageRequest(0, OFFERED)).items().stream().map(Choice::of).toList();
    }
    return recent;
  }

  /**
   * The newest images and {@code current} (a cover chosen long ago), so a choice never vanishes.
   */
  public List<Choice> including(String current) {
    if (current == null || getRecent().stream().anyMatch(c -> c.url().equals(current))) {
      return getRecent();
    }
    List<Choice> all = new ArrayList<>(getRecent());
    media.byUrl(current).map(Choice::of).ifPresent(all::add);
    return all;
  }
}
