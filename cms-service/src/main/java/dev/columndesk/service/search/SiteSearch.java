package dev.columndesk.service.search;

import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.publishing.PublicColumn;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * This instance's search index. It lives in a folder of its own under the temporary directory,
 * memory-mapped rather than on the heap, and is thrown away when the instance stops: the database
 * is the source of truth, and every instance builds its index from it at start-up (see {@code
 * PublicationWatch}), so two instances on one machine never share or fight over files.
 */
@ApplicationScoped
public class SiteSearch {

  private static final Logger LOG = Logger.getLogger(SiteSearch.class.getName());

  private Path folder;
  private ColumnIndex index;
  private volatile boolean ready;

  @PostConstruct
  void open() {
    try {
      folder = Files.createTempDirectory("columndesk-search-");
      index = new ColumnIndex(FSDirectory.open(folder));
    } catch (IOException e) {
      throw new UncheckedIOException("The search index folder cannot be created", e);
    }
  }

  @PreDestroy
  void close() {
    try (Stream<Path> files = Files.walk(folder)) {
      index.close();
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The search index in " + folder + " was not removed", e);
    }
  }

  /**
   * The live columns matching what a reader typed.
   *
   * @throws InvalidInputException when the query is too long
   */
  public SearchResults search(String text, PageRequest page) {
    try {
      return index.search(text, page.page(), page.size());
    } catch (IllegalArgumentException tooLong) {
      throw new InvalidInputException(tooLong.getMessage());
    }
  }

  /**
   * Whether the index holds everything live, built from the database since this instance started.
   */
  public boolean isReady() {
    return ready;
  }

  /** How many columns the index holds. */
  public int size() {
    return index.size();
  }

  void putAll(Collection<PublicColumn> columns) {
    index.putAll(columns);
  }

  void update(Collection<PublicColumn> live, Collection<Long> gone) {
    index.update(live, gone);
  }

  void startRebuild() {
    ready = false;
    index.clear();
  }

  void rebuilt() {
    ready = true;
  }
}
