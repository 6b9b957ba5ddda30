package dev.columndesk.web.desk;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.editorial.ColumnDraft;
import dev.columndesk.service.editorial.ColumnReading;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import dev.columndesk.service.magazine.MagazineService;
import dev.columndesk.service.paging.PageRequest;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code /desk/edit} and {@code /desk/edit?id=N}: the column editor. The page's script saves
 * a few seconds after typing stops ({@link #autosave}); the answer says "saved" only once the
 * service's transaction has committed. A save refused because someone else saved first keeps the
 * person's text in the form and shows both versions side by side ({@link #getConflict}) until they
 * choose.
 */
@Named
@ViewScoped
public class ColumnEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the page's script reads from each save's answer ({@code args.state}). */
  enum SaveState {
    SAVED,
    UNCHANGED,
    UNTITLED,
    INVALID,
    CONFLICT,
    REFUSED
  }

  @Inject private EditorialService editorial;
  @Inject private MagazineService magazines;
  @Inject private DeskSettings settings;

  private Long id;
  private long version;
  private ColumnStatus status;
  private boolean editable;
  private boolean readOnlyLive;
  private boolean authorIsMe;
  private String author;
  private int revision;
  private Instant updatedAt;
  private String updatedBy;

  private String title;
  private String subtitle;
  private String summary;
  private String body;
  private String magazine;
  private List<String> tags = new ArrayList<>();
  private String slug;
  private boolean everPublished;
  private String cover; // media library: the cover's /media/ address

  private Conflict conflict;
  private List<Choice> magazineChoices;

  /**
   * Someone else's save that came between.
   *
   * @param by who saved
   * @param at when
   * @param version the version their save left, which "keep mine" saves over
   * @param fields their text (left) against the form's (right)
   */
  public record Conflict(String by, Instant at, long version, List<SideBySide.Field> fields)
      implements Serializable {}

  /** On the page's GET: loads the column, or starts a new one. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null) {
      editable = settings.has("WRITER") || settings.has("EDITOR");
      authorIsMe = true;
      author = settings.getAccount().getUsername();
      if (!editable) {
        faces.getExternalContext().responseSendError(403, "Only writers and editors write columns");
        faces.responseComplete();
      }
      return;
    }
    ColumnReading reading;
    try {
      reading = editorial.read(id);
    } catch (RuntimeException e) {
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      int code = e instanceof NotFoundException ? 404 : 403;
      faces.getExternalContext().responseSendError(code, DeskFailures.describe(faces, e));
      faces.responseComplete();
      return;
    }
    EditorialColumn column = reading.column();
    readOnlyLive = reading.liveOnly() != null;
    fill(column);
    if (readOnlyLive) {
      Revision live = reading.liveOnly();
      title = live.getTitle();
      subtitle = live.getSubtitle();
      summary = live.getSummary();
      body = live.getBody();
      tags = new ArrayList<>(live.getTags());
      magazine = live.getMagazine() == null ? null : live.getMagazine().getSlug();
      cover = live.getCover() == null ? null : MediaItem.PATH_PREFIX + live.getCover();
      revision = live.getNumber();
      updatedAt = column.getLivePublishedAt();
      status = ColumnStatus.PUBLISHED;
      updatedBy = null; // whether and who works on a correction is not another writer's business
    }
    Account me = settings.getAccount();
    editable =
        !readOnlyLive
            && (settings.has("EDITOR") || (column.isAuthor(me) && settings.has("WRITER")))
            && (status != ColumnStatus.IN_REVIEW
                || (settings.has("EDITOR") && !column.isAuthor(me)));
  }

  private void fill(EditorialColumn column) {
    id = column.getId();
    version = column.getVersion();
    status = column.getStatus();
    revision = column.getRevision();
    updatedAt = column.getUpdatedAt();
    updatedBy = column.getUpdatedBy() == null ? null : column.getUpdatedBy().getUsername();
    author = column.getAuthor().getUsername();
    authorIsMe = column.isAuthor(settings.getAccount());
    title = column.getTitle();
    subtitle = column.getSubtitle();
    summary = column.getSummary();
    body = column.getBody();
    magazine = column.getMagazine() == null ? null : column.getMagazine().getSlug();
    tags = new ArrayList<>(column.getTagNames());
    slug = column.getSlug();
    everPublished = column.getFirstPublishedAt() != null;
    cover = column.getCover() == null ? null : MediaItem.PATH_PREFIX + column.getCover();
  }

  /** Called by the page's script a few seconds after the last keystroke. */
  public void autosave() {
    store(true);
  }

  /** The "Save" button: a revision of its own, recorded in the audit log. */
  public void save() {
    store(false);
  }

  private SaveState store(boolean autosave) {
    FacesContext faces = FacesContext.getCurrentInstance();
    SaveState state;
    if (!editable) {
      state = SaveState.REFUSED;
    } else if (conflict != null) {
      state = SaveState.CONFLICT;
    } else if (title == null || title.isBlank()) {
      state = SaveState.UNTITLED;
    } else {
      state = write(faces, autosave);
    }
    PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
    ajax.addCallbackParam("state", state.name().toLowerCase(Locale.ROOT));
    if (id != null) {
      ajax.addCallbackParam("id", id);
      ajax.addCallbackParam("version", version);
    }
    if (state == SaveState.SAVED || state == SaveState.UNCHANGED) {
      ajax.addCallbackParam("savedAt", settings.format(updatedAt));
    }
    return state;
  }

  private SaveState write(FacesContext faces, boolean autosave) {
    ColumnDraft draft =
        new ColumnDraft(
            title,
            subtitle,
            summary,
            body == null ? "" : body,
            magazine,
            List.copyOf(tags == null ? List.of() : tags),
            everPublished ? null : blankToNull(slug),
            blankToNull(cover));
    try {
      EditorialColumn saved =
          id == null ? editorial.create(draft) : editorial.save(id, version, draft, autosave);
      boolean changed = saved.getVersion() != version || id == null;
      fill(saved);
      return changed ? SaveState.SAVED : SaveState.UNCHANGED;
    } catch (StaleVersionException e) {
      conflict = conflictWith(editorial.read(id).column());
      return SaveState.CONFLICT;
    } catch (RuntimeException e) {
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      DeskFailures.report(faces, null, e);
      return SaveState.INVALID;
    }
  }

  private Conflict conflictWith(EditorialColumn theirs) {
    SideBySide.Text mine =
        new SideBySide.Text(title, subtitle, summary, magazine, tags, body == null ? "" : body);
    return new Conflict(
        theirs.getUpdatedBy() == null ? null : theirs.getUpdatedBy().getDisplayName(),
        theirs.getUpdatedAt(),
        theirs.getVersion(),
        SideBySide.compare(SideBySide.Text.of(theirs), mine));
  }

  /** After a conflict: saves the form's text (perhaps merged by hand) over the other save. */
  public void keepMine() {
    if (conflict == null) {
      return;
    }
    version = conflict.version();
    conflict = null;
    store(false);
  }

  /** After a conflict: drops the form's text and takes the stored one. */
  public void takeTheirs() {
    conflict = null;
    fill(editorial.read(id).column());
    PrimeFaces.current().ajax().addCallbackParam("state", "replaced");
  }

  /** Saves what is in the form, then sends the column to review. */
  public void submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    SaveState state = store(false);
    if (state != SaveState.SAVED && state != SaveState.UNCHANGED) {
      return;
    }
    try {
      fill(editorial.submit(id, version));
    } catch (RuntimeException e) {
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      DeskFailures.report(faces, null, e);
      return;
    }
    redirect(faces, "submitted");
  }

  /** Takes the column back out of review so that its author can change it. */
  public void withdraw() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      fill(editorial.withdraw(id, version));
    } catch (RuntimeException e) {
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      DeskFailures.report(faces, null, e);
      return;
    }
    redirect(faces, "withdrawn");
  }

  private void redirect(FacesContext faces, String done) throws IOException {
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + "/desk/edit?id=" + id + "&done=" + done);
  }

  /**
   * A magazine the column may go in.
   *
   * @param slug its address
   * @param title its name
   */
  public record Choice(String slug, String title) implements Serializable {}

  public List<Choice> getMagazines() {
    if (magazineChoices == null) {
      magazineChoices =
          magazines.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
              .map(found -> new Choice(found.getSlug(), found.getTitle()))
              .toList();
    }
    return magazineChoices;
  }

  /** Whether the form may be submitted for review now. */
  public boolean isSubmittable() {
    return editable
        && id != null
        && (status == ColumnStatus.DRAFT || status == ColumnStatus.CHANGES_REQUESTED);
  }

  public boolean isWithdrawable() {
    return id != null && status == ColumnStatus.IN_REVIEW && authorIsMe;
  }

  /** Whether an edit now sends the column back to draft (and cancels a schedule). */
  public boolean isEditResetsApproval() {
    return id != null
        && (status == ColumnStatus.APPROVED
            || status == ColumnStatus.SCHEDULED
            || status == ColumnStatus.PUBLISHED
            || status == ColumnStatus.UNPUBLISHED);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The cover image's desk address ({@code /media/<name>}), or {@code null}. */
  public String getCover() {
    return cover;
  }

  public void setCover(String cover) {
    this.cover = cover;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public ColumnStatus getStatus() {
    return status;
  }

  public boolean isEditable() {
    return editable;
  }

  public boolean isReadOnlyLive() {
    return readOnlyLive;
  }

  public boolean isAuthorIsMe() {
    return authorIsMe;
  }

  public String getAuthor() {
    return author;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public boolean isEverPublished() {
    return everPublished;
  }

  public Conflict getConflict() {
    return conflict;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSubtitle() {
    return subtitle;
  }

  public void setSubtitle(String subtitle) {
    this.subtitle = subtitle;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getMagazine() {
    return magazine;
  }

  public void setMagazine(String magazine) {
    this.magazine = magazine;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
