package org.talentbench.app.keytech;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.i18n.Messages;
import org.talentbench.report.MissingGlyph;

/** Asks where to save, writes in the background, and tells the user where it went and what could not be shown. */
final class ExportSupport {
    private ExportSupport() {
    }

    static void export(Messages m, TaskRunner tasks, DialogService dialogs, String suggestedName, String extension,
                       Function<Path, List<MissingGlyph>> writer) {
        Optional<Path> chosen = dialogs.chooseFileToSave(m.get("keytech.ui.export.title"),
                suggestedName + "." + extension, extension);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        tasks.run(m.get("keytech.ui.exporting"), p -> writer.apply(file), warnings -> {
            StringBuilder text = new StringBuilder(m.get("keytech.cli.written", file.toAbsolutePath().toString()));
            for (MissingGlyph g : warnings) {
                text.append('\n').append(g.message(m));
            }
            dialogs.showInformation(m.get("keytech.ui.export.title"), text.toString());
        }, failure -> dialogs.showError(m.get("keytech.ui.export.title"), UiMessages.describe(m, failure)));
    }
}
