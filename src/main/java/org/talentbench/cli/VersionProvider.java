package org.talentbench.cli;

import org.talentbench.common.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints the product version read from the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"TalentBench " + AppInfo.version()};
    }
}
