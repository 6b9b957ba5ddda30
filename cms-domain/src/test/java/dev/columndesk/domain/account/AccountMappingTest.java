package dev.columndesk.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.support.MigratedDatabase;
import dev.columndesk.domain.support.SeoulTimeZone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The entities against the schema the migrations make: Flyway runs the real {@code db/migration}
 * scripts on H2, and EclipseLink loads the real persistence unit on top of them.
 */
@ExtendWith(SeoulTimeZone.class)
class AccountMappingTest {

  private MigratedDatabase database;
  private EntityManager em;

  @BeforeEach
  void migrateAndOpen() {
    database = MigratedDatabase.open();
    em = database.em();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void accountIsStoredAndReadBackWhole() {
    Instant at = Instant.parse("2026-11-27T23:59:59.123456Z");
    inTransaction(
        em ->
            em.persist(
                Account.open(
                    "kim.jiyoung",
                    "김지영",
                    "PBKDF2:hash",
                    EnumSet.of(Role.WRITER, Role.EDITOR),
                    at)));
    em.clear();

    Account loaded =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", "kim.jiyoung")
            .getSingleResult();

    assertNotNull(loaded.getId());
    assertEquals("김지영", loaded.getDisplayName());
    assertEquals(EnumSet.of(Role.WRITER, Role.EDITOR), loaded.getRoles());
    assertEquals(at, loaded.getCreatedAt());
    assertEquals("PBKDF2:hash", loaded.getPasswordHash());
    assertTrue(loaded.isEnabled());
  }

  @Test
  void idsComeFromTheSequenceInBlocks() {
    inTransaction(
        em -> {
          for (int i = 0; i < 60; i++) {
            em.persist(
                Account.open("user" + i, "User " + i, "h", EnumSet.of(Role.WRITER), Instant.now()));
          }
        });

    long distinct =
        em.createQuery("select count(distinct a.id) from Account a", Long.class).getSingleResult();
    assertEquals(60, distinct);
  }

  @Test
  void theDatabaseRefusesATakenUsername() {
    inTransaction(
        em -> em.persist(Account.open("editor", "A", "h", EnumSet.of(Role.EDITOR), Instant.now())));

    assertThrows(
        PersistenceException.class,
        () ->
            inTransaction(
                em ->
                    em.persist(
                        Account.open("editor", "B", "h", EnumSet.of(Role.EDITOR), Instant.now()))));
  }

  @Test
  void versionGrowsWithEachChange() {
    inTransaction(
        em -> em.persist(Account.open("writer", "W", "h", EnumSet.of(Role.WRITER), Instant.now())));
    Account account =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", "writer")
            .getSingleResult();
    long before = account.getVersion();

    inTransaction(em -> account.rename("최칼럼"));

    assertEquals(before + 1, account.getVersion());
  }

  @Test
  void languageAndTimeZoneAreStoredAndMayBeCleared() {
    inTransaction(
        em -> {
          Account account =
              Account.open("lee.en", "Lee", "h", EnumSet.of(Role.WRITER), Instant.now());
          account.chooseLocale("en");
          account.chooseTimeZone("Europe/Berlin");
          em.persist(account);
        });
    em.clear();
    Account loaded = byUsername("lee.en");
    assertEquals("en", loaded.getLocale());
    assertEquals("Europe/Berlin", loaded.getTimeZone());

    inTransaction(
        em -> {
          loaded.chooseLocale(null);
          loaded.chooseTimeZone(null);
        });
    em.clear();

    assertNull(byUsername("lee.en").getLocale());
    assertNull(byUsername("lee.en").getTimeZone());
  }

  @Test
  void theDatabaseRefusesALanguageOtherThanKoreanOrEnglish() {
    inTransaction(
        em -> em.persist(Account.open("park", "P", "h", EnumSet.of(Role.WRITER), Instant.now())));

    assertThrows(
        PersistenceException.class,
        () ->
            inTransaction(
                em ->
                    em.createNativeQuery("UPDATE account SET locale = 'fr' WHERE username = 'park'")
                        .executeUpdate()));
  }

  private Account byUsername(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  @Test
  void theSeedLockRowExists() {
    Object lock =
        em.createNativeQuery("SELECT name FROM app_lock WHERE name = 'seed'").getSingleResult();

    assertEquals("seed", lock);
  }

  private void inTransaction(Consumer<EntityManager> work) {
    database.inTransaction(work);
  }
}
