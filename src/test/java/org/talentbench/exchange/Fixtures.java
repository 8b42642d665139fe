package org.talentbench.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The third-party fixture files under {@code src/test/resources/fixtures/}, read byte for byte. */
public final class Fixtures {
    /** Every fixture that a scholarly importer reads. */
    public static final List<String> SCHOLARLY = List.of(
            "orcid/record-full-3.0.json", "orcid/record-3.0.xml", "orcid/activities-3.0.xml",
            "orcid/works-3.0.xml", "orcid/work-full-3.0.xml", "orcid/employments-3.0.xml",
            "orcid/fundings-3.0.xml", "orcid/person-3.0.xml",
            "openalex/A5023888391.json", "openalex/A5317838346.json", "openalex/W2741809807.json",
            "openalex/works-list-page1_W2755950973_W2741809807.json",
            "crossref/work-10.7554_elife.01567.json");

    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
