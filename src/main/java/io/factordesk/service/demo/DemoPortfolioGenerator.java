package io.factordesk.service.demo;

import io.factordesk.cache.CacheLoader;
import io.factordesk.domain.Uscc;
import io.factordesk.security.PasswordHasher;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * Writes a demo portfolio into an empty cache. Everything follows from the spec and the as-of date:
 * the same inputs give the same rows (ids aside), whatever the clock says.
 */
public final class DemoPortfolioGenerator {

    private final CacheLoader loader;
    private final PasswordHasher hasher;

    public DemoPortfolioGenerator(CacheLoader loader, PasswordHasher hasher) {
        this.loader = loader;
        this.hasher = hasher;
    }

    public PlantedTrouble generate(DemoSpec spec, LocalDate asOf, ProgressListener progress) {
        PlantedAnomalies plan = new PlantedAnomalies(spec.suppliers(), new SplittableRandom(spec.seed() ^ 0xA5A5L));
        progress.progress(0, 1, DemoStages.OFFICERS);
        long officerId = loader.inTransaction(tx -> DemoOfficers.create(tx.officers(), hasher, spec.seed()));
        progress.progress(0, spec.suppliers(), DemoStages.PARTIES);
        DemoParties.Cast cast = loader.inTransaction(tx -> new DemoParties(tx.parties(),
                new SplittableRandom(spec.seed()), asOf, plan, spec.receivables()).create(spec.suppliers(), officerId));
        progress.progress(spec.suppliers(), spec.suppliers(), DemoStages.PARTIES);
        if (progress.isCancelled()) {
            throw new CancellationException("demo rebuild cancelled after the parties");
        }
        ReceivableLifecycle lifecycle = new ReceivableLifecycle(asOf, officerId);
        PlantedReceivables planted = new PlantedReceivables(plan, lifecycle, asOf, cast.debtors());
        DemoReceivables receivables = new DemoReceivables(loader.bulkWriter(), new DemoCalendar(asOf),
                lifecycle, planted, progress, spec.seed());
        receivables.write(cast.suppliers(), spec.receivables());
        return trouble(asOf, plan, cast, planted, receivables);
    }

    private static PlantedTrouble trouble(LocalDate asOf, PlantedAnomalies plan, DemoParties.Cast cast,
                                          PlantedReceivables planted, DemoReceivables receivables) {
        List<SupplierProfile> suppliers = cast.suppliers();
        Function<Integer, Uscc> uscc = index -> suppliers.get(index).uscc();
        List<Uscc> concentrated = plan.concentrated.stream().sorted().map(uscc).toList();
        List<Uscc> jumps = plan.turnoverJump.stream().sorted().map(uscc).toList();
        var related = new PlantedTrouble.RelatedParties(cast.debtors().get(PlantedAnomalies.RELATED_DEBTOR).uscc(),
                uscc.apply(plan.relatedSupplier), DemoParties.RELATION_KIND);
        PlantedTrouble.RoundTrip roundTrip = plan.roundTripSupplier == PlantedAnomalies.NONE ? null
                : new PlantedTrouble.RoundTrip(uscc.apply(plan.roundTripSupplier), uscc.apply(plan.roundTripPartner),
                        cast.sharedAccountNo());
        return new PlantedTrouble(asOf, List.copyOf(planted.duplicates), List.copyOf(planted.repeats),
                cast.debtors().get(PlantedAnomalies.SLOW_PAYER_DEBTOR).uscc(), concentrated, jumps, related,
                roundTrip, receivables.disputed(), receivables.creditNoted());
    }
}
