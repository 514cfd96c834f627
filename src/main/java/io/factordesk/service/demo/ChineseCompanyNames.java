package io.factordesk.service.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Registered-style company names: city + two-character trade name + line of business + legal form,
 * e.g. 苏州华鑫精密机械有限公司 / Suzhou Huaxin Precision Machinery Co., Ltd. Names never repeat
 * within one portfolio.
 */
final class ChineseCompanyNames {

    /** initials: the trade name's pinyin initials, used in contract and PO numbers. */
    record CompanyName(String zh, String en, String industry, String initials) {
    }

    record Business(String zh, String en, String industry) {
    }

    private record Syllable(String zh, String pinyin) {
    }

    private static final List<Syllable> SYLLABLES = List.of(
            new Syllable("华", "hua"), new Syllable("鑫", "xin"), new Syllable("恒", "heng"), new Syllable("达", "da"),
            new Syllable("瑞", "rui"), new Syllable("丰", "feng"), new Syllable("宏", "hong"), new Syllable("泰", "tai"),
            new Syllable("金", "jin"), new Syllable("源", "yuan"), new Syllable("盛", "sheng"), new Syllable("昌", "chang"),
            new Syllable("永", "yong"), new Syllable("信", "xin"), new Syllable("德", "de"), new Syllable("隆", "long"),
            new Syllable("佳", "jia"), new Syllable("成", "cheng"), new Syllable("中", "zhong"), new Syllable("新", "xin"),
            new Syllable("力", "li"), new Syllable("博", "bo"), new Syllable("远", "yuan"), new Syllable("创", "chuang"),
            new Syllable("亿", "yi"), new Syllable("天", "tian"), new Syllable("海", "hai"), new Syllable("汇", "hui"),
            new Syllable("通", "tong"), new Syllable("嘉", "jia"), new Syllable("明", "ming"), new Syllable("凯", "kai"),
            new Syllable("兴", "xing"), new Syllable("正", "zheng"), new Syllable("润", "run"), new Syllable("安", "an"),
            new Syllable("腾", "teng"), new Syllable("晨", "chen"), new Syllable("峰", "feng"), new Syllable("伟", "wei"));

    static final List<Business> SUPPLIER_BUSINESSES = List.of(
            new Business("精密机械", "Precision Machinery", "通用设备制造业"),
            new Business("电子科技", "Electronic Technology", "计算机、通信和其他电子设备制造业"),
            new Business("汽车零部件", "Auto Parts", "汽车制造业"),
            new Business("新材料", "New Materials", "化学原料和化学制品制造业"),
            new Business("包装材料", "Packaging Materials", "造纸和纸制品业"),
            new Business("电气设备", "Electrical Equipment", "电气机械和器材制造业"),
            new Business("金属制品", "Metal Products", "金属制品业"),
            new Business("塑胶制品", "Plastic Products", "橡胶和塑料制品业"),
            new Business("纺织", "Textile", "纺织业"),
            new Business("物流", "Logistics", "道路运输业"),
            new Business("化工", "Chemical", "化学原料和化学制品制造业"),
            new Business("光电科技", "Optoelectronic Technology", "计算机、通信和其他电子设备制造业"),
            new Business("模具", "Mould", "专用设备制造业"),
            new Business("五金", "Hardware", "金属制品业"),
            new Business("线缆", "Cable", "电气机械和器材制造业"),
            new Business("环保科技", "Environmental Technology", "生态保护和环境治理业"),
            new Business("医疗器械", "Medical Devices", "专用设备制造业"),
            new Business("轴承", "Bearing", "通用设备制造业"),
            new Business("建材", "Building Materials", "非金属矿物制品业"),
            new Business("液压设备", "Hydraulic Equipment", "通用设备制造业"));

    static final List<Business> DEBTOR_BUSINESSES = List.of(
            new Business("汽车集团", "Automobile Group", "汽车制造业"),
            new Business("电器", "Electric Appliances", "电气机械和器材制造业"),
            new Business("重工", "Heavy Industry", "专用设备制造业"),
            new Business("建设集团", "Construction Group", "土木工程建筑业"),
            new Business("新能源科技", "New Energy Technology", "电气机械和器材制造业"),
            new Business("轨道交通装备", "Rail Transit Equipment", "铁路、船舶、航空航天和其他运输设备制造业"),
            new Business("医药集团", "Pharmaceutical Group", "医药制造业"),
            new Business("电力设备", "Power Equipment", "电气机械和器材制造业"),
            new Business("船舶", "Shipbuilding", "铁路、船舶、航空航天和其他运输设备制造业"),
            new Business("通信技术", "Communication Technology", "计算机、通信和其他电子设备制造业"));

    private final Set<String> used = new HashSet<>();

    /** Reserves a fixed name (e.g. the core enterprise) so generated names never repeat it. */
    void reserve(String zh) {
        used.add(zh);
    }

    CompanyName next(SplittableRandom random, ChineseCities.City city, List<Business> businesses) {
        while (true) {
            Syllable first = SYLLABLES.get(random.nextInt(SYLLABLES.size()));
            Syllable second = SYLLABLES.get(random.nextInt(SYLLABLES.size()));
            Business business = businesses.get(random.nextInt(businesses.size()));
            boolean jointStock = random.nextInt(100) < 12;
            if (first.zh().equals(second.zh())) {
                continue;
            }
            String zh = city.zh() + first.zh() + second.zh() + business.zh() + (jointStock ? "股份有限公司" : "有限公司");
            if (used.add(zh)) {
                String brand = capitalise(first.pinyin()) + second.pinyin();
                String en = city.en() + " " + brand + " " + business.en()
                        + (jointStock ? " Joint Stock Co., Ltd." : " Co., Ltd.");
                String initials = (first.pinyin().substring(0, 1) + second.pinyin().substring(0, 1)).toUpperCase(Locale.ROOT);
                return new CompanyName(zh, en, business.industry(), initials);
            }
        }
    }

    private static String capitalise(String pinyin) {
        return pinyin.substring(0, 1).toUpperCase(Locale.ROOT) + pinyin.substring(1);
    }
}
