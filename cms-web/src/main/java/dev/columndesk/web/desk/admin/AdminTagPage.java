package dev.columndesk.web.desk.admin;

import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.error.ConflictException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.magazine.MagazineService;
import dev.columndesk.service.magazine.TagUsage;
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

/**
 * Backs {@code /desk/admin/tag?id=…} (editors and administrators): renames a tag, or deletes it
 * while no column carries it.
 */
@Named("adminTag")
@ViewScoped
public class AdminTagPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MagazineService magazines;

  private TagUsage tag;
  private String name;

  @PostConstruct
  void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      tag = magazines.tagUsage(Long.parseLong(external.getRequestParameterMap().get("id")));
    } catch (NumberFormatException | NotFoundException e) {
      AdminMessages.notFound(faces, "There is no such tag");
      return;
    }
    name = tag.name();
  }

  public void rename() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      magazines.renameTag(tag.id(), name);
    } catch (ConflictException e) {
      AdminMessages.error(faces, "nameCheck", AdminMessages.text(faces, "admin.tag.nameTaken"));
      return;
    } catch (CmsException | EJBAccessException e) {
      AdminMessages.refused(faces, "nameCheck", e);
      return;
    }
    AdminMessages.redirect(faces, "/desk/admin/tag?id=" + tag.id() + "&saved=renamed");
  }

  public void delete() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      magazines.deleteTag(tag.id());
    } catch (ConflictException e) {
      AdminMessages.error(faces, null, AdminMessages.text(faces, "admin.tag.inUse"));
      return;
    } catch (CmsException | EJBAccessException e) {
      AdminMessages.refused(faces, null, e);
      return;
    }
    AdminMessages.redirect(
        faces, "/desk/admin/tags?deleted=" + URLEncoder.encode(tag.name(), StandardCharsets.UTF_8));
  }

  public TagUsage getTag() {
    return tag;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
