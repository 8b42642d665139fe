package org.talentbench.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.exchange.sheet.ContributorRef;

/**
 * What {@link ImportAction#UPDATE} and {@link ImportAction#MERGE} make of a stored record and an incoming row.
 *
 * <p>Update: the incoming fields win; the stored id and version are kept (so a concurrent edit is detected). A
 * researcher's career breaks and category history are replaced only when the incoming row has some (a CSV file or a
 * workbook without those sheets says nothing about them). A sheet's contributors replace the stored ones; a
 * scholarly record's are added to them.
 *
 * <p>Merge: what is stored wins; empty fields are filled from the incoming row; tags, breaks, history, attributes and
 * contributors are united; a newer citation snapshot replaces an older one. Contributors added to a stored output
 * get at most the share the stored ones leave free (scaled down when needed), so the shares never exceed 100.
 */
final class Merging {
    private Merging() {
    }

    // ------------------------------------------------------------------ researchers

    static boolean sameResearcher(Researcher a, Researcher b) {
        return normalised(a).equals(normalised(b));
    }

    private static Researcher normalised(Researcher r) {
        List<CareerBreak> breaks = r.breaks().stream().map(b -> new CareerBreak(0, b.kind(), b.start(), b.end(),
                b.note())).sorted(Comparator.comparing(CareerBreak::start).thenComparing(b -> b.kind().name())).toList();
        List<Assignment> history = r.history().stream().sorted(Comparator.comparing(Assignment::validFrom)).toList();
        return r.withId(ResearcherId.NEW).withVersion(0).withBreaksAndHistory(breaks, history);
    }

    static Researcher update(Researcher existing, Researcher incoming) {
        List<CareerBreak> breaks = incoming.breaks().isEmpty() ? existing.breaks() : incoming.breaks();
        List<Assignment> history = incoming.history().isEmpty() ? existing.history() : incoming.history();
        return incoming.withId(existing.id()).withVersion(existing.version()).withBreaksAndHistory(breaks, history);
    }

    static Researcher merge(Researcher e, Researcher in) {
        Set<String> talent = new LinkedHashSet<>(e.talentTags());
        talent.addAll(in.talentTags());
        Set<String> tech = new LinkedHashSet<>(e.techTags());
        tech.addAll(in.techTags());
        Map<String, CareerBreak> breaks = new LinkedHashMap<>();
        for (CareerBreak b : e.breaks()) {
            breaks.put(b.kind() + " " + b.start() + " " + b.end(), b);
        }
        for (CareerBreak b : in.breaks()) {
            breaks.putIfAbsent(b.kind() + " " + b.start() + " " + b.end(), b);
        }
        Map<Object, Assignment> history = new TreeMap<>();
        for (Assignment a : e.history()) {
            history.put(a.validFrom(), a);
        }
        for (Assignment a : in.history()) {
            history.putIfAbsent(a.validFrom(), a);
        }
        List<CareerBreak> mergedBreaks = new ArrayList<>(breaks.values());
        mergedBreaks.sort(Comparator.comparing(CareerBreak::start));
        return new Researcher(e.id(), e.employeeNo(), e.nameZh(), fill(e.nameLatin(), in.nameLatin()),
                e.gender() == Gender.UNSPECIFIED ? in.gender() : e.gender(), fill(e.birthDate(), in.birthDate()),
                e.degree() == Degree.OTHER ? in.degree() : e.degree(), fill(e.degreeDate(), in.degreeDate()),
                fill(e.hireDate(), in.hireDate()), fill(e.departmentCode(), in.departmentCode()),
                fill(e.title(), in.title()), fill(e.discipline(), in.discipline()), e.category(), talent,
                fill(e.orcid(), in.orcid()), fill(e.email(), in.email()), fill(e.phone(), in.phone()), tech,
                e.status(), mergedBreaks, new ArrayList<>(history.values()), e.version());
    }

    // ------------------------------------------------------------------ outputs

