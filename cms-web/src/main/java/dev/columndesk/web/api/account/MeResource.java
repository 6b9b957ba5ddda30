package dev.columndesk.web.api.account;

import dev.columndesk.service.account.AccountService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/me}: who the credentials belong to and what they may do. */
@Path("me")
public class MeResource {

  @Inject private AccountService accounts;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public AccountView me() {
    return AccountView.of(accounts.me());
  }
}
