package io.factordesk.contracts;

/** The contract set as one PDF/A-2b file, its SHA-256 (lower-case hex) and its number of pages. */
public record RenderedContract(byte[] pdf, String sha256, int pageCount) {
}
