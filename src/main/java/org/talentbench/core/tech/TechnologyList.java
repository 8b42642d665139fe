package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.talentbench.core.InvalidInputException;

/**
 * The institute's list of key core technologies (关键核心技术清单) with its whole history: groups, and the dated
 * events that added, renamed, moved, merged and retired entries (动态调整). The list is never edited in place; a
 * change is a new event, so the list as of any earlier date — the reference date of an old evaluation round — can
 * always be shown as it was, retired and merged entries included.
 *
 * <h2>Invariants (checked when the list is built and when an event is added)</h2>
 * <ul>
 *   <li>Codes are lower-case letters, digits and hyphens, 2–60 characters, starting with a letter or digit; a code
 *       is added once and never reused.</li>
 *   <li>Every other event concerns a technology that is active on its effective date; a MERGE target is active on
 *       that date and differs from the subject.</li>
 *   <li>A new event may not take effect before the latest event already recorded for its technology or its merge
 *       target, so a history is never rewritten behind a later change.</li>
 *   <li>Events of the same day apply in id order (an event not yet stored, id 0, comes last).</li>
 * </ul>
 * Tags name codes. A tag on a merged technology counts for the merge target from the merge date; a tag on a retired
 * technology counts for nothing from the retirement date ({@link View#resolve}).
 *
 * <p>Immutable and thread-safe. {@link #version()} is the number of events: it grows with every change.
 */
public final class TechnologyList {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    private static final Comparator<TechEvent> ORDER = Comparator.comparing(TechEvent::effective)
            .thenComparingLong(e -> e.id() == 0 ? Long.MAX_VALUE : e.id());

    private final Map<String, TechnologyGroup> groups;
    private final List<TechEvent> events;
    private final Map<String, List<String>> terms;

    private TechnologyList(Map<String, TechnologyGroup> groups, List<TechEvent> events,
                           Map<String, List<String>> terms) {
        this.groups = groups;
        this.events = events;
        this.terms = terms;
    }

    /**
     * Builds and checks a list.
     *
     * @param terms matching terms by technology code; codes without an entry have none
     * @throws InvalidInputException when the events break an invariant (see the class comment)
     */
    public static TechnologyList of(List<TechnologyGroup> groups, List<TechEvent> events,
                                    Map<String, List<String>> terms) {
        Map<String, TechnologyGroup> g = new LinkedHashMap<>();
        groups.stream().sorted(Comparator.comparingInt(TechnologyGroup::ordinal).thenComparing(TechnologyGroup::code))
                .forEach(x -> g.put(x.code(), x));
        List<TechEvent> sorted = new ArrayList<>(events);
        sorted.sort(ORDER);
        Map<String, List<String>> t = new HashMap<>();
        terms.forEach((k, v) -> t.put(k, List.copyOf(v)));
        TechnologyList list = new TechnologyList(Collections.unmodifiableMap(g), List.copyOf(sorted),
                Collections.unmodifiableMap(t));
        list.replay(null, true);
        return list;
    }

    /** An empty list with these groups. */
    public static TechnologyList empty(List<TechnologyGroup> groups) {
        return of(groups, List.of(), Map.of());
    }

    /**
     * The list with one more event, checked against the invariants.
     *
     * @throws InvalidInputException {@code tech.code.invalid}, {@code tech.code.exists}, {@code tech.unknown},
     *                               {@code tech.notActive}, {@code tech.group.unknown}, {@code tech.name.blank},
     *                               {@code tech.merge.self}, {@code tech.merge.targetNotActive},
     *                               {@code tech.event.beforeLatest}
     */
    public TechnologyList with(TechEvent event) {
        LocalDate latest = null;
        for (TechEvent e : events) {
            if (e.involves(event.code()) || (!event.targetCode().isEmpty() && e.involves(event.targetCode()))) {
                if (latest == null || e.effective().isAfter(latest)) {
                    latest = e.effective();
                }
            }
        }
        if (latest != null && event.effective().isBefore(latest)) {
            throw new InvalidInputException("tech.event.beforeLatest", event.code(), latest.toString());
        }
        List<TechEvent> more = new ArrayList<>(events);
        more.add(event);
        return of(List.copyOf(groups.values()), more, terms);
    }

