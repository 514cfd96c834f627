package io.factordesk.service.demo;

import io.factordesk.cache.PartyWriter.AddressRow;
import java.util.SplittableRandom;

/** Registered and operating addresses in Chinese postal order, with the English form beside them. */
final class DemoAddresses {

    private DemoAddresses() {
    }

    static AddressRow registered(SplittableRandom random, ChineseCities.City city, ChineseCities.District district) {
        return address("REGISTERED", city, district, ChineseCities.street(random), 1 + random.nextInt(998), 0);
    }

    /** Often the factory sits in the same district as the registered office, in a numbered building. */
    static AddressRow operating(SplittableRandom random, ChineseCities.City city, ChineseCities.District district) {
        return address("OPERATING", city, district, ChineseCities.street(random), 1 + random.nextInt(998),
                1 + random.nextInt(12));
    }

    private static AddressRow address(String kind, ChineseCities.City city, ChineseCities.District district,
                                      ChineseCities.Street street, int number, int building) {
        boolean municipality = city.provinceZh().equals(city.zh() + "市");
        String zh = city.regionZh() + district.zh() + street.zh() + number + "号" + (building > 0 ? building + "号厂房" : "");
        String en = (building > 0 ? "Building " + building + ", " : "") + "No. " + number + " " + street.en() + ", "
                + district.en() + ", " + city.en() + (municipality ? "" : ", " + city.provinceEn());
        return new AddressRow(kind, zh, en, city.zh(), city.postcode());
    }
}
