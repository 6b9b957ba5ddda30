/** Reviewing columns: decisions under the four-eyes rule, and the comments of a review. */
package dev.columndesk.service.review;
