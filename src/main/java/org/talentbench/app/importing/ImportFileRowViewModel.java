package org.talentbench.app.importing;

import java.nio.file.Path;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportService;

/** One chosen file in the wizard's first step: what it is and whether its columns must be mapped. Immutable. */
public final class ImportFileRowViewModel {
    private final Path path;
    private final String name;
    private final String format;
    private final String kind;
    private final String status;
    private final boolean needsMapping;
    private final ImportService.FileInspection inspection;

    ImportFileRowViewModel(ImportService.FileInspection inspection, Messages m) {
        this.inspection = inspection;
        this.path = inspection.file();
        this.name = String.valueOf(path.getFileName());
        this.format = ImportTexts.format(m, inspection.format());
        boolean sheet = inspection.header() != null;
        this.kind = sheet ? ImportTexts.kind(m, inspection.kind())
                : inspection.problem() == null ? m.get("import.wizard.kind.scholarly") : "";
        this.needsMapping = inspection.needsMapping();
        if (inspection.problem() != null) {
            this.status = ImportTexts.reason(m, inspection.problem());
        } else if (needsMapping) {
            this.status = m.get("import.wizard.status.needsMapping");
        } else if (inspection.remembered()) {
            this.status = m.get("import.wizard.status.remembered");
        } else {
            this.status = m.get("import.wizard.status.ready");
        }
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    public String format() {
        return format;
    }

    public String kind() {
        return kind;
    }

    public String status() {
        return status;
    }

    public boolean needsMapping() {
        return needsMapping;
    }

    ImportService.FileInspection inspection() {
        return inspection;
    }
}
