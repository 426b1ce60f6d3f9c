package dk.mentor.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The layering every service follows: {@code api -> application -> domain}, with {@code infra}
 * beside them. No rule allows an empty match, so a mistyped base package fails instead of passing
 * on nothing.
 */
public final class LayerRules {

    /**
     * What a domain may use besides itself: the JDK, its persistence mapping (the entities are mapped
     * with JPA and Hibernate annotations, the one framework docs/architecture.md allows there), and the shared code
     * lists, value types, new ids and the rule-violation exception of contracts. Not events, not the kit, no
     * JSON or OpenAPI. (org.hibernate.generator holds the event types of @Generated, for a column the
     * database keeps, such as a plan's updated_at.)
     */
    static final String[] DOMAIN_MAY_USE = {"java..", "jakarta.persistence..", "org.hibernate.annotations..",
            "org.hibernate.type..", "org.hibernate.generator..", "dk.mentor.contracts.codes..", "dk.mentor.contracts.ids..",
            "dk.mentor.contracts.rules.."};

    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final String PROGRAMMATIC_TRANSACTION = "io.quarkus.narayana.jta.QuarkusTransaction";

    /** {@code createNativeQuery(String, Class)} of JPA's EntityManager or Hibernate's Session, by name as above. */
    private static final DescribedPredicate<JavaMethodCall> NATIVE_QUERY_WITH_RESULT_CLASS = new DescribedPredicate<>(
            "createNativeQuery(String, Class)") {
        @Override
        public boolean test(JavaMethodCall call) {
            return call.getName().equals("createNativeQuery")
                    && call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList()
                    .equals(List.of("java.lang.String", "java.lang.Class"));
        }
    };

    /** Annotations that belong to the wire format, never to the domain model. */
    private static final DescribedPredicate<JavaAnnotation<?>> WIRE_ANNOTATION = new DescribedPredicate<>(
            "a JSON or OpenAPI annotation") {
        @Override
        public boolean test(JavaAnnotation<?> annotation) {
            String name = annotation.getRawType().getPackageName();
            return name.startsWith("com.fasterxml.jackson") || name.startsWith("org.eclipse.microprofile.openapi");
        }
    };

    private LayerRules() {
    }

    /** Every rule below for one service, e.g. {@code LayerRules.all("dk.mentor.catalog")}. */
    public static ArchRule all(String basePackage) {
        return CompositeArchRule.of(domainUsesOnlyAllowed(basePackage))
                .and(domainHasNoWireAnnotations(basePackage))
                .and(apiIgnoresInfra(basePackage))
                .and(applicationIgnoresApi(basePackage))
                .and(readsRunWithoutATransaction(basePackage))
                .and(nativeQueriesNameTheirResult(basePackage))
                .and(newIdsAreTimeOrdered(basePackage));
    }

    public static ArchRule domainUsesOnlyAllowed(String basePackage) {
        String[] allowed = Stream.concat(Arrays.stream(DOMAIN_MAY_USE), Stream.of(basePackage + ".domain.."))
                .toArray(String[]::new);
        return classes().that().resideInAPackage(basePackage + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("the domain depends only on the JDK, its persistence mapping and the shared code lists");
    }

    public static ArchRule domainHasNoWireAnnotations(String basePackage) {
        return CompositeArchRule.of(noClasses().that().resideInAPackage(basePackage + ".domain..")
                        .should().beAnnotatedWith(WIRE_ANNOTATION))
                .and(noMembers().that().areDeclaredInClassesThat().resideInAPackage(basePackage + ".domain..")
                        .should().beAnnotatedWith(WIRE_ANNOTATION))
                .because("JSON and OpenAPI shapes belong to the api layer");
    }

    public static ArchRule apiIgnoresInfra(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".api..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".infra..")
                .because("resources reach storage and messaging only through application use cases");
    }

    public static ArchRule applicationIgnoresApi(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".application..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".api..");
    }

    /**
     * The query classes ({@code Find*}) declare no transaction and start none: under read committed a read's
     * transaction adds no consistency, only a commit's round trip (docs/architecture.md, "Resource → use case").
     * By name, so that the annotation need not be on this module's classpath.
     */
    public static ArchRule readsRunWithoutATransaction(String basePackage) {
        return CompositeArchRule.of(noClasses().that().resideInAPackage(basePackage + ".application..")
                        .and().haveSimpleNameStartingWith("Find")
                        .should().beAnnotatedWith(TRANSACTIONAL)
                        .orShould().dependOnClassesThat().haveFullyQualifiedName(PROGRAMMATIC_TRANSACTION))
                .and(noMembers().that().areDeclaredInClassesThat().resideInAPackage(basePackage + ".application..")
                        .and().areDeclaredInClassesThat().haveSimpleNameStartingWith("Find")
                        .should().beAnnotatedWith(TRANSACTIONAL))
                .because("a read under read committed gains nothing from a transaction but its commit's cost");
    }

    /**
     * Native queries name their result through the kit's {@code NativeQueries} ({@code addEntity}, {@code addScalar}),
     * never as {@code createNativeQuery(sql, Result.class)}: for a basic result class Hibernate caches a new plan on
     * every call of that form and evicts the plans of all other queries (the kit's {@code NativeQueries} says how
     * it was found). A call does not show whether its class is basic, so the rule takes the form as a whole.
     */
    public static ArchRule nativeQueriesNameTheirResult(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().callMethodWhere(NATIVE_QUERY_WITH_RESULT_CLASS)
                .because("Hibernate caches the plan of that form anew on every call for a basic result");
    }

    /**
     * New ids come from the contracts' {@code NewIds} (time-ordered), never from {@code UUID.randomUUID()}: a random
     * key lands on a random page of every index that holds it, which a large table must read and later write whole
     * into the WAL (docs/performance.md, "Built: time-ordered ids").
     */
    public static ArchRule newIdsAreTimeOrdered(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().callMethod(UUID.class, "randomUUID")
                .because("a random key costs every index that holds it a random page (NewIds makes time-ordered ones)");
    }
}
