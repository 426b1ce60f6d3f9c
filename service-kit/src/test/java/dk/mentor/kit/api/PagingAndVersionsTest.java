package dk.mentor.kit.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PagingAndVersionsTest {

    @ParameterizedTest(name = "page={0}, size={1} -> page {2}, size {3}")
    @CsvSource(nullValues = "null", value = {
            "null,    null, 0,       20",
            "0,       1,    0,       1",
            "0,       200,  0,       200",
            "1000000, 7,    1000000, 7",
            "7,       null, 7,       20"})
    void shouldTakeDefaultsAndTheLimitsThemselves(Integer page, Integer size, int expectedPage, int expectedSize) {
        assertEquals(new PageRequest(expectedPage, expectedSize), PageRequest.of(page, size));
    }

    @ParameterizedTest(name = "page={0}, size={1} -> {2} refused")
    @CsvSource({"-1, 20, page", "1000001, 20, page", "0, 0, size", "0, -7, size", "0, 201, size", "2, 100000, size"})
    void shouldRefuseAPageOrSizeOutOfRangeRatherThanClampIt(Integer page, Integer size, String parameter) {
        InvalidParameterException refused = assertThrows(InvalidParameterException.class, () -> PageRequest.of(page, size));

        assertEquals(parameter, refused.parameter());
    }

    @Test
    void shouldOffsetByWholePages() {
        assertEquals(0, PageRequest.of(0, 20).offset());
        assertEquals(60, PageRequest.of(3, 20).offset());
    }

    @Test
    void shouldBuildAPageWithTheRequestAndTheTotal() {
        Page<String> page = Page.of(List.of(1, 2), PageRequest.of(1, 2), 5, n -> "#" + n);

        assertEquals(new Page<>(List.of("#1", "#2"), 1, 2, 5), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", " \"7\" ", "\"6\", \"7\"", "*"})
    void shouldAcceptAnIfMatchNamingTheCurrentVersion(String ifMatch) {
        assertDoesNotThrow(() -> Versions.requireMatch(ifMatch, 7, "widget", "w-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6\"", "\"8\"", "7", "W/\"7\"", "\"6\", \"8\"", "\"\""})
    void shouldRefuseAnIfMatchNamingAnotherVersionAsStale(String ifMatch) {
        ProblemException stale = assertThrows(ProblemException.class, () -> Versions.requireMatch(ifMatch, 7, "widget", "w-1"));

        assertEquals(ProblemType.STALE_WRITE, stale.type());
        assertEquals(412, stale.type().status());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void shouldRequireAnIfMatch(String ifMatch) {
        ProblemException missing = assertThrows(ProblemException.class, () -> Versions.requireMatch(ifMatch, 7, "widget", "w-1"));

        assertEquals(ProblemType.PRECONDITION_REQUIRED, missing.type());
        assertEquals(428, missing.type().status());
    }

    @Test
    void shouldWriteTheVersionAsAStrongEtag() {
        assertEquals("\"12\"", Versions.etag(12).toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "400, MALFORMED_REQUEST",
            "401, UNAUTHENTICATED",
            "403, FORBIDDEN",
            "404, NOT_FOUND",
            "405, METHOD_NOT_ALLOWED",
            "406, NOT_ACCEPTABLE",
            "409, CONFLICT",
            "412, STALE_WRITE",
            "415, UNSUPPORTED_MEDIA_TYPE",
            "422, RULE_VIOLATED",
            "428, PRECONDITION_REQUIRED",
            "500, INTERNAL_ERROR",
            "503, UNAVAILABLE",
            "502, INTERNAL_ERROR",
            "501, INTERNAL_ERROR",
            "418, MALFORMED_REQUEST"})
    void shouldMapAnHttpStatusToItsProblemType(int status, ProblemType expected) {
        assertEquals(expected, ProblemType.forStatus(status));
    }

    @Test
    void shouldGiveEveryProblemTypeAStableUriUnderTheProblemsBase() {
        for (ProblemType type : ProblemType.values()) {
            String slug = type.name().toLowerCase().replace('_', '-');
            assertEquals("https://mentor.example/problems/" + slug, type.uri().toString());
        }
    }
}
