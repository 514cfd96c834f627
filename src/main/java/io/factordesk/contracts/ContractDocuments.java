package io.factordesk.contracts;

import io.factordesk.domain.deal.DealLine;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.DealTotals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Fills the templates for one contract set, in the order the set is signed and filed: the agreement,
 * the transfer schedule (annex 1), one notice of assignment per debtor (annex 2), the fee and repayment
 * schedule (annex 3). Each document numbers its own pages, so a notice can be sent on its own.
 */
final class ContractDocuments {

    private final ContractTemplates templates;

    ContractDocuments(ContractTemplates templates) {
        this.templates = templates;
    }

    List<JasperPrint> fill(ContractSet set) throws JRException {
        ContractWording w = new ContractWording(set.language());
        List<Map<String, ?>> rows = ReceivableRows.of(set.deal().lines());
        List<JasperPrint> prints = new ArrayList<>();
        prints.add(named(fill(templates.agreement(), agreement(set, w), AgreementClauses.of(set, w)),
                w.text("doc.agreement.title")));
        prints.add(named(fill(templates.schedule(), schedule(set, w), rows), w.text("doc.schedule.title")));
        Map<String, List<DealLine>> linesByDebtor = set.deal().lines().stream()
                .collect(Collectors.groupingBy(l -> l.receivable().debtorUscc()));
        for (ContractParty debtor : set.debtorsInDealOrder()) {
            List<DealLine> lines = linesByDebtor.get(debtor.uscc());
            prints.add(named(fill(templates.notice(), notice(set, w, debtor, lines), ReceivableRows.of(lines)),
                    w.text("doc.notice.title") + " - " + debtor.name()));
        }
        prints.add(named(fill(templates.fees(), fees(set, w), rows), w.text("doc.fees.title")));
        return prints;
    }

    /** The name becomes the document's bookmark in the PDF outline. */
    private static JasperPrint named(JasperPrint print, String title) {
        print.setName(title);
        return print;
    }

    private static JasperPrint fill(JasperReport report, Map<String, Object> parameters, List<Map<String, ?>> rows)
            throws JRException {
        return JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
    }

    private static Map<String, Object> common(ContractSet set, ContractWording w) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, w.bundle());
        p.put(JRParameter.REPORT_LOCALE, w.locale());
        p.put("contractNo", set.contractNo());
        p.put("factorName", set.factor().name());
        p.put("factorUscc", set.factor().uscc());
        p.put("supplierName", set.supplier().name());
        p.put("supplierUscc", set.supplier().uscc());
        p.put("dateBlank", w.text("format.dateBlank"));
        return p;
    }

    private static Map<String, Object> agreement(ContractSet set, ContractWording w) {
        Map<String, Object> p = common(set, w);
        p.put("issued", w.date(set.approvalTime().toLocalDate()));
        p.put("registryLine", set.registryFiling().map(r -> w.format("registry.line", r.number(), w.date(r.date())))
                .orElseGet(() -> w.text("registry.missing")));
        p.put("registryWarning", set.registryFiling().isPresent() ? null : w.text("warning.registry"));
        p.put("preamble", w.text("agreement.preamble"));
        p.put("factorAddress", set.factor().address());
        p.put("factorAccount", w.account(set.factor().account()));
        p.put("supplierAddress", set.supplier().address());
        p.put("supplierAccount", w.account(set.supplier().account()));
        return p;
    }

    private static Map<String, Object> schedule(ContractSet set, ContractWording w) {
        Map<String, Object> p = common(set, w);
        DealTotals totals = set.deal().totals();
        p.put("count", String.valueOf(set.deal().lines().size()));
        p.put("totalFace", totals.faceAmount());
        p.put("totalAssigned", totals.faceAmount());
        p.put("totalWords", ContractWording.words(totals.faceAmount()));
        return p;
    }

    private static Map<String, Object> notice(ContractSet set, ContractWording w, ContractParty debtor,
                                              List<DealLine> lines) {
        Map<String, Object> p = common(set, w);
        BankAccount account = set.factor().account();
        BigDecimal total = lines.stream().map(DealLine::faceAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String[] amount = w.amount(total);
        p.put("debtorName", debtor.name());
        p.put("debtorUscc", debtor.uscc());
        p.put("debtorAddress", debtor.address());
        p.put("noticeBody", w.format("notice.body", set.supplier().name(), set.supplier().uscc(),
                set.factor().name(), set.factor().uscc(), set.contractNo()));
        p.put("accountHolder", w.format("account.holder", account.holder()));
        p.put("accountBank", w.format("account.bank", account.bank()));
        p.put("accountNo", w.format("account.number", account.number()));
        p.put("undisclosedNote", set.disclosed() ? null : w.text("notice.undisclosed"));
        p.put("count", String.valueOf(lines.size()));
        p.put("total", total);
        p.put("totalFigures", amount[0]);
        p.put("totalWords", amount[1]);
        p.put("receiptBody", w.format("receipt.body", set.factor().name(), set.contractNo(),
                String.valueOf(lines.size()), amount[0], amount[1]));
        return p;
    }

    private static Map<String, Object> fees(ContractSet set, ContractWording w) {
        Map<String, Object> p = common(set, w);
        DealTerms terms = set.deal().terms();
        DealTotals totals = set.deal().totals();
        p.put("terms", w.format("fees.terms", w.date(terms.fundingDate()), ContractWording.percent(terms.advanceRate()),
                ContractWording.percent(terms.annualRate()), AgreementClauses.fee(terms.fee(), w)));
        p.put("totalFace", totals.faceAmount());
        p.put("totalAdvance", totals.advance());
        p.put("totalInterest", totals.discountInterest());
        p.put("totalFees", totals.fees());
        p.put("totalNet", totals.netProceeds());
        p.put("totalReserve", totals.reserve());
        p.put("summaryAdvance", summary(w, "fees.summary.advance", totals.advance()));
        p.put("summaryInterest", summary(w, "fees.summary.interest", totals.discountInterest()));
        p.put("summaryFees", summary(w, "fees.summary.fees", totals.fees()));
        p.put("summaryNet", summary(w, "fees.summary.net", totals.netProceeds()));
        p.put("summaryReserve", summary(w, "fees.summary.reserve", totals.reserve()));
        return p;
    }

    private static String summary(ContractWording w, String key, BigDecimal amount) {
        return w.format(key, ContractWording.figures(amount), ContractWording.words(amount));
    }
}
