package io.factordesk.domain.eligibility;

/** A supplier and one of its debtors, e.g. a related-party pair. */
public record SupplierDebtorPair(long supplierId, long debtorId) {
}
