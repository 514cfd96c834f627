package io.factordesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.app.AppContext;
import io.factordesk.app.SmallPortfolio;
import io.factordesk.domain.AuditEntry;
import io.factordesk.domain.OfficerRole;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.credit.CreditFile;
import io.factordesk.domain.credit.LatestCheck;
import io.factordesk.domain.credit.OverrideRefusedException;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.Decision;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The officer's override is the service's rule, whatever screen calls it: a written justification,
 * a decision against the model, once per check at the version read, stored with its audit entry.
 * The what-if prices other terms without storing anything.
 */
class CreditOverrideServiceTest {

    private static final String OFFICER = "li.officer";
    private static final String JUSTIFICATION = "Core enterprise confirmed the receivables in writing on site";

    @TempDir
    static Path folder;
    private static AppContext context;
    private static Uscc supplierA;
    private static Uscc supplierB;

    @BeforeAll
    static void portfolioWithAnOfficer() throws Exception {
        context = SmallPortfolio.createIn(folder);
        context.officers().insert(OFFICER, "李娜", OfficerRole.OFFICER, new BigDecimal("1000000.00"), "unused-hash");
        supplierA = context.portfolio().suppliers().get(0).uscc();
        supplierB = context.portfolio().suppliers().get(1).uscc();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static RecordedCheck freshCheck(Uscc supplier) {
        return context.creditChecks().checkAndRecord(supplier, SmallPortfolio.TODAY, OFFICER, RequestedTerms.DEFAULTS);
    }

    private static Decision against(RecordedCheck check) {
        return check.result().decision() == Decision.APPROVE ? Decision.DECLINE : Decision.APPROVE;
    }

    private static StoredCreditCheck stored(RecordedCheck check, Uscc supplier) {
        return context.creditChecks().history(supplier).stream().filter(c -> c.id() == check.checkId()).findFirst()
                .orElseThrow();
    }

    private static List<AuditEntry> overrideAudit(RecordedCheck check) {
        return context.auditLog().forEntity("credit_check", check.checkId()).stream()
                .filter(e -> e.action().equals("CREDIT_OVERRIDE")).toList();
    }

    @Test
    void anOverrideIsStoredWithItsJustificationAndAuditedWithOfficerAndTime() {
        RecordedCheck check = freshCheck(supplierA);
        Decision decision = against(check);

        StoredCreditCheck overridden = context.creditOverrides().override(check.checkId(), 0, decision,
                "  " + JUSTIFICATION + "  ", OFFICER);

        assertThat(overridden.override()).isNotNull();
        assertThat(overridden.override().decision()).isEqualTo(decision.name());
        assertThat(overridden.override().justification()).isEqualTo(JUSTIFICATION);
        assertThat(overridden.override().officerLogin()).isEqualTo(OFFICER);
        assertThat(overridden.override().at()).isEqualTo(SmallPortfolio.TODAY.atStartOfDay());
        assertThat(overridden.version()).isEqualTo(1);
        assertThat(overridden.decision()).as("the model's decision is kept beside the override")
                .isEqualTo(check.result().decision().name());
        assertThat(overridden.finalDecision()).isEqualTo(decision.name());
        assertThat(stored(check, supplierA).override()).isEqualTo(overridden.override());
        assertThat(overrideAudit(check)).singleElement().satisfies(entry -> {
            assertThat(entry.officerLogin()).isEqualTo(OFFICER);
            assertThat(entry.at()).isEqualTo(SmallPortfolio.TODAY.atStartOfDay());
            assertThat(entry.detail()).contains(check.result().decision().name()).contains(decision.name())
                    .contains(JUSTIFICATION);
        });
    }

    @Test
    void aBlankOrShortJustificationIsRefusedAndNothingIsStored() {
        RecordedCheck check = freshCheck(supplierA);
        Decision decision = against(check);

        assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 0, decision, "   ", OFFICER))
                .isInstanceOfSatisfying(OverrideRefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("credit.override.justificationMissing"));
        assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 0, decision, null, OFFICER))
                .isInstanceOf(OverrideRefusedException.class);
        assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 0, decision, "核心企业已确认", OFFICER))
                .isInstanceOfSatisfying(OverrideRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("credit.override.justificationShort");
                    assertThat(e.args()).containsExactly(CreditOverrideService.MIN_JUSTIFICATION);
                });

        assertThat(stored(check, supplierA).override()).isNull();
        assertThat(stored(check, supplierA).version()).isZero();
        assertThat(overrideAudit(check)).isEmpty();
    }

    @Test
    void tenChineseCharactersAreEnough() {
        RecordedCheck check = freshCheck(supplierB);
        StoredCreditCheck overridden = context.creditOverrides().override(check.checkId(), 0, against(check),
                "核心企业已书面确认应收", OFFICER);
        assertThat(overridden.override().justification()).isEqualTo("核心企业已书面确认应收");
    }

    @Test
    void theOverrideMustGoAgainstTheModelAndNameApproveOrDecline() {
        RecordedCheck check = freshCheck(supplierA);
        Decision same = check.result().decision();
        if (same != Decision.REFER) {
            assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 0, same, JUSTIFICATION,
                    OFFICER)).isInstanceOfSatisfying(OverrideRefusedException.class, e ->
                            assertThat(e.messageKey()).isEqualTo("credit.override.sameAsModel"));
        }
        assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 0, Decision.REFER, JUSTIFICATION,
                OFFICER)).isInstanceOfSatisfying(OverrideRefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("credit.override.decisionRequired"));
        assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 0, null, JUSTIFICATION,
                OFFICER)).isInstanceOf(OverrideRefusedException.class);
        assertThat(stored(check, supplierA).override()).isNull();
    }

    @Test
    void anOverrideNeedsAKnownOfficerTheVersionReadAndHappensOnce() {
        RecordedCheck check = freshCheck(supplierA);
        Decision decision = against(check);

        assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 0, decision, JUSTIFICATION,
                "nobody")).isInstanceOfSatisfying(OverrideRefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("credit.override.noOfficer"));
        assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 3, decision, JUSTIFICATION,
                OFFICER)).isInstanceOfSatisfying(OverrideRefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("credit.override.changedMeanwhile"));
        assertThat(overrideAudit(check)).as("a refused override leaves no audit entry").isEmpty();

        context.creditOverrides().override(check.checkId(), 0, decision, JUSTIFICATION, OFFICER);
        assertThatThrownBy(() -> context.creditOverrides().override(check.checkId(), 0, decision, JUSTIFICATION,
                OFFICER)).isInstanceOfSatisfying(OverrideRefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("credit.override.already"));
        assertThat(overrideAudit(check)).hasSize(1);
    }

    @Test
    void whatIfPricesOtherTermsWithoutStoringAndTheTenorMovesTheRate() {
        int before = context.creditChecks().history(supplierB).size();
        CreditFile file = context.creditChecks().creditFile(supplierB, SmallPortfolio.TODAY);

        CreditCheckResult shortTenor = context.creditChecks().whatIf(file, new RequestedTerms(null, 30, null));
        CreditCheckResult longTenor = context.creditChecks().whatIf(file, new RequestedTerms(null, 720, null));

        assertThat(longTenor.pricing().capital().maturityYears())
                .isGreaterThan(shortTenor.pricing().capital().maturityYears());
        assertThat(longTenor.pricing().annualRate()).isGreaterThan(shortTenor.pricing().annualRate());
        assertThat(context.creditChecks().request(file, new RequestedTerms(null, 45, null)).tenorDays()).isEqualTo(45);
        assertThat(context.creditChecks().history(supplierB)).hasSize(before);
    }

    @Test
    void theLatestCheckOfEachSupplierCarriesItsOverride() {
        RecordedCheck older = freshCheck(supplierB);
        RecordedCheck newest = freshCheck(supplierB);
        context.creditOverrides().override(newest.checkId(), 0, against(newest), JUSTIFICATION, OFFICER);

        List<LatestCheck> latest = context.creditChecks().latestChecks();

        assertThat(latest).filteredOn(c -> c.supplierId() == newest.supplierId()).singleElement().satisfies(c -> {
            assertThat(c.overrideDecision()).isEqualTo(against(newest).name());
            assertThat(c.score()).isEqualTo(newest.result().score());
        });
        assertThat(older.checkId()).isLessThan(newest.checkId());
        assertThat(context.creditChecks().history(supplierB).get(0).id()).isEqualTo(newest.checkId());
    }
}
