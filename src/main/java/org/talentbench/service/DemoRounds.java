package org.talentbench.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.CheckIn;
import org.talentbench.core.round.Participant;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.round.Verification;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.Gate;
import org.talentbench.core.scheme.Indicator;
import org.talentbench.core.scheme.IndicatorKind;
import org.talentbench.core.scheme.Scheme;

/**
 * The evaluation history of the demo institute: two completed annual rounds (scored, verified, graded, final) and an
 * open one in Calibration with two snapshots, so that a new user sees history, trends and a live round. Every value
 * comes from the demo seed; the same spec always gives the same rounds (snapshot times aside).
 */
final class DemoRounds {
    static final String ACTOR = "演示数据";
    private static final String[] CHECK_IN_NOTES = {
        "按计划推进课题研究，已完成阶段性实验并形成两篇论文初稿。",
        "承担的重点研发子课题通过中期检查，指导研究生两名。",
        "完成新平台搭建，正在开展关键参数验证，下一年度计划投稿。",
        "参与国家任务攻关，负责模块已通过联调测试。",
        "围绕代表作方向深入研究，已提交一项发明专利申请。",
    };
    private static final String[] CORRECTIONS = {
        "补录一项授权发明专利（本人确认）。",
        "更正一篇论文的作者贡献比例（由 50% 改为 40%）。",
        "删除一项重复录入的项目。",
    };

    private DemoRounds() {
    }

    /** One round of the history: name, reference date, the stage it ends in, and how many scoring runs. */
    private record Plan(String name, LocalDate date, RoundStage endStage, int verifiedPercent) {
    }

    static void create(Transactions tx, long seed, DoubleConsumer progress) {
        RoundService rounds = RoundService.reusingOutputs(tx, ACTOR);
        List<Plan> plans = List.of(
                new Plan("2024年度科研人员评价", LocalDate.of(2024, 12, 31), RoundStage.FINAL, 100),
                new Plan("2025年度科研人员评价", LocalDate.of(2025, 12, 31), RoundStage.FINAL, 100),
                new Plan("2026年度科研人员评价", LocalDate.of(2026, 6, 30), RoundStage.CALIBRATION, 88));
        Map<ResearcherId, Double> talent = new HashMap<>();
        int step = 0;
        for (Plan plan : plans) {
            Random rnd = new Random(seed * 31 + plan.date().getYear());
            rounds.create(plan.name(), plan.date(), RoundScope.all());
            rounds.advance(plan.name(), "");
            List<Participant> ps = rounds.participants(plan.name());
            boolean open = plan.endStage() != RoundStage.FINAL;
            staffDecisions(rounds, plan, ps);
            ps = rounds.participants(plan.name());
            verify(tx, rounds, plan, ps, rnd);
            checkIns(tx, rounds, plan, ps, rnd);
            if (open) {
                rounds.advance(plan.name(), "");
                rounds.back(plan.name(), "两名人员补充核验数据后再进入同行评议。");
            }
            rounds.advance(plan.name(), "");
            rounds.putInputs(plan.name(), inputs(ps, talent, rnd, plan.date().getYear() == 2025));
            rounds.advance(plan.name(), "同行评议结果已汇总。");
            rounds.score(plan.name(), null, null);
            progress.accept(++step / (plans.size() + 1.0));
            rounds.advance(plan.name(), "");
            if (open) {
                rounds.putInputs(plan.name(), calibration(ps, rnd));
                rounds.score(plan.name(), null, null);
            } else {
                rounds.advance(plan.name(), "校准完成，建议等次已确认。");
                rounds.advance(plan.name(), "公示五个工作日无异议。");
            }
        }
        progress.accept(1.0);
    }

    private static void staffDecisions(RoundService rounds, Plan plan, List<Participant> ps) {
        if (plan.date().getYear() != 2025) {
            return;
        }
        ps.stream().filter(p -> p.participation() == Participation.NOT_DUE && p.decision().window() != null)
                .findFirst().ifPresent(p -> rounds.decide(plan.name(), p.researcherId(), true,
                        "本人申请提前参评，拟申报高级职称，经人事处批准。"));
        ps.stream().filter(p -> p.participation() == Participation.DUE_FULL).skip(3).findFirst()
                .ifPresent(p -> rounds.decide(plan.name(), p.researcherId(), false,
                        "长期病假，经批准暂缓至下一年度评价。"));
    }

