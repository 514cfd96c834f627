package io.factordesk.service;

import io.factordesk.cache.CacheTransaction;
import io.factordesk.cache.Transactions;
import io.factordesk.contracts.BankAccount;
import io.factordesk.contracts.ContractLanguage;
import io.factordesk.contracts.ContractParty;
import io.factordesk.contracts.ContractRenderer;
import io.factordesk.contracts.ContractSet;
import io.factordesk.contracts.RegistryFiling;
import io.factordesk.contracts.RenderedContract;
import io.factordesk.domain.PartyContact;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealLine;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.domain.deal.DealStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Produces the contract set of an approved deal, archives the PDF in the data folder, records its
 * SHA-256 with the contract and in the audit log, and moves the deal to CONTRACTED. Regenerating gives
 * the same bytes, because the PDF's dates come from the approval time.
 */
public final class ContractService {

    private final Transactions transactions;
    private final Supplier<ContractRenderer> renderer;
    private final FactorIdentity factor;
    private final Path archive;
    private final Clock clock;

    /** @param renderer built lazily: loading the templates takes a moment, and most sessions never print */
    public ContractService(Transactions transactions, Supplier<ContractRenderer> renderer, FactorIdentity factor,
                           Path archive, Clock clock) {
        this.transactions = transactions;
        this.renderer = renderer;
        this.factor = factor;
        this.archive = archive;
        this.clock = clock;
    }

    /** For callers that do not know the contracts package (the desktop): english or Chinese. */
    public GeneratedContract generate(long dealId, boolean english, String officerLogin) {
        return generate(dealId, english ? ContractLanguage.EN : ContractLanguage.ZH, officerLogin);
    }

    public GeneratedContract generate(long dealId, ContractLanguage language, String officerLogin) {
        ContractInput input = transactions.inTransaction(tx -> input(tx, dealId, language, officerLogin));
        RenderedContract rendered = renderer.get().render(input.set);
        Path file = archive(input.set.contractNo(), language, rendered.pdf());
        return transactions.inTransaction(tx -> {
            long officerId = tx.officers().findByLogin(officerLogin).orElseThrow().id();
            Deal deal = tx.deals().find(dealId).orElseThrow();
            tx.contracts().insert(dealId, input.set.contractNo(), language.name().toLowerCase(java.util.Locale.ROOT),
                    rendered.sha256(), file.toString(), now(), officerId);
            tx.deals().markContracted(deal);
            tx.auditLog().append(officerLogin, "CONTRACT_GENERATED", "financing_deal", dealId,
                    input.set.contractNo() + " " + language + " sha256=" + rendered.sha256() + " pages="
                            + rendered.pageCount());
            return new GeneratedContract(dealId, input.set.contractNo(), language.name(), file, rendered.sha256(),
                    rendered.pageCount(), rendered.pdf());
        });
    }

    private record ContractInput(ContractSet set) {
    }

    private ContractInput input(CacheTransaction tx, long dealId, ContractLanguage language, String login) {
        tx.officers().findByLogin(login).orElseThrow(() ->
                new DealRuleException("officer", "no officer with login " + login));
        Deal deal = tx.deals().find(dealId).orElseThrow(() ->
                new DealRuleException("deal", "no deal with id " + dealId));
        if (deal.status() != DealStatus.APPROVED && deal.status() != DealStatus.CONTRACTED) {
            throw new DealRuleException("deal", "deal.rule.notApproved", deal.dealNo() + " is " + deal.status()
                    + "; contracts are generated only for approved deals", deal.dealNo(), deal.status().name());
        }
        boolean english = language == ContractLanguage.EN;
        PartyContact supplier = contact(tx, deal.supplierUscc());
        if (!supplier.hasAccount()) {
            throw new DealRuleException("supplier", deal.supplierUscc() + " has no bank account for the proceeds");
        }
        Set<String> debtorUsccs = new LinkedHashSet<>();
        deal.priced().lines().stream().map(DealLine::receivable).forEach(r -> debtorUsccs.add(r.debtorUscc()));
        List<ContractParty> debtors = debtorUsccs.stream().map(u -> contact(tx, u))
                .map(c -> ContractParty.debtor(c.name(english), c.uscc().value(), c.address(english))).toList();
        RegistryFiling registry = deal.missingRegistration() ? null
                : new RegistryFiling(deal.registryNo(), deal.registryDate());
        ContractSet set = new ContractSet(contractNo(deal), language, party(factor.contact(), english),
                party(supplier, english), debtors, deal.priced(), registry, deal.approvedAt());
        return new ContractInput(set);
    }

    private static PartyContact contact(CacheTransaction tx, String uscc) {
        return tx.contracts().contact(Uscc.of(uscc)).orElseThrow(() ->
                new DealRuleException("party", "no party with USCC " + uscc + " in the cache"));
    }

    private static ContractParty party(PartyContact c, boolean english) {
        return new ContractParty(c.name(english), c.uscc().value(), c.address(english),
                new BankAccount(c.accountName(), c.bankName(), c.accountNo()));
    }

    /** One number per deal, the same in both languages: PREFIX-YEAR-DEALID. */
    String contractNo(Deal deal) {
        return String.format("%s-%d-%06d", factor.contractPrefix(), deal.approvedAt().getYear(), deal.id());
    }

    private Path archive(String contractNo, ContractLanguage language, byte[] pdf) {
        try {
            Files.createDirectories(archive);
            Path target = archive.resolve(contractNo + "-" + language.name().toLowerCase(java.util.Locale.ROOT) + ".pdf");
            Path temp = Files.createTempFile(archive, contractNo, ".part");
            Files.write(temp, pdf);
            return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive contract " + contractNo + " in " + archive, e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
