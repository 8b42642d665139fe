package org.talentbench.core.researcher;

/**
 * Keys of the kind-specific attributes of an output. Values are stored as strings; amounts are in yuan (CNY) with
 * no thousands separators, dates ISO-8601.
 */
public final class OutputAttribute {
    private OutputAttribute() {
    }

    /** Patent: INVENTION, UTILITY_MODEL, DESIGN. */
    public static final String PATENT_TYPE = "patentType";
    /** Patent: APPLIED, GRANTED, LICENSED, TRANSFERRED. */
    public static final String PATENT_STATUS = "patentStatus";
    /** Patent: true when filed under the PCT. */
    public static final String PCT = "pct";
    /** Standard: NATIONAL, INDUSTRY, GROUP. */
    public static final String STANDARD_LEVEL = "standardLevel";
    /** Standard: LEAD_DRAFTER, DRAFTER. Project: PI, SUB_PROJECT_LEAD, PARTICIPANT. */
    public static final String ROLE = "role";
    /** Transfer contract or grant amount in yuan. */
    public static final String AMOUNT = "amount";
    /** Transfer: the partner company. */
    public static final String PARTNER = "partner";
    /** Project: funder. */
    public static final String FUNDER = "funder";
    /** Project, award, policy report: NATIONAL, PROVINCIAL, MINISTERIAL, MUNICIPAL, INSTITUTE. */
    public static final String LEVEL = "level";
    /** Project: period end (the output date is its start). */
    public static final String END_DATE = "endDate";
    /** Award: rank among the award's winners (1 = first). */
    public static final String RANK = "rank";
    /** Talent cultivation: students supervised / graduated. */
    public static final String STUDENTS_SUPERVISED = "studentsSupervised";
    public static final String STUDENTS_GRADUATED = "studentsGraduated";
    /** Academic service: REVIEWING, EDITORSHIP, COMMITTEE. */
    public static final String SERVICE_TYPE = "serviceType";
    /** Papers: full author list as written, separated by "; ". */
    public static final String AUTHORS = "authors";
    /** Free keywords, separated by "; ". */
    public static final String KEYWORDS = "keywords";
    /**
     * Where an imported output came from: the item's key in its source ({@code orcid:work/1234},
     * {@code openalex:W2741809807}), so that importing the same record again finds it even without a DOI.
     */
    public static final String SOURCE = "source";
}
