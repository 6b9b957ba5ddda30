/** What a fresh installation in demo mode shows readers: a few columns we wrote for it. */
package dev.columndesk.service.demo;
