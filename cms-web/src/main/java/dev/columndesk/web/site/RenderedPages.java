package dev.columndesk.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.service.audit.ColumnChanged;
import dev.columndesk.service.search.SiteChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public pages as rendered, in memory, so that a reader costs a map lookup and a write.
 *
 * <p>Whatever readers see changes only when something is published, corrected or taken down, or a
 * byline changes: {@link SiteChanged} then empties the cache, on this instance at once and on the
 * others through the publication log within a second. A page rendered while such a change was being
 * applied is served but not kept (the generation moved on under it), so a page read from the
 * database before a change can never outlive it in the cache. Entries also expire after a few
 * minutes, which bounds how long a byline changed on another instance may show, and the cache holds
 * at most {@code cms.site.cache-mib} MiB.
 */
@ApplicationScoped
public class RenderedPages {

  private static final Duration LIFETIME = Duration.ofMinutes(5);

  private final AtomicLong generation = new AtomicLong();
  private Cache<String, Kept> pages;

  private record Kept(RenderedPage page, long generation) {}

  @PostConstruct
  void create() {
    long mebibytes =
        ConfigProvider.getConfig().getOptionalValue("cms.site.cache-mib", Long.class).orElse(64L);
    pages =
        Caffeine.newBuilder()
            .maximumWeight(mebibytes * 1024 * 1024)
            .<String, Kept>weigher((key, kept) -> key.length() * 2 + kept.page().weight())
            .expireAfterWrite(LIFETIME)
            .build();
  }

  /** The page kept under {@code key}, or the one {@code render} makes now (and keeps). */
  public RenderedPage get(String key, Supplier<RenderedPage> render) {
    long now = generation.get();
    Kept kept = pages.getIfPresent(key);
    if (kept != null && kept.generation() == now) {
      return kept.page();
    }
    RenderedPage page = render.get();
    if (generation.get() == now) {
      pages.put(key, new Kept(page, now));
    }
    return page;
  }

  /** How many pages are kept. */
  public long size() {
    return pages.estimatedSize();
  }

  /**
   * A publication, correction or take-down on this instance empties the cache before the call that
   * made it returns, so whoever made it reads the new page at once.
   */
  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ColumnChanged change) {
    if (change.action() == AuditAction.PUBLISH || change.action() == AuditAction.UNPUBLISH) {
      forgetAll();
    }
  }

  /** A change seen in the publication log, or a byline changed. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
    forgetAll();
  }

  private void forgetAll() {
    generation.incrementAndGet();
    pages.invalidateAll();
  }
}
