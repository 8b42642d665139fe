package org.talentbench.service;

/**
 * An incoming row that matches a stored record, with the action the preview proposes: {@link ImportAction#SKIP}
 * when the row would change nothing, {@link ImportAction#UPDATE} for a spreadsheet row that differs (the sheet is the
 * office's master copy), {@link ImportAction#MERGE} for a scholarly record that adds to a stored output.
 *
 * @param id        stable within one plan; decisions refer to it
 * @param key       the matching value (employee number, ORCID iD, DOI …)
 * @param existing  a short label of the stored record (employee number and name, or title)
 * @param incoming  a short label of the incoming row
 * @param identical the incoming row would change nothing
 */
public record ImportMatch(String id, Entity entity, String file, String location, Basis basis, String key,
                          String existing, String incoming, ImportAction proposed, boolean identical) {

    /** What kind of record matched. */
    public enum Entity { RESEARCHER, OUTPUT }

    /** Which value matched. */
    public enum Basis { EMPLOYEE_NO, ORCID, DOI, NUMBER, SOURCE }
}
