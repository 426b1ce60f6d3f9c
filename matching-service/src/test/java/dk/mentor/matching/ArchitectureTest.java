package dk.mentor.matching;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.mentor.testing.architecture.LayerRules;

@AnalyzeClasses(packages = "dk.mentor.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdkItsMappingAndSharedCodes = LayerRules.domainUsesOnlyAllowed("dk.mentor.matching");

    @ArchTest
    static final ArchRule domainCarriesNoJsonOrOpenApiAnnotations = LayerRules.domainHasNoWireAnnotations("dk.mentor.matching");

    @ArchTest
    static final ArchRule apiReachesStorageOnlyThroughUseCases = LayerRules.apiIgnoresInfra("dk.mentor.matching");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoTheApi = LayerRules.applicationIgnoresApi("dk.mentor.matching");
}
