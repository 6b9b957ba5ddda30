package dev.columndesk.web.desk.admin;

import dev.columndesk.service.magazine.MagazineService;
import dev.columndesk.service.magazine.TagUsage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs {@code /desk/admin/tags} (editors and administrators): tags by name, filtered by text, with
 * how many columns carry each.
 */
@Named("adminTags")
@ViewScoped
public class AdminTagsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MagazineService magazines;

  private String text;
  private PagedModel<TagUsage> list;

  @PostConstruct
  void load() {
    list =
        new PagedModel<>(
            request -> magazines.tagUsage(text, request), tag -> Long.toString(tag.id()));
  }

  /** Applies the filter from the first page on. */
  public void applyFilter(ActionEvent event) {
    list.refilter();
    PagedModel.firstPage(event);
  }

  public PagedModel<TagUsage> getList() {
    return list;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
