package io.factordesk.scoring;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises company names for watch-list screening, so that 全角 and half-width forms, spacing,
 * punctuation, letter case and the variants of the limited-company suffix compare equal.
 */
public final class CompanyNames {

    private static final String CANONICAL_ZH_SUFFIX = "有限公司";
    private static final String[] ZH_SUFFIXES = {"股份有限公司", "有限责任公司", "有限公司"};
    private static final String CANONICAL_EN_SUFFIX = "ltd";
    private static final String[] EN_SUFFIXES = {"companylimited", "colimited", "coltd", "limited", "ltd"};

    private CompanyNames() {
    }

    public static String normalise(String name) {
        String compact = compact(name);
        String unified = unifySuffix(compact, ZH_SUFFIXES, CANONICAL_ZH_SUFFIX);
        return unified.equals(compact) ? unifySuffix(compact, EN_SUFFIXES, CANONICAL_EN_SUFFIX) : unified;
    }

    /** NFKC, case-folded, letters and digits only: also how addresses are compared. */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String unifySuffix(String name, String[] variants, String canonical) {
        for (String variant : variants) {
            if (name.endsWith(variant) && name.length() > variant.length()) {
                return name.substring(0, name.length() - variant.length()) + canonical;
            }
        }
        return name;
    }
}
