package org.talentbench.core.tech;

import java.util.Objects;
import java.util.Set;
import org.talentbench.core.cycle.CycleRules;

/**
 * The thresholds of the talent map, each a configurable default.
 *
 * @param recentYears        "recent" means dated in the last N years up to the map's date (default 3)
 * @param includeSuggested   whether outputs suggested for a technology (not rejected, not yet confirmed) count as its
 *                           outputs, marked as suggested (default true — most outputs are never tagged by hand)
 * @param leaderTitles       titles that make a leading researcher (default 研究员, 正高级工程师, 教授)
 * @param leaderTalentTags   talent tags that make a leading researcher (default leading-talent,
 *                           nsfc-distinguished-young)
 * @param concentrationShare one person holding at least this share of the recent share-weighted output credit
 *                           raises {@link GapFlag#SINGLE_PERSON} (default 0.8)
 * @param landmarkLimit      landmark outputs listed per technology (default 5)
 * @param cycleRules         the young-talent rule and career-break rules (default {@link CycleRules#defaults()})
 * @param suggesterWeights   weights and threshold of the suggestions
 */
public record TalentMapOptions(int recentYears, boolean includeSuggested, Set<String> leaderTitles,
                               Set<String> leaderTalentTags, double concentrationShare, int landmarkLimit,
                               CycleRules cycleRules, TagSuggester.Weights suggesterWeights) {
    public TalentMapOptions {
        if (recentYears < 1) {
            throw new IllegalArgumentException("recentYears must be at least 1");
        }
        leaderTitles = Set.copyOf(leaderTitles);
        leaderTalentTags = Set.copyOf(leaderTalentTags);
        Objects.requireNonNull(cycleRules, "cycleRules");
        Objects.requireNonNull(suggesterWeights, "suggesterWeights");
    }

    public static TalentMapOptions defaults() {
        return new TalentMapOptions(3, true, Set.of("研究员", "正高级工程师", "教授"),
                Set.of("leading-talent", "nsfc-distinguished-young"), 0.8, 5, CycleRules.defaults(),
                TagSuggester.Weights.defaults());
    }

    public TalentMapOptions withRecentYears(int years) {
        return new TalentMapOptions(years, includeSuggested, leaderTitles, leaderTalentTags, concentrationShare,
                landmarkLimit, cycleRules, suggesterWeights);
    }

    public TalentMapOptions withIncludeSuggested(boolean include) {
        return new TalentMapOptions(recentYears, include, leaderTitles, leaderTalentTags, concentrationShare,
                landmarkLimit, cycleRules, suggesterWeights);
    }

    public TalentMapOptions withCycleRules(CycleRules rules) {
        return new TalentMapOptions(recentYears, includeSuggested, leaderTitles, leaderTalentTags,
                concentrationShare, landmarkLimit, rules, suggesterWeights);
    }

    public TalentMapOptions withLandmarkLimit(int limit) {
        return new TalentMapOptions(recentYears, includeSuggested, leaderTitles, leaderTalentTags,
                concentrationShare, limit, cycleRules, suggesterWeights);
    }
}
