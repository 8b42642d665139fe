package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Builds the {@link TalentMap}: for every technology active on the date, who works on it, what they produced
 * recently and where the institute is weak.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>People</b>: researchers who are active, hired on or before the date, and tagged with the technology
 *       (tags resolved through merges on the date). Listed by category, leading researchers first, then by
 *       standing (best percentile first), then employee number. Young talent by the {@code YoungTalentRule} of the
 *       options in the date's year; leading researcher = a title in {@code leaderTitles} or a talent tag in
 *       {@code leaderTalentTags}.</li>
 *   <li><b>Outputs</b>: as {@link Attribution} says (tags, and suggestions unless excluded), dated in the recent
 *       window (after the date minus N years, up to the date). Credit = Σ declared share / 100 over those outputs,
 *       per institute contributor.</li>
 *   <li><b>Landmarks</b>: recent attributed outputs that are patents granted, licensed or transferred, standards,
 *       technology transfers, or anybody's representative works; newest first.</li>
 *   <li><b>Gaps</b>: {@link GapFlag#NO_PEOPLE} nobody tagged; {@link GapFlag#NO_LEADER} no leading researcher
 *       among them; {@link GapFlag#NO_YOUNG} no young talent among them; {@link GapFlag#NO_RECENT_OUTPUT} no
 *       attributed output in the window; {@link GapFlag#SINGLE_PERSON} exactly one person tagged, or one
 *       contributor holding at least {@code concentrationShare} of the recent credit while two or more people are
 *       tagged.</li>
 *   <li><b>Heat map</b>: per technology and department (on the date), people tagged, of whom young, and their
 *       recent credit in the technology. Departments in the given order, then any other department code seen.</li>
 * </ul>
 * Stateless; a call works on its own data. Deterministic: researchers and outputs are walked in id order.
 */
public final class TalentMapBuilder {
    private static final Set<OutputKind> LANDMARK_KINDS = EnumSet.of(OutputKind.PATENT, OutputKind.STANDARD,
            OutputKind.TECH_TRANSFER);
    private static final Set<String> LANDMARK_PATENT_STATUS = Set.of("GRANTED", "LICENSED", "TRANSFERRED");

    private TalentMapBuilder() {
    }

    public static TalentMap build(TechInput in, TalentMapOptions opt) {
        TechnologyList.View view = in.list().asOf(in.asOf());
        TagSuggester suggester = new TagSuggester(view.active(), opt.suggesterWeights());
        PeopleIndex people = new PeopleIndex(in.researchers(), view, opt);
        List<Output> outputs = new ArrayList<>(in.outputs());
        outputs.sort(Comparator.comparingLong(o -> o.id().value()));
        Map<String, List<Attribution.Attributed>> attributed = Attribution.byTechnology(view, outputs,
                in.outputTags(), in.rejected(), suggester, opt.includeSuggested());
        Set<OutputId> representative = new HashSet<>();
        for (RepresentativeWork w : in.representativeWorks()) {
            representative.add(w.outputId());
        }
        LocalDate from = in.asOf().minusYears(opt.recentYears());

        List<String> deptCodes = new ArrayList<>();
        for (Department d : in.departments()) {
            deptCodes.add(d.code());
        }
        for (Researcher r : people.considered) {
            String d = people.department.get(r.id());
            if (!deptCodes.contains(d)) {
                deptCodes.add(d);
            }
        }
        Map<String, Integer> deptIndex = new HashMap<>();
        for (int i = 0; i < deptCodes.size(); i++) {
            deptIndex.put(deptCodes.get(i), i);
        }

        List<TechnologyEntry> entries = new ArrayList<>();
        List<List<HeatMap.Cell>> heat = new ArrayList<>();
        List<String> heatCodes = new ArrayList<>();
        for (Technology tech : view.active()) {
            List<Attribution.Attributed> recent = attributed.get(tech.code()).stream()
                    .filter(a -> a.output().date().isAfter(from))
                    .toList();
            Map<ResearcherId, Double> credit = new LinkedHashMap<>();
            Map<ResearcherId, Integer> count = new HashMap<>();
            int confirmed = 0;
            for (Attribution.Attributed a : recent) {
                if (a.confirmed()) {
                    confirmed++;
                }
                for (Contribution c : a.output().contributors()) {
                    credit.merge(c.researcherId(), c.shareFraction(), Double::sum);
                    count.merge(c.researcherId(), 1, Integer::sum);
                }
            }
            List<PersonEntry> list = new ArrayList<>();
            int[] deptPeople = new int[deptCodes.size()];
            int[] deptYoung = new int[deptCodes.size()];
            double[] deptCredit = new double[deptCodes.size()];
            for (Researcher r : people.considered) {
                String dept = people.department.get(r.id());
                int di = deptIndex.get(dept);
                deptCredit[di] += credit.getOrDefault(r.id(), 0.0);
                if (!people.techsOf(r.id()).contains(tech.code())) {
                    continue;
                }
                boolean young = people.young.contains(r.id());
                deptPeople[di]++;
                if (young) {
                    deptYoung[di]++;
                }
                list.add(new PersonEntry(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), dept, r.title(),
                        r.category(), young, people.leaders.contains(r.id()), in.standings().of(r.id()),
                        count.getOrDefault(r.id(), 0), credit.getOrDefault(r.id(), 0.0)));
            }
            list.sort(PERSON_ORDER);

            double total = 0;
            ResearcherId top = null;
            double topCredit = 0;
            for (Map.Entry<ResearcherId, Double> e : credit.entrySet()) {
                total += e.getValue();
                if (e.getValue() > topCredit + 1e-12
                        || (top != null && Math.abs(e.getValue() - topCredit) <= 1e-12
                        && e.getKey().value() < top.value())) {
                    top = e.getKey();
                    topCredit = e.getValue();
                }
            }
            double topShare = total > 0 ? topCredit / total : 0;
            String topName = top == null || people.all.get(top) == null ? "" : people.all.get(top).nameZh();

            List<LandmarkOutput> landmarks = new ArrayList<>();
            List<Attribution.Attributed> landmarkList = recent.stream()
                    .filter(a -> isLandmark(a.output(), representative))
                    .sorted(Comparator.comparing((Attribution.Attributed a) -> a.output().date()).reversed()
                            .thenComparingLong(a -> a.output().id().value()))
                    .toList();
            for (Attribution.Attributed a : landmarkList) {
                if (landmarks.size() >= opt.landmarkLimit()) {
                    break;
                }
                Output o = a.output();
                List<String> names = new ArrayList<>();
                o.contributors().stream().sorted(Comparator.comparingInt(Contribution::authorPosition))
                        .forEach(c -> {
                            Researcher r = people.all.get(c.researcherId());
                            if (r != null) {
                                names.add(r.nameZh());
                            }
                        });
                landmarks.add(new LandmarkOutput(o.id(), o.kind(), o.title(), o.date(), o.venue(), o.externalId(),
                        a.confirmed(), representative.contains(o.id()), names));
            }

            Set<GapFlag> gaps = EnumSet.noneOf(GapFlag.class);
            if (list.isEmpty()) {
                gaps.add(GapFlag.NO_PEOPLE);
            }
            if (list.stream().noneMatch(PersonEntry::leader)) {
                gaps.add(GapFlag.NO_LEADER);
            }
            if (list.stream().noneMatch(PersonEntry::young)) {
                gaps.add(GapFlag.NO_YOUNG);
            }
            if (recent.isEmpty()) {
                gaps.add(GapFlag.NO_RECENT_OUTPUT);
            }
            if (list.size() == 1 || (list.size() >= 2 && total > 0 && topShare >= opt.concentrationShare())) {
                gaps.add(GapFlag.SINGLE_PERSON);
            }
            entries.add(new TechnologyEntry(tech, list, landmarks, landmarkList.size(), recent.size(), confirmed,
                    topName, topShare, gaps));

            List<HeatMap.Cell> row = new ArrayList<>();
            for (int d = 0; d < deptCodes.size(); d++) {
                row.add(new HeatMap.Cell(deptPeople[d], deptYoung[d], deptCredit[d]));
            }
            heat.add(row);
            heatCodes.add(tech.code());
        }
        List<Department> departments = new ArrayList<>(in.departments());
        for (String code : deptCodes) {
            if (departments.stream().noneMatch(d -> d.code().equals(code))) {
                departments.add(new Department(code, code, code));
            }
        }
        return new TalentMap(in.asOf(), in.list().version(), opt, in.standings().header(), view.groupsInUse(),
                entries, departments, new HeatMap(heatCodes, deptCodes, heat));
    }

    /** Landmark: patent granted/licensed/transferred, standard, technology transfer, or a representative work. */
    static boolean isLandmark(Output o, Set<OutputId> representative) {
        if (representative.contains(o.id())) {
            return true;
        }
        if (!LANDMARK_KINDS.contains(o.kind())) {
            return false;
        }
        return o.kind() != OutputKind.PATENT || LANDMARK_PATENT_STATUS.contains(o.attribute(
                OutputAttribute.PATENT_STATUS));
    }

    static final Comparator<PersonEntry> PERSON_ORDER = Comparator
            .comparingInt((PersonEntry p) -> p.category().ordinal())
            .thenComparing(p -> !p.leader())
            .thenComparingDouble(p -> p.standing() != null && p.standing().ranked() ? -p.standing().percentile()
                    : Double.POSITIVE_INFINITY)
            .thenComparing(PersonEntry::employeeNo);
}
