package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Ranks the institute's people for an open competition (揭榜挂帅) and shows why.
 *
 * <h2>How a candidate is scored (0–100 with the default weights)</h2>
 * <ol>
 *   <li><b>Technologies.</b> The challenge's technologies (merged codes resolve to their target; retired or unknown
 *       ones are refused) plus, unless switched off, those whose terms appear in the title or text
 *       ({@link TagSuggester#suggestText}). Key phrases are taken from the text by {@link ChallengePhrases}.</li>
 *   <li><b>Relevance of an output</b> dated in the last {@code windowYears} up to the date: 1.0 when it is tagged with
 *       one of the technologies; else 0.6 when one is suggested for it and not rejected; or 0.2 per key phrase
 *       found in its title or keywords, at most 0.6 — whichever is highest.</li>
 *   <li><b>Evidence</b> of a person = Σ over relevant outputs crediting them of relevance × declared share / 100 ×
 *       kind weight (transfer 3; patent, standard, project 2; award 1.5; papers, books, software, data, reports 1;
 *       cultivation and service 0) × 1.5 when the output is one of the person's representative works.
 *       Evidence points = 60 × evidence ÷ the largest evidence among the people considered.</li>
 *   <li><b>Profile</b> points = 20 × (challenge technologies on the person's profile ÷ challenge technologies).</li>
 *   <li><b>Standing</b> points = 20 × percentile ÷ 100 in the latest round (or the preview); nothing without a
 *       rank — no standing is invented.</li>
 * </ol>
 * People considered are active, hired by the date, pass the filter and have some evidence or a matching profile.
 * Ties: more evidence first, then employee number. Conflicts are flagged, never scored: a panel member; a shared
 * output with a panel member, or a contract or grant whose partner or funder names the issuer, within
 * {@code conflictYears}; the same department as a panel member.
 *
 * <p>Stateless; deterministic (outputs and people are walked in id order).
 */
public final class CandidateFinder {
    /** Evidence outputs kept on a candidate (the strongest). */
    public static final int EVIDENCE_SHOWN = 10;

    private CandidateFinder() {
    }

    /**
     * @throws InvalidInputException {@code tech.challenge.empty} when neither technologies nor text are given;
     *                               {@code tech.unknown} / {@code tech.notActive} for a technology not on the list on
     *                               the date
     */
    public static Shortlist find(TechInput in, Challenge challenge, CandidateFilter filter, FinderOptions opt,
                                 TalentMapOptions mapOpt) {
        if (challenge.technologies().isEmpty() && challenge.text().isBlank() && challenge.title().isBlank()) {
            throw new InvalidInputException("tech.challenge.empty");
        }
        TechnologyList.View view = in.list().asOf(in.asOf());
        Set<String> techs = new LinkedHashSet<>();
        for (String code : challenge.technologies()) {
            Optional<String> resolved = view.resolve(code);
            if (resolved.isEmpty()) {
                if (view.find(code).isEmpty()) {
                    throw new InvalidInputException("tech.unknown", code);
                }
                throw new InvalidInputException("tech.notActive", code, in.asOf().toString());
            }
            techs.add(resolved.get());
        }
        String words = (challenge.title() + "\n" + challenge.text()).strip();
        List<TagSuggestion> fromText = opt.useTextTechnologies()
                ? new TagSuggester(view.active(), mapOpt.suggesterWeights()).suggestText(words) : List.of();
        fromText.forEach(s -> techs.add(s.code()));
        List<String> phrases = ChallengePhrases.extract(words);
        if (techs.isEmpty() && phrases.isEmpty()) {
            throw new InvalidInputException("tech.challenge.empty");
        }

        List<Technology> chosen = view.active().stream().filter(t -> techs.contains(t.code())).toList();
        TagSuggester suggester = new TagSuggester(chosen, mapOpt.suggesterWeights());
        PeopleIndex people = new PeopleIndex(in.researchers(), view, mapOpt);
        Map<ResearcherId, Set<OutputId>> representative = new HashMap<>();
        for (RepresentativeWork w : in.representativeWorks()) {
            representative.computeIfAbsent(w.researcherId(), k -> new HashSet<>()).add(w.outputId());
        }
        LocalDate asOf = in.asOf();
        LocalDate windowStart = asOf.minusYears(opt.windowYears());
        LocalDate conflictStart = asOf.minusYears(opt.conflictYears());

        List<Output> outputs = new ArrayList<>(in.outputs());
        outputs.sort(Comparator.comparingLong(o -> o.id().value()));
        Map<ResearcherId, List<EvidenceOutput>> evidence = new HashMap<>();
        Conflicts conflicts = new Conflicts(challenge, people);
        for (Output o : outputs) {
            if (o.date().isAfter(asOf)) {
                continue;
            }
            if (o.date().isAfter(conflictStart)) {
                conflicts.look(o);
            }
            if (!o.date().isAfter(windowStart) || opt.kindWeight(o.kind()) <= 0) {
                continue;
            }
            Relevance rel = relevance(o, view, techs, in, suggester, phrases, opt);
            if (rel == null) {
                continue;
            }
            for (Contribution c : o.contributors()) {
                if (!people.counts(c.researcherId())) {
                    continue;
                }
                boolean rep = representative.getOrDefault(c.researcherId(), Set.of()).contains(o.id());
                double points = rel.value * c.shareFraction() * opt.kindWeight(o.kind())
                        * (rep ? opt.representativeFactor() : 1.0);
                if (points <= 0) {
                    continue;
                }
                evidence.computeIfAbsent(c.researcherId(), k -> new ArrayList<>()).add(new EvidenceOutput(o.id(),
                        o.kind(), o.title(), o.date(), o.venue(), c.sharePercent(), c.authorPosition(),
                        c.corresponding(), rep, rel.basis, rel.matched, rel.value, points));
            }
        }

        record Draft(Researcher r, double raw, List<String> matched, List<EvidenceOutput> ev, List<Conflict> cf) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (Researcher r : people.considered) {
            if (!filter.categories().isEmpty() && !filter.categories().contains(r.category())) {
                continue;
            }
            if (filter.youngOnly() && !people.young.contains(r.id())) {
                continue;
            }
            if (!filter.departmentCode().isEmpty() && !filter.departmentCode().equals(people.department.get(r.id()))) {
                continue;
            }
            List<EvidenceOutput> ev = evidence.getOrDefault(r.id(), List.of());
            double raw = ev.stream().mapToDouble(EvidenceOutput::points).sum();
            List<String> matched = people.techsOf(r.id()).stream().filter(techs::contains).toList();
            if (raw <= 0 && matched.isEmpty()) {
                continue;
            }
            List<Conflict> cf = conflicts.of(r);
            if (filter.excludeConflicted() && !cf.isEmpty()) {
                continue;
            }
            drafts.add(new Draft(r, raw, matched, ev, cf));
        }
        double maxRaw = drafts.stream().mapToDouble(Draft::raw).max().orElse(0);

        List<Candidate> scored = new ArrayList<>();
        for (Draft d : drafts) {
            Researcher r = d.r();
            double evidencePoints = maxRaw > 0 ? opt.evidenceWeight() * d.raw() / maxRaw : 0;
            double tagPoints = techs.isEmpty() ? 0 : opt.tagWeight() * d.matched().size() / techs.size();
            Standing standing = in.standings().of(r.id());
            double standingPoints = standing != null && standing.ranked()
                    ? opt.standingWeight() * standing.percentile() / 100.0 : 0;
            List<EvidenceOutput> ev = new ArrayList<>(d.ev());
            ev.sort(Comparator.comparingDouble(EvidenceOutput::points).reversed()
                    .thenComparing(EvidenceOutput::date, Comparator.reverseOrder())
                    .thenComparingLong(e -> e.id().value()));
            scored.add(new Candidate(0, r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(),
                    people.department.get(r.id()), r.title(), r.category(), people.young.contains(r.id()),
                    people.leaders.contains(r.id()), evidencePoints + tagPoints + standingPoints, evidencePoints,
                    tagPoints, standingPoints, d.raw(), d.matched(), standing,
                    ev.subList(0, Math.min(EVIDENCE_SHOWN, ev.size())), ev.size(), d.cf()));
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::evidenceRaw).reversed())
                .thenComparing(Candidate::employeeNo));
        List<Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(opt.limit(), scored.size()); i++) {
            Candidate c = scored.get(i);
            ranked.add(new Candidate(i + 1, c.id(), c.employeeNo(), c.nameZh(), c.nameLatin(), c.departmentCode(),
                    c.title(), c.category(), c.young(), c.leader(), c.score(), c.evidencePoints(), c.tagPoints(),
                    c.standingPoints(), c.evidenceRaw(), c.matchedTechnologies(), c.standing(), c.evidence(),
                    c.evidenceCount(), c.conflicts()));
        }
        return new Shortlist(challenge, asOf, List.copyOf(techs), fromText, phrases, filter, opt,
                in.standings().header(), drafts.size(), ranked);
    }

    private record Relevance(double value, EvidenceOutput.Basis basis, List<String> matched) {
    }

    private static Relevance relevance(Output o, TechnologyList.View view, Set<String> techs, TechInput in,
                                       TagSuggester suggester, List<String> phrases, FinderOptions opt) {
        Relevance best = null;
        List<String> tagged = Attribution.confirmed(view, in.outputTags().get(o.id())).stream()
                .filter(techs::contains).toList();
        if (!tagged.isEmpty()) {
            best = new Relevance(opt.confirmedRelevance(), EvidenceOutput.Basis.TAGGED, tagged);
        } else if (opt.includeSuggested() && !techs.isEmpty()) {
            Set<String> no = in.rejected().getOrDefault(o.id(), Set.of());
            List<String> suggested = suggester.suggest(o).stream().map(TagSuggestion::code)
                    .filter(c -> !no.contains(c)).toList();
            if (!suggested.isEmpty()) {
                best = new Relevance(opt.suggestedRelevance(), EvidenceOutput.Basis.SUGGESTED, suggested);
            }
        }
        if (!phrases.isEmpty()) {
            String text = TermMatcher.normalise(o.title() + "\n" + o.attribute(OutputAttribute.KEYWORDS));
            List<String> found = phrases.stream().filter(p -> TermMatcher.contains(text, p)).toList();
            double value = Math.min(opt.maxTermRelevance(), opt.termRelevance() * found.size());
            if (!found.isEmpty() && (best == null || value > best.value)) {
                best = new Relevance(value, EvidenceOutput.Basis.PHRASES, found);
            }
        }
        return best;
    }

    /** Conflict checks over the outputs of the conflict window. */
    private static final class Conflicts {
        private final Map<ResearcherId, Researcher> reviewers = new LinkedHashMap<>();
        private final String issuer;
        private final PeopleIndex people;
        /** candidate → reviewer → most recent shared output. */
        private final Map<ResearcherId, Map<ResearcherId, Output>> coauthors = new HashMap<>();
        private final Map<ResearcherId, Output> issuerRelations = new HashMap<>();

        Conflicts(Challenge challenge, PeopleIndex people) {
            this.people = people;
            this.issuer = TermMatcher.normalise(challenge.issuer());
            Map<String, Researcher> byNo = new HashMap<>();
            people.all.values().forEach(r -> byNo.put(r.employeeNo(), r));
            for (String no : challenge.reviewers()) {
                Researcher r = byNo.get(no.strip());
                if (r == null) {
                    throw new InvalidInputException("tech.reviewer.unknown", no);
                }
                reviewers.put(r.id(), r);
            }
        }

        void look(Output o) {
            if (!reviewers.isEmpty()) {
                for (Contribution a : o.contributors()) {
                    if (!reviewers.containsKey(a.researcherId())) {
                        continue;
                    }
                    for (Contribution b : o.contributors()) {
                        if (!b.researcherId().equals(a.researcherId())) {
                            coauthors.computeIfAbsent(b.researcherId(), k -> new LinkedHashMap<>())
                                    .merge(a.researcherId(), o, (x, y) -> y.date().isAfter(x.date()) ? y : x);
                        }
                    }
                }
            }
            if (issuer.length() >= 2) {
                String partner = TermMatcher.normalise(o.attribute(OutputAttribute.PARTNER) + " "
                        + o.attribute(OutputAttribute.FUNDER)).strip();
                if (!partner.isEmpty() && partner.contains(issuer)) {
                    for (Contribution c : o.contributors()) {
                        issuerRelations.merge(c.researcherId(), o, (x, y) -> y.date().isAfter(x.date()) ? y : x);
                    }
                }
            }
        }

        List<Conflict> of(Researcher r) {
            List<Conflict> out = new ArrayList<>();
            if (reviewers.containsKey(r.id())) {
                out.add(Conflict.of(Conflict.Kind.IS_REVIEWER));
            }
            coauthors.getOrDefault(r.id(), Map.of()).forEach((rev, o) -> out.add(Conflict.of(Conflict.Kind.COAUTHOR,
                    reviewers.get(rev).nameZh(), o.title(), o.date())));
            String dept = people.department.get(r.id());
            for (Researcher rev : reviewers.values()) {
                if (!rev.id().equals(r.id()) && dept != null && !dept.isBlank()
                        && dept.equals(people.department.get(rev.id()))) {
                    out.add(Conflict.of(Conflict.Kind.SAME_DEPARTMENT, rev.nameZh(), dept));
                }
            }
            Output rel = issuerRelations.get(r.id());
            if (rel != null) {
                out.add(Conflict.of(Conflict.Kind.ISSUER_RELATION, issuerRaw(rel), rel.title(), rel.date()));
            }
            return out;
        }

        private static String issuerRaw(Output o) {
            String p = o.attribute(OutputAttribute.PARTNER);
            return p.isBlank() ? o.attribute(OutputAttribute.FUNDER) : p;
        }
    }
}
