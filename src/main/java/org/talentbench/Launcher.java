package org.talentbench;

import org.talentbench.app.TalentBenchApp;
import org.talentbench.cli.TalentBenchCommand;
import org.talentbench.service.LogSetup;

/**
 * Entry point of the shaded jar. It does not extend {@code Application}, so the JavaFX runtime on the class path
 * starts without the module-path check. No arguments (or only app options such as {@code --db}) start the GUI;
 * a subcommand or {@code --help}/{@code --version} runs headless and exits with the command's code.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogSetup.init();
        if (isGuiLaunch(args)) {
            TalentBenchApp.launchApp(args);
            return;
        }
        System.exit(TalentBenchCommand.execute(args));
    }

    /** GUI when there are no arguments, or only {@code --db PATH} / {@code --lang X}. */
    static boolean isGuiLaunch(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (("--db".equals(a) || "--lang".equals(a)) && i + 1 < args.length) {
                i++;
            } else if (!a.startsWith("--db=") && !a.startsWith("--lang=")) {
                return false;
            }
        }
        return true;
    }
}
