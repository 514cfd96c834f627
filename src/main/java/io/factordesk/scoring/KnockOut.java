package io.factordesk.scoring;

/** A knock-out rule that fired, with its detail in English and Chinese. */
public record KnockOut(KnockOutRule rule, String detail, String detailZh) {

    static KnockOut of(KnockOutRule rule, LocalizedText text) {
        return new KnockOut(rule, text.en(), text.zh());
    }
}
