package dev.columndesk.web.api.magazine;

import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.service.magazine.MagazineService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.web.api.PageParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/tags}: the tags in use, by name; tags are made by using them on a column. */
@Path("tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagsResource {

  @Inject private MagazineService magazines;

  @GET
  public Page<String> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return magazines.tags(PageParameters.of(page, size)).map(Tag::getName);
  }
}
