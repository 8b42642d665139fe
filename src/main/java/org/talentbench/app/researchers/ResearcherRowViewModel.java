package org.talentbench.app.researchers;

import java.time.LocalDate;
import java.util.Locale;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ResearcherSummary;

/**
 * One row of the researchers table: the texts shown, already translated, and the keys the filters use. Immutable;
 * a reload builds new rows.
 */
public final class ResearcherRowViewModel {
    private final ResearcherSummary summary;
    private final String department;
    private final String gender;
    private final String category;
    private final String status;
    private final String searchKey;

    ResearcherRowViewModel(ResearcherSummary summary, Messages messages) {
        this.summary = summary;
        this.department = messages.language() == Language.ZH ? summary.departmentZh() : summary.departmentEn();
        this.gender = messages.get("gender." + summary.gender().name());
        this.category = messages.get("category." + summary.category().name());
        this.status = messages.get("status." + summary.status().name());
        String latin = summary.nameLatin().toLowerCase(Locale.ROOT);
        this.searchKey = (summary.employeeNo() + "\u0000" + summary.nameZh() + "\u0000" + latin + "\u0000"
                + latin.replace(" ", "")).toLowerCase(Locale.ROOT);
    }

    public long id() {
        return summary.id().value();
    }

    public String employeeNo() {
        return summary.employeeNo();
    }

    public String nameZh() {
        return summary.nameZh();
    }

    public String nameLatin() {
        return summary.nameLatin();
    }

    public String gender() {
        return gender;
    }

    public LocalDate birthDate() {
        return summary.birthDate();
    }

    public String department() {
        return department;
    }

    public String departmentCode() {
        return summary.departmentCode();
    }

    public String title() {
        return summary.title();
    }

    public String discipline() {
        return summary.discipline();
    }

    public String category() {
        return category;
    }

    public String categoryCode() {
        return summary.category().name();
    }

    public String status() {
        return status;
    }

    public int outputs() {
        return summary.outputCount();
    }

    /** Whether the row matches a search over employee number, Chinese name and pinyin (with or without spaces). */
    boolean matches(String needle) {
        return needle.isEmpty() || searchKey.contains(needle);
    }
}
