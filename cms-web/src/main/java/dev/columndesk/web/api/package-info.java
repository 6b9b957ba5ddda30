/** The JSON API of {@code api.md}: thin JAX-RS adapters over the service boundaries. */
package dev.columndesk.web.api;
