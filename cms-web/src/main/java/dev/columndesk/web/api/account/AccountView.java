package dev.columndesk.web.api.account;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * An account as the API shows it; never its password hash.
 *
 * @param username the sign-in name
 * @param displayName the name shown on the desk
 * @param penName the name the public byline shows instead, or {@code null}
 * @param bio the author's bio for the public pages, or {@code null}
 * @param roles the roles, WRITER before ADMIN
 * @param enabled whether the account may sign in
 * @param createdAt when the account was opened
 * @param locale the desk's language the person chose ({@code ko}, {@code en}), or {@code null}
 * @param timeZone the time zone the person chose for the desk, or {@code null}
 * @param email where e-mail notifications go, or {@code null}
 */
@JsonbNillable
@JsonbPropertyOrder({
  "username",
  "displayName",
  "penName",
  "bio",
  "roles",
  "enabled",
  "createdAt",
  "locale",
  "timeZone",
  "email"
})
public record AccountView(
    String username,
    String displayName,
    String penName,
    String bio,
    List<String> roles,
    boolean enabled,
    Instant createdAt,
    String locale,
    String timeZone,
    String email) {

  public static AccountView of(Account account) {
    return new AccountView(
        account.getUsername(),
        account.getDisplayName(),
        account.getPenName(),
        account.getBio(),
        account.getRoles().stream().map(Role::name).toList(),
        account.isEnabled(),
        account.getCreatedAt(),
        account.getLocale(),
        account.getTimeZone(),
        account.getEmail());
  }
}
