package dev.columndesk.service.account;

/**
 * A person's change to their own profile and desk settings; a {@code null} field stays as it is, an
 * empty one clears a pen name, bio, locale, time zone or e-mail address.
 *
 * @param displayName the name shown on the desk
 * @param penName the name the public byline shows instead, up to 100 characters
 * @param bio a few sentences about the author for the public pages, up to 2000 characters
 * @param locale the desk's language, {@code ko} or {@code en}; empty to follow the browser
 * @param timeZone the IANA time zone of times on the desk, such as {@code Asia/Seoul}; empty for
 *     the default
 * @param email where e-mail notifications go, such as {@code name@example.com}; empty for none
 */
public record ChangeProfile(
    String displayName, String penName, String bio, String locale, String timeZone, String email) {}
