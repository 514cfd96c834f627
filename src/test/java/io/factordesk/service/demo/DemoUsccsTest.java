package io.factordesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.Uscc;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DemoUsccsTest {

    @Test
    void organisationCheckFollowsGb11714() {
        assertThat(DemoUsccs.organisationCheck("D2143569")).isEqualTo('X');
        assertThat(DemoUsccs.organisationCheck("00000000")).isEqualTo('0');
    }

    @Test
    void issuedCodesAreValidUniqueEnterpriseCodesOfTheDistrict() {
        DemoUsccs usccs = new DemoUsccs();
        SplittableRandom random = new SplittableRandom(1);
        Set<Uscc> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            Uscc uscc = usccs.issue(random, "320506");
            assertThat(Uscc.isValid(uscc.value())).isTrue();
            assertThat(uscc.value()).startsWith("91320506");
            assertThat(uscc.regionCode()).isEqualTo("320506");
            String organisation = uscc.value().substring(8, 17);
            assertThat(organisation.charAt(8)).isEqualTo(DemoUsccs.organisationCheck(organisation.substring(0, 8)));
            assertThat(seen.add(uscc)).isTrue();
        }
    }

    @Test
    void companyNamesReadLikeRegisteredNames() {
        ChineseCompanyNames names = new ChineseCompanyNames();
        SplittableRandom random = new SplittableRandom(2);
        ChineseCities.City suzhou = ChineseCities.CITIES.get(0);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            var name = names.next(random, suzhou, ChineseCompanyNames.SUPPLIER_BUSINESSES);
            assertThat(name.zh()).matches("苏州\\p{IsHan}{2}\\p{IsHan}+(股份)?有限公司");
            assertThat(name.en()).matches("Suzhou [A-Z][a-z]+ [A-Za-z ]+ (Joint Stock )?Co\\., Ltd\\.");
            assertThat(name.initials()).matches("[A-Z]{2}");
            assertThat(seen.add(name.zh())).isTrue();
        }
    }
}
