package dev.columndesk.web.desk;

import dev.columndesk.domain.review.ReviewComment;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.review.ReviewService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column's review conversation, beside the editor and on the review screen: comments in threads
 * (an answer to an answer joins its thread), each with the passage it quotes, and a form to add one
 * or answer one. Only the author and editors take part; the service checks that again.
 */
@Named
@ViewScoped
public class ColumnComments implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReviewService reviews;
  @Inject private DeskSettings settings;

  private Long columnId;
  private List<Conversation> threads;
  private String text;
  private String quote;
  private Long replyTo;

  /**
   * One comment as the page shows it.
   *
   * @param id its id
   * @param by who wrote it (display name)
   * @param at when
   * @param revision the revision it was written on
   * @param quote the passage it quotes, or {@code null}
   * @param text what it says
   */
  public record Entry(long id, String by, Instant at, int revision, String quote, String text)
      implements Serializable {}

  /**
   * A first comment and its answers, oldest first.
   *
   * @param first the comment that started it
   * @param answers the answers
   */
  public record Conversation(Entry first, List<Entry> answers) implements Serializable {}

  /** Whether the signed-in person takes part in reviews at all. */
  public boolean isShown() {
    return settings.has("WRITER") || settings.has("EDITOR");
  }

  public List<Conversation> threadsOf(Long id) {
    if (id == null) {
      return List.of();
    }
    if (threads == null || !id.equals(columnId)) {
      columnId = id;
      threads = load(id);
    }
    return threads;
  }

  private List<Conversation> load(long id) {
    Map<Long, Long> rootOf = new LinkedHashMap<>();
    Map<Long, Entry> firsts = new LinkedHashMap<>();
    Map<Long, List<Entry>> answers = new LinkedHashMap<>();
    for (int page = 0; ; page++) {
      Page<ReviewComment> found;
      try {
        found = reviews.comments(id, new PageRequest(page, PageRequest.MAX_SIZE));
      } catch (RuntimeException e) {
        if (!DeskFailures.isRefusal(e)) {
          throw e;
        }
        return List.of();
      }
      for (ReviewComment comment : found.items()) {
        Entry entry =
            new Entry(
                comment.getId(),
                comment.getAuthor().getDisplayName(),
                comment.getCreatedAt(),
                comment.getRevision(),
                comment.getQuote(),
                comment.getText());
        Long root = comment.getReplyTo() == null ? null : rootOf.get(comment.getReplyTo());
        if (root == null) {
          rootOf.put(comment.getId(), comment.getId());
          firsts.put(comment.getId(), entry);
          answers.put(comment.getId(), new ArrayList<>());
        } else {
          rootOf.put(comment.getId(), root);
          answers.get(root).add(entry);
        }
      }
      if ((long) (page + 1) * found.size() >= found.total() || found.items().isEmpty()) {
        break;
      }
    }
    List<Conversation> result = new ArrayList<>();
    firsts.forEach(
        (first, entry) -> result.add(new Conversation(entry, List.copyOf(answers.get(first)))));
    return result;
  }

  /** Adds the comment in the form (an answer when {@link #replyTo} is set). */
  public void add(Long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (text == null || text.isBlank()) {
      faces.addMessage(
          "comments:text",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              DeskMessages.text(faces, "comments.textRequired"),
              null));
      return;
    }
    try {
      reviews.comment(id, text, quote == null || quote.isBlank() ? null : quote, replyTo);
    } catch (RuntimeException e) {
      if (!DeskFailures.isRefusal(e)) {
        throw e;
      }
      DeskFailures.report(faces, "comments:text", e);
      return;
    }
    text = null;
    quote = null;
    replyTo = null;
    threads = null;
  }

  public void answer(long commentId) {
    replyTo = commentId;
  }

  public void cancelAnswer() {
    replyTo = null;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getQuote() {
    return quote;
  }

  public void setQuote(String quote) {
    this.quote = quote;
  }

  public Long getReplyTo() {
    return replyTo;
  }

  public void setReplyTo(Long replyTo) {
    this.replyTo = replyTo;
  }
}
