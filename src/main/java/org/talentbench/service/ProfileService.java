package org.talentbench.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.audit.ChangeDiff;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.core.audit.FieldChange;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKeys;
import org.talentbench.core.researcher.ProfileRules;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.ProfileValidationException;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.researcher.Violation;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/**
 * Use cases of the profile editor, shared by the GUI, the CLI and importers: load a researcher's complete record,
 * validate and save an edit in one transaction with its change-log rows, find duplicates of an output being entered,
 * and read the change history.
 *
 * <p>Saving re-runs every {@link ProfileRules} check against the stored state, so no caller can bypass them; a
 * blocking violation throws {@link ProfileValidationException} and writes nothing. Records carry the version the
 * caller loaded: a save over a newer stored version throws {@link StaleRecordException} and writes nothing.
 *
 * <p>Acts for its {@link Session} (decision 0090): editing needs {@link Permission#EDIT_PROFILES}, the profile
 * settings {@link Permission#EDIT_SETTINGS}; reading a profile needs {@link Permission#VIEW} and a person the
 * principal may see ({@link AccessDeniedException} {@code error.access.personNotVisible} otherwise). The change
 * log names the signed-in account's login, else the actor. Stateless apart from its clock, actor and session;
 * thread-safe.
 */
public final class ProfileService {
    /** The round of the standing representative-work selection. */
    public static final long STANDING_ROUND = 0;

    private final Transactions tx;
    private final Clock clock;
    private final Supplier<String> actor;
    private final Session session;
    /** The workspace's live preview standings, told about every save; {@code null} when there are none. */
    private final LiveStandings standings;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public ProfileService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public ProfileService(Transactions tx, Session session) {
        this(tx, Clock.systemDefaultZone(), ProfileService::osUser, session);
    }

    /**
     * @param clock gives "today" for the date rules (in its zone) and the change-log time (in UTC)
     * @param actor who is changing things; the OS user name until accounts exist
     */
    public ProfileService(Transactions tx, Clock clock, Supplier<String> actor) {
        this(tx, clock, actor, Session.unattended(tx));
    }

    public ProfileService(Transactions tx, Clock clock, Supplier<String> actor, Session session) {
        this(tx, clock, actor, session, null);
    }

    /**
     * @param standings the live preview standings to re-score after each save ({@link LiveStandings#profileSaved});
     *                  {@code null} for none
     */
    ProfileService(Transactions tx, Clock clock, Supplier<String> actor, Session session, LiveStandings standings) {
        this.tx = tx;
        this.clock = clock;
        this.actor = actor;
        this.session = session;
        this.standings = standings;
    }

    /** The OS user name, or "unknown". */
    public static String osUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ProfileSettings settings() {
        session.require(Permission.VIEW);
        return tx.read(repos -> ProfileSettings.fromMap(repos.settings().all()));
    }

    public void saveSettings(ProfileSettings settings) {
        session.require(Permission.EDIT_SETTINGS);
        tx.inTransaction(repos -> {
            settings.toMap().forEach(repos.settings()::put);
            return null;
        });
    }

    public List<Department> departments() {
        session.require(Permission.VIEW);
        return tx.read(repos -> repos.departments().findAll());
    }

    /** The blank record the editor starts a new researcher from. */
    public ResearcherProfile blank() {
        session.require(Permission.EDIT_PROFILES);
        return tx.read(repos -> {
            ProfileSettings settings = ProfileSettings.fromMap(repos.settings().all());
            Researcher empty = new Researcher(ResearcherId.NEW, "", "", "", null, null, null, null, null, "", "", "",
                    settings.categories().get(0), Set.of(), "", "", "", Set.of(), null, List.of(), List.of(), 0);
            return new ResearcherProfile(empty, List.of(), List.of(), Map.of(), repos.departments().findAll(),
                    settings);
        });
    }

    /**
     * The complete record of a researcher.
     *
     * @throws UserFacingException   {@code profile.error.notFound} when there is no such researcher (deleted
     *                               meanwhile)
     * @throws AccessDeniedException {@code error.access.personNotVisible} for someone the principal may not see
     */
    public ResearcherProfile load(ResearcherId id) {
        return tx.read(repos -> {
            session.visibility(repos).requirePerson(id);
            Researcher r = repos.researchers().findById(id)
                    .orElseThrow(() -> new UserFacingException("profile.error.notFound", true, null, id.value()));
            List<Output> outputs = repos.outputs().findByResearcher(id);
            List<RepresentativeWork> works = repos.representativeWorks().find(id, STANDING_ROUND);
            Set<ResearcherId> ids = new HashSet<>();
            outputs.forEach(o -> o.contributors().forEach(c -> ids.add(c.researcherId())));
            ids.add(id);
            return new ResearcherProfile(r, outputs, works, colleagues(repos, ids), repos.departments().findAll(),
                    ProfileSettings.fromMap(repos.settings().all()));
        });
    }

