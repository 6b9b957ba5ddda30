package dev.columndesk.service.search;

import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.service.audit.ColumnChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands each publication, correction or take-down this instance commits to {@link
 * PublicationWatch}, whose worker refreshes the search index and the page caches at once, off the
 * publishing thread, so that a batch of due columns is not slowed. Other instances learn of it from
 * the publication log within a second.
 */
@ApplicationScoped
public class PublicationListener {

  @Inject private PublicationWatch watch;

  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ColumnChanged change) {
    if (change.action() == AuditAction.PUBLISH || change.action() == AuditAction.UNPUBLISH) {
      watch.committed(change.columnId());
    }
  }
}
