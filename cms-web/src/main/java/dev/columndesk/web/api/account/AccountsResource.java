package dev.columndesk.web.api.account;

import dev.columndesk.domain.account.Account;
import dev.columndesk.service.account.AccountService;
import dev.columndesk.service.account.ChangeAccount;
import dev.columndesk.service.account.OpenAccount;
import dev.columndesk.service.paging.Page;
import dev.columndesk.web.api.PageParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /api/v1/accounts}: the administrator opens, lists and changes accounts. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject private AccountService accounts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(OpenAccount request, @Context UriInfo uri) {
    Account account = accounts.open(request);
    return Response.created(uri.getAbsolutePathBuilder().path(account.getUsername()).build())
        .entity(AccountView.of(account))
        .build();
  }

  @GET
  public Page<AccountView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return accounts.list(PageParameters.of(page, size)).map(AccountView::of);
  }

  @GET
  @Path("{username}")
  public AccountView get(@PathParam("username") String username) {
    return AccountView.of(accounts.get(username));
  }

  /** {@code {"displayName"?, "roles"?, "enabled"?}}: what is sent changes, the rest stays. */
  @PATCH
  @Path("{username}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  public AccountView change(@PathParam("username") String username, ChangeAccount change) {
    return AccountView.of(accounts.change(username, change));
  }
}
