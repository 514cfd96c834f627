package io.factordesk.service;

import java.nio.file.Path;

/** A generated contract set: where it was archived, its number, SHA-256 and page count, and the PDF. */
public record GeneratedContract(long dealId, String contractNo, String language, Path archivedFile, String sha256,
                                int pageCount, byte[] pdf) {
}
