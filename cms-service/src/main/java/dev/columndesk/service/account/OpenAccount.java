package dev.columndesk.service.account;

import java.util.List;

/**
 * A request to open an account, as typed: the service checks every field and says which one is
 * wrong.
 *
 * @param username 3 to 32 of {@code a-z 0-9 _ . -}
 * @param displayName the name shown on the desk, 1 to 100 characters
 * @param password at least 12 characters
 * @param roles one or more of WRITER, EDITOR, PUBLISHER, ADMIN
 */
public record OpenAccount(
    String username, String displayName, String password, List<String> roles) {}
