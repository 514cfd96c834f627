package io.factordesk.service.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Legal representatives' names: a common surname and a given name. */
final class PersonNames {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯");
    private static final List<String> GIVEN_NAMES = List.of("建国", "志强", "海燕", "晓明", "丽华", "伟", "静", "秀英",
            "国平", "文博", "俊杰", "雪梅", "建华", "永红", "立新", "春生", "玉兰", "振华", "德明", "淑珍", "浩", "敏",
            "红梅", "国强", "晓东", "婷", "鹏飞", "宏伟");

    private PersonNames() {
    }

    static String next(SplittableRandom random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
    }
}
