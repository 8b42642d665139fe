package org.talentbench.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleSettings;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.TechnologyRepository;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.tech.CandidateFilter;
import org.talentbench.core.tech.CandidateFinder;
import org.talentbench.core.tech.Challenge;
import org.talentbench.core.tech.DefaultTechnologies;
import org.talentbench.core.tech.FinderOptions;
import org.talentbench.core.tech.OutputTag;
import org.talentbench.core.tech.PendingSuggestion;
import org.talentbench.core.tech.Shortlist;
import org.talentbench.core.tech.Standings;
import org.talentbench.core.tech.Suggestions;
import org.talentbench.core.tech.TagDecision;
import org.talentbench.core.tech.TagSource;
import org.talentbench.core.tech.TagSubject;
import org.talentbench.core.tech.TagSuggester;
import org.talentbench.core.tech.TagVerdict;
import org.talentbench.core.tech.TalentMap;
import org.talentbench.core.tech.TalentMapBuilder;
import org.talentbench.core.tech.TalentMapOptions;
import org.talentbench.core.tech.TechEvent;
import org.talentbench.core.tech.TechInput;
import org.talentbench.core.tech.TechnologyGroup;
import org.talentbench.core.tech.TechnologyList;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/**
 * Use cases of the key core technologies (关键核心技术), shared by the GUI and the CLI: the list and its dated
 * changes, tags on outputs and profiles with suggestions a person accepts or rejects, the talent map and the
 * candidate finder for open calls (揭榜挂帅).
 *
 * <p>The first read of an institute without a list stores the default list ({@link DefaultTechnologies}). Each call
 * is one transaction; computations run outside it on the data read.
 *
 * <p>Acts for its {@link Session} (decision 0090): changing the list, tags and suggestions needs
 * {@link Permission#EDIT_PROFILES}; reads need {@link Permission#VIEW}, and the map, the finder and the suggestions
 * are computed over the people the principal may see (everyone for the administrator). Thread-safe (no mutable
 * state besides the injected collaborators, which are).
 */
public final class TechnologyService {
    /** Who records changes when the caller names nobody. */
    public static final String DEFAULT_ACTOR = "TalentBench";

    private final Transactions tx;
    private final String actor;
    private final Clock clock;
    private final StandingsSource standings;
    private final Session session;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public TechnologyService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public TechnologyService(Transactions tx, Session session) {
        this(tx, System.getProperty("user.name", DEFAULT_ACTOR), Clock.systemDefaultZone(), StandingsSource.preview(),
                session);
    }

    public TechnologyService(Transactions tx, String actor, Clock clock, StandingsSource standings) {
        this(tx, actor, clock, standings, Session.unattended(tx));
    }

    public TechnologyService(Transactions tx, String actor, Clock clock, StandingsSource standings,
                             Session session) {
        this.tx = tx;
        this.actor = actor == null || actor.isBlank() ? DEFAULT_ACTOR : actor;
        this.clock = clock;
        this.standings = standings;
        this.session = session;
    }

    /** Whether the session may change tags and the list (screens grey out their actions otherwise). */
    public boolean mayEdit() {
        return session.allows(Permission.EDIT_PROFILES);
    }

    /** Who records a change: the signed-in account's login, else the actor. */
    private String actor() {
        return session.principal().map(Principal::login).orElse(actor);
    }

    private static List<Researcher> visibleResearchers(Visibility v, List<Researcher> all) {
        return v.everyone() ? all : all.stream().filter(r -> v.seesPerson(r.id())).toList();
    }

    private static List<Output> visibleOutputs(Visibility v, List<Output> all) {
        return v.everyone() ? all : all.stream()
                .filter(o -> o.contributors().stream().anyMatch(c -> v.seesPerson(c.researcherId()))).toList();
    }

    /** Today by the service's clock: the default date of the map and the finder. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- the list

    /** The institute's technology list with its history (the default list is stored on first use). */
    public TechnologyList list() {
        session.require(Permission.VIEW);
        return tx.inTransaction(this::listIn);
    }

    private TechnologyList listIn(Repositories repos) {
        TechnologyRepository t = repos.technologies();
        if (t.countEvents() == 0) {
            LocalDateTime now = LocalDateTime.now(clock);
            if (t.groups().isEmpty()) {
                DefaultTechnologies.groups().forEach(t::saveGroup);
            }
            for (TechEvent e : DefaultTechnologies.events()) {
                t.insertEvent(e.recorded(now, DEFAULT_ACTOR));
            }
            DefaultTechnologies.terms().forEach(t::saveTerms);
        }
        return TechnologyList.of(t.groups(), t.events(), t.terms());
    }

