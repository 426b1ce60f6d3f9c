package dk.mentor.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final List<String> ENTRY = List.of("17", "2026-12-03T10:15:30.123456Z", "subject-1", "caseworker",
            "0751", "0751", "0751", "read", "widget", "42", "matching", "ALLOWED", "case-system-aarhus");

    @Test
    void shouldLinkEachSealToThePreviousHash() {
        String first = AuditChain.link(AuditChain.GENESIS, ENTRY);

        assertTrue(first.matches("[0-9a-f]{64}"), first);
        assertEquals(first, AuditChain.link(AuditChain.GENESIS, ENTRY));
        assertNotEquals(first, AuditChain.link(first, ENTRY));
    }

    @Test
    void shouldChangeTheHashWhenAnyColumnChanges() {
        String sealed = AuditChain.link(AuditChain.GENESIS, ENTRY);
        for (int i = 0; i < ENTRY.size(); i++) {
            List<String> edited = new ArrayList<>(ENTRY);
            edited.set(i, ENTRY.get(i) + "x");
            assertNotEquals(sealed, AuditChain.link(AuditChain.GENESIS, edited), "column " + i);
        }
    }

    @Test
    void shouldTellNullFromEmptyAndKeepColumnBoundaries() {
        List<String> withNull = new ArrayList<>(ENTRY);
        withNull.set(3, null);
        List<String> withEmpty = new ArrayList<>(ENTRY);
        withEmpty.set(3, "");
        List<String> shifted = new ArrayList<>(ENTRY);
        shifted.set(7, "rea");
        shifted.set(8, "dwidget");

        assertNotEquals(AuditChain.link(AuditChain.GENESIS, withNull), AuditChain.link(AuditChain.GENESIS, withEmpty));
        assertNotEquals(AuditChain.link(AuditChain.GENESIS, ENTRY), AuditChain.link(AuditChain.GENESIS, shifted));
    }

    @Test
    void shouldEncodeVersionLengthsAndNulls() {
        List<String> entry = new ArrayList<>(ENTRY);
        entry.set(3, null);
        entry.set(9, "ø");
        String encoded = new String(AuditChain.encode(entry), StandardCharsets.UTF_8);

        assertTrue(encoded.startsWith("audit-entry/2;2:17;27:2026-12-03T10:15:30.123456Z;9:subject-1;~;4:0751;"), encoded);
        assertTrue(encoded.contains(";2:ø;"), "length in UTF-8 bytes: " + encoded);
        assertTrue(encoded.endsWith(";7:ALLOWED;18:case-system-aarhus;"), "the client last: " + encoded);
    }

    @Test
    void shouldKeepEncodingOneForSealsWrittenBeforeTheClientColumn() {
        List<String> entry = new ArrayList<>(ENTRY);
        entry.set(AuditChain.ENCODING_1_COLUMNS, null);
        String encoded = new String(AuditChain.encode(1, entry), StandardCharsets.UTF_8);

        assertTrue(encoded.startsWith("audit-entry/1;2:17;"), encoded);
        assertTrue(encoded.endsWith(";7:ALLOWED;"), "encoding 1 ends at the outcome: " + encoded);
        assertNotEquals(AuditChain.link(1, AuditChain.GENESIS, entry), AuditChain.link(2, AuditChain.GENESIS, entry));
        assertThrows(IllegalArgumentException.class, () -> AuditChain.encode(3, entry));
    }

    @Test
    void shouldRefuseAnEntryWithAnotherNumberOfColumns() {
        List<String> oneShort = ENTRY.subList(0, ENTRY.size() - 1);
        List<String> oneMore = new ArrayList<>(Arrays.asList(ENTRY.toArray(String[]::new)));
        oneMore.add("extra");

        assertThrows(IllegalArgumentException.class, () -> AuditChain.link(AuditChain.GENESIS, oneShort));
        assertThrows(IllegalArgumentException.class, () -> AuditChain.link(AuditChain.GENESIS, oneMore));
    }
}
