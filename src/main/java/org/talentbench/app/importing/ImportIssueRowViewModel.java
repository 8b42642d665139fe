package org.talentbench.app.importing;

import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportIssue;

/** One problem in the preview table, translated. Immutable. */
public final class ImportIssueRowViewModel {
    private final String file;
    private final String location;
    private final String reason;
    private final String severity;
    private final boolean blocking;

    ImportIssueRowViewModel(ImportIssue issue, Messages m) {
        this.file = issue.file();
        this.location = ImportTexts.location(m, issue);
        this.reason = ImportTexts.reason(m, issue);
        this.blocking = issue.blocking();
        this.severity = blocking ? m.get("import.wizard.severity.error") : m.get("import.wizard.severity.warning");
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }

    public String severity() {
        return severity;
    }

    public boolean blocking() {
        return blocking;
    }
}
