package org.talentbench.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.talentbench.core.researcher.Gender;

/**
 * Chinese personal names for the demo: surnames drawn by their national frequency (with a slight Jiangsu tilt),
 * one- or two-character given names from pools leaning male, female or neutral, and their Hanyu Pinyin.
 *
 * <p>Every character used here has exactly one reading in the {@link #PINYIN} table; characters whose reading as a
 * name is ambiguous (单, 解, 查, 乐, 长 …) are left out on purpose so that the romanisation is always right.
 * Immutable tables; thread-safe.
 */
final class ChineseNames {
    private ChineseNames() {
    }

    /** Surname and its weight (share of the population in per cent, 2019–2020 household registration figures). */
    private static final String[] SURNAMES = (
            "王 7.12|李 7.00|张 6.74|刘 5.10|陈 4.61|杨 3.22|黄 2.45|赵 2.29|吴 2.05|周 2.02|徐 1.80|孙 1.54|马 1.29|"
                    + "朱 1.35|胡 1.21|郭 1.15|何 1.11|林 1.03|高 1.01|罗 0.98|郑 0.91|梁 0.84|谢 0.78|宋 0.67|唐 0.67|"
                    + "许 0.64|韩 0.60|冯 0.59|邓 0.56|曹 0.53|彭 0.53|曾 0.52|肖 0.50|田 0.47|董 0.45|袁 0.44|潘 0.44|"
                    + "于 0.43|蒋 0.45|蔡 0.41|余 0.40|杜 0.38|叶 0.37|程 0.37|苏 0.36|魏 0.35|吕 0.34|丁 0.33|任 0.32|"
                    + "沈 0.38|姚 0.30|卢 0.30|姜 0.29|崔 0.28|钟 0.27|谭 0.27|陆 0.34|汪 0.25|范 0.25|金 0.24|石 0.23|"
                    + "廖 0.23|贾 0.22|夏 0.22|顾 0.24|钱 0.18|缪 0.05|欧阳 0.05").split("\\|");

    static final String MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏浩宇航斌波峰建国华志俊凯博轩昊泽宏毅飞立海东健亮成龙正永德诚铭睿哲阳光松振雷江恩奥翔彬鑫坤帆";
    static final String FEMALE_CHARS = "静丽敏燕艳娟霞芳婷雪琳颖慧洁玲倩悦怡雯璐莉萍红梅兰晶琪蕾薇月媛馨瑶云露秀菲娜梦涵晴婧岚蓉丹爱莹";
    static final String NEUTRAL_CHARS = "晓文嘉子思一宁清佳欣雨安诗天新春林然晨楠";

    /** One reading per character, as used in personal names (吕 is written {@code lyu}, the passport spelling of lü). */
    private static final String PINYIN_TABLE = ""
            // surnames
            + "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo "
            + "何he 林lin 高gao 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng "
            + "曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lyu "
            + "丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia "
            + "夏xia 顾gu 钱qian 缪miao 欧ou 阳yang "
            // given names, male-leaning
            + "伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 鹏peng 浩hao 宇yu "
            + "航hang 斌bin 波bo 峰feng 建jian 国guo 华hua 志zhi 俊jun 凯kai 博bo 轩xuan 昊hao 泽ze 宏hong 毅yi "
            + "飞fei 立li 海hai 东dong 健jian 亮liang 成cheng 龙long 正zheng 永yong 德de 诚cheng 铭ming 睿rui "
            + "哲zhe 光guang 松song 振zhen 雷lei 江jiang 恩en 奥ao 翔xiang 彬bin 鑫xin 坤kun 帆fan "
            // given names, female-leaning
            + "静jing 丽li 敏min 燕yan 艳yan 娟juan 霞xia 芳fang 婷ting 雪xue 琳lin 颖ying 慧hui 洁jie 玲ling "
            + "倩qian 悦yue 怡yi 雯wen 璐lu 莉li 萍ping 红hong 梅mei 兰lan 晶jing 琪qi 蕾lei 薇wei 月yue 媛yuan "
            + "馨xin 瑶yao 云yun 露lu 秀xiu 菲fei 娜na 梦meng 涵han 晴qing 婧jing 岚lan 蓉rong 丹dan 爱ai 莹ying "
            // given names, neutral
            + "晓xiao 文wen 嘉jia 子zi 思si 一yi 宁ning 清qing 佳jia 欣xin 雨yu 安an 诗shi 天tian 新xin 春chun "
            + "然ran 晨chen 楠nan";

