package io.factordesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @Test
    void acceptsTheStandardsExample() {
        assertThat(Uscc.isValid("91350100M000100Y43")).isTrue();
        assertThat(Uscc.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void computesTheCheckCharacterWithWeightsMod31() {
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        // A letter from J onward must map by its index in the alphabet, not its ASCII code.
        String first17 = "91110000MA01XYNJ7";
        assertThat(Uscc.complete(first17).value()).startsWith(first17);
        assertThat(Uscc.isValid(Uscc.complete(first17).value())).isTrue();
    }

    @Test
    void namesWhyACodeIsInvalid() {
        assertThat(Uscc.problemWith("91350100M000100Y4")).contains(UsccProblem.WRONG_LENGTH);
        assertThat(Uscc.problemWith("91350100M000100YI3")).contains(UsccProblem.ILLEGAL_CHARACTER);
        assertThat(Uscc.problemWith("91350100M000100Y44")).contains(UsccProblem.CHECK_DIGIT_MISMATCH);
        assertThatThrownBy(() -> Uscc.of("91350100M000100Y44"))
                .isInstanceOf(InvalidUsccException.class)
                .hasMessageContaining("check character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S", "V", "Z"})
    void rejectsLettersTheStandardLeavesOut(String letter) {
        String code = "91350100M000100Y4" + letter;
        assertThat(Uscc.problemWith(code)).contains(UsccProblem.ILLEGAL_CHARACTER);
    }

    @Test
    void checkValueOf31BecomesZero() {
        // Search a prefix whose weighted sum is divisible by 31: its check character must be '0'.
        String base = "9111000000000000";
        for (char c : Uscc.ALPHABET.toCharArray()) {
            String first17 = base + c;
            if (Uscc.checkCharacter(first17) == '0') {
                assertThat(Uscc.isValid(first17 + "0")).isTrue();
                return;
            }
        }
        throw new AssertionError("no prefix with check value 0 found");
    }

    @Test
    void everyCompletedCodeValidatesAndOneChangedCharacterDoesNot() {
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 1_000; n++) {
            StringBuilder first17 = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                first17.append(Uscc.ALPHABET.charAt(random.nextInt(31)));
            }
            String code = Uscc.complete(first17.toString()).value();
            assertThat(Uscc.isValid(code)).isTrue();
            int position = random.nextInt(17);
            char replacement = Uscc.ALPHABET.charAt((Uscc.ALPHABET.indexOf(code.charAt(position)) + 1) % 31);
            String mutated = code.substring(0, position) + replacement + code.substring(position + 1);
            assertThat(Uscc.isValid(mutated)).as(mutated).isFalse();
        }
    }
}
