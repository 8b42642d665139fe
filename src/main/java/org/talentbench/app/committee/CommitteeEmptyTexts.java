package org.talentbench.app.committee;

import java.util.List;
import org.talentbench.app.common.Choice;
import org.talentbench.core.committee.Role;
import org.talentbench.i18n.Messages;
import org.talentbench.security.AccessPolicy;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;
import org.talentbench.service.RoundSummary;
import org.talentbench.service.Workspace;

/**
 * What the committee and panels screens show while they have no panel to work on: the first thing missing, in the
 * order a user has to supply it — a database, a signed-in account (an unclaimed demo has no accounts, and committee
 * work is done under reviewers' own names), a round, a ranked list of the round, a panel. Rounds are not filtered by
 * stage: the HR administrator and chairs see every round (members and observers only the rounds of the panels
 * they sit on), and panels need only a ranked list (a snapshot).
 */
final class CommitteeEmptyTexts {
    private CommitteeEmptyTexts() {
    }

    /** The round box's prompt. */
    static String roundPrompt(Messages messages, Workspace ws, Principal who) {
        if (ws != null && who == null) {
            return messages.get("committee.prompt.signIn");
        }
        return who == null || seesEveryRound(who) ? messages.get("rounds.none")
                : messages.get("committee.prompt.noPanelRound");
    }

    private static boolean seesEveryRound(Principal who) {
        return AccessPolicy.seesEveryone(who.role()) || AccessPolicy.allows(who, Permission.MANAGE_PANELS);
    }

    /**
     * Why there is no panel to show, or {@code null} when a panel is chosen.
     *
     * @param onPanelsScreen whether the text is shown on the panels screen, whose button creates the panels ("above"
     *                       rather than "on Panels &amp; assignment")
     */
    static String noPanel(Messages messages, Workspace ws, Principal who, List<RoundSummary> rounds, Choice round,
                          Choice panel, boolean onPanelsScreen) {
        if (ws == null) {
            return messages.get("empty.noDatabase");
        }
        if (who == null) {
            return ws.auth().isUnclaimedDemo() ? messages.get("empty.committee.openDemo")
                    : messages.get("empty.committee.signIn");
        }
        if (round == null) {
            // a member or observer sees only the rounds of the panels they sit on
            return seesEveryRound(who) ? messages.get("empty.committee.noRound")
                    : messages.get("empty.committee.noPanelYet");
        }
        if (panel != null) {
            return null;
        }
        RoundSummary r = rounds.stream().filter(s -> Long.toString(s.id()).equals(round.value())).findFirst()
                .orElse(null);
        if (r != null && r.snapshots() == 0) {
            String stage = messages.get("round.stage." + r.stage());
            return onPanelsScreen ? messages.get("empty.panels.notRanked", r.name(), stage)
                    : messages.get("empty.committee.notRanked", r.name(), stage);
        }
        if (who.is(Role.ADMIN) || who.is(Role.CHAIR)) {
            return onPanelsScreen ? messages.get("empty.panels.noPanels") : messages.get("empty.committee.noPanels");
        }
        return messages.get("empty.committee.notOnPanel");
    }
}
