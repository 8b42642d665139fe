package org.talentbench.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Chooses each active researcher's standing representative works (代表作, round 0) while outputs stream past, keeping
 * only a handful of candidates per person.
 *
 * <p>Basic researchers put forward up to five of their best papers of the last {@value #CYCLE_YEARS} years, at least
 * a third of them in domestic journals where they have such papers — except a few who, on purpose, put forward only
 * international ones, so that the policy check has something to find. Everyone else puts forward up to three
 * landmark outputs of the kinds their category is judged on. "Best" weighs citations, the person's own role and
 * share; every work carries a Chinese statement of personal contribution and relevance. Confined to the generating
 * thread.
 */
final class RepresentativeSelector {
    static final int CYCLE_YEARS = 5;
    private static final int PAPER_CANDIDATES = 5;
    private static final int LANDMARK_CANDIDATES = 3;
    private static final String[] CATEGORY_ZH = {"基础研究", "应用研究与技术开发", "社会公益研究", "国家重大攻关任务"};

    /** One output someone might put forward, with what its statements need. */
    private record Candidate(long outputId, double score, OutputKind kind, int position, boolean corresponding,
                             int share, boolean domestic, String detail) {
    }

    private final DemoSpec spec;
    private final Staff staff;
    private final int cycleStart;
    private final Map<Long, Integer> indexById = new HashMap<>();
    private final Candidate[][] international;
    private final Candidate[][] domestic;
    private final Candidate[][] landmarks;

    RepresentativeSelector(DemoSpec spec, Staff staff) {
        this.spec = spec;
        this.staff = staff;
        this.cycleStart = (int) spec.referenceDate().minusYears(CYCLE_YEARS).toEpochDay();
        for (int i = 0; i < staff.n; i++) {
            indexById.put(staff.id[i], i);
        }
        international = new Candidate[staff.n][];
        domestic = new Candidate[staff.n][];
        landmarks = new Candidate[staff.n][];
    }

    /** Looks at a batch of stored outputs (with their ids) and remembers the promising ones. */
    void accept(List<Output> stored) {
        for (Output o : stored) {
            if (o.date().toEpochDay() < cycleStart) {
                continue;
            }
            for (Contribution c : o.contributors()) {
                Integer index = indexById.get(c.researcherId().value());
                if (index == null || !staff.active[index]) {
                    continue;
                }
                consider(index, o, c);
            }
        }
    }

    private void consider(int i, Output o, Contribution c) {
        int share = (int) Math.round(c.sharePercent());
        boolean own = c.authorPosition() == 1 || c.corresponding();
        if (staff.category[i] == ResearchCategory.BASIC.ordinal()) {
            if (!o.kind().isPaper()) {
                return;
            }
            double score = StrictMath.log1p(o.citations() == null ? 0 : o.citations())
                    + (o.fieldNormalisedImpact() == null ? 0 : 0.5 * Math.min(5, o.fieldNormalisedImpact()))
                    + (own ? 1.5 : 0) + share / 100.0;
            Candidate candidate = new Candidate(o.id().value(), score, o.kind(), c.authorPosition(), c.corresponding(),
                    share, o.domesticJournal(), "");
            if (o.domesticJournal()) {
                domestic[i] = insert(domestic[i], candidate, PAPER_CANDIDATES);
            } else {
                international[i] = insert(international[i], candidate, PAPER_CANDIDATES);
            }
            return;
        }
        double score = landmarkScore(ResearchCategory.values()[staff.category[i]], o);
        if (score <= 0) {
            return;
        }
        score *= 0.5 + share / 100.0;
        if (c.authorPosition() == 1) {
            score += 0.5;
        }
        String detail = switch (o.kind()) {
            case PROJECT -> c.authorPosition() == 1 ? o.attribute(OutputAttribute.ROLE) : "PARTICIPANT";
            case STANDARD -> c.authorPosition() == 1 ? o.attribute(OutputAttribute.ROLE) : "DRAFTER";
            case TECH_TRANSFER -> o.attribute(OutputAttribute.AMOUNT);
            case POLICY_REPORT -> o.attribute(OutputAttribute.LEVEL);
            default -> "";
        };
        Candidate candidate = new Candidate(o.id().value(), score, o.kind(), c.authorPosition(), c.corresponding(),
                share, o.domesticJournal(), detail);
        landmarks[i] = insert(landmarks[i], candidate, LANDMARK_CANDIDATES);
    }

    private static double landmarkScore(ResearchCategory category, Output o) {
        double base = switch (o.kind()) {
            case PATENT -> 2 + ("INVENTION".equals(o.attribute(OutputAttribute.PATENT_TYPE)) ? 1.5 : 0)
                    + switch (o.attribute(OutputAttribute.PATENT_STATUS)) {
                        case "GRANTED" -> 1;
                        case "LICENSED" -> 2;
                        case "TRANSFERRED" -> 2.5;
                        default -> 0;
                    }
                    + ("true".equals(o.attribute(OutputAttribute.PCT)) ? 1 : 0);
            case TECH_TRANSFER -> 2 + 1.5 * StrictMath.log10(Math.max(1, Double.parseDouble(o.attribute(OutputAttribute.AMOUNT)) / 1e5));
            case STANDARD -> switch (o.attribute(OutputAttribute.STANDARD_LEVEL)) {
                case "NATIONAL" -> 3.5;
                case "INDUSTRY" -> 2.5;
                default -> 1.5;
            } + ("LEAD_DRAFTER".equals(o.attribute(OutputAttribute.ROLE)) ? 1 : 0);
            case SOFTWARE_COPYRIGHT -> 1;
            case PROJECT -> levelScore(o.attribute(OutputAttribute.LEVEL), 3, 2.5, 2, 1, 0.5)
                    + switch (o.attribute(OutputAttribute.ROLE)) {
                        case "PI" -> 1.5;
                        case "SUB_PROJECT_LEAD" -> 1;
                        default -> 0;
                    };
            case AWARD -> levelScore(o.attribute(OutputAttribute.LEVEL), 5, 3, 3, 1.5, 0.5)
                    - 0.2 * (Integer.parseInt(o.attribute(OutputAttribute.RANK)) - 1);
            case POLICY_REPORT -> levelScore(o.attribute(OutputAttribute.LEVEL), 4.5, 3.5, 3, 1.5, 0.5);
            case DATASET -> 2;
            case MONOGRAPH -> 2.5;
            case JOURNAL_PAPER -> 0.5 + 0.3 * StrictMath.log1p(o.citations() == null ? 0 : o.citations());
            default -> 0;
        };
        boolean preferred = switch (category) {
            case APPLIED -> switch (o.kind()) {
                case PATENT, TECH_TRANSFER, STANDARD, SOFTWARE_COPYRIGHT -> true;
                default -> false;
            };
            case PUBLIC_WELFARE -> switch (o.kind()) {
                case POLICY_REPORT, DATASET, STANDARD -> true;
                default -> false;
            };
            case NATIONAL_MAJOR_TASK -> switch (o.kind()) {
                case PROJECT, AWARD, PATENT -> true;
                default -> false;
            };
            case BASIC -> false;
        };
        return preferred ? base * 1.5 : base;
    }

    private static double levelScore(String level, double national, double ministerial, double provincial,
                                     double municipal, double institute) {
        return switch (level) {
            case "NATIONAL" -> national;
            case "MINISTERIAL" -> ministerial;
            case "PROVINCIAL" -> provincial;
            case "MUNICIPAL" -> municipal;
            default -> institute;
        };
    }

    /** Keeps the best {@code capacity} candidates, best first; an equal score does not displace an earlier one. */
    private static Candidate[] insert(Candidate[] top, Candidate candidate, int capacity) {
        if (top == null) {
            top = new Candidate[0];
        }
        if (top.length == capacity && candidate.score() <= top[capacity - 1].score()) {
            return top;
        }
        int at = top.length;
        while (at > 0 && top[at - 1].score() < candidate.score()) {
            at--;
        }
        int length = Math.min(capacity, top.length + 1);
        Candidate[] next = new Candidate[length];
        System.arraycopy(top, 0, next, 0, at);
        next[at] = candidate;
        System.arraycopy(top, at, next, at + 1, length - at - 1);
        return next;
    }

    /** The selections of every active researcher, in researcher order. */
    List<RepresentativeWork> build() {
        List<RepresentativeWork> works = new ArrayList<>();
        for (int i = 0; i < staff.n; i++) {
            if (!staff.active[i]) {
                continue;
            }
            SplittableRandom rng = Streams.forResearcher(spec.seed(), i, Streams.SELECTION);
            List<Candidate> chosen = staff.category[i] == ResearchCategory.BASIC.ordinal()
                    ? choosePapers(i, 3 + rng.nextInt(3))
                    : chooseLandmarks(i, 2 + rng.nextInt(2));
            int ordinal = 1;
            for (Candidate c : chosen) {
                works.add(new RepresentativeWork(0, new ResearcherId(staff.id[i]), new OutputId(c.outputId()), ordinal++,
                        contributionStatement(c), relevanceStatement(i, c)));
            }
            international[i] = null;
            domestic[i] = null;
            landmarks[i] = null;
        }
        return works;
    }

    private List<Candidate> choosePapers(int i, int wanted) {
        Candidate[] intl = international[i] == null ? new Candidate[0] : international[i];
        Candidate[] dom = domestic[i] == null ? new Candidate[0] : domestic[i];
        List<Candidate> chosen = new ArrayList<>(wanted);
        if (staff.ignoresDomesticQuota[i] && intl.length >= 2) {
            for (int k = 0; k < Math.min(wanted, intl.length); k++) {
                chosen.add(intl[k]);
            }
            return chosen;
        }
        int n = Math.min(wanted, intl.length + dom.length);
        int needDomestic = Math.min(dom.length, (n + 2) / 3);
        for (int k = 0; k < needDomestic; k++) {
            chosen.add(dom[k]);
        }
        int di = needDomestic;
        int ii = 0;
        while (chosen.size() < n) {
            boolean takeDomestic = ii >= intl.length || di < dom.length && dom[di].score() > intl[ii].score();
            chosen.add(takeDomestic ? dom[di++] : intl[ii++]);
        }
        chosen.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return chosen;
    }

    private List<Candidate> chooseLandmarks(int i, int wanted) {
        Candidate[] top = landmarks[i] == null ? new Candidate[0] : landmarks[i];
        List<Candidate> chosen = new ArrayList<>(wanted);
        for (int k = 0; k < Math.min(wanted, top.length); k++) {
            chosen.add(top[k]);
        }
        return chosen;
    }

    private static String contributionStatement(Candidate c) {
        int p = c.position();
        return switch (c.kind()) {
            case JOURNAL_PAPER, CONFERENCE_PAPER -> {
                if (p == 1 && c.corresponding()) {
                    yield "本人为第一作者兼通讯作者，提出研究思路和核心方法，完成主要实验与理论分析并撰写论文。";
                } else if (p == 1) {
                    yield "本人为第一作者，完成主要研究工作与论文撰写，贡献份额" + c.share() + "%。";
                } else if (c.corresponding()) {
                    yield "本人为通讯作者，负责研究总体设计与指导，凝练核心科学问题，组织完成论文修改与定稿。";
                } else {
                    yield "本人为第" + p + "作者，负责部分实验设计与数据分析，贡献份额" + c.share() + "%。";
                }
            }
            case PATENT -> p == 1 ? "本人为第一发明人，提出核心技术方案并完成主要验证工作。"
                    : "本人为第" + p + "发明人，参与技术方案设计与实施例验证，贡献份额" + c.share() + "%。";
            case STANDARD -> "LEAD_DRAFTER".equals(c.detail()) ? "本人为主要起草人，牵头组织标准技术内容的编制和验证试验。"
                    : "本人为第" + p + "起草人，负责部分技术指标的论证与试验验证。";
            case TECH_TRANSFER -> "本人为成果主要完成人，负责技术方案与成果转化对接，合同金额"
                    + Math.round(Double.parseDouble(c.detail()) / 10_000) + "万元，本人贡献份额" + c.share() + "%。";
            case PROJECT -> switch (c.detail()) {
                case "PI" -> "本人为项目负责人，负责总体方案设计、任务组织与关键技术攻关。";
                case "SUB_PROJECT_LEAD" -> "本人为课题负责人，负责课题任务分解与核心技术攻关。";
                default -> "本人为项目骨干，承担关键技术研究任务，贡献份额" + c.share() + "%。";
            };
            case AWARD -> "本人为获奖成果第" + p + "完成人，负责核心技术研发与工程验证。";
            case POLICY_REPORT -> p == 1 ? "本人为报告主要执笔人，负责调研、分析与对策建议撰写。"
                    : "本人参与调研与报告撰写，贡献份额" + c.share() + "%。";
            case DATASET -> "本人负责数据采集方案设计、质量控制与数据发布。";
            case MONOGRAPH -> p == 1 ? "本人为第一作者，撰写主要章节并统稿。" : "本人为第" + p + "作者，撰写部分章节。";
            case SOFTWARE_COPYRIGHT -> "本人为主要开发者，负责软件总体架构与核心算法实现。";
            default -> "本人为主要完成人。";
        };
    }

    private String relevanceStatement(int i, Candidate c) {
        Fields.Field field = Fields.ALL.get(staff.dept[i]);
        String tag = field.techTagZh(staff.primaryTechTag[i]);
        int category = staff.category[i];
        String closing = switch (category) {
            case 0 -> "代表了本人在该方向的原创性学术贡献。";
            case 1 -> "体现了本人在关键技术突破与成果转化方面的贡献。";
            case 2 -> "体现了本人在支撑服务与社会贡献方面的工作。";
            default -> "体现了本人对所承担国家重大任务目标的贡献。";
        };
        return "该成果围绕" + tag + "方向，与本人在" + field.nameZh() + "从事的" + CATEGORY_ZH[category] + "工作直接相关，" + closing;
    }
}
