package org.talentbench.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.talentbench.core.repo.ChangeLogRepository;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Turns two versions of a record into the field changes the change log keeps. Field names are the record components
 * ({@code nameZh}, {@code birthDate} …), {@code attributes.<key>} for output attributes, and {@code works[n].<part>}
 * (1-based position, prefixed {@code round <id> } outside the standing selection) for representative works. A new
 * record logs each non-empty field with a {@code null} old value. Lists (career breaks, history, tags, contributors) are
 * logged as one readable text each. Stateless and thread-safe.
 */
public final class ChangeDiff {
    private ChangeDiff() {
    }

    /** Changes from {@code before} (null for a new profile) to {@code after}; {@code after} carries the stored id. */
    public static List<FieldChange> researcher(Researcher before, Researcher after) {
        List<FieldChange> out = new ArrayList<>();
        long id = after.id().value();
        Map<String, String> a = researcherFields(after);
        Map<String, String> b = before == null ? Map.of() : researcherFields(before);
        a.forEach((field, value) -> {
            String old = before == null ? null : b.get(field);
            if (before == null ? !value.isEmpty() : !Objects.equals(old, value)) {
                out.add(new FieldChange(ChangeLogRepository.RESEARCHER, id, field, old, value));
            }
        });
        return out;
    }

    /**
     * Changes of an output; {@code after} null means it was deleted. {@code names} renders a contributor (e.g. employee
     * number and name) so that the history stays readable after people leave.
     */
    public static List<FieldChange> output(Output before, Output after, Function<ResearcherId, String> names) {
        List<FieldChange> out = new ArrayList<>();
        if (after == null) {
            out.add(new FieldChange(ChangeLogRepository.OUTPUT, before.id().value(), "deleted", before.title(), null));
            return out;
        }
        long id = after.id().value();
        Map<String, String> a = outputFields(after, names);
        Map<String, String> b = before == null ? Map.of() : outputFields(before, names);
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String field : order(keys, a)) {
            String now = a.get(field);
            String old = b.get(field);
            if (before == null ? now != null && !now.isEmpty() : !Objects.equals(blankToNull(old), blankToNull(now))) {
                out.add(new FieldChange(ChangeLogRepository.OUTPUT, id, field, before == null ? null : old, now));
            }
        }
        return out;
    }

    /**
     * Changes of one researcher's selection for one round, position by position. {@code titles} renders an output
     * (id and title) so that the log names the work, not only its number.
     */
    public static List<FieldChange> representativeWorks(ResearcherId researcher, long roundId,
                                                        List<RepresentativeWork> before,
                                                        List<RepresentativeWork> after,
                                                        Function<RepresentativeWork, String> titles) {
        List<FieldChange> out = new ArrayList<>();
        String prefix = roundId == 0 ? "" : "round " + roundId + " ";
        int n = Math.max(before.size(), after.size());
        for (int i = 0; i < n; i++) {
            RepresentativeWork b = i < before.size() ? before.get(i) : null;
            RepresentativeWork a = i < after.size() ? after.get(i) : null;
            String at = prefix + "works[" + (i + 1) + "].";
            String bo = b == null ? null : titles.apply(b);
            String ao = a == null ? null : titles.apply(a);
            if (!Objects.equals(bo, ao)) {
                out.add(new FieldChange(ChangeLogRepository.REPRESENTATIVE_WORK, researcher.value(), at + "output",
                        bo, ao));
            }
            String bc = b == null ? null : b.contributionStatement();
            String ac = a == null ? null : a.contributionStatement();
            if (!Objects.equals(bc, ac)) {
                out.add(new FieldChange(ChangeLogRepository.REPRESENTATIVE_WORK, researcher.value(),
                        at + "contributionStatement", bc, ac));
            }
            String br = b == null ? null : b.relevanceStatement();
            String ar = a == null ? null : a.relevanceStatement();
            if (!Objects.equals(br, ar)) {
                out.add(new FieldChange(ChangeLogRepository.REPRESENTATIVE_WORK, researcher.value(),
                        at + "relevanceStatement", br, ar));
            }
        }
        return out;
    }

    private static List<String> order(TreeSet<String> keys, Map<String, String> natural) {
        List<String> ordered = new ArrayList<>();
        for (String k : natural.keySet()) {
            if (!k.startsWith("attributes.")) {
                ordered.add(k);
            }
        }
        for (String k : keys) {
            if (!ordered.contains(k)) {
                ordered.add(k);
            }
        }
        return ordered;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static Map<String, String> researcherFields(Researcher r) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("employeeNo", r.employeeNo());
        m.put("nameZh", r.nameZh());
        m.put("nameLatin", r.nameLatin());
        m.put("gender", r.gender().name());
        m.put("birthDate", text(r.birthDate()));
        m.put("degree", r.degree().name());
        m.put("degreeDate", text(r.degreeDate()));
        m.put("hireDate", text(r.hireDate()));
        m.put("departmentCode", r.departmentCode());
        m.put("title", r.title());
        m.put("discipline", r.discipline());
        m.put("category", r.category().name());
        m.put("talentTags", String.join("; ", new TreeSet<>(r.talentTags())));
        m.put("orcid", r.orcid());
        m.put("email", r.email());
        m.put("phone", r.phone());
        m.put("techTags", String.join("; ", new TreeSet<>(r.techTags())));
        m.put("status", r.status().name());
        List<String> breaks = new ArrayList<>();
        for (CareerBreak b : r.breaks()) {
            breaks.add(b.kind().name() + " " + b.start() + "/" + b.end() + (b.note().isEmpty() ? "" : " " + b.note()));
        }
        m.put("breaks", String.join("; ", breaks));
        List<String> history = new ArrayList<>();
        for (Assignment a : r.history()) {
            history.add(a.validFrom() + " " + a.category().name() + " " + a.departmentCode());
        }
        m.put("history", String.join("; ", history));
        return m;
    }

    static Map<String, String> outputFields(Output o, Function<ResearcherId, String> names) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("kind", o.kind().name());
        m.put("title", o.title());
        m.put("date", text(o.date()));
        m.put("venue", o.venue());
        m.put("doi", o.doi());
        m.put("externalId", o.externalId());
        m.put("domesticJournal", Boolean.toString(o.domesticJournal()));
        m.put("citations", text(o.citations()));
        m.put("citationSource", o.citationSource());
        m.put("citationAsOf", text(o.citationAsOf()));
        m.put("fieldNormalisedImpact", text(o.fieldNormalisedImpact()));
        List<String> credits = new ArrayList<>();
        for (Contribution c : o.contributors()) {
            credits.add(names.apply(c.researcherId()) + " " + trim(c.sharePercent()) + "%"
                    + (c.authorPosition() > 0 ? " #" + c.authorPosition() : "") + (c.corresponding() ? " *" : ""));
        }
        m.put("contributors", String.join("; ", credits));
        new TreeMap<>(o.attributes()).forEach((k, v) -> m.put("attributes." + k, v));
        return m;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
