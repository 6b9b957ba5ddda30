package dev.columndesk.domain.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link MediaItem}, apart, so that lists of items never load pictures. */
@Entity
@Table(name = "media_data")
public class MediaData {

  @Id
  @Column(name = "media_id")
  private Long mediaId;

  @Column(name = "data", nullable = false, updatable = false)
  private byte[] data;

  protected MediaData() {
    // for JPA
  }

  /** The bytes of {@code item}, which must have been stored (it needs its id). */
  public MediaData(MediaItem item, byte[] data) {
    this.mediaId = item.getId();
    this.data = data.clone();
  }

  public Long getMediaId() {
    return mediaId;
  }

  public byte[] getData() {
    return data.clone();
  }
}
