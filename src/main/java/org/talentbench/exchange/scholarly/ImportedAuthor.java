package org.talentbench.exchange.scholarly;

/**
 * An author as the source lists it, kept so that the lead's matching step can find the institute's researchers among
 * them (by ORCID first, then by name). Nothing here is a researcher of the institute yet.
 *
 * @param displayName   the name as shown by the source, never null
 * @param givenName     given names where the source splits names (Crossref, ORCID), else empty
 * @param familyName    family name where the source splits names, else empty
 * @param orcid         canonical ORCID iD ({@code 0000-0002-1825-0097}) or empty
 * @param position      1-based byline position
 * @param corresponding whether the source marks the author as corresponding
 */
public record ImportedAuthor(String displayName, String givenName, String familyName, String orcid, int position,
                             boolean corresponding) {
    public ImportedAuthor {
        displayName = displayName == null ? "" : displayName;
        givenName = givenName == null ? "" : givenName;
        familyName = familyName == null ? "" : familyName;
        orcid = orcid == null ? "" : orcid;
    }
}
