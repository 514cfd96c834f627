package io.factordesk.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check
 * character computed from the first 17 with weights 3^(i-1) mod 31 over a 31-symbol alphabet.
 */
public final class Uscc implements Comparable<Uscc> {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private final String code;

    private Uscc(String code) {
        this.code = code;
    }

    /** Parses a code, trimming blanks and upper-casing; throws with the precise reason when invalid. */
    public static Uscc of(String raw) {
        Objects.requireNonNull(raw, "uscc");
        String candidate = raw.strip().toUpperCase(java.util.Locale.ROOT);
        problemWith(candidate).ifPresent(problem -> {
            throw new InvalidUsccException(raw, problem);
        });
        return new Uscc(candidate);
    }

    public static boolean isValid(String raw) {
        return raw != null && problemWith(raw.strip().toUpperCase(java.util.Locale.ROOT)).isEmpty();
    }

    /** The reason a code is invalid, or empty when it is valid. */
    public static Optional<UsccProblem> problemWith(String candidate) {
        if (candidate.length() != LENGTH) {
            return Optional.of(UsccProblem.WRONG_LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return Optional.of(UsccProblem.ILLEGAL_CHARACTER);
            }
        }
        if (candidate.charAt(17) != checkCharacter(candidate.substring(0, 17))) {
            return Optional.of(UsccProblem.CHECK_DIGIT_MISMATCH);
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("illegal USCC character '" + first17.charAt(i) + "'");
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - (sum % 31);
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Completes 17 characters with their check character. */
    public static Uscc complete(String first17) {
        return new Uscc(first17 + checkCharacter(first17));
    }

    /** The six-digit administrative division code (positions 3-8). */
    public String regionCode() {
        return code.substring(2, 8);
    }

    public String value() {
        return code;
    }

    @Override
    public int compareTo(Uscc other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Uscc that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
