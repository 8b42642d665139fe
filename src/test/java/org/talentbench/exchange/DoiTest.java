package org.talentbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoiTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.7554/eLife.01567", "https://doi.org/10.7554/elife.01567",
        "http://dx.doi.org/10.7554/ELIFE.01567", "doi:10.7554/elife.01567", "DOI: 10.7554/eLife.01567",
        "doi.org/10.7554/elife.01567", "https://doi.org/10.7554%2Felife.01567", " 10.7554/elife.01567 "})
    void everyWrittenFormGivesTheBareLowerCaseDoi(String text) {
        assertEquals(Optional.of("10.7554/elife.01567"), Doi.normalise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "work:doi", "10.12/x", "10.7554/", "https://example.org/10.7554/x", ""})
    void otherTextIsNoDoi(String text) {
        assertEquals(Optional.empty(), Doi.normalise(text));
    }
}
