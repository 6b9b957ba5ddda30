package dev.columndesk.web.desk.admin;

import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.service.audit.AuditLog;
import dev.columndesk.service.audit.AuditLog.AuditFilter;
import dev.columndesk.web.desk.DeskSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /desk/admin/audit} (editors and administrators): the audit log newest first,
 * filtered by actor, action, column and a time range typed in the person's own time zone.
 */
@Named("adminAudit")
@ViewScoped
public class AdminAuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLog log;
  @Inject private DeskSettings settings;

  private String actor;
  private String action;
  private Long columnId;
  private LocalDateTime from;
  private LocalDateTime to;
  private ZoneId zone;
  private PagedModel<AuditRow> list;

  @PostConstruct
  void load() {
    zone = settings.getZone();
    list =
        new PagedModel<>(
            request -> log.readNewestFirst(filter(), request).map(AuditRow::of),
            row -> Long.toString(row.id()));
  }

  private AuditFilter filter() {
    String who = actor == null || actor.isBlank() ? null : actor.strip();
    AuditAction what = action == null || action.isEmpty() ? null : AuditAction.valueOf(action);
    return new AuditFilter(
        columnId,
        who,
        what,
        from == null ? null : from.atZone(zone).toInstant(),
        to == null ? null : to.atZone(zone).toInstant());
  }

  /** Applies the filter from the first page on. */
  public void applyFilter(ActionEvent event) {
    list.refilter();
    PagedModel.firstPage(event);
  }

  public List<String> getActions() {
    return Arrays.stream(AuditAction.values()).map(Enum::name).toList();
  }

  public PagedModel<AuditRow> getList() {
    return list;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Long getColumnId() {
    return columnId;
  }

  public void setColumnId(Long columnId) {
    this.columnId = columnId;
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }
}
