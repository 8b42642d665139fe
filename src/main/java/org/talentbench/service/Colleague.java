package org.talentbench.service;

import org.talentbench.core.researcher.ResearcherId;

/** A researcher of the institute as a contributor picker shows them: id, employee number and names. */
public record Colleague(ResearcherId id, String employeeNo, String nameZh, String nameLatin) {
    /** Employee number and Chinese name, as the change log writes a contributor. */
    public String label() {
        return employeeNo + " " + nameZh;
    }
}
