package org.talentbench.app.settings;

import java.util.Arrays;
import java.util.List;
import org.talentbench.core.committee.RoundingRule;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RuleSetting;

/**
 * The bundle keys of setting labels and choices. A setting of one research category shares its label with the same
 * setting of the other categories ({@code cycle.BASIC.years} → {@code settings.key.cycle.years} with the category
 * as {@code {0}}). Stateless.
 */
public final class RuleTexts {
    private static final List<String> CATEGORIES = Arrays.stream(ResearchCategory.values()).map(Enum::name).toList();
    private static final List<String> ROUNDINGS = Arrays.stream(RoundingRule.values()).map(Enum::name).toList();

    private RuleTexts() {
    }

    /** The label key of a setting: its key without the category part, under {@code settings.key.}. */
    public static String labelKey(RuleSetting s) {
        String k = s.key();
        if (s.category() != null) {
            k = k.replace("." + s.category().name(), "");
        }
        return "settings.key." + k;
    }

    /** The bundle key naming one choice of a setting. */
    public static String choiceKey(RuleSetting s, String choice) {
        if (CATEGORIES.containsAll(s.choices())) {
            return "category." + choice;
        }
        if (ROUNDINGS.equals(s.choices())) {
            return "quota.rounding." + choice;
        }
        return "settings.choice." + choice;
    }

    /** The full label: the setting's label, prefixed with its category when it has one. */
    static String label(Messages messages, RuleSetting s) {
        return s.category() == null ? messages.get(labelKey(s))
                : messages.get("settings.categoryLabel", messages.get("category." + s.category().name()),
                messages.get(labelKey(s)));
    }

    static String choice(Messages messages, RuleSetting s, String choice) {
        return messages.get(choiceKey(s, choice));
    }
}
