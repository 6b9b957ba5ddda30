/**
 * Publishing: the publisher's actions, the clock that releases scheduled columns exactly once, and
 * the reader's view of what is live.
 */
package dev.columndesk.service.publishing;
