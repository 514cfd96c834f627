package io.factordesk.service.demo;

import io.factordesk.domain.Uscc;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Issues USCCs the way a market regulator does: 9 (industry and commerce) + 1 (enterprise) + the
 * district code + a nine-character organisation code (GB 11714, with its own mod-11 check) + the
 * GB 32100 check character. Never the same code twice in one portfolio.
 */
final class DemoUsccs {

    private static final String ORGANISATION_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final Set<String> issued = new HashSet<>();

    Uscc issue(SplittableRandom random, String districtCode) {
        while (true) {
            String body = organisationBody(random);
            String first17 = "91" + districtCode + body + organisationCheck(body);
            Uscc uscc = Uscc.complete(first17);
            if (issued.add(uscc.value())) {
                return uscc;
            }
        }
    }

    /** Codes issued since 2015 mostly start with MA; older ones are eight digits. */
    private static String organisationBody(SplittableRandom random) {
        StringBuilder body = new StringBuilder(8);
        if (random.nextInt(100) < 60) {
            body.append("MA");
            body.append(random.nextInt(10));
            while (body.length() < 8) {
                body.append(ORGANISATION_ALPHABET.charAt(random.nextInt(ORGANISATION_ALPHABET.length())));
            }
        } else {
            while (body.length() < 8) {
                body.append(random.nextInt(10));
            }
        }
        return body.toString();
    }

    /** GB 11714 check: letters count from A = 10; 10 is written X and 11 is written 0. */
    static char organisationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