    /**
     * Records a dated change after checking it against the list.
     *
     * @throws InvalidInputException see {@link TechnologyList#with}
     */
    public TechnologyList record(TechEvent event) {
        session.require(Permission.EDIT_PROFILES);
        return tx.inTransaction(repos -> {
            TechnologyList list = listIn(repos);
            TechEvent e = event.recorded(LocalDateTime.now(clock), actor());
            list.with(e);
            repos.technologies().insertEvent(e);
            if (e.kind() == org.talentbench.core.tech.TechEventKind.ADD && list.terms(e.code()).isEmpty()) {
                List<String> seed = new ArrayList<>();
                seed.add(e.nameZh());
                if (!e.nameEn().isBlank()) {
                    seed.add(e.nameEn());
                }
                repos.technologies().saveTerms(e.code(), seed);
            }
            return TechnologyList.of(repos.technologies().groups(), repos.technologies().events(),
                    repos.technologies().terms());
        });
    }

    /** Replaces the matching terms of a technology (blank lines dropped). */
    public TechnologyList setTerms(String code, List<String> terms) {
        session.require(Permission.EDIT_PROFILES);
        return tx.inTransaction(repos -> {
            TechnologyList list = listIn(repos);
            if (!list.knows(code)) {
                throw new InvalidInputException("tech.unknown", code);
            }
            repos.technologies().saveTerms(code, terms.stream().map(String::strip).filter(s -> !s.isEmpty())
                    .distinct().toList());
            return listIn(repos);
        });
    }

    /** Adds a group or renames one. */
    public TechnologyList saveGroup(TechnologyGroup group) {
        session.require(Permission.EDIT_PROFILES);
        return tx.inTransaction(repos -> {
            listIn(repos);
            if (!group.code().matches("[a-z0-9][a-z0-9-]{1,59}")) {
                throw new InvalidInputException("tech.code.invalid", group.code());
            }
            if (group.nameZh().isBlank()) {
                throw new InvalidInputException("tech.name.blank", group.code());
            }
            repos.technologies().saveGroup(group);
            return listIn(repos);
        });
    }

    // ---------------------------------------------------------------- reading the institute

    /** Everything the map and the finder read, in one transaction, with the standings of the date. */
    public TechInput input(LocalDate asOf) {
        return input(asOf, true);
    }

