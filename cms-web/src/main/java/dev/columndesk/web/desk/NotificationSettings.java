package dev.columndesk.web.desk;

import dev.columndesk.domain.notification.Channel;
import dev.columndesk.domain.notification.NotificationKind;
import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.notification.Notifications;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The account page's notification settings: the kinds one does not want in the desk and by e-mail.
 */
@Named
@RequestScoped
public class NotificationSettings {

  @Inject private Notifications notifications;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;

  private List<String> mutedInDesk;
  private List<String> mutedByEmail;

  @PostConstruct
  void load() {
    mutedInDesk = names(notifications.muted(Channel.DESK));
    mutedByEmail = names(notifications.muted(Channel.EMAIL));
  }

  public void save() throws IOException {
    try {
      notifications.mute(kinds(mutedInDesk), kinds(mutedByEmail));
    } catch (CmsException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return;
    }
    external.redirect(external.getRequestContextPath() + "/desk/account?saved=notifications");
  }

  public List<String> getKinds() {
    return names(EnumSet.allOf(NotificationKind.class));
  }

  public boolean isMailEnabled() {
    return notifications.mailEnabled();
  }

  private static List<String> names(Set<NotificationKind> kinds) {
    return kinds.stream().sorted().map(Enum::name).toList();
  }

  private static Set<NotificationKind> kinds(List<String> names) {
    Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
    for (String name : names == null ? List.<String>of() : names) {
      kinds.add(NotificationKind.valueOf(name));
    }
    return kinds;
  }

  public List<String> getMutedInDesk() {
    return mutedInDesk;
  }

  public void setMutedInDesk(List<String> mutedInDesk) {
    this.mutedInDesk = new ArrayList<>(mutedInDesk);
  }

  public List<String> getMutedByEmail() {
    return mutedByEmail;
  }

  public void setMutedByEmail(List<String> mutedByEmail) {
    this.mutedByEmail = new ArrayList<>(mutedByEmail);
  }
}
