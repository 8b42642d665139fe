package org.talentbench.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.talentbench.core.researcher.ProfileRules;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.Violation;
import org.talentbench.exchange.sheet.SheetLayout;

/**
 * The profile editor's rules applied to imported rows, so that an import can store nothing the editor would refuse:
 * {@link ProfileRules} for profiles and outputs, the department check of {@link ProfileService}, and its derived
 * category/department history. Stateless.
 */
final class Rules {
    private Rules() {
    }

    /** A new profile: its own history when the file gave one, else history derived as the editor derives it. */
    static Researcher prepareNew(Researcher incoming, LocalDate today) {
        return incoming.history().isEmpty() ? ProfileService.withHistory(null, incoming, today) : incoming;
    }

    /**
     * A stored profile overwritten by an incoming row: the file's history when it gave one, else the stored history
     * with an entry from today when the category or department changes.
     */
    static Researcher prepareUpdate(Researcher stored, Researcher incoming, LocalDate today) {
        Researcher updated = Merging.update(stored, incoming);
        return incoming.history().isEmpty() ? ProfileService.withHistory(stored, updated, today) : updated;
    }

    /** Every rule a profile breaks; departments empty means the institute keeps no department list. */
    static List<Violation> researcher(Researcher r, LocalDate today, ProfileSettings settings, Set<String> departments) {
        List<Violation> out = new ArrayList<>(ProfileRules.validate(r, today, settings));
        if (!r.departmentCode().isBlank() && !departments.isEmpty() && !departments.contains(r.departmentCode())) {
            out.add(Violation.error("departmentCode", "profile.departmentUnknown", r.departmentCode()));
        }
        return out;
    }

    /**
     * {@code sheet!row:header} for a rule's field in a row located {@code sheet!row}: the field's template column
     * ({@code attributes.amount} → 金额(元), {@code contributors[1].share} → 贡献份额(%)), else the field itself.
     */
    static String location(String rowLocation, SheetLayout layout, String field) {
        String key = field;
        if (key.startsWith("attributes.")) {
            key = key.substring("attributes.".length());
        } else if (key.startsWith("contributors")) {
            key = key.endsWith(".share") ? "contributorShares" : key.endsWith(".position") ? "contributorPositions"
                    : "contributorNos";
        }
        String column = layout.column(key).map(c -> c.headerZh()).orElse(field);
        return rowLocation.isEmpty() ? column : rowLocation + ":" + column;
    }
}
