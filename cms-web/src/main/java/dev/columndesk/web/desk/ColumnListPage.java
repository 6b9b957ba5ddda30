package dev.columndesk.web.desk;

import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.service.editorial.ColumnQuery;
import dev.columndesk.service.editorial.ColumnSort;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.magazine.MagazineService;
import dev.columndesk.service.paging.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Backs {@code /desk/columns}: the columns the signed-in person may see, a page at a time. The
 * filters live in the address ({@code ?status=IN_REVIEW,DRAFT&magazine=…&author=…&q=…&sort=-title})
 * so that a filtered list can be bookmarked, shared and left with the back button; applying them is
 * a post that redirects to that address. The table pages and sorts by Ajax from the database.
 */
@Named
@ViewScoped
public class ColumnListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EditorialService editorial;
  @Inject private MagazineService magazineService;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;

  private List<String> statuses = new ArrayList<>();
  private String magazine;
  private String author;
  private String text;
  private String sortParameter;
  private ColumnRows rows;
  private transient List<Magazine> magazines;

  @PostConstruct
  void load() {
    Map<String, String[]> values = external.getRequestParameterValuesMap();
    String status = String.join(",", values.getOrDefault("status", new String[0]));
    Map<String, String> single = external.getRequestParameterMap();
    magazine = single.get("magazine");
    author = single.get("author");
    text = single.get("q");
    sortParameter = single.get("sort");
    try {
      ColumnQuery query = ColumnQuery.of(status, null, null, null, null);
      if (query.statuses() != null) {
        query.statuses().forEach(each -> statuses.add(each.name()));
      }
    } catch (InvalidInputException e) {
      error("list.badStatus");
    }
    try {
      ColumnQuery.of(null, author, magazine, null, text);
    } catch (InvalidInputException e) { // control characters that no column holds
      error("list.badFilter");
      author = null;
      magazine = null;
      text = null;
    }
    try {
      ColumnSort.of(sortParameter);
    } catch (InvalidInputException e) {
      error("list.badSort");
      sortParameter = null;
    }
    rows = new ColumnRows(editorial, String.join(",", statuses), author, magazine, text);
  }

  /** Goes to the list's address for the filters chosen (a redirect, so the address shows them). */
  public void apply() throws IOException {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("status", String.join(",", statuses));
    query.put("magazine", magazine);
    query.put("author", author);
    query.put("q", text);
    query.put("sort", sortParameter);
    StringJoiner address = new StringJoiner("&", "?", "").setEmptyValue("");
    query.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            address.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
          }
        });
    external.redirect(external.getRequestContextPath() + "/desk/columns" + address);
  }

  /** {@code asc}, {@code desc} or nothing: how the table starts out ordered by this column. */
  public String sortOrder(String field) {
    ColumnSort sort = ColumnSort.of(sortParameter);
    if (!sort.field().key().equals(field)) {
      return null;
    }
    return sort.descending() ? "desc" : "asc";
  }

  /** Whether any filter narrows the list, for the empty list's message. */
  public boolean isFiltered() {
    return !statuses.isEmpty() || present(magazine) || present(author) || present(text);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private void error(String key) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, DeskMessages.text(faces, key), null));
  }

  public List<String> getStatusChoices() {
    return Arrays.stream(ColumnStatus.values()).map(ColumnStatus::name).toList();
  }

  /** The magazines to filter by (the first hundred, by the order the service lists them). */
  public List<Magazine> getMagazines() {
    if (magazines == null) {
      magazines = magazineService.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }
    return magazines;
  }

  public ColumnRows getRows() {
    return rows;
  }

  public List<String> getStatuses() {
    return statuses;
  }

  public void setStatuses(List<String> statuses) {
    this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
  }

  public String getMagazine() {
    return magazine;
  }

  public void setMagazine(String magazine) {
    this.magazine = magazine;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
