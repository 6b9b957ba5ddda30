package dev.columndesk.service.error;

import dev.columndesk.domain.support.RuleViolation;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Turns the domain's {@link RuleViolation}s into the services' own failures, at the boundary of
 * every service that asks the domain. The domain knows nothing of EJB; without this a refusal would
 * reach callers as a system exception wrapped in an {@code EJBException}.
 */
public class DomainRules {

  @AroundInvoke
  public Object translate(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (RuleViolation violation) {
      throw switch (violation.kind()) {
        case INVALID -> new InvalidInputException(violation.getMessage());
        case FORBIDDEN -> new ForbiddenException(violation.getMessage());
        case CONFLICT -> new ConflictException(violation.getMessage());
      };
    }
  }
}
