package io.factordesk.service.demo;

import io.factordesk.service.demo.SupplierProfile.DebtorShare;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Whom a supplier sells to: the core enterprise plus two or three other debtors. An ordinary supplier
 * sells 25-45% to the core enterprise (so the core stays below the regulatory half of the financed
 * book) and at most 55% to any one debtor; a concentrated one sells 85-90% to the core enterprise.
 */
final class DebtorMix {

    private final List<DebtorProfile> debtors;
    private final DebtorProfile roundTripDebtor;
    private final PlantedAnomalies plan;

    /** @param debtors index 0 is the core enterprise; roundTripDebtor may be null */
    DebtorMix(List<DebtorProfile> debtors, DebtorProfile roundTripDebtor, PlantedAnomalies plan) {
        this.debtors = List.copyOf(debtors);
        this.roundTripDebtor = roundTripDebtor;
        this.plan = plan;
    }

    List<DebtorShare> shares(int supplier, SplittableRandom random) {
        List<DebtorProfile> others = new ArrayList<>();
        for (int forced : plan.forcedDebtors(supplier)) {
            others.add(debtors.get(forced));
        }
        if (roundTripDebtor != null && supplier == plan.roundTripPartner) {
            others.add(roundTripDebtor);
        }
        boolean concentrated = plan.concentrated.contains(supplier);
        // The planted related-party supplier sells mostly to its related debtor (the 40% rule's case).
        boolean relatedParty = supplier == plan.relatedSupplier;
        int wanted = concentrated || relatedParty ? 1 : 2 + random.nextInt(2);
        while (others.size() < wanted) {
            DebtorProfile candidate = debtors.get(1 + random.nextInt(debtors.size() - 1));
            if (!others.contains(candidate)) {
                others.add(candidate);
            }
        }
        int coreShare = concentrated ? 850 + random.nextInt(51)
                : others.size() == 1 ? 350 + random.nextInt(101) : 250 + random.nextInt(151);
        List<DebtorShare> shares = new ArrayList<>(others.size() + 1);
        shares.add(new DebtorShare(debtors.get(0), coreShare));
        int rest = 1000 - coreShare;
        int[] weights = new int[others.size()];
        int weightSum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 2 + random.nextInt(2);
            weightSum += weights[i];
        }
        int given = 0;
        for (int i = 0; i < others.size(); i++) {
            int share = i == others.size() - 1 ? rest - given : rest * weights[i] / weightSum;
            given += share;
            shares.add(new DebtorShare(others.get(i), share));
        }
        return List.copyOf(shares);
    }
}
