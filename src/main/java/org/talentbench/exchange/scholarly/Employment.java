package org.talentbench.exchange.scholarly;

import java.time.LocalDate;

/**
 * An employment listed in an ORCID record, for information only (it does not change a researcher's profile).
 * Dates missing a month or a day are set to the first; null when the record gives no year.
 */
public record Employment(String organisation, String department, String role, LocalDate start, LocalDate end) {
    public Employment {
        organisation = organisation == null ? "" : organisation;
        department = department == null ? "" : department;
        role = role == null ? "" : role;
    }
}
