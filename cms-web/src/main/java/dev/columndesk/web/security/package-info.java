/**
 * Who the caller is: HTTP Basic for the API, a sign-in form and session for the desk, both checked
 * against the accounts.
 */
package dev.columndesk.web.security;
