package dev.columndesk.web.desk;

import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.review.ReviewService;
import dev.columndesk.service.review.ReviewService.Baseline;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs {@code /desk/review?id=N}, the editors' review screen: the submitted revision as readers
 * would see its text, what changed since the revision it is best compared with (the live one, the
 * last approved one, or the one sent back), the conversation, and the decision. Approving your own
 * column is refused by the service (four eyes); the page says so before anyone tries.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EditorialService editorial;
  @Inject private ReviewService reviews;
  @Inject private DeskSettings settings;

  private Long id;
  private long version;
  private ColumnStatus status;
  private int revision;
  private String title;
  private String subtitle;
  private String summary;
  private String body;
  private List<String> tags;
  private String magazine;
  private String author;
  private boolean ownColumn;
  private Instant updatedAt;
  private Integer baselineRevision;
  private String baselineKind;
  private List<SideBySide.Field> changes = List.of();
  private String decision;

  /** On the page's GET. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (!settings.has("EDITOR")) {
      external.responseSendError(403, DeskMessages.text(faces, "review.editorsOnly"));
      faces.responseComplete();
      return;
    }
    if (id == null) {
      external.responseSendError(404, DeskMessages.text(faces, "failure.notFound"));
      faces.responseComplete();
      return;
    }
    try {
      EditorialColumn column = editorial.read(id).column();
      version = column.getVersion();
      status = column.getStatus();
      revision = column.getRevision();
      title = column.getTitle();
      subtitle = column.getSubtitle();
      summary = column.getSummary();
      body = column.getBody();
      tags = List.copyOf(column.getTagNames());
      magazine = column.getMagazine() == null ? null : column.getMagazine().getTitle();
      author = column.getAuthor().getDisplayName();
      ownColumn = column.isAuthor(settings.getAccount());
      updatedAt = column.getUpdatedAt();
      Baseline baseline = reviews.baseline(id).orElse(null);
      if (baseline != null) {
        baselineRevision = baseline.revision();
        baselineKind = baseline.kind();
        Revision before = editorial.revision(id, baseline.revision());
        changes = SideBySide.compare(SideBySide.Text.of(before), SideBySide.Text.of(column));
      }
    } catch (RuntimeException e) {
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      external.responseSendError(
          e instanceof NotFoundException ? 404 : 403, DeskFailures.describe(faces, e));
      faces.responseComplete();
    }
  }

  public void approve() throws IOException {
    decide(true);
  }

  public void requestChanges() throws IOException {
    decide(false);
  }

  private void decide(boolean approve) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    String comment = decision == null || decision.isBlank() ? null : decision.strip();
    if (!approve && comment == null) {
      faces.addMessage(
          "decision:comment",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              DeskMessages.text(faces, "review.commentRequired"),
              null));
      return;
    }
    try {
      if (approve) {
        reviews.approve(id, version, comment);
      } else {
        reviews.requestChanges(id, version, comment);
      }
    } catch (RuntimeException e) {
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      DeskFailures.report(faces, null, e);
      return;
    }
    ExternalContext external = faces.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/desk/review?id="
            + id
            + "&done="
            + (approve ? "approved" : "changesRequested"));
  }

  public boolean isDecidable() {
    return status == ColumnStatus.IN_REVIEW && !ownColumn;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ColumnStatus getStatus() {
    return status;
  }

  public int getRevision() {
    return revision;
  }

  public String getTitle() {
    return title;
  }

  public String getSubtitle() {
    return subtitle;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public List<String> getTags() {
    return tags;
  }

  public String getMagazine() {
    return magazine;
  }

  public String getAuthor() {
    return author;
  }

  public boolean isOwnColumn() {
    return ownColumn;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Integer getBaselineRevision() {
    return baselineRevision;
  }

  public String getBaselineKind() {
    return baselineKind;
  }

  public List<SideBySide.Field> getChanges() {
    return changes;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }
}
