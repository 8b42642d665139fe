package org.talentbench.core.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.talentbench.core.InvalidInputException;

/**
 * Every configurable number and switch of committee work, read from and written to the per-database settings
 * (string key/value pairs under {@code committee.}). Missing keys take the defaults of policy-rules.md; a value that
 * does not parse is refused ({@code committee.setting.invalid}, args: key, value) rather than silently defaulted.
 * Anchor texts and grade labels are settings too, but they are texts: the service reads them directly
 * ({@link #ANCHOR_PREFIX}, {@link #GRADE_LABEL_PREFIX}). Immutable.
 *
 * @param reviewersPerPerson how many reviewers automatic assignment gives each person (default 3)
 * @param publicityDays      working days of the publicity period (default 5)
 */
public record CommitteeSettings(ConflictRules conflicts, AggregationRules aggregation, List<QuotaRule> quotas,
                                int reviewersPerPerson, int publicityDays) {
    public static final String SAME_DEPARTMENT = "committee.conflict.sameDepartment";
    public static final String CO_WORK_YEARS = "committee.conflict.coWorkYears";
    public static final String MAX_EXCLUSIONS = "committee.conflict.maxExclusionRequests";
    public static final String METHOD = "committee.aggregation.method";
    public static final String TRIM_SHARE = "committee.aggregation.trimShare";
    public static final String SPAN = "committee.aggregation.spanThreshold";
    public static final String VARIANCE = "committee.aggregation.varianceThreshold";
    public static final String LENIENCY = "committee.aggregation.leniency";
    public static final String LENIENCY_MIN = "committee.aggregation.leniencyMinScores";
    public static final String QUOTA_PREFIX = "committee.quota.";
    public static final String REVIEWERS = "committee.reviewersPerPerson";
    public static final String PUBLICITY_DAYS = "committee.publicity.workingDays";
    /** {@code committee.anchor.<CRITERION>.<band 1-5>}: a configured anchor text. */
    public static final String ANCHOR_PREFIX = "committee.anchor.";
    /** {@code committee.gradeLabel.<GRADE>}: a configured grade label. */
    public static final String GRADE_LABEL_PREFIX = "committee.gradeLabel.";

    public CommitteeSettings {
        Objects.requireNonNull(conflicts, "conflicts");
        Objects.requireNonNull(aggregation, "aggregation");
        quotas = List.copyOf(quotas);
        if (reviewersPerPerson < 1 || reviewersPerPerson > 20) {
            throw new InvalidInputException("committee.setting.invalid", REVIEWERS, reviewersPerPerson);
        }
        if (publicityDays < 1 || publicityDays > 60) {
            throw new InvalidInputException("committee.setting.invalid", PUBLICITY_DAYS, publicityDays);
        }
    }

    public static CommitteeSettings defaults() {
        return new CommitteeSettings(ConflictRules.defaults(), AggregationRules.defaults(),
                List.of(QuotaRule.defaultExcellent()), 3, 5);
    }

    /** Reads the settings; a quota is {@code committee.quota.<GRADE> = <share>;<DOWN|NEAREST|UP>}. */
    public static CommitteeSettings from(Map<String, String> s) {
        CommitteeSettings d = defaults();
        ConflictRules c = new ConflictRules(bool(s, SAME_DEPARTMENT, d.conflicts().sameDepartment()),
                integer(s, CO_WORK_YEARS, d.conflicts().coWorkYears()),
                integer(s, MAX_EXCLUSIONS, d.conflicts().maxExclusionRequests()));
        AggregationRules a = d.aggregation();
        AggregationMethod method = a.method();
        if (s.containsKey(METHOD)) {
            try {
                method = AggregationMethod.valueOf(s.get(METHOD).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("committee.setting.invalid", METHOD, s.get(METHOD));
            }
        }
        AggregationRules agg = new AggregationRules(method, dbl(s, TRIM_SHARE, a.trimShare()),
                dbl(s, SPAN, a.spanThreshold()), dbl(s, VARIANCE, a.varianceThreshold()),
                bool(s, LENIENCY, a.leniencyCorrection()), integer(s, LENIENCY_MIN, a.leniencyMinScores()));
        List<QuotaRule> quotas = new ArrayList<>();
        boolean anyQuota = false;
        for (AppraisalGrade g : AppraisalGrade.values()) {
            String v = s.get(QUOTA_PREFIX + g.name());
            if (v == null) {
                continue;
            }
            anyQuota = true;
            if (v.isBlank() || v.strip().equalsIgnoreCase("none")) {
                continue;
            }
            quotas.add(quota(g, v));
        }
        if (!anyQuota) {
            quotas.addAll(d.quotas());
        }
        return new CommitteeSettings(c, agg, quotas, integer(s, REVIEWERS, d.reviewersPerPerson()),
                integer(s, PUBLICITY_DAYS, d.publicityDays()));
    }

    /** The settings as key/value pairs (texts excluded), the inverse of {@link #from}. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SAME_DEPARTMENT, Boolean.toString(conflicts.sameDepartment()));
        m.put(CO_WORK_YEARS, Integer.toString(conflicts.coWorkYears()));
        m.put(MAX_EXCLUSIONS, Integer.toString(conflicts.maxExclusionRequests()));
        m.put(METHOD, aggregation.method().name());
        m.put(TRIM_SHARE, Double.toString(aggregation.trimShare()));
        m.put(SPAN, Double.toString(aggregation.spanThreshold()));
        m.put(VARIANCE, Double.toString(aggregation.varianceThreshold()));
        m.put(LENIENCY, Boolean.toString(aggregation.leniencyCorrection()));
        m.put(LENIENCY_MIN, Integer.toString(aggregation.leniencyMinScores()));
        for (AppraisalGrade g : AppraisalGrade.values()) {
            QuotaRule q = quota(g);
            m.put(QUOTA_PREFIX + g.name(), q == null ? "none" : q.share().toPlainString() + ";" + q.rounding().name());
        }
        m.put(REVIEWERS, Integer.toString(reviewersPerPerson));
        m.put(PUBLICITY_DAYS, Integer.toString(publicityDays));
        return m;
    }

    /** The quota rule of a grade, or null. */
    public QuotaRule quota(AppraisalGrade g) {
        return quotas.stream().filter(q -> q.grade() == g).findFirst().orElse(null);
    }

    /** The 优秀 cap used for proposals (no cap configured: nobody is proposed excellent from the list alone). */
    public QuotaRule excellentQuota() {
        QuotaRule q = quota(AppraisalGrade.EXCELLENT);
        return q == null ? new QuotaRule(AppraisalGrade.EXCELLENT, BigDecimal.ZERO, RoundingRule.DOWN) : q;
    }

    private static QuotaRule quota(AppraisalGrade g, String v) {
        String[] parts = v.split(";");
        try {
            BigDecimal share = new BigDecimal(parts[0].strip());
            RoundingRule r = parts.length > 1 ? RoundingRule.valueOf(parts[1].strip().toUpperCase(Locale.ROOT))
                    : RoundingRule.DOWN;
            return new QuotaRule(g, share, r);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("committee.setting.invalid", QUOTA_PREFIX + g.name(), v);
        }
    }

    private static boolean bool(Map<String, String> s, String key, boolean dflt) {
        String v = s.get(key);
        if (v == null) {
            return dflt;
        }
        if (v.strip().equalsIgnoreCase("true")) {
            return true;
        }
        if (v.strip().equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidInputException("committee.setting.invalid", key, v);
    }

    private static int integer(Map<String, String> s, String key, int dflt) {
        String v = s.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("committee.setting.invalid", key, v);
        }
    }

    private static double dbl(Map<String, String> s, String key, double dflt) {
        String v = s.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("committee.setting.invalid", key, v);
        }
    }
}
