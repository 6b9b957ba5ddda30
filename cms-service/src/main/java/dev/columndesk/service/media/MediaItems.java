package dev.columndesk.service.media;

import dev.columndesk.domain.media.MediaData;
import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Stored media items and their bytes. Joins the caller's transaction. */
@ApplicationScoped
public class MediaItems {

  @PersistenceContext private EntityManager em;

  public Optional<MediaItem> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(MediaItem.BY_NAME, MediaItem.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** The item, or the same 404 for any name that is not one: nothing about the library leaks. */
  public MediaItem get(String name) {
    return find(name).orElseThrow(() -> new NotFoundException("There is no media item " + name));
  }

  public Optional<MediaItem> findBySha256(String sha256) {
    return em.createNamedQuery(MediaItem.BY_SHA256, MediaItem.class)
        .setParameter("sha256", sha256)
        .getResultStream()
        .findFirst();
  }

  public Page<MediaItem> newestFirst(PageRequest request) {
    return Page.fetch(
        em.createNamedQuery(MediaItem.NEWEST_FIRST, MediaItem.class),
        em.createNamedQuery(MediaItem.COUNT, Long.class),
        request);
  }

  /** Stores the item and its bytes; the item gets its id. */
  public void add(MediaItem item, byte[] data) {
    em.persist(item);
    em.flush();
    em.persist(new MediaData(item, data));
    em.flush();
  }

  public byte[] data(MediaItem item) {
    return em.find(MediaData.class, item.getId()).getData();
  }

  public void remove(MediaItem item) {
    MediaData data = em.find(MediaData.class, item.getId());
    if (data != null) {
      em.remove(data);
      em.flush(); // the bytes first: nothing tells EclipseLink that they depend on the item
    }
    em.remove(em.contains(item) ? item : em.merge(item));
    em.flush();
  }

  /**
   * The ids of the columns that use the item: as the cover of their working copy or of any revision
   * (history can be restored), or in the body of their working copy or live revision.
   */
  public List<Long> usersOf(MediaItem item) {
    String inBody = "%" + item.getUrl() + "%"; // the name holds only hex digits and a dot
    TreeSet<Long> ids = new TreeSet<>();
    ids.addAll(
        em.createQuery(
                "select c.id from EditorialColumn c where c.cover = :name or c.body like :url",
                Long.class)
            .setParameter("name", item.getName())
            .setParameter("url", inBody)
            .getResultList());
    ids.addAll(
        em.createQuery(
                "select r.column.id from Revision r where r.cover = :name"
                    + " or (r.number = r.column.liveRevision and r.body like :url)",
                Long.class)
            .setParameter("name", item.getName())
            .setParameter("url", inBody)
            .getResultList());
    return List.copyOf(ids);
  }
}
