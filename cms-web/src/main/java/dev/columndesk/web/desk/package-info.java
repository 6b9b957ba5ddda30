/**
 * The editors' desk in PrimeFaces: signing in and out, the signed-in home page, the account page,
 * and the language and time zone every desk page uses.
 */
package dev.columndesk.web.desk;
