/** Accounts and their roles: who may sign in to the desk and what each person may do there. */
package dev.columndesk.domain.account;
