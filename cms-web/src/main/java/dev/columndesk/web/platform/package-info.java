/** What every page and call shares: the container's error pages. */
package dev.columndesk.web.platform;
