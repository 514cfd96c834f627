package io.factordesk.importing;

import io.factordesk.domain.importing.ProblemKind;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates as suppliers write them: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301, an optional
 * time after the date, full-width digits, and Excel serial day numbers (46082 = 2026-03-01).
 */
public final class ImportDates {

    private static final Pattern SEPARATED =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(?:\\.0+)?");
    private static final String FORMS = "2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301";

    private ImportDates() {
    }

    public static LocalDate parse(String raw) {
        String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC);
        Matcher separated = SEPARATED.matcher(text);
        if (separated.matches()) {
            return date(separated.group(1), separated.group(2), separated.group(3));
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.matches()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        if (SERIAL.matcher(text).matches()) {
            double serial = Double.parseDouble(text);
            if (serial >= 1 && DateUtil.isValidExcelDate(serial)) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        }
        throw new InvalidValueException(ProblemKind.INVALID_DATE, FORMS);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidValueException(ProblemKind.INVALID_DATE, FORMS);
        }
    }
}
