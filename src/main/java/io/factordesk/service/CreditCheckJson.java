package io.factordesk.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.factordesk.scoring.CapitalFigures;
import io.factordesk.scoring.CharacteristicScore;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.FraudSignal;
import io.factordesk.scoring.KnockOut;
import io.factordesk.scoring.LocalizedText;
import io.factordesk.scoring.PriceComponents;
import io.factordesk.scoring.ReasonCode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A credit check result as JSON: the fields of issue 4 item 7 in that order, amounts and rates as decimal
 * strings (never JSON numbers, so nothing is lost to binary floating point). The stored document adds
 * the as-of date, the decision notes, every characteristic and the Chinese texts.
 */
public final class CreditCheckJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CreditCheckJson() {
    }

    public static Map<String, Object> fields(CreditCheckResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("supplierUscc", r.supplierUscc());
        json.put("modelId", r.modelId());
        json.put("modelVersion", r.modelVersion());
        json.put("modelSha256", r.modelSha256());
        json.put("score", r.score());
        json.put("pd", text(r.pd()));
        json.put("grade", r.grade());
        json.put("decision", r.decision().name());
        json.put("knockouts", r.knockouts().stream().map(CreditCheckJson::knockOut).toList());
        json.put("fraudSignals", r.fraudSignals().stream().map(CreditCheckJson::signal).toList());
        json.put("reasons", r.reasons().stream().map(CreditCheckJson::reason).toList());
        Map<String, Object> scaling = new LinkedHashMap<>();
        scaling.put("baseScore", number(r.scaling().baseScore()));
        scaling.put("baseOdds", number(r.scaling().baseOdds()));
        scaling.put("pdo", number(r.scaling().pdo()));
        json.put("scaling", scaling);
        Map<String, Object> limit = new LinkedHashMap<>();
        limit.put("recommended", text(r.limit().recommended()));
        limit.put("currency", r.limit().currency());
        limit.put("formula", r.limit().formula());
        json.put("limit", limit);
        Map<String, Object> pricing = new LinkedHashMap<>();
        pricing.put("annualRate", text(r.pricing().annualRate()));
        pricing.put("advanceRate", text(r.pricing().advanceRate()));
        pricing.put("components", components(r.pricing().components()));
        pricing.put("capital", capital(r.pricing().capital()));
        json.put("pricing", pricing);
        return json;
    }

    /** The document stored in credit_check.result_json. */
    public static String stored(CreditCheckResult r) {
        Map<String, Object> json = fields(r);
        json.put("asOf", r.asOf().toString());
        json.put("limitFormulaZh", r.limit().formulaZh());
        json.put("decisionNotes", r.decisionNotes().stream().map(CreditCheckJson::localized).toList());
        json.put("knockoutsZh", r.knockouts().stream().map(KnockOut::detailZh).toList());
        json.put("fraudSignalsZh", r.fraudSignals().stream().map(FraudSignal::evidenceZh).toList());
        json.put("reasonsZh", r.reasons().stream().map(ReasonCode::textZh).toList());
        json.put("characteristics", r.characteristics().stream().map(CreditCheckJson::characteristic).toList());
        return write(json);
    }

    public static String write(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> knockOut(KnockOut k) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", k.rule().name());
        json.put("detail", k.detail());
        return json;
    }

    private static Map<String, Object> signal(FraudSignal s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("signal", s.signal().name());
        json.put("evidence", s.evidence());
        return json;
    }

    private static Map<String, Object> reason(ReasonCode reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", reason.code());
        json.put("characteristic", reason.characteristic());
        json.put("points", reason.points());
        json.put("maxPoints", reason.maxPoints());
        json.put("text", reason.text());
        return json;
    }

    private static Map<String, Object> components(PriceComponents c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fundingCost", text(c.fundingCost()));
        json.put("expectedLoss", text(c.expectedLoss()));
        json.put("operatingCost", text(c.operatingCost()));
        json.put("capitalCharge", text(c.capitalCharge()));
        json.put("margin", text(c.margin()));
        return json;
    }

    private static Map<String, Object> capital(CapitalFigures c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pd", text(c.pd()));
        json.put("lgd", text(c.lgd()));
        json.put("maturityYears", text(c.maturityYears()));
        json.put("salesEurMillions", text(c.salesEurMillions()));
        json.put("correlation", text(c.correlation()));
        json.put("k", text(c.k()));
        json.put("rwa", text(c.rwa()));
        json.put("ead", text(c.ead()));
        return json;
    }

    private static Map<String, Object> characteristic(CharacteristicScore c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("characteristic", c.characteristic());
        json.put("value", c.value() == null ? null : text(c.value()));
        json.put("points", c.points());
        json.put("maxPoints", c.maxPoints());
        return json;
    }

    private static Map<String, String> localized(LocalizedText t) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("en", t.en());
        json.put("zh", t.zh());
        return json;
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
