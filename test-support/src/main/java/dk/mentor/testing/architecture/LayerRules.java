package dk.mentor.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of a service (docs/architecture.md): the domain depends on nothing else in the
 * service (nor on the service kit), and application code never reaches into the REST layer. A
 * service that has no such layer yet passes; the rule bites as soon as the layer appears.
 */
public final class LayerRules {

    private LayerRules() {
    }

    public static ArchRule domainIsIndependent(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + ".api..",
                        basePackage + ".application..", basePackage + ".infra..", "dk.mentor.kit..")
                .allowEmptyShould(true);
    }

    public static ArchRule applicationIgnoresApi(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".application..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".api..")
                .allowEmptyShould(true);
    }
}
