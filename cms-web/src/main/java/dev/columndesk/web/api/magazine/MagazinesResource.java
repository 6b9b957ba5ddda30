package dev.columndesk.web.api.magazine;

import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.service.magazine.MagazineService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.web.api.PageParameters;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /api/v1/magazines}: anyone lists them; editors and administrators found them. */
@Path("magazines")
@Produces(MediaType.APPLICATION_JSON)
public class MagazinesResource {

  @Inject private MagazineService magazines;

  @GET
  public Page<MagazineView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return magazines.list(PageParameters.of(page, size)).map(MagazineView::of);
  }

  @GET
  @Path("{slug}")
  public MagazineView get(@PathParam("slug") String slug) {
    return MagazineView.of(magazines.get(slug));
  }

  /** {@code {"title", "slug"?, "description"?}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response found(MagazineService.NewMagazine request, @Context UriInfo uri) {
    Magazine magazine = magazines.found(request);
    return Response.created(
            uri.getAbsolutePathBuilder()
                .path(URLEncoder.encode(magazine.getSlug(), StandardCharsets.UTF_8))
                .build())
        .entity(MagazineView.of(magazine))
        .build();
  }

  /**
   * A magazine as the API shows it.
   *
   * @param slug its address
   * @param title its name
   * @param description what it is about, or {@code null}
   */
  @JsonbNillable
  @JsonbPropertyOrder({"slug", "title", "description"})
  public record MagazineView(String slug, String title, String description) {

    static MagazineView of(Magazine magazine) {
      return new MagazineView(magazine.getSlug(), magazine.getTitle(), magazine.getDescription());
    }
  }
}
