package dk.mentor.catalog;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.mentor.testing.architecture.LayerRules;

@AnalyzeClasses(packages = "dk.mentor.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdkItsMappingAndSharedCodes = LayerRules.domainUsesOnlyAllowed("dk.mentor.catalog");

    @ArchTest
    static final ArchRule domainCarriesNoJsonOrOpenApiAnnotations = LayerRules.domainHasNoWireAnnotations("dk.mentor.catalog");

    @ArchTest
    static final ArchRule apiReachesStorageOnlyThroughUseCases = LayerRules.apiIgnoresInfra("dk.mentor.catalog");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoTheApi = LayerRules.applicationIgnoresApi("dk.mentor.catalog");
}
