package dev.columndesk.web.desk.admin;

import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.magazine.MagazineService;
import dev.columndesk.service.magazine.MagazineService.NewMagazine;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Backs {@code /desk/admin/magazines} (editors and administrators): the magazines a page at a time,
 * and the form that founds a new one.
 */
@Named("adminMagazines")
@ViewScoped
public class AdminMagazinesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MagazineService magazines;

  private PagedModel<MagazineRow> list;
  private String title;
  private String slug;
  private String description;

  @PostConstruct
  void load() {
    list =
        new PagedModel<>(
            request -> magazines.list(request).map(MagazineRow::of), MagazineRow::slug);
  }

  public void found() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Magazine founded;
    try {
      founded =
          magazines.found(new NewMagazine(title, blankToNull(slug), blankToNull(description)));
    } catch (CmsException | EJBAccessException e) {
      AdminMessages.refused(faces, null, e);
      return;
    }
    AdminMessages.redirect(
        faces,
        "/desk/admin/magazine?slug="
            + URLEncoder.encode(founded.getSlug(), StandardCharsets.UTF_8)
            + "&saved=founded");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public PagedModel<MagazineRow> getList() {
    return list;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
