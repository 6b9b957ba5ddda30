package dev.columndesk.web.desk.admin;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.service.account.AccountService;
import dev.columndesk.service.account.ChangeAccount;
import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.error.NotFoundException;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /desk/admin/account?username=…} (administrators only): one account's display name,
 * roles and whether it may sign in. Taking away one's own ADMIN role or disabling oneself is told
 * beside the field here, and refused by the service whatever the form says.
 */
@Named("adminAccount")
@ViewScoped
public class AdminAccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;

  private String username;
  private Instant createdAt;
  private boolean self;
  private String displayName;
  private List<String> roles;
  private boolean enabled;
  private String email;

  @PostConstruct
  void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    username = external.getRequestParameterMap().get("username");
    Account account;
    try {
      account = accounts.get(username == null ? "" : username);
    } catch (NotFoundException e) {
      AdminMessages.notFound(faces, e.getMessage());
      return;
    }
    createdAt = account.getCreatedAt();
    self = username.equals(external.getUserPrincipal().getName());
    displayName = account.getDisplayName();
    roles = new ArrayList<>(account.getRoles().stream().sorted().map(Enum::name).toList());
    enabled = account.isEnabled();
    email = account.getEmail();
  }

  public void save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (self && !roles.contains(Role.Names.ADMIN)) {
      AdminMessages.error(faces, "selfCheck", AdminMessages.text(faces, "admin.account.ownAdmin"));
      return;
    }
    if (self && !enabled) {
      AdminMessages.error(
          faces, "selfCheck", AdminMessages.text(faces, "admin.account.ownEnabled"));
      return;
    }
    try {
      accounts.change(
          username, new ChangeAccount(displayName, roles, enabled, email == null ? "" : email));
    } catch (CmsException | EJBAccessException e) {
      AdminMessages.refused(faces, null, e);
      return;
    }
    AdminMessages.redirect(
        faces,
        "/desk/admin/account?username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&saved=changed");
  }

  public List<String> getAllRoles() {
    return AdminAccountsPage.ROLES;
  }

  public String getUsername() {
    return username;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isSelf() {
    return self;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
