package org.talentbench.core.researcher;

/** Whether a researcher is still on the staff. Only ACTIVE researchers take part in new rounds. */
public enum EmploymentStatus { ACTIVE, LEFT, RETIRED }
