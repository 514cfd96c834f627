package io.factordesk.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Headers as suppliers type them compared in one form: trimmed, full-width folded to half-width,
 * case-folded, without spaces or punctuation ("发票号码：", "Invoice No." and "ＩＮＶＯＩＣＥ　ＮＯ" agree).
 */
public final class HeaderText {

    private static final Pattern NOISE = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");

    private HeaderText() {
    }

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String folded = Normalizer.normalize(header.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOISE.matcher(folded).replaceAll("");
    }
}
