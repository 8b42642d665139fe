package org.talentbench.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference hashes computed outside Java with {@code printf '%s' '<canonical text>' | sha256sum}, so that the chain
 * formula documented for {@code audit verify} is pinned.
 */
class ChangeHashTest {

    @ParameterizedTest
    @CsvSource({
            "0000000000000000000000000000000000000000000000000000000000000000, 2026-03-05T08:09:10.123456, hr01, researcher, 42, nameZh, 王晓明, 王小明, 110a35bfcaa27256e8915407136524eee840977a89a57ed2126c731ff8db1005",
            "abc, 2026-03-05T08:09:10, hr01, output, 7, citations, , 12, 5fa7b277026ab6cd9d821300baae3066659f3ab588d07fa5d8551c4d258ab66c",
    })
    void hashesMatchTheDocumentedFormula(String prev, LocalDateTime at, String actor, String entity, long id,
                                          String field, String old, String now, String expected) {
        LocalDateTime stamped = ChangeHash.truncate(at);
        assertEquals(expected, ChangeHash.of(prev, stamped, actor, entity, id, field, old, now));
        ChangeLogEntry entry = new ChangeLogEntry(1, stamped, actor, entity, id, field, old, now, prev, expected);
        assertTrue(entry.hashMatches());
        ChangeLogEntry edited = new ChangeLogEntry(1, stamped, actor, entity, id, field, old, now + "!", prev, expected);
        assertFalse(edited.hashMatches());
    }
}