    /** One output as stored now, if it still exists and credits someone the principal may see. */
    public Optional<Output> output(OutputId id) {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            return repos.outputs().findById(id)
                    .filter(o -> o.contributors().stream().anyMatch(c -> visible.seesPerson(c.researcherId())));
        });
    }

    /**
     * Every researcher of the institute the principal may see (all of them for whoever edits profiles), for
     * contributor pickers, ordered by employee number.
     */
    public List<Colleague> colleagues() {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            return repos.researchers().findAll().stream().filter(p -> visible.seesPerson(p.id()))
                .map(p -> new Colleague(p.id(), p.employeeNo(), p.nameZh(), p.nameLatin()))
                .sorted(java.util.Comparator.comparing(Colleague::employeeNo)).toList();
        });
    }

    /** Researchers by id, as contributor lists show them. */
    public Map<ResearcherId, Colleague> colleagues(Set<ResearcherId> ids) {
        session.require(Permission.VIEW);
        return tx.read(repos -> colleagues(repos, ids));
    }

    private static Map<ResearcherId, Colleague> colleagues(Repositories repos, Set<ResearcherId> ids) {
        Map<ResearcherId, Colleague> people = new LinkedHashMap<>();
        for (Researcher p : repos.researchers().findByIds(ids)) {
            people.put(p.id(), new Colleague(p.id(), p.employeeNo(), p.nameZh(), p.nameLatin()));
        }
        return people;
    }

    /** The change history of a researcher's profile, outputs and representative works, oldest first. */
    public List<ChangeLogEntry> history(ResearcherId id) {
        return tx.read(repos -> {
            session.visibility(repos).requirePerson(id);
            return repos.changeLog().findForResearcher(id);
        });
    }

    /** Stored outputs that are probably the same work as {@code candidate}, with the reason and who they credit. */
    public List<DuplicateOutput> findDuplicates(Output candidate) {
        session.require(Permission.EDIT_PROFILES);
        return tx.read(repos -> {
            List<Output> found = repos.outputs().findDuplicates(candidate);
            Set<ResearcherId> ids = new HashSet<>();
            found.forEach(o -> o.contributors().forEach(c -> ids.add(c.researcherId())));
            Map<ResearcherId, Colleague> people = colleagues(repos, ids);
            List<DuplicateOutput> out = new ArrayList<>();
            for (Output o : found) {
                OutputKeys.Match reason = OutputKeys.match(candidate, o).orElse(OutputKeys.Match.TITLE_AND_YEAR);
                List<Colleague> credited = o.contributors().stream().map(c -> people.get(c.researcherId()))
                        .filter(Objects::nonNull).toList();
                out.add(new DuplicateOutput(o, reason, credited));
            }
            return out;
        });
    }

    /**
     * Every violation the edit would raise on save (blocking or not), against the stored state, without writing.
     */
    public List<Violation> check(ProfileEdit edit) {
        session.require(Permission.EDIT_PROFILES);
        return tx.read(repos -> validate(repos, edit, today()).violations);
    }

    /**
     * Validates and writes an edit in one transaction, appends its change-log rows, and returns the stored record.
     *
     * @throws ProfileValidationException when a rule blocks the save (nothing written)
     * @throws StaleRecordException       when the profile or an edited output was saved by someone else since it was
     *                                    loaded (nothing written)
     */
    public ResearcherProfile save(ProfileEdit edit) {
        session.require(Permission.EDIT_PROFILES);
        LocalDate today = today();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        String who = session.principal().map(Principal::login).orElseGet(actor);
        long before = standings == null ? 0 : standings.generation();
        // a save the live standings can re-score: an existing researcher, no output taken off them, the
        // representative works unchanged (write() clears it when they changed)
        boolean[] incremental = {!edit.researcher().id().isNew() && edit.detached().isEmpty()};
        ResearcherId id;
        try {
            id = tx.inTransaction(repos -> write(repos, edit, today, now, who, incremental));
        } catch (RuntimeException e) {
            if (standings != null) {
                standings.writeRolledBack(before); // a refused save wrote nothing
            }
            throw e;
        }
        ResearcherProfile saved = load(id);
        if (standings != null) {
            // an edited output that no longer credits them still exists for its other contributors, which a
            // re-score (absent outputs are removed from the institute) cannot express
            Set<OutputId> theirs = new HashSet<>();
            saved.outputs().forEach(o -> theirs.add(o.id()));
            boolean stillCredited = edit.outputs().stream().allMatch(o -> o.id().isNew() || theirs.contains(o.id()));
            standings.profileSaved(before, incremental[0] && stillCredited, saved.researcher(), saved.outputs());
        }
        return saved;
    }

    private record Validated(List<Violation> violations, Researcher researcher, Researcher stored,
                             List<RepresentativeWork> storedWorks) {
    }

    private Validated validate(Repositories repos, ProfileEdit edit, LocalDate today) {
        ProfileSettings settings = ProfileSettings.fromMap(repos.settings().all());
        Researcher incoming = edit.researcher();
        Researcher stored = null;
        if (!incoming.id().isNew()) {
            stored = repos.researchers().findById(incoming.id())
                    .orElseThrow(() -> new UserFacingException("profile.error.notFound", true, null,
                            incoming.id().value()));
        }
        Researcher researcher = withHistory(stored, incoming, edit.changesFrom() == null ? today : edit.changesFrom());
        List<Violation> violations = new ArrayList<>(ProfileRules.validate(researcher, today, settings));
        if (!incoming.employeeNo().isBlank()) {
            repos.researchers().findByEmployeeNo(incoming.employeeNo())
                    .filter(other -> !other.id().equals(incoming.id()))
                    .ifPresent(other -> violations.add(Violation.error("employeeNo", "profile.employeeNoTaken",
                            other.employeeNo(), other.nameZh())));
        }
        List<Department> departments = repos.departments().findAll();
        if (!incoming.departmentCode().isBlank() && !departments.isEmpty()
                && departments.stream().noneMatch(d -> d.code().equals(incoming.departmentCode()))) {
            violations.add(Violation.error("departmentCode", "profile.departmentUnknown", incoming.departmentCode()));
        }
        Map<OutputId, Output> outputs = new HashMap<>();
        if (stored != null) {
            repos.outputs().findByResearcher(stored.id()).forEach(o -> outputs.put(o.id(), o));
        }
        for (int i = 0; i < edit.outputs().size(); i++) {
            Output o = edit.outputs().get(i);
            String at = "outputs[" + i + "]";
            ProfileRules.validate(o).forEach(v -> violations.add(v.under(at)));
            if (o.contributors().stream().noneMatch(c -> c.researcherId().equals(incoming.id()))
                    && !outputs.containsKey(o.id()) && o.id().isNew()) {
                violations.add(Violation.error(at + ".contributors", "output.researcherNotCredited"));
            }
            outputs.put(o.id(), o);
        }
        for (OutputId d : edit.detached()) {
            Output o = outputs.get(d);
            if (o != null) {
                outputs.put(d, o.withContributors(o.contributors().stream()
                        .filter(c -> !c.researcherId().equals(incoming.id())).toList()));
            }
        }
        List<RepresentativeWork> storedWorks = stored == null ? List.of()
                : repos.representativeWorks().find(stored.id(), STANDING_ROUND);
        if (edit.works() != null) {
            for (RepresentativeWork w : edit.works()) {
                if (!outputs.containsKey(w.outputId()) && !w.outputId().isNew()) {
                    repos.outputs().findById(w.outputId()).ifPresent(o -> outputs.put(o.id(), o));
                }
            }
            violations.addAll(ProfileRules.validateRepresentativeWorks(incoming.id(), researcher.category(),
                    edit.works(), outputs, settings));
        }
        return new Validated(violations, researcher, stored, storedWorks);
    }

    private ResearcherId write(Repositories repos, ProfileEdit edit, LocalDate today, LocalDateTime now, String who,
                               boolean[] incremental) {
        Validated v = validate(repos, edit, today);
        if (ProfileRules.blocks(v.violations)) {
            throw new ProfileValidationException(v.violations);
        }
        Researcher stored = v.stored;
        Researcher incoming = v.researcher;
        List<FieldChange> changes = new ArrayList<>();
        Map<ResearcherId, String> names = new HashMap<>();
        Function<ResearcherId, String> name = rid -> names.computeIfAbsent(rid, k -> repos.researchers().findById(k)
                .map(p -> p.employeeNo() + " " + p.nameZh()).orElse("#" + k.value()));

        boolean worksChanged = edit.works() != null && !sameWorks(v.storedWorks, edit.works());
        if (worksChanged) {
            incremental[0] = false;
        }
        Researcher saved;
        if (stored == null) {
            saved = repos.researchers().insert(incoming);
        } else if (!stored.equals(incoming.withVersion(stored.version())) || worksChanged) {
            saved = repos.researchers().update(incoming);
        } else {
            saved = stored;
        }
        changes.addAll(ChangeDiff.researcher(stored, saved));
        ResearcherId rid = saved.id();

        Map<OutputId, OutputId> ids = new HashMap<>();
        Map<OutputId, String> titles = new HashMap<>();
        for (Output edited : edit.outputs()) {
            Output o = edited.withContributors(edited.contributors().stream()
                    .map(c -> c.researcherId().isNew()
                            ? new Contribution(rid, c.authorPosition(), c.corresponding(), c.sharePercent()) : c)
                    .toList());
            if (o.id().isNew()) {
                Output inserted = repos.outputs().insert(o.withId(OutputId.NEW));
                ids.put(edited.id(), inserted.id());
                titles.put(inserted.id(), inserted.title());
                changes.addAll(ChangeDiff.output(null, inserted, name));
            } else {
                Output before = repos.outputs().findById(o.id())
                        .orElseThrow(() -> new StaleRecordException("output", o.id().value()));
                if (!before.equals(o.withVersion(before.version()))) {
                    Output updated = repos.outputs().update(o);
                    changes.addAll(ChangeDiff.output(before, updated, name));
                } else if (before.version() != o.version()) {
                    throw new StaleRecordException("output", o.id().value());
                }
                titles.put(o.id(), o.title());
            }
        }
        for (OutputId d : edit.detached()) {
            Optional<Output> found = repos.outputs().findById(d);
            if (found.isEmpty()) {
                continue;
            }
            Output before = found.get();
            List<Contribution> rest = before.contributors().stream().filter(c -> !c.researcherId().equals(rid)).toList();
            if (rest.size() == before.contributors().size()) {
                continue;
            }
            if (rest.isEmpty()) {
                repos.outputs().delete(d);
                changes.addAll(ChangeDiff.output(before, null, name));
            } else {
                Output updated = repos.outputs().update(before.withContributors(rest));
                changes.addAll(ChangeDiff.output(before, updated, name));
            }
        }
        if (worksChanged) {
            List<RepresentativeWork> works = new ArrayList<>();
            for (int i = 0; i < edit.works().size(); i++) {
                RepresentativeWork w = edit.works().get(i);
                works.add(new RepresentativeWork(STANDING_ROUND, rid, ids.getOrDefault(w.outputId(), w.outputId()),
                        i + 1, w.contributionStatement().strip(), w.relevanceStatement().strip()));
            }
            repos.representativeWorks().replace(rid, STANDING_ROUND, works);
            Function<RepresentativeWork, String> title = w -> "#" + w.outputId().value() + " "
                    + titles.computeIfAbsent(w.outputId(), k -> repos.outputs().findById(k).map(Output::title)
                    .orElse(""));
            changes.addAll(ChangeDiff.representativeWorks(rid, STANDING_ROUND, v.storedWorks, works, title));
        }
        repos.changeLog().append(now, who, changes);
        return rid;
    }

    private static boolean sameWorks(List<RepresentativeWork> stored, List<RepresentativeWork> edited) {
        if (stored.size() != edited.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            RepresentativeWork a = stored.get(i);
            RepresentativeWork b = edited.get(i);
            if (!a.outputId().equals(b.outputId())
                    || !a.contributionStatement().equals(b.contributionStatement().strip())
                    || !a.relevanceStatement().equals(b.relevanceStatement().strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The profile with its dated category/department history kept up to date: a new profile starts its history at
     * the hire date (or {@code from}); a changed category or department appends an entry from {@code from}, replacing
     * entries dated on or after it. The caller's own history is ignored: history is derived, not typed.
     */
    static Researcher withHistory(Researcher stored, Researcher incoming, LocalDate from) {
        List<Assignment> history = new ArrayList<>();
        if (stored == null) {
            LocalDate start = incoming.hireDate() != null ? incoming.hireDate() : from;
            history.add(new Assignment(start, incoming.category(), incoming.departmentCode()));
            return incoming.withBreaksAndHistory(incoming.breaks(), history);
        }
        history.addAll(stored.history());
        boolean changed = stored.category() != incoming.category()
                || !stored.departmentCode().equals(incoming.departmentCode());
        if (changed) {
            if (history.isEmpty() && stored.hireDate() != null && stored.hireDate().isBefore(from)) {
                history.add(new Assignment(stored.hireDate(), stored.category(), stored.departmentCode()));
            }
            history.removeIf(a -> !a.validFrom().isBefore(from));
            history.add(new Assignment(from, incoming.category(), incoming.departmentCode()));
        }
        return incoming.withBreaksAndHistory(incoming.breaks(), history);
    }
}