    private static final Map<Character, String> PINYIN = new HashMap<>();
    private static final String[] SURNAME_ZH = new String[SURNAMES.length];
    private static final double[] SURNAME_CUMULATIVE = new double[SURNAMES.length];

    static {
        for (String entry : PINYIN_TABLE.trim().split(" +")) {
            String previous = PINYIN.put(entry.charAt(0), entry.substring(1));
            if (previous != null && !previous.equals(entry.substring(1))) {
                throw new IllegalStateException("two readings for " + entry.charAt(0));
            }
        }
        double total = 0;
        for (int i = 0; i < SURNAMES.length; i++) {
            String[] parts = SURNAMES[i].split(" ");
            SURNAME_ZH[i] = parts[0];
            total += Double.parseDouble(parts[1]);
            SURNAME_CUMULATIVE[i] = total;
        }
        for (int i = 0; i < SURNAMES.length; i++) {
            SURNAME_CUMULATIVE[i] /= total;
        }
    }

    /** A person's name in characters with its surname length, so that the romanisation can split it. */
    record Name(String zh, int surnameLength) {
        String surname() {
            return zh.substring(0, surnameLength);
        }

        String given() {
            return zh.substring(surnameLength);
        }

        /** Surname first, as Chinese names are written in Chinese documents and profiles: {@code Wang Xiaoming}. */
        String latin() {
            return romanise(surname()) + " " + romanise(given());
        }

        /** Given name first, as international journals print it: {@code Xiaoming Wang}. */
        String byline() {
            return romanise(given()) + " " + romanise(surname());
        }
    }

    static Name randomName(SplittableRandom rng, Gender gender) {
        double u = rng.nextDouble();
        int s = 0;
        while (s < SURNAME_CUMULATIVE.length - 1 && SURNAME_CUMULATIVE[s] < u) {
            s++;
        }
        String surname = SURNAME_ZH[s];
        int length = rng.nextDouble() < 0.28 ? 1 : 2;
        StringBuilder given = new StringBuilder(2);
        while (given.length() < length) {
            char c = pick(rng, gender);
            if (given.length() == 0 || given.charAt(0) != c) {
                given.append(c);
            }
        }
        return new Name(surname + given, surname.length());
    }

    private static char pick(SplittableRandom rng, Gender gender) {
        String pool;
        double u = rng.nextDouble();
        if (u < 0.3) {
            pool = NEUTRAL_CHARS;
        } else if (gender == Gender.FEMALE) {
            pool = u < 0.95 ? FEMALE_CHARS : MALE_CHARS;
        } else {
            pool = u < 0.97 ? MALE_CHARS : FEMALE_CHARS;
        }
        return pool.charAt(rng.nextInt(pool.length()));
    }

    /** The reading of one character, lower case, or {@code null} when the table does not know it. */
    static String pinyin(char c) {
        return PINYIN.get(c);
    }

    /**
     * Joins the syllables of a name part into one capitalised word. A syllable starting with a, o or e after the
     * first gets an apostrophe ({@code 嘉安 → Jia'an}), as the pinyin orthography rules require.
     *
     * @throws IllegalStateException for a character without a reading (a bug in the tables, never user input)
     */
    static String romanise(String hanzi) {
        StringBuilder out = new StringBuilder(hanzi.length() * 5);
        for (int i = 0; i < hanzi.length(); i++) {
            String syllable = PINYIN.get(hanzi.charAt(i));
            if (syllable == null) {
                throw new IllegalStateException("no pinyin for " + hanzi.charAt(i));
            }
            if (i > 0 && "aoe".indexOf(syllable.charAt(0)) >= 0) {
                out.append('\'');
            }
            out.append(syllable);
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }
}
