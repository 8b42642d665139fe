package org.talentbench.core.tech;

import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A person tagged with a technology, as the talent map lists them.
 *
 * @param departmentCode department on the map's date (from the assignment history)
 * @param standing       standing in the latest round (or preview), {@code null} when there is none
 * @param recentOutputs  outputs attributed to the technology in the recent window that credit this person
 * @param recentCredit   the same outputs weighted by this person's declared share (Σ share/100)
 */
public record PersonEntry(ResearcherId id, String employeeNo, String nameZh, String nameLatin,
                          String departmentCode, String title, ResearchCategory category, boolean young,
                          boolean leader, Standing standing, int recentOutputs, double recentCredit) {
}
