package dev.columndesk.service.account;

import dev.columndesk.domain.account.Role;

/**
 * Which accounts an administrator's list shows.
 *
 * @param text part of the username or display name, in any case; {@code null} or blank for any
 * @param role accounts holding this role; {@code null} for any
 */
public record AccountFilter(String text, Role role) {

  /** Every account. */
  public static final AccountFilter ALL = new AccountFilter(null, null);
}
