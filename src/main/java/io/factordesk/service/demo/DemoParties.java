package io.factordesk.service.demo;

import io.factordesk.cache.PartyWriter;
import io.factordesk.cache.PartyWriter.BankAccountRow;
import io.factordesk.cache.PartyWriter.PartyRow;
import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Creates the cast of a demo portfolio: the core enterprise, ten other debtors and the suppliers, each
 * with USCC, registration facts, addresses and bank accounts, plus the planted related-party and
 * round-tripping links. Runs inside the caller's transaction.
 */
final class DemoParties {

    static final int OTHER_DEBTORS = 10;
    static final String CORE_ENTERPRISE_ZH = "华夏重型装备集团股份有限公司";
    static final String RELATION_KIND = "PARENT_SUBSIDIARY";

    private static final String[] RATINGS = {"AA+", "AA", "AA-", "A+", "A", "A", "BBB+", "BBB", "BB+", "BB"};
    private static final int[] PAYMENT_TERMS = {30, 45, 60, 90, 120};
    private static final long[] CAPITAL_WAN = {500, 1_000, 2_000, 3_000, 5_000, 8_000, 10_000};

    /** A created supplier before its debtor mix is known. */
    private record SupplierSeed(int index, long partyId, Uscc uscc, String districtCode, String nameZh,
                                BankAccountRow account) {
    }

    /** The created cast; sharedAccountNo is the account behind the round trip (null when not planted). */
    record Cast(List<DebtorProfile> debtors, List<SupplierProfile> suppliers, String sharedAccountNo) {
    }

    /** Receivables of the standard demo; larger portfolios get proportionally larger debtor limits. */
    private static final int STANDARD_RECEIVABLES = 20_000;
    private final BigDecimal limitScale;
    private final PartyWriter writer;
    private final SplittableRandom random;
    private final LocalDate asOf;
    private final PlantedAnomalies plan;
    private final ChineseCompanyNames names = new ChineseCompanyNames();
    private final DemoUsccs usccs = new DemoUsccs();

    DemoParties(PartyWriter writer, SplittableRandom random, LocalDate asOf, PlantedAnomalies plan,
                int receivables) {
        this.limitScale = BigDecimal.valueOf(Math.max(1, receivables / STANDARD_RECEIVABLES));
        this.writer = writer;
        this.random = random;
        this.asOf = asOf;
        this.plan = plan;
        names.reserve(CORE_ENTERPRISE_ZH);
    }

    Cast create(int supplierCount, long officerId) {
        List<DebtorProfile> debtors = new ArrayList<>();
        ChineseCities.City shanghai = ChineseCities.CITIES.get(3);
        var coreName = new ChineseCompanyNames.CompanyName(CORE_ENTERPRISE_ZH, "Huaxia Heavy Equipment Group Co., Ltd.",
                "专用设备制造业", "HX");
        Created core = createParty(coreName, shanghai, shanghai.districts().get(0), PersonNames.next(random),
                28, BigDecimal.valueOf(5_000_000_000L));
        writer.insertDebtor(core.partyId(), true, "AAA", true, BigDecimal.valueOf(800_000_000L), 90);
        debtors.add(new DebtorProfile(0, core.partyId(), core.uscc(), "HX", 90, false));
        String relatedRepresentative = null;
        for (int i = 1; i <= OTHER_DEBTORS; i++) {
            String representative = PersonNames.next(random);
            if (i == PlantedAnomalies.RELATED_DEBTOR) {
                relatedRepresentative = representative;
            }
            debtors.add(otherDebtor(i, representative));
        }
        List<SupplierSeed> seeds = new ArrayList<>(supplierCount);
        for (int i = 0; i < supplierCount; i++) {
            String representative = i == plan.relatedSupplier ? relatedRepresentative : PersonNames.next(random);
            seeds.add(supplier(i, representative, officerId));
        }
        String sharedAccount = null;
        DebtorProfile roundTripDebtor = null;
        if (plan.roundTripSupplier != PlantedAnomalies.NONE) {
            SupplierSeed party = seeds.get(plan.roundTripSupplier);
            SupplierSeed partner = seeds.get(plan.roundTripPartner);
            writer.insertDebtor(party.partyId(), false, "BB", false, BigDecimal.valueOf(5_000_000L), 60);
            roundTripDebtor = new DebtorProfile(debtors.size(), party.partyId(), party.uscc(), "RT", 60, false);
            sharedAccount = partner.account().accountNo();
            writer.insertBankAccount(party.partyId(), new BankAccountRow(partner.account().bankName(), party.nameZh(),
                    sharedAccount, "SETTLEMENT"));
        }
        long relatedDebtorParty = debtors.get(PlantedAnomalies.RELATED_DEBTOR).partyId();
        writer.insertRelation(relatedDebtorParty, seeds.get(plan.relatedSupplier).partyId(), RELATION_KIND);
        List<SupplierProfile> suppliers = new ArrayList<>(supplierCount);
        DebtorMix mix = new DebtorMix(debtors, roundTripDebtor, plan);
        for (SupplierSeed seed : seeds) {
            suppliers.add(new SupplierProfile(seed.index(), seed.partyId(), seed.uscc(),
                    seed.districtCode().substring(0, 4), random.nextInt(100) < 70, mix.shares(seed.index(), random),
                    typicalInvoiceFen(), plan.turnoverJump.contains(seed.index())));
        }
        if (roundTripDebtor != null) {
            debtors.add(roundTripDebtor);
        }
        return new Cast(List.copyOf(debtors), suppliers, sharedAccount);
    }

