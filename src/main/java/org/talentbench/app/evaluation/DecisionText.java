package org.talentbench.app.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.talentbench.core.cycle.CycleDecision;
import org.talentbench.core.cycle.Reason;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * A cycle decision in words: the reason that says what the round asks (due, check-in, not due until, not
 * evaluated, included by staff) first, then the reasons behind it, in the language of {@code messages}.
 */
final class DecisionText {
    private static final Set<String> LEADING = Set.of("cycle.reason.dueThisYear", "cycle.reason.notDueUntil",
            "cycle.reason.checkInYoungTalent", "cycle.reason.checkInNewHire", "cycle.reason.notActive",
            "cycle.reason.notYetHired", "cycle.reason.missingHireDate", "cycle.reason.includedByStaff");

    private DecisionText() {
    }

    static String of(Messages messages, CycleDecision decision) {
        List<Reason> reasons = new ArrayList<>(decision.reasons());
        reasons.sort(Comparator.comparingInt(r -> LEADING.contains(r.code()) ? 0 : 1));
        StringBuilder sb = new StringBuilder();
        for (Reason r : reasons) {
            if (sb.length() > 0 && messages.language() != Language.ZH) {
                sb.append(' ');
            }
            sb.append(messages.get(r.code(), new ArrayList<Object>(r.args())));
        }
        return sb.toString();
    }
}
