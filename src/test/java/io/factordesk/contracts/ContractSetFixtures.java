package io.factordesk.contracts;

import io.factordesk.domain.Uscc;
import io.factordesk.domain.deal.DealPricing;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.FinancedReceivable;
import io.factordesk.domain.deal.HandlingFee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Contract sets as the deal service would fill them: real USCCs, priced by DealPricing. */
public final class ContractSetFixtures {

    public static final LocalDate FUNDING = LocalDate.of(2026, 12, 1);
    public static final LocalDateTime APPROVED = LocalDateTime.of(2026, 11, 27, 15, 42, 10);

    public static final ContractParty FACTOR = new ContractParty("上海浦江商业保理有限公司", Uscc.complete("91310115MA1K4A2B3").value(),
            "上海市浦东新区世纪大道1000号25楼",
            new BankAccount("上海浦江商业保理有限公司", "招商银行上海分行营业部", "121909876510801"));
    public static final ContractParty SUPPLIER = new ContractParty("苏州恒远精密机械制造有限公司",
            Uscc.complete("91320505MA1MXY7C8").value(), "江苏省苏州市高新区科灵路78号",
            new BankAccount("苏州恒远精密机械制造有限公司", "中国工商银行苏州高新技术产业开发区支行", "1102020309000123456"));
    public static final List<ContractParty> DEBTORS = List.of(
            ContractParty.debtor("上海汽车集团股份有限公司", Uscc.complete("91310000132260250").value(),
                    "上海市静安区威海路489号"),
            ContractParty.debtor("中国中车股份有限公司", Uscc.complete("91110000710931141").value(),
                    "北京市海淀区西四环中路16号院5号楼"),
            ContractParty.debtor("海尔智家股份有限公司", Uscc.complete("91370200264574251").value(),
                    "山东省青岛市崂山区海尔路1号海尔工业园"));

    private ContractSetFixtures() {
    }

    /** n receivables spread round-robin over the three debtors, amounts with fen and varied due dates. */
    public static List<FinancedReceivable> receivables(int n) {
        List<FinancedReceivable> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ContractParty debtor = DEBTORS.get(i % DEBTORS.size());
            BigDecimal face = new BigDecimal(120_000 + (i * 7_919L) % 880_000).add(new BigDecimal(i % 100).movePointLeft(2));
            list.add(new FinancedReceivable(1000 + i, "32002611" + (30 + i % 7), String.format("%08d", 4_410_000 + i * 37),
                    debtor.uscc(), debtor.name(), FUNDING.minusDays(10 + i % 40), FUNDING.plusDays(30 + (i * 11) % 150),
                    face, "HY-PO-2026-" + String.format("%04d", 100 + i)));
        }
        return list;
    }

    public static ContractSet contractSet(int receivables, ContractLanguage language, boolean registered) {
        return contractSet(receivables, language, registered, true, true);
    }

    public static ContractSet contractSet(int receivables, ContractLanguage language, boolean registered,
                                          boolean recourse, boolean disclosed) {
        DealTerms terms = new DealTerms(FUNDING, new BigDecimal("0.85"), new BigDecimal("0.0625"),
                HandlingFee.fixed(new BigDecimal("5000.00")), recourse, disclosed);
        return new ContractSet("PJBL-2026-0142", language, FACTOR, SUPPLIER, DEBTORS,
                DealPricing.price(terms, receivables(receivables)),
                registered ? new RegistryFiling("04567812000123456789", LocalDate.of(2026, 11, 26)) : null, APPROVED);
    }
}
