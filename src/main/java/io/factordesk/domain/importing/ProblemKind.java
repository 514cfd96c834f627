package io.factordesk.domain.importing;

import io.factordesk.domain.UsccProblem;

/** Why a row, a column or the file cannot be imported; each has English and Chinese text in the bundles. */
public enum ProblemKind {
    MISSING_COLUMN("import.problem.missingColumn"),
    DUPLICATE_COLUMN("import.problem.duplicateColumn"),
    EMPTY_VALUE("import.problem.emptyValue"),
    INVALID_DATE("import.problem.invalidDate"),
    NOT_AN_AMOUNT("import.problem.notAnAmount"),
    NEGATIVE_AMOUNT("import.problem.negativeAmount"),
    ZERO_AMOUNT("import.problem.zeroAmount"),
    TOO_MANY_DECIMALS("import.problem.tooManyDecimals"),
    TOO_LONG("import.problem.tooLong"),
    USCC_WRONG_LENGTH("import.problem.usccWrongLength"),
    USCC_ILLEGAL_CHARACTER("import.problem.usccIllegalCharacter"),
    USCC_CHECK_CHARACTER("import.problem.usccCheckCharacter"),
    SUPPLIER_MISMATCH("import.problem.supplierMismatch"),
    UNKNOWN_SUPPLIER("import.problem.unknownSupplier"),
    UNKNOWN_DEBTOR("import.problem.unknownDebtor"),
    MISSING_PARTY_NAME("import.problem.missingPartyName"),
    DUPLICATE_ROW("import.problem.duplicateRow"),
    EMPTY_FILE("import.problem.emptyFile"),
    NO_ROWS("import.problem.noRows"),
    UNREADABLE_FILE("import.problem.unreadableFile"),
    WRONG_ENCODING("import.problem.wrongEncoding");

    private final String messageKey;

    ProblemKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key; its text takes {0} = the value and {1} = the detail. */
    public String messageKey() {
        return messageKey;
    }

    public static ProblemKind of(UsccProblem problem) {
        return switch (problem) {
            case WRONG_LENGTH -> USCC_WRONG_LENGTH;
            case ILLEGAL_CHARACTER -> USCC_ILLEGAL_CHARACTER;
            case CHECK_DIGIT_MISMATCH -> USCC_CHECK_CHARACTER;
        };
    }
}
