package io.factordesk.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.Officer;
import io.factordesk.domain.OfficerRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jooq.exception.DataAccessException;

class OfficerRepositoryTest {

    @TempDir
    Path folder;
    CacheDatabase cache;
    OfficerRepository officers;

    @BeforeEach
    void open() {
        cache = CacheDatabase.openIn(folder);
        officers = new OfficerRepository(cache.dsl());
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void storesOfficersWithRoleLimitAndHashAndListsThemByLogin() {
        long id = officers.insert("wang.xm", "王晓明", OfficerRole.OFFICER, new BigDecimal("5000000.00"), "pbkdf2-sha256$1$a$b");
        officers.insert("li.j", "李静", OfficerRole.APPROVER, new BigDecimal("50000000.00"), "pbkdf2-sha256$1$c$d");
        Officer wang = officers.findByLogin("wang.xm").orElseThrow();
        assertThat(wang.id()).isEqualTo(id);
        assertThat(wang.role()).isEqualTo(OfficerRole.OFFICER);
        assertThat(wang.authorityLimit()).isEqualByComparingTo("5000000.00");
        assertThat(wang.active()).isTrue();
        assertThat(officers.passwordHash("li.j")).contains("pbkdf2-sha256$1$c$d");
        assertThat(officers.all()).extracting(Officer::login).containsExactly("li.j", "wang.xm");
        assertThat(officers.findByLogin("nobody")).isEmpty();
    }

    @Test
    void aLoginIsUnique() {
        officers.insert("wang.xm", "王晓明", OfficerRole.OFFICER, BigDecimal.TEN, "h");
        assertThatThrownBy(() -> officers.insert("wang.xm", "王小明", OfficerRole.ADMIN, BigDecimal.ONE, "h"))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void officersSurviveReopeningTheCacheFile() {
        officers.insert("wang.xm", "王晓明", OfficerRole.OFFICER, BigDecimal.TEN, "h");
        cache.close();
        cache = CacheDatabase.openIn(folder);
        assertThat(new OfficerRepository(cache.dsl()).findByLogin("wang.xm")).isPresent();
    }
}
