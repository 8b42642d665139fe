package org.talentbench.app.importing;

import java.nio.file.Path;
import java.util.List;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ExportService;

/**
 * The File menu's export: asks what to export (researchers or outputs) and where (.xlsx template workbook or .csv),
 * writes it in the background and says how many rows went out. Headers follow the UI language.
 */
public final class ExportViewModel {
    static final String RESEARCHERS = "researchers";
    static final String OUTPUTS = "outputs";

    private final Messages messages;
    private final ExportService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public ExportViewModel(Messages messages, ExportService service, TaskRunner tasks, DialogService dialogs) {
        this.messages = messages;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void export() {
        String title = messages.get("export.title");
        List<Choice> what = List.of(new Choice(RESEARCHERS, messages.get("export.choice.researchers")),
                new Choice(OUTPUTS, messages.get("export.choice.outputs")));
        dialogs.choose(title, messages.get("export.what"), what).ifPresent(choice -> {
            String name = (RESEARCHERS.equals(choice.value()) ? messages.get("import.summary.researchers")
                    : messages.get("import.summary.outputs")) + ".xlsx";
            dialogs.chooseFileToSave(title, name, List.of(".xlsx", ".csv"))
                    .ifPresent(file -> write(choice.value(), file));
        });
    }

    void write(String what, Path file) {
        boolean chinese = messages.language() == Language.ZH;
        String title = messages.get("export.title");
        tasks.run(messages.get("export.job"), p -> RESEARCHERS.equals(what) ? service.researchers(file, chinese)
                        : service.outputs(file, chinese),
                rows -> dialogs.showInformation(title, messages.get("export.done", rows, file.toAbsolutePath())),
                failure -> dialogs.showError(title, UiMessages.describe(messages, failure)));
    }
}
