package dev.columndesk.web.desk;

import dev.columndesk.service.editorial.ColumnQuery;
import dev.columndesk.service.editorial.ColumnSort;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The desk's column list, one page at a time from the database. The filters come from the page's
 * address; the order and the page from the table. Each page is one call of {@link
 * EditorialService#list}, which counts as it reads: the table asks for the count first, so it gets
 * the count of the previous page's call, and the count of this call afterwards.
 */
class ColumnRows extends LazyDataModel<ColumnRow> {

  private static final long serialVersionUID = 1L;

  private final EditorialService editorial;
  private final String status;
  private final String author;
  private final String magazine;
  private final String text;
  private int total;

  /** The filters as the address names them; each has been read once by {@link ColumnQuery#of}. */
  ColumnRows(
      EditorialService editorial, String status, String author, String magazine, String text) {
    this.editorial = editorial;
    this.status = status;
    this.author = author;
    this.magazine = magazine;
    this.text = text;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return total;
  }

  @Override
  public List<ColumnRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<ColumnRow> page =
        editorial
            .list(
                ColumnQuery.of(status, author, magazine, null, text),
                sortOf(sortBy),
                new PageRequest(first / pageSize, pageSize))
            .map(ColumnRow::of);
    total = (int) Math.min(Integer.MAX_VALUE, page.total());
    setRowCount(total);
    return page.items();
  }

  @Override
  public String getRowKey(ColumnRow row) {
    return Long.toString(row.getId());
  }

  @Override
  public ColumnRow getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> Long.toString(row.getId()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }

  /** The table's column names are the sort's field names; anything else is refused there. */
  static ColumnSort sortOf(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
        .findFirst()
        .map(
            meta ->
                ColumnSort.of(
                    (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField()))
        .orElse(ColumnSort.DEFAULT);
  }
}
