package org.talentbench.exchange.scholarly;

/**
 * Who a scholarly record is about, as far as the source says. Every field may be empty: a works list or a single
 * work carries no identity; a deleted OpenAlex author carries an id and nothing else.
 *
 * @param orcid       canonical ORCID iD or empty
 * @param givenNames  given names (ORCID) or empty
 * @param familyName  family name (ORCID) or empty
 * @param displayName the name as the source shows it (OpenAlex display_name, ORCID credit name or given + family)
 * @param openAlexId  short OpenAlex id ({@code A5023888391}) or empty
 * @param deleted     the source marks the author as deleted (merged away or withdrawn)
 */
public record ScholarlyIdentity(String orcid, String givenNames, String familyName, String displayName,
                                String openAlexId, boolean deleted) {
    public static final ScholarlyIdentity EMPTY = new ScholarlyIdentity("", "", "", "", "", false);

    public ScholarlyIdentity {
        orcid = orcid == null ? "" : orcid;
        givenNames = givenNames == null ? "" : givenNames;
        familyName = familyName == null ? "" : familyName;
        displayName = displayName == null ? "" : displayName;
        openAlexId = openAlexId == null ? "" : openAlexId;
    }

    public boolean isEmpty() {
        return orcid.isEmpty() && givenNames.isEmpty() && familyName.isEmpty() && displayName.isEmpty()
                && openAlexId.isEmpty();
    }
}
