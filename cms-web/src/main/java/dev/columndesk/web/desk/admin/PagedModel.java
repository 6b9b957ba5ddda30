package dev.columndesk.web.desk.admin;

import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.faces.event.ActionEvent;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model over a service's paged list: each page the table shows is one page query and
 * one count query in the database, whatever the list's length.
 */
final class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Fetches one page of the list as it is filtered now. */
  interface Source<T> extends Serializable {
    Page<T> fetch(PageRequest request);
  }

  /** What identifies a row, for the table's row keys. */
  interface Key<T> extends Serializable {
    String of(T row);
  }

  /** The id every administration page gives its table, in the form of its filter. */
  static final String TABLE_ID = "list";

  private final Source<T> source;
  private final Key<T> key;

  /** The total of the last page read, or -1 until one is read after a change of filter. */
  private long total = -1;

  PagedModel(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  /** The filter changed: the next count is asked of the database again. */
  void refilter() {
    total = -1;
  }

  /**
   * Shows the first page of the table {@code list} beside the filter button of the event: a new
   * filter starts from the beginning.
   */
  static void firstPage(ActionEvent event) {
    if (event.getComponent().findComponent(TABLE_ID) instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    // The table counts before it loads; load() sets the fresh total again from its own page.
    if (total < 0) {
      total = source.fetch(new PageRequest(0, 1)).total();
    }
    return (int) Math.min(total, Integer.MAX_VALUE);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
    Page<T> page = source.fetch(new PageRequest(first / size, size));
    total = page.total();
    setRowCount((int) Math.min(total, Integer.MAX_VALUE));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(row -> key.of(row).equals(rowKey)).findFirst().orElse(null);
  }
}
