/**
 * What the rest stands on: the configured data source, the schema migration at start-up and the
 * readiness check that reports both.
 */
package dev.columndesk.service.platform;
