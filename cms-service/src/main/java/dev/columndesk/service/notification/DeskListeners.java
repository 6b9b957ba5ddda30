package dev.columndesk.service.notification;

/**
 * Whether anyone on this instance is listening for {@link DeskNotified}: the open desk pages'
 * sockets live in the web module, and the notification clock asks them before it reads the
 * database, so an instance nobody watches costs nothing. An interface only because the services
 * cannot see the web module that answers it.
 */
public interface DeskListeners {

  /** Whether at least one desk page holds a socket on this instance. */
  boolean anyone();
}
