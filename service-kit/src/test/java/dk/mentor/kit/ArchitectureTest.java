package dk.mentor.kit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.mentor.testing.architecture.LayerRules;

/** The kit has no layers of its own, but its queries and new ids follow the services' rules. */
@AnalyzeClasses(packages = "dk.mentor.kit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nativeQueries = LayerRules.nativeQueriesNameTheirResult("dk.mentor.kit");

    @ArchTest
    static final ArchRule newIds = LayerRules.newIdsAreTimeOrdered("dk.mentor.kit");
}
