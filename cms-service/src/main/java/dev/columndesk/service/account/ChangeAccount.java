package dev.columndesk.service.account;

import java.util.List;

/**
 * An administrator's change to an account, as typed; a {@code null} field stays as it is.
 *
 * @param displayName the new name shown on the desk
 * @param roles the new roles, one or more
 * @param enabled whether the account may sign in
 * @param email where e-mail notifications go; empty for none
 */
public record ChangeAccount(
    String displayName, List<String> roles, Boolean enabled, String email) {}
