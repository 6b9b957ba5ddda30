package dev.columndesk.web.api.column;

import dev.columndesk.domain.account.Account;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A person as a column or comment names them.
 *
 * @param username the sign-in name
 * @param displayName the name shown on the desk
 */
@JsonbPropertyOrder({"username", "displayName"})
public record AuthorView(String username, String displayName) {

  public static AuthorView of(Account account) {
    return new AuthorView(account.getUsername(), account.getDisplayName());
  }
}