    /** As {@link #input(LocalDate)}; without standings when {@code withStandings} is false. */
    public TechInput input(LocalDate asOf, boolean withStandings) {
        // a read, so that building a map does not count as a write for the live standings (the first use seeds the
        // default list, which the standings do not depend on)
        TechInput data = tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            TechnologyList list = listIn(repos);
            Map<OutputId, Set<String>> rejected = new HashMap<>();
            for (TagDecision d : repos.technologies().decisions()) {
                if (d.subject() == TagSubject.OUTPUT && d.verdict() == TagVerdict.REJECTED) {
                    rejected.computeIfAbsent(new OutputId(d.subjectId()), k -> new TreeSet<>()).add(d.code());
                }
            }
            List<Researcher> people = visibleResearchers(visible, repos.researchers().findAll());
            return new TechInput(list, asOf, people, visibleOutputs(visible, repos.outputs().findAll()),
                    visible.everyone() ? repos.representativeWorks().findAll()
                            : repos.representativeWorks().findAll().stream()
                            .filter(w -> visible.seesPerson(w.researcherId())).toList(),
                    repos.departments().findAll(),
                    repos.technologies().outputTags(), rejected, Standings.none());
        });
        Standings s = withStandings ? standings.standings(tx, asOf) : Standings.none();
        return new TechInput(data.list(), asOf, data.researchers(), data.outputs(), data.representativeWorks(),
                data.departments(), data.outputTags(), data.rejected(), s);
    }

    /** The talent map on {@code asOf}. */
    public TalentMap map(LocalDate asOf, TalentMapOptions options) {
        return map(asOf, options, true);
    }

    /**
     * The talent map on {@code asOf}, with or without standings. Who counts as young talent follows the institute's
     * rule as configured in Settings ({@link CycleSettings}), whatever cycle rules {@code options} carry.
     */
    public TalentMap map(LocalDate asOf, TalentMapOptions options, boolean withStandings) {
        return TalentMapBuilder.build(input(asOf, withStandings), options.withCycleRules(configuredCycles()));
    }

    private CycleRules configuredCycles() {
        return CycleSettings.rules(tx.read(repos -> repos.settings().all()));
    }

    /** The ranked candidates for an open call on {@code asOf}. */
    public Shortlist candidates(Challenge challenge, CandidateFilter filter, FinderOptions options, LocalDate asOf) {
        return candidates(challenge, filter, options, asOf, true);
    }

    /** The ranked candidates, with or without standings in the score. */
    public Shortlist candidates(Challenge challenge, CandidateFilter filter, FinderOptions options, LocalDate asOf,
                                boolean withStandings) {
        return CandidateFinder.find(input(asOf, withStandings), challenge, filter, options,
                TalentMapOptions.defaults().withCycleRules(configuredCycles()));
    }

    /** The institute's departments, for filters. */
    public List<org.talentbench.core.researcher.Department> departments() {
        session.require(Permission.VIEW);
        return tx.read(repos -> repos.departments().findAll());
    }

    /** "姓名（工号）" of every researcher, by id, for lists of suggestions. */
    public Map<ResearcherId, String> researcherLabels() {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            Map<ResearcherId, String> m = new HashMap<>();
            visibleResearchers(visible, repos.researchers().findAll())
                    .forEach(r -> m.put(r.id(), r.nameZh() + "（" + r.employeeNo() + "）"));
            return m;
        });
    }

    // ---------------------------------------------------------------- tags and suggestions

    /**
     * Output suggestions waiting for a decision, best first.
     *
     * @param code  one technology, or null for all
     * @param limit at most this many
     */
    public List<PendingSuggestion> pendingOutputSuggestions(String code, int limit) {
        TechInput in = inputWithoutStandings();
        TechnologyList.View view = in.list().asOf(today());
        TagSuggester suggester = new TagSuggester(view.active(), TalentMapOptions.defaults().suggesterWeights());
        List<PendingSuggestion> all = Suggestions.forOutputs(view, in.outputs(), in.outputTags(), in.rejected(),
                suggester, code == null ? null : Set.of(code));
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** Profile suggestions waiting for a decision, most supporting outputs first. */
    public List<PendingSuggestion> pendingResearcherSuggestions(String code, int limit) {
        TechInput in = inputWithoutStandings();
        Map<ResearcherId, Set<String>> rejectedForPeople = tx.read(repos -> {
            Map<ResearcherId, Set<String>> m = new HashMap<>();
            for (TagDecision d : repos.technologies().decisions()) {
                if (d.subject() == TagSubject.RESEARCHER && d.verdict() == TagVerdict.REJECTED) {
                    m.computeIfAbsent(new ResearcherId(d.subjectId()), k -> new TreeSet<>()).add(d.code());
                }
            }
            return m;
        });
        TechnologyList.View view = in.list().asOf(today());
        TagSuggester suggester = new TagSuggester(view.active(), TalentMapOptions.defaults().suggesterWeights());
        List<Researcher> active = in.researchers().stream()
                .filter(r -> r.status() == org.talentbench.core.researcher.EmploymentStatus.ACTIVE).toList();
        List<PendingSuggestion> all = Suggestions.forResearchers(view, active, in.outputs(), in.outputTags(),
                in.rejected(), rejectedForPeople, suggester, Suggestions.MIN_OUTPUTS,
                code == null ? null : Set.of(code));
        return all.subList(0, Math.min(limit, all.size()));
    }

    private TechInput inputWithoutStandings() {
        return tx.inTransaction(repos -> {
            Visibility visible = session.visibility(repos);
            TechnologyList list = listIn(repos);
            Map<OutputId, Set<String>> rejected = new HashMap<>();
            for (TagDecision d : repos.technologies().decisions()) {
                if (d.subject() == TagSubject.OUTPUT && d.verdict() == TagVerdict.REJECTED) {
                    rejected.computeIfAbsent(new OutputId(d.subjectId()), k -> new TreeSet<>()).add(d.code());
                }
            }
            return new TechInput(list, today(), visibleResearchers(visible, repos.researchers().findAll()),
                    visibleOutputs(visible, repos.outputs().findAll()), List.of(),
                    List.of(), repos.technologies().outputTags(), rejected, Standings.none());
        });
    }

    /** Accepts a suggestion: the output or profile gets the tag, and the decision is kept with its evidence. */
    public void accept(PendingSuggestion s) {
        decide(s, TagVerdict.ACCEPTED);
    }

    /** Rejects a suggestion: it is not offered again and does not count on the map. */
    public void reject(PendingSuggestion s) {
        decide(s, TagVerdict.REJECTED);
    }

    private void decide(PendingSuggestion s, TagVerdict verdict) {
        session.require(Permission.EDIT_PROFILES);
        tx.inTransaction(repos -> {
            LocalDateTime now = LocalDateTime.now(clock);
            if (verdict == TagVerdict.ACCEPTED) {
                if (s.subject() == TagSubject.OUTPUT) {
                    requireActive(repos, s.code());
                    repos.technologies().tag(new OutputTag(s.output().id(), s.code(), TagSource.SUGGESTION), now,
                            actor());
                } else {
                    addResearcherTag(repos, s.researcherId(), s.code());
                }
            }
            String evidence = s.subject() == TagSubject.OUTPUT ? String.join("; ", s.suggestion().terms())
                    : String.join("\n", s.supporting());
            repos.technologies().saveDecision(new TagDecision(s.subject(), s.subjectId(), s.code(), verdict,
                    s.suggestion().score(), evidence, now, actor()));
            return null;
        });
    }

    /**
     * Accepts or rejects the pending suggestion of {@code code} for one output (the CLI's way in).
     *
     * @throws InvalidInputException {@code tech.suggestion.notPending} when no such suggestion waits
     */
    public void decideOutput(OutputId outputId, String code, boolean accept) {
        session.require(Permission.EDIT_PROFILES);
        PendingSuggestion p = pendingOutputSuggestions(code, Integer.MAX_VALUE).stream()
                .filter(s -> s.output().id().equals(outputId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("tech.suggestion.notPending", outputId.value(), code));
        decide(p, accept ? TagVerdict.ACCEPTED : TagVerdict.REJECTED);
    }

    /**
     * Accepts or rejects the pending profile suggestion of {@code code} for a researcher.
     *
     * @throws InvalidInputException {@code tech.suggestion.notPending} when no such suggestion waits
     */
    public void decideResearcher(ResearcherId researcherId, String code, boolean accept) {
        session.require(Permission.EDIT_PROFILES);
        PendingSuggestion p = pendingResearcherSuggestions(code, Integer.MAX_VALUE).stream()
                .filter(s -> s.researcherId().equals(researcherId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("tech.suggestion.notPending", researcherId.value(),
                        code));
        decide(p, accept ? TagVerdict.ACCEPTED : TagVerdict.REJECTED);
    }

    /** The researcher with this employee number. */
    public Researcher researcher(String employeeNo) {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            return repos.researchers().findByEmployeeNo(employeeNo).filter(r -> visible.seesPerson(r.id()));
        }).orElseThrow(() -> new InvalidInputException("tech.researcher.unknown", employeeNo));
    }

    /** Tags an output by hand with a technology active today. */
    public void tagOutput(OutputId outputId, String code) {
        session.require(Permission.EDIT_PROFILES);
        tx.inTransaction(repos -> {
            requireActive(repos, code);
            if (repos.outputs().findById(outputId).isEmpty()) {
                throw new InvalidInputException("tech.output.unknown", outputId.value());
            }
            repos.technologies().tag(new OutputTag(outputId, code, TagSource.MANUAL), LocalDateTime.now(clock),
                    actor());
            return null;
        });
    }

    public void untagOutput(OutputId outputId, String code) {
        session.require(Permission.EDIT_PROFILES);
        tx.inTransaction(repos -> {
            repos.technologies().untag(outputId, code);
            return null;
        });
    }

    /** The tags of one output, as tagged. */
    public List<OutputTag> outputTags(OutputId outputId) {
        session.require(Permission.VIEW);
        return tx.read(repos -> repos.technologies().outputTags(outputId));
    }

    /** Adds a technology active today to a researcher's profile. */
    public Researcher tagResearcher(ResearcherId id, String code) {
        session.require(Permission.EDIT_PROFILES);
        return tx.inTransaction(repos -> addResearcherTag(repos, id, code));
    }

    public Researcher untagResearcher(ResearcherId id, String code) {
        session.require(Permission.EDIT_PROFILES);
        return tx.inTransaction(repos -> {
            Researcher r = researcher(repos, id);
            Set<String> tags = new LinkedHashSet<>(r.techTags());
            if (!tags.remove(code)) {
                return r;
            }
            return repos.researchers().update(withTechTags(r, tags));
        });
    }

    private Researcher addResearcherTag(Repositories repos, ResearcherId id, String code) {
        requireActive(repos, code);
        Researcher r = researcher(repos, id);
        Set<String> tags = new LinkedHashSet<>(r.techTags());
        if (!tags.add(code)) {
            return r;
        }
        return repos.researchers().update(withTechTags(r, tags));
    }

    private static Researcher researcher(Repositories repos, ResearcherId id) {
        return repos.researchers().findById(id)
                .orElseThrow(() -> new InvalidInputException("tech.researcher.unknown", String.valueOf(id.value())));
    }

    private void requireActive(Repositories repos, String code) {
        TechnologyList.View view = listIn(repos).asOf(today());
        if (view.find(code).isEmpty()) {
            throw new InvalidInputException("tech.unknown", code);
        }
        if (view.find(code).get().status() != org.talentbench.core.tech.TechStatus.ACTIVE) {
            throw new InvalidInputException("tech.notActive", code, today().toString());
        }
    }

    private static Researcher withTechTags(Researcher r, Set<String> tags) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), r.discipline(), r.category(),
                r.talentTags(), r.orcid(), r.email(), r.phone(), tags, r.status(), r.breaks(), r.history(),
                r.version());
    }

    /** Outputs crediting a researcher (for tagging screens). */
    public List<Output> outputsOf(ResearcherId id) {
        return tx.read(repos -> {
            session.visibility(repos).requirePerson(id);
            return repos.outputs().findByResearcher(id);
        });
    }
}
