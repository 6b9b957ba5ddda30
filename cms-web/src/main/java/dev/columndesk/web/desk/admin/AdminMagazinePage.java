package dev.columndesk.web.desk.admin;

import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.magazine.MagazineService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Backs {@code /desk/admin/magazine?slug=…} (editors and administrators): a magazine's title and
 * description. The version read with the page goes with the save, so a change someone else made in
 * between is not overwritten.
 */
@Named("adminMagazine")
@ViewScoped
public class AdminMagazinePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MagazineService magazines;

  private String slug;
  private long version;
  private Instant createdAt;
  private String title;
  private String description;

  @PostConstruct
  void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    slug = external.getRequestParameterMap().get("slug");
    Magazine magazine;
    try {
      magazine = magazines.get(slug == null ? "" : slug);
    } catch (NotFoundException e) {
      AdminMessages.notFound(faces, e.getMessage());
      return;
    }
    version = magazine.getVersion();
    createdAt = magazine.getCreatedAt();
    title = magazine.getTitle();
    description = magazine.getDescription();
  }

  public void save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      magazines.describe(slug, version, title, description);
    } catch (CmsException | EJBAccessException e) {
      AdminMessages.refused(faces, null, e);
      return;
    }
    AdminMessages.redirect(
        faces,
        "/desk/admin/magazine?slug="
            + URLEncoder.encode(slug, StandardCharsets.UTF_8)
            + "&saved=changed");
  }

  public String getSlug() {
    return slug;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
