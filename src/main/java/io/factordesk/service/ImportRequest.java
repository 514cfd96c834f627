package io.factordesk.service;

import io.factordesk.domain.Uscc;
import java.nio.file.Path;

/**
 * An officer's request to import one receivables file.
 *
 * @param encoding       auto, UTF-8, GBK or GB18030 (CSV only)
 * @param supplier       the supplier the file belongs to, or null when the file names it per row
 * @param mappingFile    the officer's column mapping, or null to use the remembered or common headers
 * @param validRowsOnly  import the valid rows and skip the others (recorded in the audit log)
 * @param createParties  the officer confirmed that unknown suppliers and debtors may be created
 */
public record ImportRequest(Path file, String encoding, Uscc supplier, Path mappingFile, boolean validRowsOnly,
                            boolean createParties, String officerLogin) {

    public ImportRequest {
        encoding = encoding == null ? "auto" : encoding;
    }
}
