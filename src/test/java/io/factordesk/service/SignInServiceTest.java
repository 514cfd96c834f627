package io.factordesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.OfficerRepository;
import io.factordesk.domain.OfficerRole;
import io.factordesk.security.PasswordHasher;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInServiceTest {

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private SignInService signIn;

    @BeforeEach
    void officers() {
        cache = CacheDatabase.openIn(folder);
        PasswordHasher hasher = new PasswordHasher(1_000);
        OfficerRepository officers = new OfficerRepository(cache.dsl());
        officers.insert("wang", "王晓明", OfficerRole.OFFICER, new BigDecimal("5000000"), hasher.hash("s3cret".toCharArray()));
        signIn = new SignInService(officers, hasher);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void theRightPasswordSignsTheOfficerInAndTheArrayIsWiped() {
        char[] password = "s3cret".toCharArray();
        assertThat(signIn.signIn(" wang ", password).displayName()).isEqualTo("王晓明");
        assertThat(password).containsOnly('\0');
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginAreRefusedAlike() {
        assertThatThrownBy(() -> signIn.signIn("wang", "secret".toCharArray()))
                .isInstanceOfSatisfying(SignInRefusedException.class, e ->
                        assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_PASSWORD));
        assertThatThrownBy(() -> signIn.signIn("nobody", "s3cret".toCharArray()))
                .isInstanceOfSatisfying(SignInRefusedException.class, e ->
                        assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_PASSWORD));
    }
}