    /** The output with its contributions resolved by employee number; null when a number does not resolve. */
    static Output resolve(Output output, List<ContributorRef> refs,
                          Function<String, Optional<ResearcherId>> byEmployeeNo) {
        List<Contribution> list = new ArrayList<>(refs.size());
        for (ContributorRef c : refs) {
            Optional<ResearcherId> id = byEmployeeNo.apply(c.employeeNo());
            if (id.isEmpty()) {
                return null;
            }
            list.add(new Contribution(id.get(), c.authorPosition(), c.corresponding(), c.sharePercent()));
        }
        return output.withContributors(list);
    }

    static boolean sameOutput(Output a, Output b) {
        return normalised(a).equals(normalised(b))
                && new HashSet<>(a.contributors()).equals(new HashSet<>(b.contributors()));
    }

    private static Output normalised(Output o) {
        return o.withId(org.talentbench.core.researcher.OutputId.NEW).withVersion(0).withContributors(List.of());
    }

    /**
     * @param incoming resolved; null when its contributors could not be resolved (preview only): the stored
     *                 contributors are kept
     */
    static Output update(Output existing, Output incoming, boolean scholarly) {
        if (incoming == null) {
            return existing;
        }
        List<Contribution> contributors = scholarly ? unite(existing.contributors(), incoming.contributors())
                : incoming.contributors();
        Map<String, String> attributes = incoming.attributes();
        if (scholarly) {
            Map<String, String> united = new LinkedHashMap<>(existing.attributes());
            united.putAll(incoming.attributes());
            attributes = united;
        }
        return new Output(existing.id(), incoming.kind(), incoming.title(), incoming.date(), incoming.venue(),
                incoming.doi(), incoming.externalId(), incoming.domesticJournal(), incoming.citations(),
                incoming.citationSource(), incoming.citationAsOf(), incoming.fieldNormalisedImpact(), attributes,
                contributors, existing.version());
    }

    static Output merge(Output e, Output in) {
        if (in == null) {
            return e;
        }
        Map<String, String> attributes = new LinkedHashMap<>(in.attributes());
        attributes.putAll(e.attributes());
        boolean newerCitations = in.citations() != null && (e.citations() == null
                || (in.citationAsOf() != null && (e.citationAsOf() == null || in.citationAsOf().isAfter(e.citationAsOf()))));
        return new Output(e.id(), e.kind(), e.title(), e.date(), fill(e.venue(), in.venue()), fill(e.doi(), in.doi()),
                fill(e.externalId(), in.externalId()), e.domesticJournal() || in.domesticJournal(),
                newerCitations ? in.citations() : e.citations(),
                newerCitations ? in.citationSource() : e.citationSource(),
                newerCitations ? in.citationAsOf() : e.citationAsOf(),
                e.fieldNormalisedImpact() != null ? e.fieldNormalisedImpact() : in.fieldNormalisedImpact(),
                attributes, unite(e.contributors(), in.contributors()), e.version());
    }

    /** The stored contributors plus the new ones, whose shares are scaled into what the stored ones leave free. */
    static List<Contribution> unite(List<Contribution> stored, List<Contribution> added) {
        Set<ResearcherId> present = new HashSet<>();
        double used = 0;
        for (Contribution c : stored) {
            present.add(c.researcherId());
            used += c.sharePercent();
        }
        List<Contribution> fresh = added.stream().filter(c -> !present.contains(c.researcherId())).toList();
        if (fresh.isEmpty()) {
            return stored;
        }
        double wanted = fresh.stream().mapToDouble(Contribution::sharePercent).sum();
        double free = Math.floor((100.0 - used) * 100) / 100.0;
        if (free < 0.01) {
            return stored;
        }
        double scale = wanted > free ? free / wanted : 1.0;
        List<Contribution> out = new ArrayList<>(stored);
        for (Contribution c : fresh) {
            double share = scale == 1.0 ? c.sharePercent() : Math.floor(c.sharePercent() * scale * 100) / 100.0;
            if (share >= 0.01) {
                out.add(new Contribution(c.researcherId(), c.authorPosition(), c.corresponding(), share));
            }
        }
        return out;
    }

    private static String fill(String stored, String incoming) {
        return stored == null || stored.isEmpty() ? incoming : stored;
    }

    private static <T> T fill(T stored, T incoming) {
        return stored != null ? stored : incoming;
    }
}
