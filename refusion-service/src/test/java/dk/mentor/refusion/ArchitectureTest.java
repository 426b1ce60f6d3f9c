package dk.mentor.refusion;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.mentor.testing.architecture.LayerRules;

/** The layering of docs/architecture.md: what each rule forbids is in LayerRules. */
@AnalyzeClasses(packages = "dk.mentor.refusion", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = LayerRules.all("dk.mentor.refusion");
}
