/** The editors' desk in PrimeFaces: signing in and out, and the signed-in home page. */
package dev.columndesk.web.desk;
