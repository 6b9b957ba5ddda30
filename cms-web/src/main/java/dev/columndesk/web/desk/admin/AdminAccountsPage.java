package dev.columndesk.web.desk.admin;

import dev.columndesk.domain.account.Role;
import dev.columndesk.service.account.AccountFilter;
import dev.columndesk.service.account.AccountService;
import dev.columndesk.service.account.OpenAccount;
import dev.columndesk.service.error.CmsException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /desk/admin/accounts} (administrators only): every account, filtered by text and
 * role a page at a time, and the form that opens a new account.
 */
@Named("adminAccounts")
@ViewScoped
public class AdminAccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Every role, in the order the forms offer them. */
  static final List<String> ROLES = Arrays.stream(Role.values()).map(Enum::name).toList();

  @Inject private AccountService accounts;

  private String text;
  private String role;
  private PagedModel<AccountRow> list;

  private String username;
  private String displayName;
  private String password;
  private List<String> roles = new ArrayList<>();

  @PostConstruct
  void load() {
    list =
        new PagedModel<>(
            request -> accounts.search(filter(), request).map(AccountRow::of),
            AccountRow::username);
  }

  private AccountFilter filter() {
    return new AccountFilter(text, role == null || role.isEmpty() ? null : Role.valueOf(role));
  }

  /** Applies the filter from the first page on. */
  public void applyFilter(ActionEvent event) {
    list.refilter();
    PagedModel.firstPage(event);
  }

  public void open() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      accounts.open(new OpenAccount(username, displayName, password, roles));
    } catch (CmsException | EJBAccessException e) {
      AdminMessages.refused(faces, null, e);
      return;
    }
    AdminMessages.redirect(
        faces,
        "/desk/admin/account?username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&saved=opened");
  }

  public List<String> getAllRoles() {
    return ROLES;
  }

  public PagedModel<AccountRow> getList() {
    return list;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }
}
