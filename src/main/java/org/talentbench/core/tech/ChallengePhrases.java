package org.talentbench.core.tech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Key phrases of a challenge description, found without a dictionary so that a person can predict them: the text is
 * normalised ({@link TermMatcher}), cut at punctuation, at every change between Chinese and Latin script, and at
 * common function words (的 和 与 及 或 等 并 and multi-character ones such as 基于, 面向, 研究, 技术, 关键, 核心 …);
 * Chinese pieces of 2–12 characters and English words of 3 or more letters that are not stop words are kept, in
 * order of first appearance, without repeats. Separate phrases with spaces or commas for best results.
 * Stateless and thread-safe.
 */
public final class ChallengePhrases {
    private static final List<String> CJK_STOP = sortedByLength(List.of(
            "的", "和", "与", "及", "或", "等", "并", "以及", "其中", "基于", "面向", "用于", "关于", "针对", "通过", "实现",
            "提升", "提高", "开展", "研究", "研发", "技术", "方法", "问题", "关键", "核心", "攻关", "突破", "需求", "解决",
            "需要", "具有", "进行", "应用", "相关", "领域", "方向", "项目", "任务", "揭榜", "挂帅", "榜单", "我们", "要求",
            "能力", "形成", "完成", "达到", "国产化", "一种", "以上", "以下", "不少于", "不低于"));
    private static final Set<String> EN_STOP = Set.of("the", "and", "for", "with", "from", "into", "via", "using",
            "based", "toward", "towards", "new", "high", "low", "research", "technology", "technologies", "method",
            "methods", "system", "systems", "study", "key", "core", "problem", "problems", "challenge", "solution",
            "solutions", "develop", "development", "application", "applications", "improve", "improved",
            "performance", "are", "our", "that", "this", "must", "should", "will", "need", "needs", "able", "than");

    private ChallengePhrases() {
    }

    private static List<String> sortedByLength(List<String> words) {
        List<String> s = new ArrayList<>(words);
        s.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(s);
    }

    /** The key phrases of {@code text}, normalised. */
    public static List<String> extract(String text) {
        String n = TermMatcher.normalise(text);
        Set<String> out = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        int kind = 0; // 0 none, 1 Chinese, 2 Latin
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            int k = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 1
                    : ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) ? 2 : 0;
            if (k != kind) {
                flush(run, kind, out);
                kind = k;
            }
            if (k != 0) {
                run.appendCodePoint(cp);
            }
        }
        flush(run, kind, out);
        return List.copyOf(out);
    }

    private static void flush(StringBuilder run, int kind, Set<String> out) {
        if (run.isEmpty()) {
            return;
        }
        String s = run.toString();
        run.setLength(0);
        if (kind == 2) {
            if (s.length() >= 3 && !EN_STOP.contains(s) && !s.chars().allMatch(Character::isDigit)) {
                out.add(s);
            }
            return;
        }
        String cut = s;
        for (String stop : CJK_STOP) {
            cut = cut.replace(stop, "|");
        }
        for (String piece : cut.split("\\|")) {
            int len = piece.codePointCount(0, piece.length());
            if (len >= 2 && len <= 12) {
                out.add(piece);
            }
        }
    }
}
