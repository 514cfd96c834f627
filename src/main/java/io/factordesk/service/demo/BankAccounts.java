package io.factordesk.service.demo;

import io.factordesk.cache.PartyWriter.BankAccountRow;
import java.util.List;
import java.util.SplittableRandom;

/** Corporate accounts at the big commercial banks, with each bank's account number length. */
final class BankAccounts {

    private record Bank(String zh, int digits) {
    }

    private static final List<Bank> BANKS = List.of(new Bank("中国工商银行", 19), new Bank("中国建设银行", 20),
            new Bank("中国农业银行", 19), new Bank("招商银行", 16), new Bank("交通银行", 21), new Bank("中信银行", 19),
            new Bank("上海浦东发展银行", 17));

    private BankAccounts() {
    }

    static BankAccountRow open(SplittableRandom random, ChineseCities.City city, String accountName,
                               String purpose) {
        Bank bank = BANKS.get(random.nextInt(BANKS.size()));
        StringBuilder number = new StringBuilder(bank.digits());
        number.append(1 + random.nextInt(9));
        while (number.length() < bank.digits()) {
            number.append(random.nextInt(10));
        }
        String branch = bank.zh() + city.zh() + (city.provinceZh().equals(city.zh() + "市") ? "市分行" : "分行");
        return new BankAccountRow(branch, accountName, number.toString(), purpose);
    }
}
