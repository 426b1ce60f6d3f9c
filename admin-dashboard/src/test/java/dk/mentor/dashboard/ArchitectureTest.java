package dk.mentor.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The services' layering where it applies: pages (web, the dashboard's api layer) use the
 * application, which uses infra (the service calls). The dashboard has no domain and no data.
 */
@AnalyzeClasses(packages = "dk.mentor.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule webIgnoresInfra = noClasses().that().resideInAPackage("dk.mentor.dashboard.web..")
            .should().dependOnClassesThat().resideInAPackage("dk.mentor.dashboard.infra..")
            .because("pages reach the services only through application queries, which decide what a failed call shows");

    @ArchTest
    static final ArchRule applicationIgnoresWeb = noClasses().that().resideInAPackage("dk.mentor.dashboard.application..")
            .should().dependOnClassesThat().resideInAPackage("dk.mentor.dashboard.web..");

    @ArchTest
    static final ArchRule infraIgnoresTheRest = noClasses().that().resideInAPackage("dk.mentor.dashboard.infra..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.mentor.dashboard.application..", "dk.mentor.dashboard.web..");

    @ArchTest
    static final ArchRule holdsNoData = noClasses().that().resideInAPackage("dk.mentor.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..", "io.agroal..")
            .because("the dashboard holds no data: everything it shows comes from the services");
}
