/** Accounts over HTTP: {@code /me} for everyone signed in, {@code /accounts} for administrators. */
package dev.columndesk.web.api.account;
