package dev.columndesk.service.account;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.support.TextLimits;
import dev.columndesk.service.error.ConflictException;
import dev.columndesk.service.error.DomainRules;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.platform.Sql;
import dev.columndesk.service.search.SiteChanged;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Accounts: who the caller is, and the administrator's opening and listing of accounts. */
@Stateless
@Interceptors(DomainRules.class)
@DeclareRoles({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
public class AccountService {

  /** The shortest password the desk accepts. */
  public static final int PASSWORD_MIN = 12;

  /** The longest: hashing is deliberately slow, so a megabyte "password" is refused. */
  public static final int PASSWORD_MAX = 1024;

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Event<SiteChanged> bylineChanged;
  @Resource private SessionContext context;

  /** The signed-in caller's own account. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Account me() {
    return accounts.get(context.getCallerPrincipal().getName());
  }

  /** Changes the caller's own display name, pen name, bio, desk language or time zone. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Account describeMe(ChangeProfile change) {
    if (change == null) {
      throw new InvalidInputException(
          "The change is missing: send displayName, penName, bio, locale, timeZone or email");
    }
    Account account = me();
    if (change.displayName() != null) {
      account.rename(checkDisplayName(change.displayName()));
    }
    String penName =
        change.penName() == null
            ? account.getPenName()
            : TextLimits.atMost(
                "penName", TextLimits.trimToNull(change.penName()), Account.PEN_NAME_MAX);
    String bio =
        change.bio() == null
            ? account.getBio()
            : TextLimits.atMost("bio", TextLimits.trimToNull(change.bio()), Account.BIO_MAX);
    account.describeAuthor(penName, bio);
    if (change.locale() != null) {
      account.chooseLocale(TextLimits.trimToNull(change.locale()));
    }
    if (change.timeZone() != null) {
      account.chooseTimeZone(TextLimits.trimToNull(change.timeZone()));
    }
    if (change.email() != null) {
      account.changeEmail(TextLimits.trimToNull(change.email()));
    }
    accounts.flush(account);
    bylineChanged.fire(SiteChanged.anywhere()); // bylines and bios on the public pages
    return account;
  }

  /**
   * Changes the caller's own password. The current password must be given and right, so that a desk
   * left open cannot be taken over; the old password stops working at once.
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public void changeMyPassword(String currentPassword, String newPassword) {
    Account account = me();
    changePassword(account, currentPassword, newPassword, hasher);
    accounts.flush(account);
  }

  static void changePassword(
      Account account, String currentPassword, String newPassword, PasswordHasher hasher) {
    if (currentPassword == null || currentPassword.isEmpty()) {
      throw new InvalidInputException("currentPassword is required");
    }
    if (currentPassword.length() > PASSWORD_MAX * 2
        || !hasher.matches(currentPassword, account.getPasswordHash())) {
      throw new InvalidInputException("currentPassword is not this account's password");
    }
    checkPassword(newPassword, account.getUsername());
    account.changePasswordHash(hasher.hash(newPassword));
  }

  @RolesAllowed(Role.Names.ADMIN)
  public Account open(OpenAccount request) {
    if (request == null) {
      throw new InvalidInputException(
          "The account is missing: send username, displayName, password and roles");
    }
    String username = checkUsername(request.username());
    String displayName = checkDisplayName(request.displayName());
    checkPassword(request.password(), username);
    Set<Role> roles = parseRoles(request.roles());
    if (accounts.find(username).isPresent()) {
      throw new ConflictException("The username '" + username + "' is taken");
    }
    Account account =
        Account.open(username, displayName, hasher.hash(request.password()), roles, Instant.now());
    try {
      accounts.add(account);
    } catch (PersistenceException e) {
      if (Sql.isUniqueViolation(e)) {
        // Someone opened the same username in the moment between the check and the insert.
        throw new ConflictException("The username '" + username + "' is taken");
      }
      throw e;
    }
    return account;
  }

  /**
   * Changes an account's name, roles or whether it may sign in. The change applies to the next
   * request of a signed-in person. Administrators cannot lock themselves out: they may neither
   * disable their own account nor take away their own ADMIN role.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public Account change(String username, ChangeAccount change) {
    if (change == null) {
      throw new InvalidInputException(
          "The change is missing: send displayName, roles, enabled or email");
    }
    Account account = accounts.get(username);
    boolean self = username.equals(context.getCallerPrincipal().getName());
    if (change.displayName() != null) {
      account.rename(checkDisplayName(change.displayName()));
    }
    Set<Role> roles = change.roles() == null ? null : parseRoles(change.roles());
    refuseSelfLockout(self, roles, change.enabled());
    if (roles != null) {
      account.assignRoles(roles);
    }
    if (change.enabled() != null) {
      if (change.enabled()) {
        account.enable();
      } else {
        account.disable();
      }
    }
    if (change.email() != null) {
      account.changeEmail(TextLimits.trimToNull(change.email()));
    }
    accounts.flush(account);
    if (change.displayName() != null) {
      bylineChanged.fire(SiteChanged.anywhere()); // the byline when there is no pen name
    }
    return account;
  }

  @RolesAllowed(Role.Names.ADMIN)
  public Account get(String username) {
    return accounts.get(username);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public Page<Account> list(PageRequest request) {
    return accounts.page(request);
  }

  /** Accounts by username, narrowed by text in the username or display name and by a role. */
  @RolesAllowed(Role.Names.ADMIN)
  public Page<Account> search(AccountFilter filter, PageRequest request) {
    return accounts.search(filter == null ? AccountFilter.ALL : filter, request);
  }

  /**
   * The rule that keeps an administrator from locking themselves out: a change to one's own account
   * may neither drop the ADMIN role nor disable it.
   *
   * @param self whether the account changed is the caller's own
   * @param roles the new roles, or {@code null} when they stay
   * @param enabled the new state, or {@code null} when it stays
   */
  static void refuseSelfLockout(boolean self, Set<Role> roles, Boolean enabled) {
    if (!self) {
      return;
    }
    if (roles != null && !roles.contains(Role.ADMIN)) {
      throw new ConflictException("You cannot take away your own ADMIN role");
    }
    if (Boolean.FALSE.equals(enabled)) {
      throw new ConflictException("You cannot disable your own account");
    }
  }

  static String checkUsername(String username) {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username is required");
    }
    if (!Account.isValidUsername(username)) {
      throw new InvalidInputException(
          "username must be 3 to 32 of a-z, 0-9, '_', '.' or '-' (was '" + clip(username) + "')");
    }
    return username;
  }

  static String checkDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new InvalidInputException("displayName is required");
    }
    String trimmed = TextLimits.readable("displayName", displayName.strip());
    // Counted as Bean Validation and the column count it: Hangul is one each, an emoji two.
    if (trimmed.length() > Account.DISPLAY_NAME_MAX) {
      throw new InvalidInputException(
          "displayName must be at most " + Account.DISPLAY_NAME_MAX + " characters");
    }
    return trimmed;
  }

  /** The length rules and {@link PasswordRules}: not the username, not a well-known password. */
  static void checkPassword(String password, String username) {
    checkPassword(password);
    PasswordRules.check(password, username);
  }

  static void checkPassword(String password) {
    if (password == null || password.isEmpty()) {
      throw new InvalidInputException("password is required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < PASSWORD_MIN) {
      throw new InvalidInputException(
          "password must be at least " + PASSWORD_MIN + " characters (was " + length + ")");
    }
    if (length > PASSWORD_MAX) {
      throw new InvalidInputException("password must be at most " + PASSWORD_MAX + " characters");
    }
  }

  static Set<Role> parseRoles(List<String> names) {
    if (names == null || names.isEmpty()) {
      throw new InvalidInputException(
          "roles must name at least one of WRITER, EDITOR, PUBLISHER, ADMIN");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      try {
        roles.add(Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "roles: '" + clip(name) + "' is not a role (WRITER, EDITOR, PUBLISHER, ADMIN)");
      }
    }
    return roles;
  }

  private static String clip(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
