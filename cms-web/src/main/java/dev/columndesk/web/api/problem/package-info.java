/** Every API failure as an RFC 9457 problem document with a status from the contract. */
package dev.columndesk.web.api.problem;