    /** The list with the matching terms of one technology replaced. */
    public TechnologyList withTerms(String code, List<String> newTerms) {
        Map<String, List<String>> t = new HashMap<>(terms);
        t.put(code, List.copyOf(newTerms));
        return of(List.copyOf(groups.values()), events, t);
    }

    /** The list with a group added or its names changed. */
    public TechnologyList withGroup(TechnologyGroup group) {
        Map<String, TechnologyGroup> g = new LinkedHashMap<>(groups);
        g.put(group.code(), group);
        return of(List.copyOf(g.values()), events, terms);
    }

    /** Number of events recorded; grows with every change, so it identifies a version of the list. */
    public int version() {
        return events.size();
    }

    /** All events in the order they apply. */
    public List<TechEvent> events() {
        return events;
    }

    /** Groups in display order. */
    public List<TechnologyGroup> groups() {
        return List.copyOf(groups.values());
    }

    public Optional<TechnologyGroup> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    /** Matching terms of a technology (empty when none are set). */
    public List<String> terms(String code) {
        return terms.getOrDefault(code, List.of());
    }

    /** The events about {@code code}: its own and merges into it, in the order they apply. */
    public List<TechEvent> history(String code) {
        return events.stream().filter(e -> e.involves(code)).toList();
    }

    /** Whether the code was ever added. */
    public boolean knows(String code) {
        return events.stream().anyMatch(e -> e.kind() == TechEventKind.ADD && e.code().equals(code));
    }

    /** The list as it stood at the end of {@code date}. */
    public View asOf(LocalDate date) {
        return new View(date, replay(date, false));
    }

    /** The list with every event applied (its state after the latest change). */
    public View latest() {
        LocalDate last = events.isEmpty() ? LocalDate.MIN : events.get(events.size() - 1).effective();
        return asOf(last);
    }

    /** Mutable replay state of one technology. */
    private static final class State {
        final String code;
        final int order;
        String nameZh;
        String nameEn;
        String group;
        TechStatus status = TechStatus.ACTIVE;
        LocalDate added;
        LocalDate ended;
        String mergedInto = "";

        State(String code, int order) {
            this.code = code;
            this.order = order;
        }
    }

    /** Applies the events up to {@code until} (all when null); checks each when {@code check}. */
    private Map<String, State> replay(LocalDate until, boolean check) {
        Map<String, State> states = new LinkedHashMap<>();
        for (TechEvent e : events) {
            if (until != null && e.effective().isAfter(until)) {
                break;
            }
            if (check) {
                checkEvent(e, states);
            }
            apply(e, states);
        }
        return states;
    }

    private void checkEvent(TechEvent e, Map<String, State> states) {
        if (!CODE.matcher(e.code()).matches()) {
            throw new InvalidInputException("tech.code.invalid", e.code());
        }
        State s = states.get(e.code());
        if (e.kind() == TechEventKind.ADD) {
            if (s != null) {
                throw new InvalidInputException("tech.code.exists", e.code());
            }
            if (e.nameZh().isEmpty()) {
                throw new InvalidInputException("tech.name.blank", e.code());
            }
            checkGroup(e.groupCode());
            return;
        }
        if (s == null) {
            throw new InvalidInputException("tech.unknown", e.code());
        }
        if (s.status != TechStatus.ACTIVE) {
            throw new InvalidInputException("tech.notActive", e.code(), e.effective().toString());
        }
        switch (e.kind()) {
            case RENAME -> {
                if (e.nameZh().isEmpty() && e.nameEn().isEmpty()) {
                    throw new InvalidInputException("tech.name.blank", e.code());
                }
            }
            case MOVE -> checkGroup(e.groupCode());
            case MERGE -> {
                if (e.targetCode().equals(e.code())) {
                    throw new InvalidInputException("tech.merge.self", e.code());
                }
                State target = states.get(e.targetCode());
                if (target == null || target.status != TechStatus.ACTIVE) {
                    throw new InvalidInputException("tech.merge.targetNotActive", e.targetCode(),
                            e.effective().toString());
                }
            }
            default -> {
            }
        }
    }

    private void checkGroup(String code) {
        if (!groups.containsKey(code)) {
            throw new InvalidInputException("tech.group.unknown", code);
        }
    }

