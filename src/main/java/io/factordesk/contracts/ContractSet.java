package io.factordesk.contracts;

import io.factordesk.domain.deal.DealLine;
import io.factordesk.domain.deal.PricedDeal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the contract set of one approved financing prints. The service fills it from the deal; the
 * approval time fixes the PDF dates so that the same deal always gives the same bytes. Recourse and
 * disclosure come from the deal terms.
 *
 * @param debtors every debtor of the deal's receivables, looked up by USCC
 * @param registry the 中登网 filing, or null while the assignment is not registered (the agreement then
 *                 carries a visible warning)
 */
public record ContractSet(String contractNo, ContractLanguage language, ContractParty factor, ContractParty supplier,
                          List<ContractParty> debtors, PricedDeal deal, RegistryFiling registry,
                          LocalDateTime approvalTime) {

    public ContractSet {
        Objects.requireNonNull(contractNo, "contractNo");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(approvalTime, "approvalTime");
        if (factor.account() == null || supplier.account() == null) {
            throw new IllegalArgumentException("factor and supplier need a bank account for the contract");
        }
        debtors = List.copyOf(debtors);
        Map<String, ContractParty> byUscc = byUscc(debtors);
        for (DealLine line : deal.lines()) {
            if (!byUscc.containsKey(line.receivable().debtorUscc())) {
                throw new IllegalArgumentException("receivable " + line.receivable().invoiceNo()
                        + " names debtor " + line.receivable().debtorUscc() + ", which is not among the debtors");
            }
        }
    }

    public Optional<RegistryFiling> registryFiling() {
        return Optional.ofNullable(registry);
    }

    public boolean recourse() {
        return deal.terms().recourse();
    }

    public boolean disclosed() {
        return deal.terms().disclosed();
    }

    /** Debtors in the order their first receivable appears in the deal, each once. */
    public List<ContractParty> debtorsInDealOrder() {
        Map<String, ContractParty> byUscc = byUscc(debtors);
        Map<String, ContractParty> ordered = new LinkedHashMap<>();
        for (DealLine line : deal.lines()) {
            String uscc = line.receivable().debtorUscc();
            ordered.putIfAbsent(uscc, byUscc.get(uscc));
        }
        return List.copyOf(ordered.values());
    }

    private static Map<String, ContractParty> byUscc(List<ContractParty> parties) {
        Map<String, ContractParty> map = new LinkedHashMap<>();
        parties.forEach(p -> map.put(p.uscc(), p));
        return map;
    }
}
