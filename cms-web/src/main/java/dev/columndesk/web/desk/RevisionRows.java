package dev.columndesk.web.desk;

import dev.columndesk.domain.column.Revision;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A column's history for the desk, newest first, a page at a time from the database. */
class RevisionRows extends LazyDataModel<RevisionRows.Row> {

  private static final long serialVersionUID = 1L;

  /** One revision: its number, how it came to be, who saved it and when, and its title. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int number;
    private final String kind;
    private final Integer restoredFrom;
    private final String by;
    private final String byUsername;
    private final Instant at;
    private final String title;

    Row(Revision revision) {
      number = revision.getNumber();
      kind = revision.getKind().name();
      restoredFrom = revision.getRestoredFrom();
      by = revision.getCreatedBy().getDisplayName();
      byUsername = revision.getCreatedBy().getUsername();
      at = revision.getCreatedAt();
      title = revision.getTitle();
    }

    public int getNumber() {
      return number;
    }

    public String getKind() {
      return kind;
    }

    public Integer getRestoredFrom() {
      return restoredFrom;
    }

    public String getBy() {
      return by;
    }

    public String getByUsername() {
      return byUsername;
    }

    public Instant getAt() {
      return at;
    }

    public String getTitle() {
      return title;
    }
  }

  private final EditorialService editorial;
  private final long column;
  private int total;

  RevisionRows(EditorialService editorial, long column, int total) {
    this.editorial = editorial;
    this.column = column;
    this.total = total;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return total;
  }

  @Override
  public List<Row> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<Row> page =
        editorial.revisions(column, new PageRequest(first / pageSize, pageSize)).map(Row::new);
    total = (int) Math.min(Integer.MAX_VALUE, page.total());
    setRowCount(total);
    return page.items();
  }

  @Override
  public String getRowKey(Row row) {
    return Integer.toString(row.getNumber());
  }

  @Override
  public Row getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> Integer.toString(row.getNumber()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
