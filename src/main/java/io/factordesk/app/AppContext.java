package io.factordesk.app;

import io.factordesk.cache.AuditLogRepository;
import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.CacheLoader;
import io.factordesk.cache.CacheStatistics;
import io.factordesk.cache.CreditCheckInputRepository;
import io.factordesk.cache.ExposureRepository;
import io.factordesk.cache.ImportRepository;
import io.factordesk.cache.OfficerRepository;
import io.factordesk.cache.PartyRepository;
import io.factordesk.cache.ReceivableRepository;
import io.factordesk.cache.ReviewDeskRepository;
import io.factordesk.cache.SupplierRepository;
import io.factordesk.cache.EligibilityFactsRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.deal.DealPolicy;
import io.factordesk.security.PasswordHasher;
import io.factordesk.service.DealPolicyFile;
import io.factordesk.service.ContractService;
import io.factordesk.service.CreditCheckService;
import io.factordesk.service.CreditOverrideService;
import io.factordesk.service.DealService;
import io.factordesk.service.FactorIdentity;
import io.factordesk.service.DemoPortfolioService;
import io.factordesk.service.EligibilityScanService;
import io.factordesk.service.EligibilityService;
import io.factordesk.service.EligibilitySettingsFile;
import io.factordesk.service.PortfolioOverviewService;
import io.factordesk.service.PortfolioService;
import io.factordesk.service.ReceivableListingService;
import io.factordesk.service.ReceivableReviewService;
import io.factordesk.service.PortfolioAgingService;
import io.factordesk.service.ReceivablesExportService;
import io.factordesk.service.ReviewDeskService;
import io.factordesk.service.ReceivablesImportService;
import io.factordesk.service.ShippedCreditModel;
import io.factordesk.service.WatchListFile;
import io.factordesk.service.SignInService;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: builds every repository and service once, for one data folder, and hands
 * them on by constructor. Nothing else in the code base creates services.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataFolder;
    private final Clock clock;
    private final CacheDatabase cache;
    private final PortfolioService portfolio;
    private final OfficerRepository officers;
    private final PartyRepository parties;
    private final AuditLogRepository auditLog;
    private final DemoPortfolioService demoPortfolio;
    private final EligibilityService eligibility;
    private final DealService deals;
    private final ContractService contracts;
    private final PortfolioOverviewService portfolioOverview;
    private final ReceivablesImportService imports;
    private final ReceivableListingService receivableListing;
    private final ReceivablesExportService receivablesExport;
    private final PortfolioAgingService aging;
    private final EligibilityScanService eligibilityScan;
    private final ReceivableReviewService receivableReview;
    private final ReviewDeskService reviewDesk;
    private final SupplierRepository suppliers;
    private final Transactions transactions;
    private final DealPolicy dealPolicy;
    private CreditCheckService creditChecks;
    private final CreditOverrideService creditOverrides;
    private final SignInService signIn;

    public AppContext(Path dataFolder, Clock clock) {
        this(dataFolder, clock, CacheDatabase.openIn(dataFolder));
    }

    AppContext(Path dataFolder, Clock clock, CacheDatabase cache) {
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.cache = cache;
        var dsl = cache.dsl();
        this.officers = new OfficerRepository(dsl);
        this.parties = new PartyRepository(dsl);
        this.auditLog = new AuditLogRepository(dsl, clock);
        this.suppliers = new SupplierRepository(dsl);
        CacheStatistics statistics = new CacheStatistics(dsl);
        ReceivableRepository receivables = new ReceivableRepository(dsl);
        this.portfolio = new PortfolioService(cache, suppliers, receivables, statistics);
        this.eligibility = new EligibilityService(new EligibilityFactsRepository(cache),
                EligibilitySettingsFile.load(dataFolder));
        this.transactions = new Transactions(cache, clock);
        this.dealPolicy = DealPolicyFile.load(dataFolder);
        this.deals = new DealService(transactions, suppliers, eligibility, dealPolicy, clock);
        this.contracts = new ContractService(transactions, new LazyContractRenderer(),
                FactorIdentity.load(dataFolder), dataFolder.resolve("contracts"), clock);
        this.portfolioOverview = new PortfolioOverviewService(new ExposureRepository(dsl), clock);
        this.imports = new ReceivablesImportService(transactions, new ImportRepository(dsl), clock);
        this.receivableListing = new ReceivableListingService(receivables, suppliers, eligibility, clock);
        this.aging = new PortfolioAgingService(new io.factordesk.cache.AgingRepository(dsl));
        this.signIn = new SignInService(officers, new PasswordHasher());
        this.eligibilityScan = new EligibilityScanService(transactions, eligibility, clock);
        this.demoPortfolio = new DemoPortfolioService(new CacheLoader(cache), statistics, auditLog,
                new PasswordHasher(), eligibilityScan, clock);
        this.receivableReview = new ReceivableReviewService(transactions, clock);
        ReviewDeskRepository desk = new ReviewDeskRepository(dsl);
        this.reviewDesk = new ReviewDeskService(desk, receivableReview, dealPolicy.defaultAdvanceRate());
        this.receivablesExport = new ReceivablesExportService(desk);
        this.creditOverrides = new CreditOverrideService(transactions);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Clock clock() {
        return clock;
    }

    public CacheDatabase cache() {
        return cache;
    }

    public PortfolioService portfolio() {
        return portfolio;
    }

    public OfficerRepository officers() {
        return officers;
    }

    public PartyRepository parties() {
        return parties;
    }

    public EligibilityService eligibility() {
        return eligibility;
    }

    public ContractService contracts() {
        return contracts;
    }

    public DealService deals() {
        return deals;
    }

    public DemoPortfolioService demoPortfolio() {
        return demoPortfolio;
    }

    public PortfolioOverviewService portfolioOverview() {
        return portfolioOverview;
    }

    public ReceivablesImportService imports() {
        return imports;
    }

    public PortfolioAgingService aging() {
        return aging;
    }

    public ReceivablesExportService receivablesExport() {
        return receivablesExport;
    }

    public ReceivableListingService receivableListing() {
        return receivableListing;
    }

    public EligibilityScanService eligibilityScan() {
        return eligibilityScan;
    }

    public ReceivableReviewService receivableReview() {
        return receivableReview;
    }

    public ReviewDeskService reviewDesk() {
        return reviewDesk;
    }

    /** Built on first use: reading the scoring model is no part of the desktop's start. */
    public synchronized CreditCheckService creditChecks() {
        if (creditChecks == null) {
            creditChecks = new CreditCheckService(transactions, new CreditCheckInputRepository(cache.dsl()), suppliers,
                    eligibility, dealPolicy.defaultAdvanceRate(),
                    ShippedCreditModel.engine(WatchListFile.load(dataFolder)), clock);
        }
        return creditChecks;
    }

    public CreditOverrideService creditOverrides() {
        return creditOverrides;
    }

    public SignInService signIn() {
        return signIn;
    }

    public AuditLogRepository auditLog() {
        return auditLog;
    }

    @Override
    public void close() {
        cache.close();
    }
}
