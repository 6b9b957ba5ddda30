/**
 * Accounts at the desk: signing in (credential checks, password hashing), the caller's own account,
 * opening and listing accounts, and the accounts a fresh installation starts with.
 */
package dev.columndesk.service.account;
