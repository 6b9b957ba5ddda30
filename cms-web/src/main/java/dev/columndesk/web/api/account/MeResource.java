package dev.columndesk.web.api.account;

import dev.columndesk.service.account.AccountService;
import dev.columndesk.service.account.ChangeProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/me}: who the credentials belong to, what they may do, and their profile. */
@Path("me")
public class MeResource {

  @Inject private AccountService accounts;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public AccountView me() {
    return AccountView.of(accounts.me());
  }

  /**
   * {@code {"displayName"?, "penName"?, "bio"?, "locale"?, "timeZone"?, "email"?}}: the caller's
   * own profile.
   */
  @PATCH
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Produces(MediaType.APPLICATION_JSON)
  public AccountView describe(ChangeProfile change) {
    return AccountView.of(accounts.describeMe(change));
  }
}
