package dev.columndesk.web.security;

import dev.columndesk.service.account.CredentialVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Jakarta Security's view of the desk's accounts: username and password in, caller and roles out.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private CredentialVerifier verifier;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return verifier
        .verify(credential.getCaller(), credential.getPasswordAsString())
        .map(caller -> new CredentialValidationResult(caller.username(), caller.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
