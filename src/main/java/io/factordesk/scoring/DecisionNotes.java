package io.factordesk.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects, in English and Chinese, each step that moved the decision, from the model's texts. */
final class DecisionNotes {

    static final List<String> TEXTS = List.of("decision.APPROVE", "decision.REFER", "decision.DECLINE",
        "decision.score", "decision.knockout", "decision.signal", "decision.request");

    private final ScorecardModel model;
    private final List<LocalizedText> notes = new ArrayList<>();

    DecisionNotes(ScorecardModel model) {
        this.model = model;
    }

    /** Adds a note whose last placeholder is the decision word, said in each language. */
    void add(String key, Decision outcome, Object... figures) {
        LocalizedText template = model.text(key);
        LocalizedText word = model.text("decision." + outcome.name());
        notes.add(new LocalizedText(String.format(Locale.ROOT, template.en(), with(figures, word.en())),
            String.format(Locale.ROOT, template.zh(), with(figures, word.zh()))));
    }

    List<LocalizedText> notes() {
        return List.copyOf(notes);
    }

    private static Object[] with(Object[] figures, String word) {
        Object[] args = java.util.Arrays.copyOf(figures, figures.length + 1);
        args[figures.length] = word;
        return args;
    }
}
