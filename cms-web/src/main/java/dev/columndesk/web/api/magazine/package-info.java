/** The API of magazines and tags. */
package dev.columndesk.web.api.magazine;
