/**
 * Search over what readers can read: a Lucene index of the live revisions, analysed twice, with
 * Lucene's Korean analyzer (Nori) and its English one, so that a Korean query finds a word with its
 * particle attached or written without the space the text has, and an English query finds other
 * forms of its words. Only live revisions are ever indexed.
 */
package dev.columndesk.service.search;
