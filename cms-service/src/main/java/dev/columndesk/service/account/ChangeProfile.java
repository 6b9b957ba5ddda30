package dev.columndesk.service.account;

/**
 * A person's change to their own author profile; a {@code null} field stays as it is, an empty one
 * clears a pen name or bio.
 *
 * @param displayName the name shown on the desk
 * @param penName the name the public byline shows instead, up to 100 characters
 * @param bio a few sentences about the author for the public pages, up to 2000 characters
 */
public record ChangeProfile(String displayName, String penName, String bio) {}
