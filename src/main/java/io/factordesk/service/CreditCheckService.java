package io.factordesk.service;

import io.factordesk.cache.CacheTransaction;
import io.factordesk.cache.CreditCheckInputRepository;
import io.factordesk.cache.SupplierRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.Officer;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.credit.CreditFile;
import io.factordesk.domain.credit.LatestCheck;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.scoring.CreditCheckEngine;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.FinancingRequest;
import io.factordesk.scoring.Grade;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Credit checks of one supplier or the whole portfolio: reads the credit files, runs the one shared
 * engine, and stores every result with its model and an audit entry in the same transaction.
 */
public final class CreditCheckService {

    public static final String AUDIT_ACTION = "CREDIT_CHECK";
    /** Who the audit trail names for a portfolio batch run without an officer. */
    public static final String BATCH_LOGIN = "batch";
    public static final String STAGE_READING = "check.stage.reading";
    public static final String STAGE_SCORING = "check.stage.scoring";
    private static final int BATCH_CHUNK = 500;

    private final Transactions transactions;
    private final CreditCheckInputRepository files;
    private final SupplierRepository suppliers;
    private final EligibilityService eligibility;
    private final CreditCheckInputs inputs;
    private final CreditCheckEngine engine;
    private final Clock clock;

    public CreditCheckService(Transactions transactions, CreditCheckInputRepository files, SupplierRepository suppliers,
                              EligibilityService eligibility, BigDecimal policyAdvanceRate, CreditCheckEngine engine,
                              Clock clock) {
        this.transactions = transactions;
        this.files = files;
        this.suppliers = suppliers;
        this.eligibility = eligibility;
        this.inputs = new CreditCheckInputs(policyAdvanceRate);
        this.engine = engine;
        this.clock = clock;
    }

    public CreditCheckEngine engine() {
        return engine;
    }

    public CreditCheckResult check(Uscc supplier, LocalDate asOf, String officerLogin) {
        return check(supplier, asOf, officerLogin, RequestedTerms.DEFAULTS);
    }

    /** @param asOf the date the check is as of; null for today */
    public CreditCheckResult check(Uscc supplier, LocalDate asOf, String officerLogin, RequestedTerms terms) {
        return checkAndRecord(supplier, asOf, officerLogin, terms).result();
    }

    /** Runs and stores a check (with its audit entry); the stored row's id is what an override names. */
    public RecordedCheck checkAndRecord(Uscc supplier, LocalDate asOf, String officerLogin, RequestedTerms terms) {
        return checkAndRecord(creditFile(supplier, asOf), officerLogin, terms);
    }

    /** Runs and stores a check on a credit file just read. */
    public RecordedCheck checkAndRecord(CreditFile file, String officerLogin, RequestedTerms terms) {
        CreditCheckResult result = engine.check(inputs.of(file, terms));
        long id = transactions.inTransaction(tx ->
                store(tx, file.supplierId(), result, officerLogin, officerId(tx, officerLogin)));
        return new RecordedCheck(id, file.supplierId(), result);
    }

    /**
     * What the cache holds on the supplier for a check as of the date (null for today). Read once, it lets
     * {@link #whatIf} try other terms without touching the database.
     */
    public CreditFile creditFile(Uscc supplier, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        long supplierId = suppliers.idOf(supplier).orElseThrow(() -> new NoSuchSupplierException(supplier));
        Map<Long, EligibilityResult> reviewed = eligibility.evaluate(day, id -> id == supplierId);
        return files.creditFile(supplierId, day, reviewed).orElseThrow(() -> new NoSuchSupplierException(supplier));
    }

    /** The check with other terms, stored nowhere: what the officer tries before running the real check. */
    public CreditCheckResult whatIf(CreditFile file, RequestedTerms terms) {
        return engine.check(inputs.of(file, terms));
    }

    /** The request a check makes with these terms; the terms left empty take the file's defaults. */
    public FinancingRequest request(CreditFile file, RequestedTerms terms) {
        return inputs.request(file, terms);
    }

    /** Checks every supplier with the default request; stops (keeping what was stored) when cancelled. */
    public List<CreditCheckResult> checkAll(LocalDate asOf, ProgressListener progress) {
        return checkAll(asOf, BATCH_LOGIN, progress);
    }

    /** @param asOf the date the checks are as of; null for today */
    public List<CreditCheckResult> checkAll(LocalDate asOf, String officerLogin, ProgressListener progress) {
        return checkAllAndRecord(asOf, officerLogin, progress).stream().map(RecordedCheck::result).toList();
    }

    /** The batch with the stored rows' ids, so each result can be opened and overridden. */
    public List<RecordedCheck> checkAllAndRecord(LocalDate asOf, String officerLogin, ProgressListener progress) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        progress.progress(0, 1, STAGE_READING);
        List<CreditFile> all = files.creditFiles(day, eligibility.evaluate(day, id -> true));
        List<RecordedCheck> results = new ArrayList<>(all.size());
        for (int from = 0; from < all.size() && !progress.isCancelled(); from += BATCH_CHUNK) {
            List<CreditFile> chunk = all.subList(from, Math.min(all.size(), from + BATCH_CHUNK));
            List<CreditCheckResult> checked = chunk.stream()
                    .map(file -> engine.check(inputs.of(file, RequestedTerms.DEFAULTS))).toList();
            results.addAll(transactions.inTransaction(tx -> {
                Long officerId = officerId(tx, officerLogin);
                List<RecordedCheck> stored = new ArrayList<>(chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    long supplierId = chunk.get(i).supplierId();
                    stored.add(new RecordedCheck(store(tx, supplierId, checked.get(i), officerLogin, officerId),
                            supplierId, checked.get(i)));
                }
                return stored;
            }));
            progress.progress(results.size(), all.size(), STAGE_SCORING);
        }
        return results;
    }

    /** The supplier's past checks, newest first, each with its model id and version, officer and override. */
    public List<StoredCreditCheck> history(Uscc supplier) {
        long supplierId = suppliers.idOf(supplier).orElseThrow(() -> new NoSuchSupplierException(supplier));
        return transactions.inTransaction(tx -> tx.creditChecks().history(supplierId));
    }

    /** The newest stored check of every supplier that has one. */
    public List<LatestCheck> latestChecks() {
        return transactions.inTransaction(tx -> tx.creditChecks().latestPerSupplier());
    }

    /** The model's grade names, best first (the order a distribution chart shows them in). */
    public List<String> gradeNames() {
        return engine.model().grades().grades().stream().map(Grade::name).toList();
    }

    /** The officer's id when the login names one; a batch login need not. */
    private static Long officerId(CacheTransaction tx, String officerLogin) {
        return tx.officers().findByLogin(officerLogin).map(Officer::id).orElse(null);
    }

    private long store(CacheTransaction tx, long supplierId, CreditCheckResult r, String officerLogin, Long officerId) {
        long id = tx.creditChecks().insert(StoredCreditCheck.toStore(supplierId, LocalDateTime.now(clock), officerId,
                r.modelId(), r.modelVersion(), r.modelSha256(), r.score(), r.pd(), r.grade(), r.decision().name(),
                r.limit().recommended(), r.pricing().annualRate(), r.pricing().advanceRate(), CreditCheckJson.stored(r)));
        tx.auditLog().append(officerLogin, AUDIT_ACTION, "credit_check", id, String.format(
                "supplier %s as of %s: score %d, grade %s, decision %s; model %s %s (SHA-256 %s)", r.supplierUscc(),
                r.asOf(), r.score(), r.grade(), r.decision(), r.modelId(), r.modelVersion(), r.modelSha256()));
        return id;
    }
}