    private DebtorProfile otherDebtor(int index, String representative) {
        ChineseCities.City city = ChineseCities.pick(random);
        var name = names.next(random, city, ChineseCompanyNames.DEBTOR_BUSINESSES);
        BigDecimal capital = BigDecimal.valueOf(100_000_000L * (2 + random.nextInt(30)));
        Created created = createParty(name, city, city.district(random), representative, 12 + random.nextInt(15),
                capital);
        boolean slowPayer = index == PlantedAnomalies.SLOW_PAYER_DEBTOR;
        String rating = slowPayer ? "BBB" : RATINGS[random.nextInt(RATINGS.length)];
        // Below investment grade (BB+, BB) is not approved; BBB+ and BBB are.
        boolean approved = slowPayer || rating.startsWith("BBB") || !rating.startsWith("BB");
        int terms = slowPayer ? 60 : PAYMENT_TERMS[random.nextInt(PAYMENT_TERMS.length)];
        // Limits sized to the portfolio: an ordinary debtor's open balance stays below its limit.
        BigDecimal limit = BigDecimal.valueOf(10_000_000L * (8 + random.nextInt(8))).multiply(limitScale);
        writer.insertDebtor(created.partyId(), false, rating, approved, limit, terms);
        return new DebtorProfile(index, created.partyId(), created.uscc(), name.initials(), terms, slowPayer);
    }

    private SupplierSeed supplier(int index, String representative, long officerId) {
        ChineseCities.City city = ChineseCities.pick(random);
        ChineseCities.District district = city.district(random);
        var name = names.next(random, city, ChineseCompanyNames.SUPPLIER_BUSINESSES);
        BigDecimal capital = BigDecimal.valueOf(10_000L * CAPITAL_WAN[random.nextInt(CAPITAL_WAN.length)]);
        Created created = createParty(name, city, district, representative, 3 + random.nextInt(22), capital);
        BankAccountRow collection = BankAccounts.open(random, city, name.zh(), "COLLECTION");
        writer.insertBankAccount(created.partyId(), collection);
        int roll = random.nextInt(100);
        String status = roll < 92 ? "ACTIVE" : roll < 97 ? "PROSPECT" : "SUSPENDED";
        LocalDate onboarded = asOf.minusMonths(24).minusDays(random.nextInt(365));
        writer.insertSupplier(created.partyId(), onboarded, status, officerId);
        return new SupplierSeed(index, created.partyId(), created.uscc(), district.code(), name.zh(), collection);
    }

    private record Created(long partyId, Uscc uscc) {
    }

    private Created createParty(ChineseCompanyNames.CompanyName name, ChineseCities.City city,
                                ChineseCities.District district, String representative, int yearsAgo,
                                BigDecimal capital) {
        Uscc uscc = usccs.issue(random, district.code());
        LocalDate registeredOn = asOf.minusYears(yearsAgo).minusDays(random.nextInt(365));
        long id = writer.insertParty(new PartyRow(uscc, name.zh(), name.en(), registeredOn, capital.setScale(2),
                name.industry(), city.regionZh(), representative, asOf.minusYears(2).atTime(9, 0)));
        writer.insertAddress(id, DemoAddresses.registered(random, city, district));
        writer.insertAddress(id, DemoAddresses.operating(random, city, district));
        writer.insertBankAccount(id, BankAccounts.open(random, city, name.zh(), "OPERATING"));
        return new Created(id, uscc);
    }

    /** Usual invoice size between 20,000 and 500,000 yuan, log-uniform, in fen. */
    private long typicalInvoiceFen() {
        double yuan = 20_000 * StrictMath.exp(random.nextDouble() * StrictMath.log(25));
        return Math.round(yuan) * 100;
    }
}
