package org.talentbench.app.settings;

import java.util.List;
import org.talentbench.service.RuleSetting;

/** One group of the Settings screen: its title, its fields, and "restore defaults" for all of them. */
public final class RuleSectionViewModel {
    private final RuleSetting.Section section;
    private final String title;
    private final String note;
    private final List<RuleFieldViewModel> fields;
    private final Runnable alsoRestore;

    RuleSectionViewModel(RuleSetting.Section section, String title, String note, List<RuleFieldViewModel> fields,
                         Runnable alsoRestore) {
        this.section = section;
        this.title = title;
        this.note = note;
        this.fields = List.copyOf(fields);
        this.alsoRestore = alsoRestore;
    }

    public RuleSetting.Section section() {
        return section;
    }

    public String title() {
        return title;
    }

    /** What the section's values apply to, or empty. */
    public String note() {
        return note;
    }

    public List<RuleFieldViewModel> fields() {
        return fields;
    }

    /** Sets every field of the section to its default (saved as restored defaults). */
    public void restoreDefaults() {
        fields.forEach(RuleFieldViewModel::restoreDefault);
        alsoRestore.run();
    }
}