    private static void apply(TechEvent e, Map<String, State> states) {
        switch (e.kind()) {
            case ADD -> {
                State s = new State(e.code(), states.size());
                s.nameZh = e.nameZh();
                s.nameEn = e.nameEn();
                s.group = e.groupCode();
                s.added = e.effective();
                states.put(e.code(), s);
            }
            case RENAME -> {
                State s = states.get(e.code());
                if (!e.nameZh().isEmpty()) {
                    s.nameZh = e.nameZh();
                }
                if (!e.nameEn().isEmpty()) {
                    s.nameEn = e.nameEn();
                }
            }
            case MOVE -> states.get(e.code()).group = e.groupCode();
            case MERGE -> {
                State s = states.get(e.code());
                s.status = TechStatus.MERGED;
                s.ended = e.effective();
                s.mergedInto = e.targetCode();
            }
            case RETIRE -> {
                State s = states.get(e.code());
                s.status = TechStatus.RETIRED;
                s.ended = e.effective();
            }
        }
    }

    /**
     * The list as it stood on one date: the active technologies in display order (by group, then the order they
     * were added), every technology known by then with its status, and the resolution of tags. Immutable.
     */
    public final class View {
        private final LocalDate date;
        private final List<Technology> all;
        private final List<Technology> active;
        private final Map<String, Technology> byCode;

        private View(LocalDate date, Map<String, State> states) {
            this.date = date;
            Map<String, Integer> groupOrder = new HashMap<>();
            int i = 0;
            for (String g : groups.keySet()) {
                groupOrder.put(g, i++);
            }
            List<State> ordered = new ArrayList<>(states.values());
            ordered.sort(Comparator.comparingInt((State s) -> groupOrder.getOrDefault(s.group, Integer.MAX_VALUE))
                    .thenComparingInt(s -> s.order));
            List<Technology> list = new ArrayList<>();
            Map<String, Technology> map = new LinkedHashMap<>();
            for (State s : ordered) {
                Technology t = new Technology(s.code, s.nameZh, s.nameEn, s.group, s.status, s.added, s.ended,
                        s.mergedInto, terms(s.code));
                list.add(t);
                map.put(s.code, t);
            }
            // technologies added only later are known to the list but not yet on it
            for (TechEvent e : events) {
                if (e.kind() == TechEventKind.ADD && !map.containsKey(e.code())) {
                    Technology t = new Technology(e.code(), e.nameZh(), e.nameEn(), e.groupCode(),
                            TechStatus.NOT_YET_ADDED, e.effective(), null, "", terms(e.code()));
                    list.add(t);
                    map.put(e.code(), t);
                }
            }
            this.all = List.copyOf(list);
            this.active = list.stream().filter(Technology::active).toList();
            this.byCode = Collections.unmodifiableMap(map);
        }

        public LocalDate date() {
            return date;
        }

        /** The technologies on the list on this date, in display order. */
        public List<Technology> active() {
            return active;
        }

        /** Every technology the list knows, with its status on this date (active first by group, then the rest). */
        public List<Technology> all() {
            return all;
        }

        public Optional<Technology> find(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        /**
         * The active technology a tag with {@code code} counts for on this date: itself when active, its merge
         * target (followed through further merges) when merged, nothing when retired, not yet added or unknown.
         */
        public Optional<String> resolve(String code) {
            String c = code;
            for (int hops = 0; hops <= byCode.size(); hops++) {
                Technology t = byCode.get(c);
                if (t == null) {
                    return Optional.empty();
                }
                if (t.status() == TechStatus.ACTIVE) {
                    return Optional.of(c);
                }
                if (t.status() != TechStatus.MERGED) {
                    return Optional.empty();
                }
                c = t.mergedInto();
            }
            return Optional.empty();
        }

        /** The groups that hold at least one active technology on this date, in display order. */
        public List<TechnologyGroup> groupsInUse() {
            List<TechnologyGroup> out = new ArrayList<>();
            for (TechnologyGroup g : groups.values()) {
                if (active.stream().anyMatch(t -> t.groupCode().equals(g.code()))) {
                    out.add(g);
                }
            }
            return out;
        }

        /** The list this view belongs to. */
        public TechnologyList list() {
            return TechnologyList.this;
        }
    }
}
