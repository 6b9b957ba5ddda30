package dev.columndesk.web.api.account;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * An account as the API shows it; never its password hash.
 *
 * @param username the sign-in name
 * @param displayName the name shown on the desk
 * @param roles the roles, WRITER before ADMIN
 * @param enabled whether the account may sign in
 * @param createdAt when the account was opened
 */
@JsonbPropertyOrder({"username", "displayName", "roles", "enabled", "createdAt"})
public record AccountView(
    String username, String displayName, List<String> roles, boolean enabled, Instant createdAt) {

  public static AccountView of(Account account) {
    return new AccountView(
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles().stream().map(Role::name).toList(),
        account.isEnabled(),
        account.getCreatedAt());
  }
}
