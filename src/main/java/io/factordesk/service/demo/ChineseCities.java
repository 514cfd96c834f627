package io.factordesk.service.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Manufacturing cities with real administrative division codes (GB/T 2260) and postcodes: the codes
 * go into positions 3-8 of the generated USCCs, the names into addresses.
 */
final class ChineseCities {

    record District(String code, String zh, String en) {
    }

    record City(String provinceZh, String provinceEn, String zh, String en, String postcode,
                List<District> districts) {

        /** Region as registered: province and city, once for the municipalities. */
        String regionZh() {
            return provinceZh.equals(zh + "市") ? provinceZh : provinceZh + zh + "市";
        }

        District district(SplittableRandom random) {
            return districts.get(random.nextInt(districts.size()));
        }
    }

    record Street(String zh, String en) {
    }

    static final List<City> CITIES = List.of(
            new City("江苏省", "Jiangsu", "苏州", "Suzhou", "215000", List.of(
                    new District("320505", "虎丘区", "Huqiu District"), new District("320506", "吴中区", "Wuzhong District"),
                    new District("320507", "相城区", "Xiangcheng District"), new District("320509", "吴江区", "Wujiang District"))),
            new City("江苏省", "Jiangsu", "无锡", "Wuxi", "214000", List.of(
                    new District("320205", "锡山区", "Xishan District"), new District("320206", "惠山区", "Huishan District"),
                    new District("320211", "滨湖区", "Binhu District"))),
            new City("江苏省", "Jiangsu", "南京", "Nanjing", "210000", List.of(
                    new District("320113", "栖霞区", "Qixia District"), new District("320115", "江宁区", "Jiangning District"))),
            new City("上海市", "Shanghai", "上海", "Shanghai", "200000", List.of(
                    new District("310115", "浦东新区", "Pudong New Area"), new District("310112", "闵行区", "Minhang District"),
                    new District("310114", "嘉定区", "Jiading District"), new District("310117", "松江区", "Songjiang District"))),
            new City("浙江省", "Zhejiang", "杭州", "Hangzhou", "310000", List.of(
                    new District("330108", "滨江区", "Binjiang District"), new District("330109", "萧山区", "Xiaoshan District"),
                    new District("330110", "余杭区", "Yuhang District"))),
            new City("浙江省", "Zhejiang", "宁波", "Ningbo", "315000", List.of(
                    new District("330206", "北仑区", "Beilun District"), new District("330212", "鄞州区", "Yinzhou District"))),
            new City("广东省", "Guangdong", "深圳", "Shenzhen", "518000", List.of(
                    new District("440305", "南山区", "Nanshan District"), new District("440306", "宝安区", "Bao'an District"),
                    new District("440307", "龙岗区", "Longgang District"))),
            new City("广东省", "Guangdong", "广州", "Guangzhou", "510000", List.of(
                    new District("440106", "天河区", "Tianhe District"), new District("440112", "黄埔区", "Huangpu District"),
                    new District("440113", "番禺区", "Panyu District"))),
            new City("广东省", "Guangdong", "佛山", "Foshan", "528000", List.of(
                    new District("440604", "禅城区", "Chancheng District"), new District("440605", "南海区", "Nanhai District"),
                    new District("440606", "顺德区", "Shunde District"))),
            new City("山东省", "Shandong", "青岛", "Qingdao", "266000", List.of(
                    new District("370211", "黄岛区", "Huangdao District"), new District("370212", "崂山区", "Laoshan District"),
                    new District("370214", "城阳区", "Chengyang District"))),
            new City("湖北省", "Hubei", "武汉", "Wuhan", "430000", List.of(
                    new District("420106", "武昌区", "Wuchang District"), new District("420111", "洪山区", "Hongshan District"),
                    new District("420115", "江夏区", "Jiangxia District"))),
            new City("四川省", "Sichuan", "成都", "Chengdu", "610000", List.of(
                    new District("510107", "武侯区", "Wuhou District"), new District("510108", "成华区", "Chenghua District"))),
            new City("天津市", "Tianjin", "天津", "Tianjin", "300000", List.of(
                    new District("120116", "滨海新区", "Binhai New Area"), new District("120111", "西青区", "Xiqing District"))),
            new City("福建省", "Fujian", "厦门", "Xiamen", "361000", List.of(
                    new District("350206", "湖里区", "Huli District"), new District("350211", "集美区", "Jimei District"))),
            new City("安徽省", "Anhui", "合肥", "Hefei", "230000", List.of(
                    new District("340104", "蜀山区", "Shushan District"), new District("340111", "包河区", "Baohe District"))));

    static final List<Street> STREETS = List.of(
            new Street("星湖街", "Xinghu Street"), new Street("长江路", "Changjiang Road"),
            new Street("人民路", "Renmin Road"), new Street("科技大道", "Keji Avenue"),
            new Street("工业大道", "Gongye Avenue"), new Street("建设路", "Jianshe Road"),
            new Street("创业路", "Chuangye Road"), new Street("金桥路", "Jinqiao Road"),
            new Street("新华路", "Xinhua Road"), new Street("发展大道", "Fazhan Avenue"),
            new Street("东环路", "Donghuan Road"), new Street("滨河路", "Binhe Road"),
            new Street("振兴路", "Zhenxing Road"), new Street("港城大道", "Gangcheng Avenue"));

    private ChineseCities() {
    }

    static City pick(SplittableRandom random) {
        return CITIES.get(random.nextInt(CITIES.size()));
    }

    static Street street(SplittableRandom random) {
        return STREETS.get(random.nextInt(STREETS.size()));
    }
}
