package dev.columndesk.web.desk.admin;

import dev.columndesk.domain.account.Account;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One account as the administrator's list shows it. */
public record AccountRow(
    String username, String displayName, List<String> roles, boolean enabled, Instant createdAt)
    implements Serializable {

  static AccountRow of(Account account) {
    return new AccountRow(
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles().stream().sorted().map(Enum::name).toList(),
        account.isEnabled(),
        account.getCreatedAt());
  }

  // Bean getters: Faces 4.0's Expression Language reads properties, not record components.

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public List<String> getRoles() {
    return roles;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
