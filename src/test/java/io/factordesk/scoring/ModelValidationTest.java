package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void defaultModelLoadsAndRecordsTheSha256OfItsExactBytes() throws Exception {
        byte[] bytes = SupplierFixture.defaultModelBytes();

        ScorecardModel model = ScorecardModelLoader.load(bytes);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(model.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(model.modelId()).isEqualTo("supplier-invoice-finance");
        assertThat(model.modelVersion()).isEqualTo("1.1.0");
        assertThat(model.characteristics()).hasSize(12);
        assertThat(model.grades().grades()).extracting(Grade::name)
            .containsExactly("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C");
    }

    @Test
    void aChangedByteChangesTheFingerprint() {
        byte[] bytes = SupplierFixture.defaultModelBytes();
        byte[] changed = new String(bytes, StandardCharsets.UTF_8).replace("\"1.1.0\"", "\"1.1.1\"")
            .getBytes(StandardCharsets.UTF_8);

        assertThat(ScorecardModelLoader.load(changed).sha256()).isNotEqualTo(ScorecardModelLoader.load(bytes).sha256());
    }

    @Test
    void gapBetweenBinsIsNamed() {
        assertRejected(model -> bin(model, "DILUTION_RATE", 1).put("min", 0.015),
            "characteristic DILUTION_RATE, bin 2 [0.015, 0.03): gap after bin 1, values in [0.01, 0.015) fall in no bin");
    }

    @Test
    void overlappingBinsAreNamed() {
        assertRejected(model -> bin(model, "DISPUTE_RATE", 2).put("min", 0.01),
            "characteristic DISPUTE_RATE, bin 3 [0.01, 0.05): overlaps bin 2 on [0.01, 0.02)");
    }

    @Test
    void binsThatDoNotReachTheTopOfTheRangeAreNamed() {
        assertRejected(model -> bin(model, "PAST_DEALS", 3).put("max", 50),
            "characteristic PAST_DEALS, bin 4 [10.0, 50.0): does not cover the range up to +inf");
    }

    @Test
    void binsThatDoNotStartAtTheDeclaredMinimumAreNamed() {
        assertRejected(model -> bin(model, "AVG_MONTHLY_SALES", 0).put("min", 1000),
            "characteristic AVG_MONTHLY_SALES, bin 1 [1000.0, 100000.0): does not cover the range from 0.0");
    }

    @Test
    void gradesOutOfOrderAreNamed() {
        assertRejected(model -> {
            ArrayNode grades = (ArrayNode) model.get("grades");
            ObjectNode aa = (ObjectNode) grades.remove(1);
            grades.insert(2, aa);
        }, "grade AA: out of order, its PD band starts at 0.001 below grade A's 0.0025; list grades from best to worst");
    }

    @Test
    void gradesWithAGapInTheirPdBandsAreNamed() {
        assertRejected(model -> ((ObjectNode) model.get("grades").get(3)).put("pdMin", 0.007),
            "grade BBB: PD band starts at 0.007 but grade A ends at 0.006; bands must be contiguous");
    }

    @Test
    void worstGradeMustReachPdOne() {
        assertRejected(model -> ((ObjectNode) model.get("grades").get(8)).put("pdMax", 0.9),
            "grade C: the worst grade's PD band must end at 1, not 0.9");
    }

    @Test
    void inconsistentCutOffsAreNamed() {
        assertRejected(model -> ((ObjectNode) model.get("cutoffs")).put("referMinScore", 650),
            "cutoffs: referMinScore 650 must not exceed approveMinScore 590");
        assertRejected(model -> ((ObjectNode) model.get("cutoffs")).put("approveMinScore", 900),
            "cutoffs: refer at 560 and approve at 900 must lie within the reachable scores");
    }

    @Test
    void unknownCharacteristicIsNamed() {
        assertRejected(model -> ((ObjectNode) model.get("characteristics").get(0)).put("code", "SHOE_SIZE"),
            "characteristic SHOE_SIZE: unknown characteristic code 'SHOE_SIZE'");
    }

    @Test
    void missingTextsAndFieldsAreNamed() {
        assertRejected(model -> ((ObjectNode) model.get("texts")).remove("signal.TURNOVER_JUMP"),
            "texts: missing 'signal.TURNOVER_JUMP' (en and zh)");
        assertRejected(model -> ((ObjectNode) model.get("scaling")).remove("pdo"), "scaling: missing 'pdo'");
        assertRejected(model -> ((ObjectNode) model.get("policy").get("signals").get("actions")).remove("ROUND_TRIPPING"),
            "policy.signals: no action (REFER or DECLINE) for ROUND_TRIPPING");
    }

    @Test
    void brokenJsonIsReportedAsSuch() {
        assertThatThrownBy(() -> ScorecardModelLoader.load("{\"modelId\": ".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(ModelValidationException.class)
            .hasMessageStartingWith("model file is not valid JSON");
    }

    private static ObjectNode bin(ObjectNode model, String code, int index) {
        for (var characteristic : model.get("characteristics")) {
            if (characteristic.get("code").asText().equals(code)) {
                return (ObjectNode) characteristic.get("bins").get(index);
            }
        }
        throw new AssertionError("no characteristic " + code);
    }

    private static void assertRejected(Consumer<ObjectNode> breakIt, String message) {
        ObjectNode model;
        try {
            model = (ObjectNode) JSON.readTree(SupplierFixture.defaultModelBytes());
            breakIt.accept(model);
            byte[] broken = JSON.writeValueAsBytes(model);
            assertThatThrownBy(() -> ScorecardModelLoader.load(broken))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining(message);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
