package dev.columndesk.service.media;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.account.AccountRepository;
import dev.columndesk.service.error.ConflictException;
import dev.columndesk.service.error.DomainRules;
import dev.columndesk.service.error.ForbiddenException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media library: upload, list, read and delete images. Every upload is checked by {@link
 * ImageCheck} before anything is stored; the same bytes uploaded again are the same item. Reading
 * the bytes is open to anyone, as the public site serves them.
 */
@Stateless
@Interceptors(DomainRules.class)
public class MediaService {

  /** The largest width or height accepted, in pixels. */
  public static final int MAX_SIDE = 8000;

  /** The largest picture accepted, in pixels. */
  public static final long MAX_PIXELS = 40_000_000L;

  @Inject private MediaItems items;
  @Inject private AccountRepository accounts;
  @Resource private SessionContext context;
  @EJB private MediaService self;

  @Inject
  @ConfigProperty(name = "cms.media.max-bytes", defaultValue = "5242880")
  private long maxBytes;

  /** The limits uploads are checked against. */
  @PermitAll
  public ImageCheck check() {
    return new ImageCheck(maxBytes, MAX_SIDE, MAX_PIXELS);
  }

  /**
   * Stores an image after checking its content, or returns the item that already holds the same
   * bytes.
   *
   * @param originalName the uploader's file name, kept only as text to show; may be {@code null}
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public MediaItem upload(byte[] bytes, String originalName) {
    ImageCheck.Image image = check().inspect(bytes);
    String sha256 = sha256(bytes);
    try {
      return self.store(image, bytes, sha256, originalName);
    } catch (EJBException sameBytesAtOnce) {
      // Another upload of the same bytes won the unique key on sha256 a moment ago.
      return self.existing(sha256).orElseThrow(() -> sameBytesAtOnce);
    }
  }

  /** One attempt of {@link #upload}, in a transaction of its own. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public MediaItem store(ImageCheck.Image image, byte[] bytes, String sha256, String originalName) {
    Optional<MediaItem> same = items.findBySha256(sha256);
    if (same.isPresent()) {
      return same.get();
    }
    MediaItem item =
        MediaItem.upload(
            image.type(),
            image.width(),
            image.height(),
            bytes.length,
            sha256,
            originalName,
            me(),
            Instant.now());
    items.add(item, bytes);
    return item;
  }

  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Optional<MediaItem> existing(String sha256) {
    return items.findBySha256(sha256);
  }

  /** The library, newest first. Everyone on the desk sees every item: images are for sharing. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Page<MediaItem> list(PageRequest request) {
    return items.newestFirst(request);
  }

  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public MediaItem get(String name) {
    return items.get(name);
  }

  /** The item a desk URL ({@code /media/<name>}) names, if the library holds it. */
  @PermitAll
  public Optional<MediaItem> byUrl(String url) {
    return Optional.ofNullable(MediaItem.nameOf(url)).flatMap(items::find);
  }

  /** The image to serve, for anyone: the public site shows covers and inline images. */
  @PermitAll
  public Optional<MediaFile> file(String name) {
    return items
        .find(name)
        .map(
            item ->
                new MediaFile(
                    item.getName(), item.getContentType(), item.getSha256(), items.data(item)));
  }

  /**
   * Deletes an item: its uploader, an editor or an administrator may, and only while no column uses
   * it (see {@link MediaItems#usersOf}).
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public void delete(String name) {
    MediaItem item = items.get(name);
    if (!item.isDeletableBy(me())) {
      throw new ForbiddenException(
          "Only the person who uploaded this image, an editor or an administrator may delete it");
    }
    List<Long> users = items.usersOf(item);
    if (!users.isEmpty()) {
      throw new ConflictException(
          "The image "
              + item.getUrl()
              + " is still used by column "
              + users.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + " (as a cover, in a revision's cover or in the text); remove it there first");
    }
    items.remove(item);
  }

  /** Whether the caller may delete the item, for the desk's buttons. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public boolean mayDelete(MediaItem item) {
    return item.isDeletableBy(me());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private Account me() {
    return accounts.get(context.getCallerPrincipal().getName());
  }
}
