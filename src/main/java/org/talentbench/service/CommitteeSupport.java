package org.talentbench.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.CommitteeEvent;
import org.talentbench.core.committee.CommitteeSettings;
import org.talentbench.core.committee.ConflictFinder;
import org.talentbench.core.committee.ConflictSet;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.Reviewer;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.security.AccessPolicy;
import org.talentbench.security.Principal;

/** What the committee services share: settings, panel visibility, the conflict check, the lock and the record. */
final class CommitteeSupport {
    private CommitteeSupport() {
    }

    static CommitteeSettings settings(Repositories r) {
        return CommitteeSettings.from(r.settings().all());
    }

    /** A panel the principal may see: administrators see every panel, everyone else only the panels they sit on. */
    static Panel panel(Repositories r, Principal who, long panelId) {
        Panel p = r.panels().findById(panelId)
                .orElseThrow(() -> new UserFacingException("error.committee.noSuchPanel", true, null, panelId));
        if (!AccessPolicy.seesEveryPanel(who.role()) && !p.hasMember(who.id())) {
            throw new AccessDeniedException("error.access.notOnPanel", panelId);
        }
        return p;
    }

    static List<Panel> visiblePanels(Repositories r, Principal who, List<Panel> panels) {
        if (AccessPolicy.seesEveryPanel(who.role())) {
            return panels;
        }
        return panels.stream().filter(p -> p.hasMember(who.id())).toList();
    }

    static void requirePerson(Panel p, ResearcherId person) {
        if (!p.judges(person)) {
            throw new UserFacingException("error.committee.notInPanel", true, null, person.value(), p.id());
        }
    }

    /**
     * The conflicts of a round between everyone sitting on its panels and everyone they judge, from the current
     * data: run at every check, never cached, so a late declaration or a newly imported paper counts at once.
     */
    static ConflictSet conflicts(Repositories r, long roundId, LocalDate referenceDate) {
        List<Panel> panels = r.panels().findByRound(roundId);
        Map<Long, Account> accounts = new HashMap<>();
        for (Account a : r.accounts().findAll()) {
            accounts.put(a.id().value(), a);
        }
        Map<Long, Reviewer> reviewers = new LinkedHashMap<>();
        Map<Long, ResearcherId> people = new LinkedHashMap<>();
        for (Panel p : panels) {
            for (AccountId m : p.members()) {
                Account a = accounts.get(m.value());
                if (a != null) {
                    reviewers.put(m.value(), a.asReviewer());
                }
            }
            for (RankedScore s : p.people()) {
                people.put(s.person().value(), s.person());
            }
        }
        if (reviewers.isEmpty() || people.isEmpty()) {
            return ConflictSet.empty();
        }
        List<Researcher> persons = new ArrayList<>();
        for (ResearcherId id : people.values()) {
            r.researchers().findById(id).ifPresent(persons::add);
        }
        return ConflictFinder.find(roundId, reviewers.values(), persons, r.outputs().findAll(),
                r.conflicts().declarations(roundId), r.conflicts().overrides(roundId), referenceDate,
                settings(r).conflicts());
    }

    static void requireUnlocked(Repositories r, long roundId) {
        if (r.committeeDecisions().lock(roundId).isPresent()) {
            throw new UserFacingException("error.committee.roundLocked", true, null, roundId);
        }
    }

    static void log(Repositories r, Instant at, Principal who, long roundId, String kind, ResearcherId person,
                    AccountId reviewer, String detail) {
        r.committeeDecisions().log(new CommitteeEvent(0, at, who.id(), roundId, kind,
                person == null ? null : person.value(), reviewer == null ? null : reviewer.value(), detail));
    }

    static Map<Long, Researcher> researchers(Repositories r) {
        Map<Long, Researcher> m = new HashMap<>();
        for (Researcher x : r.researchers().findAll()) {
            m.put(x.id().value(), x);
        }
        return m;
    }

    static Map<Long, Account> accounts(Repositories r) {
        Map<Long, Account> m = new HashMap<>();
        for (Account a : r.accounts().findAll()) {
            m.put(a.id().value(), a);
        }
        return m;
    }
}
