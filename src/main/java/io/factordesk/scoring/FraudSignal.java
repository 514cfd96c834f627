package io.factordesk.scoring;

/** A fraud or anti-cash-out signal, the decision it forces, and its evidence in English and Chinese. */
public record FraudSignal(FraudSignalType signal, Decision action, String evidence, String evidenceZh) {
}
