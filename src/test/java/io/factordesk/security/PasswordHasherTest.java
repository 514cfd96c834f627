package io.factordesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordAndRejectsAWrongOne() {
        String stored = hasher.hash("demo".toCharArray());
        assertThat(stored).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}");
        assertThat(hasher.verify("demo".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("demo ".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void randomSaltsMakeEqualPasswordsHashDifferently() {
        assertThat(hasher.hash("demo".toCharArray())).isNotEqualTo(hasher.hash("demo".toCharArray()));
    }

    @Test
    void demoHashesAreReproducibleFromSeedAndLoginOnly() {
        String officer = hasher.hashForDemo("demo".toCharArray(), 7L, "demo.officer");
        assertThat(hasher.hashForDemo("demo".toCharArray(), 7L, "demo.officer")).isEqualTo(officer);
        assertThat(hasher.hashForDemo("demo".toCharArray(), 7L, "demo.approver")).isNotEqualTo(officer);
        assertThat(hasher.hashForDemo("demo".toCharArray(), 8L, "demo.officer")).isNotEqualTo(officer);
        assertThat(hasher.verify("demo".toCharArray(), officer)).isTrue();
    }

    @Test
    void theIterationCountTravelsWithTheHash() {
        String stored = new PasswordHasher(2_000).hash("demo".toCharArray());
        assertThat(hasher.verify("demo".toCharArray(), stored)).isTrue();
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        assertThat(hasher.verify("demo".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("demo".toCharArray(), "demo")).isFalse();
        assertThat(hasher.verify("demo".toCharArray(), "bcrypt$10$abc$def")).isFalse();
        assertThat(hasher.verify("demo".toCharArray(), "pbkdf2-sha256$x$abc$def")).isFalse();
        assertThat(hasher.verify("demo".toCharArray(), "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("demo".toCharArray(), "pbkdf2-sha256$1000$!!$AAAA")).isFalse();
    }
}
