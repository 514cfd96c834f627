package io.factordesk.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scorecard model from the bytes of its JSON file and validates it. The caller reads the
 * file (or classpath resource); the SHA-256 is taken over exactly the bytes given here.
 *
 * <p>File format: {@code modelId}, {@code modelVersion}; {@code scaling {baseScore, baseOdds, pdo}};
 * {@code characteristics[]} each with {@code code} (a {@link Measure}), {@code name {en, zh}},
 * {@code reasonCode}, {@code reason {en, zh}} ({@code %s} takes the value), {@code missingReason {en, zh}},
 * optional {@code range {min, max}}, {@code missingPoints} and {@code bins[] {min, max, points}}
 * (min inclusive, max exclusive, null = open); {@code grades[] {grade, pdMin, pdMax, advanceRate,
 * limitMultiple}} best first; {@code cutoffs {approveMinScore, referMinScore}};
 * {@code policy {reasonCount, unratedDebtorNotch, knockOuts{...}, signals{...}, limit{...}, pricing{...}}};
 * {@code texts} keyed {@code knockout.RULE}, {@code signal.TYPE[.detail]}, {@code limit.formula},
 * {@code limit.declined}, each {en, zh}. Unknown fields (e.g. {@code description}) are ignored.
 */
public final class ScorecardModelLoader {

    /** Classpath location of the default supplier model shipped under resources/. */
    public static final String DEFAULT_MODEL_RESOURCE = "/scoring/supplier-invoice-finance-v1.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScorecardModelLoader() {
    }

    public static ScorecardModel load(InputStream in) throws IOException {
        return load(in.readAllBytes());
    }

    public static ScorecardModel load(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ModelValidationException("model file is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelValidationException("model file cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelValidationException("model file must contain one JSON object");
        }
        JsonNode scaling = required(root, "scaling", "model");
        JsonNode cutOffs = required(root, "cutoffs", "model");
        return new ScorecardModel(
            text(root, "modelId", "model"),
            text(root, "modelVersion", "model"),
            sha256(bytes),
            new Scaling(number(scaling, "baseScore", "scaling"), number(scaling, "baseOdds", "scaling"),
                number(scaling, "pdo", "scaling")),
            characteristics(required(root, "characteristics", "model")),
            grades(required(root, "grades", "model")),
            new CutOffs(integer(cutOffs, "approveMinScore", "cutoffs"), integer(cutOffs, "referMinScore", "cutoffs")),
            policy(required(root, "policy", "model")),
            texts(required(root, "texts", "model")));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static List<Characteristic> characteristics(JsonNode array) {
        List<Characteristic> result = new ArrayList<>();
        for (JsonNode node : array) {
            String code = text(node, "code", "characteristic");
            String where = "characteristic " + code;
            Measure measure = Measure.byCode(code, where);
            List<Bin> bins = new ArrayList<>();
            for (JsonNode bin : required(node, "bins", where)) {
                bins.add(new Bin(optionalNumber(bin, "min"), optionalNumber(bin, "max"),
                    integer(bin, "points", where + " bin")));
            }
            JsonNode range = node.path("range");
            result.add(Characteristic.of(measure, localized(required(node, "name", where), where + ".name"),
                text(node, "reasonCode", where), localized(required(node, "reason", where), where + ".reason"),
                localized(required(node, "missingReason", where), where + ".missingReason"),
                optionalNumber(range, "min"), optionalNumber(range, "max"), bins,
                integer(node, "missingPoints", where)));
        }
        return result;
    }

    private static GradeScale grades(JsonNode array) {
        List<Grade> grades = new ArrayList<>();
        for (JsonNode node : array) {
            String name = text(node, "grade", "grade");
            String where = "grade " + name;
            grades.add(new Grade(name, number(node, "pdMin", where), number(node, "pdMax", where),
                number(node, "advanceRate", where), number(node, "limitMultiple", where)));
        }
        return new GradeScale(grades);
    }

    private static Policy policy(JsonNode node) {
        JsonNode ko = required(node, "knockOuts", "policy");
        JsonNode sig = required(node, "signals", "policy");
        JsonNode lim = required(node, "limit", "policy");
        JsonNode pr = required(node, "pricing", "policy");
        Map<FraudSignalType, Decision> actions = new EnumMap<>(FraudSignalType.class);
        required(sig, "actions", "policy.signals").fields().forEachRemaining(entry -> {
            FraudSignalType type;
            Decision action;
            try {
                type = FraudSignalType.valueOf(entry.getKey());
                action = Decision.valueOf(entry.getValue().asText());
            } catch (IllegalArgumentException e) {
                throw new ModelValidationException("policy.signals.actions: '" + entry.getKey() + "' -> '"
                    + entry.getValue().asText() + "' is not a known signal and decision", e);
            }
            actions.put(type, action);
        });
        List<Double> thresholds = new ArrayList<>();
        required(sig, "approvalThresholds", "policy.signals").forEach(t -> thresholds.add(t.asDouble()));
        return new Policy(
            new Policy.KnockOuts(integer(ko, "minCompanyAgeMonths", "policy.knockOuts"),
                integer(ko, "minTradingMonths", "policy.knockOuts"), number(ko, "maxRelatedPartyShare", "policy.knockOuts")),
            new Policy.Signals(actions,
                integer(sig, "turnoverRecentMonths", "policy.signals"), integer(sig, "turnoverBaselineMonths", "policy.signals"),
                number(sig, "turnoverJumpRatio", "policy.signals"),
                integer(sig, "creditNoteRecentMonths", "policy.signals"), integer(sig, "creditNoteBaselineMonths", "policy.signals"),
                number(sig, "creditNoteRiseRatio", "policy.signals"), number(sig, "creditNoteMinRecentRate", "policy.signals"),
                thresholds, number(sig, "clusteringBand", "policy.signals"), integer(sig, "clusteringMinCount", "policy.signals"),
                number(sig, "clusteringMinShare", "policy.signals"), integer(sig, "usccPrefixLength", "policy.signals")),
            new Policy.Limit(integer(lim, "windowMonths", "policy.limit"),
                new BigDecimal(text(lim, "maxLimit", "policy.limit")), text(lim, "currency", "policy.limit")),
            new Policy.Pricing(number(pr, "fundingCost", "policy.pricing"), number(pr, "operatingCost", "policy.pricing"),
                number(pr, "hurdleRate", "policy.pricing"), number(pr, "margin", "policy.pricing"),
                number(pr, "lgd", "policy.pricing"), number(pr, "cnyPerEur", "policy.pricing"),
                integer(pr, "maturityFloorDays", "policy.pricing")),
            integer(node, "reasonCount", "policy"),
            number(node, "unratedDebtorNotch", "policy"));
    }

    private static Map<String, LocalizedText> texts(JsonNode node) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> texts.put(entry.getKey(), localized(entry.getValue(), "texts." + entry.getKey())));
        return texts;
    }

    private static LocalizedText localized(JsonNode node, String where) {
        return new LocalizedText(text(node, "en", where), text(node, "zh", where));
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ModelValidationException(where + ": missing '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new ModelValidationException(where + ": '" + field + "' must be a non-empty text");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isNumber()) {
            throw new ModelValidationException(where + ": '" + field + "' must be a number, got " + value);
        }
        return value.doubleValue();
    }

    private static int integer(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isIntegralNumber()) {
            throw new ModelValidationException(where + ": '" + field + "' must be a whole number, got " + value);
        }
        return value.intValue();
    }

    private static Double optionalNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new ModelValidationException("'" + field + "' must be a number or null, got " + value);
        }
        return value.doubleValue();
    }
}
