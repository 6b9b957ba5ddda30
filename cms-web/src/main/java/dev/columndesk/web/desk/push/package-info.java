/**
 * The desk's push: a plain WebSocket per open desk page that rings its bell when the person gets a
 * new notification, on whichever instance it was stored, with nothing kept in the HTTP session.
 */
package dev.columndesk.web.desk.push;
