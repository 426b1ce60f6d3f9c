package dk.mentor.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class that drives the running suite: the suite, and the catalogue/matching API on it. */
@ExtendWith(SuiteExtension.class)
abstract class SuiteTest {

    static Suite suite;
    static MentorApi api;

    @BeforeAll
    static void suite(Suite started) {
        suite = started;
        api = new MentorApi(started);
    }
}