    private static void verify(Transactions tx, RoundService rounds, Plan plan, List<Participant> ps, Random rnd) {
        List<Verification> list = new ArrayList<>();
        for (Participant p : ps) {
            if (!p.scored()) {
                continue;
            }
            int roll = rnd.nextInt(100);
            if (roll >= plan.verifiedPercent()) {
                continue;
            }
            boolean corrected = roll % 17 == 0;
            list.add(new Verification(p.researcherId(),
                    corrected ? Verification.Status.CORRECTED : Verification.Status.CONFIRMED,
                    corrected ? CORRECTIONS[rnd.nextInt(CORRECTIONS.length)] : "本人已确认。", ACTOR,
                    plan.date().atStartOfDay().plusDays(-20)));
        }
        long roundId = rounds.round(plan.name()).id();
        tx.inTransaction(repos -> {
            repos.rounds().putVerifications(roundId, list);
            return null;
        });
    }

    /** The check-ins of a round, written in one transaction (one per person cost a transaction each). */
    private static void checkIns(Transactions tx, RoundService rounds, Plan plan, List<Participant> ps, Random rnd) {
        List<CheckIn> list = new ArrayList<>();
        for (Participant p : ps) {
            if (p.participation() == Participation.CHECK_IN_ONLY && rnd.nextInt(10) < 8) {
                list.add(new CheckIn(p.researcherId(), CHECK_IN_NOTES[rnd.nextInt(CHECK_IN_NOTES.length)], ACTOR,
                        LocalDateTime.now().withNano(0)));
            }
        }
        long roundId = rounds.round(plan.name()).id();
        tx.inTransaction(repos -> {
            repos.rounds().putCheckIns(roundId, list);
            return null;
        });
    }

    /** Peer-review scores around a lasting per-person level, expert inputs, and passed gates (one failure in 2025). */
    private static Map<ResearcherId, Map<String, Double>> inputs(List<Participant> ps, Map<ResearcherId, Double> talent,
                                                              Random rnd, boolean oneGateFailure) {
        List<String> manual = new ArrayList<>();
        List<String> gates = new ArrayList<>();
        for (Scheme s : DefaultSchemes.all().values()) {
            for (Dimension d : s.dimensions()) {
                for (Indicator i : d.indicators()) {
                    if (i.kind() == IndicatorKind.MANUAL && !manual.contains(i.code())) {
                        manual.add(i.code());
                    }
                }
            }
            for (Gate g : s.gates()) {
                if (g.kind() == org.talentbench.core.scheme.GateKind.MANUAL && !gates.contains(g.code())) {
                    gates.add(g.code());
                }
            }
        }
        Map<ResearcherId, Map<String, Double>> out = new HashMap<>();
        boolean failed = !oneGateFailure;
        for (Participant p : ps) {
            if (!p.scored()) {
                continue;
            }
            double level = talent.computeIfAbsent(p.researcherId(), k -> clamp(76 + rnd.nextGaussian() * 8));
            Map<String, Double> m = new TreeMap<>();
            m.put(InstituteLoader.PEER_REVIEW, round1(clamp(level + rnd.nextGaussian() * 3)));
            for (String code : manual) {
                m.put(code, round1(clamp(level + rnd.nextGaussian() * 6)));
            }
            for (String g : gates) {
                m.put(g, 1.0);
            }
            if (!failed && level < 70) {
                m.put(gates.get(gates.size() - 1), 0.0);
                failed = true;
            }
            out.put(p.researcherId(), m);
        }
        return out;
    }

    /** The committee revises a few peer-review scores during calibration. */
    private static Map<ResearcherId, Map<String, Double>> calibration(List<Participant> ps, Random rnd) {
        Map<ResearcherId, Map<String, Double>> out = new HashMap<>();
        List<Participant> scored = ps.stream().filter(Participant::scored).toList();
        for (int i = 0; i < Math.min(4, scored.size()); i++) {
            Participant p = scored.get(rnd.nextInt(scored.size()));
            out.put(p.researcherId(), Map.of(InstituteLoader.PEER_REVIEW, round1(clamp(70 + rnd.nextGaussian() * 12))));
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(40, Math.min(98, v));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
