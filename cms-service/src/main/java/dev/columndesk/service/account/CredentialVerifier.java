package dev.columndesk.service.account;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a username and password against the stored account.
 *
 * <p>PBKDF2 at 210,000 iterations costs a noticeable share of a core, and HTTP Basic sends the
 * password with every API call. So a successful check is remembered for a few minutes as an HMAC of
 * the password under a key that lives only in this process, together with the stored hash it was
 * checked against: a changed password, a disabled account or a removed role takes effect on the
 * next request, because the account itself is read from the database every time.
 */
@ApplicationScoped
public class CredentialVerifier {

  private static final Duration REMEMBER = Duration.ofMinutes(5);
  private static final int MAX_REMEMBERED = 10_000;

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;

  private final byte[] processKey = new byte[32];
  private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();
  private volatile String decoyHash;

  /** Who signed in: the username and the role names the container uses as groups. */
  public record Caller(String username, Set<String> groups) {}

  private record Remembered(byte[] digest, String storedHash, long expiresAtNanos) {}

  public CredentialVerifier() {
    new SecureRandom().nextBytes(processKey);
  }

  /** The caller, when the account exists, is enabled and the password is its password. */
  public Optional<Caller> verify(String username, String password) {
    if (username == null || password == null || !Account.isValidUsername(username)) {
      return Optional.empty();
    }
    Optional<Account> found = accounts.find(username).filter(Account::isEnabled);
    if (found.isEmpty()) {
      // Spend the same time as for a wrong password, so timing does not reveal who exists.
      hasher.matches(password, decoyHash());
      return Optional.empty();
    }
    Account account = found.get();
    return matches(account, password) ? Optional.of(callerOf(account)) : Optional.empty();
  }

  /**
   * The caller as the database has them now: for a desk session, whose account may have been
   * disabled or had its roles changed since it signed in.
   */
  public Optional<Caller> current(String username) {
    return accounts.find(username).filter(Account::isEnabled).map(CredentialVerifier::callerOf);
  }

  private boolean matches(Account account, String password) {
    byte[] digest = digest(password);
    Remembered known = remembered.get(account.getUsername());
    long now = System.nanoTime();
    if (known != null
        && known.expiresAtNanos() - now > 0
        && known.storedHash().equals(account.getPasswordHash())
        && MessageDigest.isEqual(known.digest(), digest)) {
      return true;
    }
    if (!hasher.matches(password, account.getPasswordHash())) {
      return false;
    }
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(
        account.getUsername(),
        new Remembered(digest, account.getPasswordHash(), now + REMEMBER.toNanos()));
    return true;
  }

  private static Caller callerOf(Account account) {
    return new Caller(
        account.getUsername(),
        account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
  }

  private byte[] digest(String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(processKey, "HmacSHA256"));
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private String decoyHash() {
    String hash = decoyHash;
    if (hash == null) {
      hash = hasher.hash("decoy password that nobody has");
      decoyHash = hash;
    }
    return hash;
  }
}
