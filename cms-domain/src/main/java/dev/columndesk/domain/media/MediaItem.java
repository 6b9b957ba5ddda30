package dev.columndesk.domain.media;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An image of the library, without its bytes ({@link MediaData} holds them). The name is made by
 * the server from the content's SHA-256 and the detected type, so the same picture uploaded twice
 * is one item, and no uploader chooses a path. The original file name is kept only as text to show.
 * Items never change; the name is the business key.
 */
@Entity
@Table(name = "media")
@NamedQuery(name = MediaItem.BY_NAME, query = "select m from MediaItem m where m.name = :name")
@NamedQuery(
    name = MediaItem.BY_SHA256,
    query = "select m from MediaItem m where m.sha256 = :sha256")
@NamedQuery(
    name = MediaItem.NEWEST_FIRST,
    query = "select m from MediaItem m order by m.uploadedAt desc, m.id desc")
@NamedQuery(name = MediaItem.COUNT, query = "select count(m) from MediaItem m")
public class MediaItem {

  public static final String BY_NAME = "MediaItem.byName";
  public static final String BY_SHA256 = "MediaItem.bySha256";
  public static final String NEWEST_FIRST = "MediaItem.newestFirst";
  public static final String COUNT = "MediaItem.count";

  /** The path under which the site serves media items. */
  public static final String PATH_PREFIX = "/media/";

  /** How much of an uploaded file's own name is kept, in characters. */
  public static final int ORIGINAL_NAME_MAX = 255;

  @Id
  @SequenceGenerator(name = "media_seq", sequenceName = "media_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_seq")
  private Long id;

  @Column(name = "name", nullable = false, updatable = false, length = 80)
  private String name;

  @Column(name = "content_type", nullable = false, updatable = false, length = 40)
  private String contentType;

  @Column(name = "width", nullable = false, updatable = false)
  private int width;

  @Column(name = "height", nullable = false, updatable = false)
  private int height;

  @Column(name = "byte_size", nullable = false, updatable = false)
  private long byteSize;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "original_name", updatable = false, length = ORIGINAL_NAME_MAX)
  private String originalName;

  @ManyToOne(optional = false)
  @JoinColumn(name = "uploaded_by", nullable = false, updatable = false)
  private Account uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected MediaItem() {
    // for JPA
  }

  /**
   * A new item for an image already checked by content.
   *
   * @param sha256 the content's SHA-256, 64 lower-case hex digits
   * @param originalName the uploader's file name, or {@code null}; cut to its last path segment and
   *     {@value #ORIGINAL_NAME_MAX} characters, control characters dropped
   */
  public static MediaItem upload(
      ImageType type,
      int width,
      int height,
      long byteSize,
      String sha256,
      String originalName,
      Account by,
      Instant at) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
    MediaItem item = new MediaItem();
    item.name = sha256.substring(0, 32) + "." + type.extension();
    item.contentType = type.contentType();
    item.width = width;
    item.height = height;
    item.byteSize = byteSize;
    item.sha256 = sha256;
    item.originalName = displayName(originalName);
    item.uploadedBy = Objects.requireNonNull(by, "by");
    item.uploadedAt = at.truncatedTo(ChronoUnit.MICROS);
    return item;
  }

  /** The last segment of a client's file name, as harmless display text, or {@code null}. */
  static String displayName(String original) {
    if (original == null) {
      return null;
    }
    String last =
        original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    last.codePoints()
        .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .limit(ORIGINAL_NAME_MAX)
        .forEach(kept::appendCodePoint);
    String text = kept.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** The media name in a desk URL ({@code /media/<name>}), or {@code null} when it is not one. */
  public static String nameOf(String url) {
    if (url == null || !url.startsWith(PATH_PREFIX)) {
      return null;
    }
    String name = url.substring(PATH_PREFIX.length());
    return name.matches("[0-9a-f]{32}\\.(jpg|png|gif|webp)") ? name : null;
  }

  /** The item's address on this site. */
  public String getUrl() {
    return PATH_PREFIX + name;
  }

  /**
   * Whether {@code person} may delete the item: the uploader, an editor or an administrator (use by
   * columns is the service's question).
   */
  public boolean isDeletableBy(Account person) {
    return person != null
        && (person.equals(uploadedBy) || person.hasRole(Role.EDITOR) || person.hasRole(Role.ADMIN));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public ImageType getType() {
    return ImageType.ofContentType(contentType).orElseThrow();
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public long getByteSize() {
    return byteSize;
  }

  public String getSha256() {
    return sha256;
  }

  public String getOriginalName() {
    return originalName;
  }

  public Account getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof MediaItem item && name != null && name.equals(item.getName());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(name);
  }

  @Override
  public String toString() {
    return "MediaItem[" + name + "]";
  }
}
