package dev.columndesk.web.desk;

import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.service.editorial.BodySanitizer;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.error.ConflictException;
import dev.columndesk.service.error.ForbiddenException;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Backs {@code /desk/revisions?id=N}: a column's history, two revisions compared ({@code
 * &from=A&to=B}), one revision read ({@code &view=A}) and one restored (a post: a new revision with
 * its content). Reading and comparing are addresses, so they can be shared; only restoring changes
 * anything. An unknown column, or one the viewer may not see, answers 404; one whose history the
 * viewer may not read, 403.
 */
@Named
@ViewScoped
public class RevisionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EditorialService editorial;
  @Inject private DeskSettings settings;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;

  private long id;
  private int status = 200;
  private String columnTitle;
  private long version;
  private int latest;
  private boolean restorable;
  private RevisionRows revisions;
  private int from;
  private int to;
  private List<SideBySide.Field> diff;
  private transient Revision viewed;

  /** Runs as the page's head is written, so that a 404 or 403 still sets the status. */
  @PostConstruct
  void load() {
    Map<String, String> parameters = external.getRequestParameterMap();
    try {
      id = Long.parseLong(parameters.getOrDefault("id", "").strip());
      EditorialColumn column = editorial.read(id).column();
      editorial.revision(id, column.getRevision()); // refused unless the history is theirs to read
      columnTitle = column.getTitle();
      version = column.getVersion();
      latest = column.getRevision();
      restorable = column.isAuthor(settings.getAccount()) || settings.has("EDITOR");
      revisions = new RevisionRows(editorial, id, latest);
    } catch (NumberFormatException | NotFoundException e) {
      fail(404);
      return;
    } catch (ForbiddenException e) {
      fail(403);
      return;
    }
    from = number(parameters.get("from"), Math.max(1, latest - 1));
    to = number(parameters.get("to"), latest);
    try {
      if (parameters.containsKey("from") && parameters.containsKey("to")) {
        diff =
            SideBySide.compare(
                SideBySide.Text.of(editorial.revision(id, from)),
                SideBySide.Text.of(editorial.revision(id, to)));
      }
      if (parameters.containsKey("view")) {
        viewed = editorial.revision(id, number(parameters.get("view"), 0));
      }
    } catch (NotFoundException | InvalidInputException e) {
      error("revisions.noSuchRevision");
    }
  }

  /** Saves revision {@code number}'s content again as the newest revision. */
  public void restore(int number) throws IOException {
    try {
      editorial.restore(id, number, version);
    } catch (StaleVersionException e) {
      error("revisions.restore.stale");
      return;
    } catch (ConflictException e) {
      error("revisions.restore.conflict");
      return;
    } catch (ForbiddenException e) {
      error("revisions.restore.forbidden");
      return;
    } catch (NotFoundException | InvalidInputException e) {
      error("revisions.noSuchRevision");
      return;
    }
    external.redirect(
        external.getRequestContextPath() + "/desk/revisions?id=" + id + "&restored=" + number);
  }

  /** Goes to the comparison of the two revisions chosen. */
  public void compare() throws IOException {
    external.redirect(
        external.getRequestContextPath()
            + "/desk/revisions?id="
            + id
            + "&from="
            + from
            + "&to="
            + to);
  }

  /** The viewed revision's body, sanitized once more as it is shown as HTML. */
  public String getViewedBody() {
    return viewed == null ? "" : BodySanitizer.sanitize(viewed.getBody());
  }

  private void fail(int code) {
    status = code;
    external.setResponseStatus(code);
  }

  private void error(String key) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, DeskMessages.text(faces, key), null));
  }

  private static int number(String text, int otherwise) {
    try {
      return text == null ? otherwise : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  public List<Integer> getNumbers() {
    return IntStream.iterate(latest, n -> n >= 1, n -> n - 1).boxed().toList();
  }

  public boolean isFound() {
    return status == 200;
  }

  public int getStatus() {
    return status;
  }

  public long getId() {
    return id;
  }

  public String getColumnTitle() {
    return columnTitle;
  }

  public boolean isRestorable() {
    return restorable;
  }

  public RevisionRows getRevisions() {
    return revisions;
  }

  public List<SideBySide.Field> getDiff() {
    return diff;
  }

  public Revision getViewed() {
    return viewed;
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = from;
  }

  public int getTo() {
    return to;
  }

  public void setTo(int to) {
    this.to = to;
  }
}
