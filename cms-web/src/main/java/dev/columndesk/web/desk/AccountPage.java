package dev.columndesk.web.desk;

import dev.columndesk.domain.account.Account;
import dev.columndesk.service.account.AccountService;
import dev.columndesk.service.account.ChangeProfile;
import dev.columndesk.service.account.WeakPasswordException;
import dev.columndesk.service.error.CmsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

/**
 * Backs {@code /desk/account}: the signed-in person's names, bio, language and time zone, and their
 * password. Both forms are posted (Faces' view state guards them); a saved change comes back as a
 * fresh GET, so a new language shows on the whole page at once.
 */
@Named
@RequestScoped
public class AccountPage {

  /** Keys of the messages beside the password fields ({@code p:messages forType="key"}). */
  static final String CURRENT_PASSWORD_KEY = "currentPasswordCheck";

  static final String CONFIRMATION_KEY = "confirmationCheck";

  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

  @Inject private AccountService accounts;
  @Inject private DeskSettings settings;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;

  private Account account;
  private String displayName;
  private String penName;
  private String bio;
  private String locale;
  private String timeZone;
  private String email;
  private String currentPassword;
  private String newPassword;
  private String confirmation;

  @PostConstruct
  void load() {
    account = settings.getAccount();
    displayName = account.getDisplayName();
    penName = account.getPenName();
    bio = account.getBio();
    locale = account.getLocale() == null ? settings.getLocale().getLanguage() : account.getLocale();
    timeZone = settings.getZone().getId();
    email = account.getEmail();
  }

  public void save() throws IOException {
    try {
      accounts.describeMe(
          new ChangeProfile(
              displayName, orEmpty(penName), orEmpty(bio), locale, timeZone, orEmpty(email)));
    } catch (CmsException e) {
      error(null, e.getMessage());
      return;
    }
    external.redirect(external.getRequestContextPath() + "/desk/account?saved=profile");
  }

  public void changePassword() throws IOException {
    if (!newPassword.equals(confirmation)) {
      error(CONFIRMATION_KEY, DeskMessages.text(faces, "account.password.mismatch"));
      return;
    }
    try {
      accounts.changeMyPassword(currentPassword, newPassword);
    } catch (WeakPasswordException e) {
      error(CONFIRMATION_KEY, DeskMessages.text(faces, "account.password.weak." + e.reason()));
      return;
    } catch (CmsException e) {
      error(
          CURRENT_PASSWORD_KEY,
          e.getMessage().startsWith("currentPassword")
              ? DeskMessages.text(faces, "account.password.wrong")
              : e.getMessage());
      return;
    }
    external.redirect(external.getRequestContextPath() + "/desk/account?saved=password");
  }

  private void error(String key, String text) {
    faces.addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  public Account getAccount() {
    return account;
  }

  public List<String> getZones() {
    return ZONES;
  }

  public List<String> getLocales() {
    return Account.LOCALES;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPenName() {
    return penName;
  }

  public void setPenName(String penName) {
    this.penName = penName;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
