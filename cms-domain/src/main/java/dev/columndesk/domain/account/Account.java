package dev.columndesk.domain.account;

import dev.columndesk.domain.support.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A person who signs in to the desk: a columnist, an editor, a publisher or an administrator.
 *
 * <p>The account keeps only a password <em>hash</em> (Jakarta Security's PBKDF2 format); hashing
 * and checking happen in the service layer. The username is the business key: it never changes and
 * {@link #equals(Object)} relies on it.
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.username")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

  public static final String BY_USERNAME = "Account.byUsername";
  public static final String ALL = "Account.all";
  public static final String COUNT = "Account.count";

  /** The contract's rule for usernames: 3 to 32 of lower-case letters, digits, {@code _ . -}. */
  public static final String USERNAME_PATTERN = "[a-z0-9_.-]{3,32}";

  public static final int DISPLAY_NAME_MAX = 100;
  public static final int PEN_NAME_MAX = 100;
  public static final int BIO_MAX = 2000;

  /** The languages of the desk, as stored in {@code locale}. */
  public static final List<String> LOCALES = List.of("ko", "en");

  public static final int TIME_ZONE_MAX = 64;

  public static final int EMAIL_MAX = 254;

  /** A plausible e-mail address: one {@code @}, no spaces, a dot in the domain. */
  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @NotNull(message = "username is required")
  @Pattern(
      regexp = USERNAME_PATTERN,
      message = "username must be 3 to 32 of a-z, 0-9, '_', '.' or '-'")
  @Column(name = "username", nullable = false, updatable = false, length = 32)
  private String username;

  @NotBlank(message = "displayName is required")
  @Size(max = DISPLAY_NAME_MAX, message = "displayName must be at most 100 characters")
  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @NotBlank
  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @NotEmpty(message = "an account needs at least one role")
  // Read when asked for: lists show accounts as authors, recipients and actors by the dozen and
  // need only their names, so loading every account's roles with it cost a query per row. When a
  // list does ask (the administrators' accounts page), the roles of all the accounts it read come
  // in one more query.
  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", nullable = false, length = 16)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /**
   * The name the public byline shows, when it differs from the display name. Its limit is checked
   * in characters by the service: Bean Validation's {@code @Size} would count an emoji twice.
   */
  @Column(name = "pen_name", length = PEN_NAME_MAX)
  private String penName;

  @Column(name = "bio", length = BIO_MAX)
  private String bio;

  /** The desk's language chosen by the person ({@code ko} or {@code en}), or none. */
  @Column(name = "locale", length = 8)
  private String locale;

  /** The IANA time zone the desk shows times in, or none (the desk then uses Asia/Seoul). */
  @Column(name = "time_zone", length = TIME_ZONE_MAX)
  private String timeZone;

  /** Where e-mail notifications go, or none (then only the desk tells this person). */
  @Column(name = "email", length = EMAIL_MAX * 2)
  private String email;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {
    // for JPA
  }

  private Account(
      String username, String displayName, String passwordHash, Set<Role> roles, Instant at) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Opens a new account. The caller has checked the username against {@link #USERNAME_PATTERN} and
   * hashed the password; Bean Validation checks both again when the account is stored. The time is
   * kept to the microsecond, as precisely as the database stores it.
   */
  public static Account open(
      String username, String displayName, String passwordHash, Set<Role> roles, Instant at) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(at, "at");
    return new Account(username, displayName, passwordHash, roles, at);
  }

  public static boolean isValidUsername(String candidate) {
    return candidate != null && candidate.matches(USERNAME_PATTERN);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Replaces the stored hash; the old password stops working at once. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
  }

  public void rename(String newDisplayName) {
    this.displayName = Objects.requireNonNull(newDisplayName, "newDisplayName");
  }

  /** Replaces the roles; an account always keeps at least one. */
  public void assignRoles(Set<Role> newRoles) {
    if (newRoles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  /** The author profile readers see: a pen name for the byline (or none) and a short bio. */
  public void describeAuthor(String newPenName, String newBio) {
    this.penName = newPenName;
    this.bio = newBio;
  }

  /**
   * Chooses the desk's language: {@code ko} or {@code en}, or {@code null} to follow the browser.
   *
   * @throws RuleViolation (invalid) for any other value
   */
  public void chooseLocale(String newLocale) {
    if (newLocale != null && !LOCALES.contains(newLocale)) {
      throw RuleViolation.invalid("locale must be one of ko, en (was '" + clip(newLocale) + "')");
    }
    this.locale = newLocale;
  }

  /**
   * Chooses the time zone the desk shows times in: an IANA id such as {@code Asia/Seoul}, or {@code
   * null} for the default.
   *
   * @throws RuleViolation (invalid) when the id is not one of Java's region ids ({@link
   *     ZoneId#getAvailableZoneIds()}); fixed offsets such as {@code +09:00} are refused too
   */
  public void chooseTimeZone(String newTimeZone) {
    if (newTimeZone != null
        && (newTimeZone.length() > TIME_ZONE_MAX
            || !ZoneId.getAvailableZoneIds().contains(newTimeZone))) {
      throw RuleViolation.invalid(
          "timeZone must be a time zone such as Asia/Seoul (was '" + clip(newTimeZone) + "')");
    }
    this.timeZone = newTimeZone;
  }

  /**
   * Sets the address e-mail notifications go to, or {@code null} for none.
   *
   * @throws RuleViolation (invalid) when it is not an address
   */
  public void changeEmail(String newEmail) {
    if (newEmail != null && (newEmail.length() > EMAIL_MAX || !EMAIL.matcher(newEmail).matches())) {
      throw RuleViolation.invalid(
          "email must be an address such as name@example.com (was '" + clip(newEmail) + "')");
    }
    this.email = newEmail;
  }

  /** A disabled account keeps its work and history but can no longer sign in. */
  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  /** The roles, read-only, in declaration order (WRITER before ADMIN) whatever the database's. */
  public Set<Role> getRoles() {
    Set<Role> ordered = EnumSet.noneOf(Role.class);
    ordered.addAll(roles);
    return Collections.unmodifiableSet(ordered);
  }

  public String getPenName() {
    return penName;
  }

  /** The name a byline shows: the pen name when there is one, else the display name. */
  public String getBylineName() {
    return penName == null || penName.isBlank() ? displayName : penName;
  }

  public String getBio() {
    return bio;
  }

  /** The chosen language of the desk, {@code ko} or {@code en}, or {@code null}. */
  public String getLocale() {
    return locale;
  }

  /** The chosen IANA time zone, or {@code null}. */
  public String getTimeZone() {
    return timeZone;
  }

  /** The address for e-mail notifications, or {@code null}. */
  public String getEmail() {
    return email;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  private static String clip(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Account account && Objects.equals(username, account.getUsername());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(username);
  }

  @Override
  public String toString() {
    return "Account[" + username + " " + roles + "]";
  }
}
