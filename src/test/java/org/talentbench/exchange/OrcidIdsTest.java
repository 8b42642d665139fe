package org.talentbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrcidIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://orcid.org/0000-0002-1694-233X", "http://orcid.org/0000-0002-1694-233x",
        "0000-0002-1694-233x", "000000021694233X", " https://sandbox.orcid.org/0000-0002-1694-233X "})
    void writtenFormsNormaliseToTheCanonicalOne(String text) {
        assertEquals(Optional.of("0000-0002-1694-233X"), OrcidIds.normalise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1694-2330", "https://orcid.org/", "0000-0002-1694", "abcd-0002-1694-233X"})
    void anythingElseIsNoIdentifier(String text) {
        assertEquals(Optional.empty(), OrcidIds.normalise(text));
    }
}
