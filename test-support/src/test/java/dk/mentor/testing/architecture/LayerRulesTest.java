package dk.mentor.testing.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each layer rule passes on a well-layered fixture and fails on a fixture class that breaks it, so a
 * rule that silently matches nothing (a mistyped package) cannot pass as if the code were clean.
 */
class LayerRulesTest {

    private static final String FIXTURE = "dk.mentor.testing.architecture.fixture";
    private static final String GOOD = FIXTURE + ".good";
    private static final String BAD = FIXTURE + ".bad";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);
    private static final List<Function<String, ArchRule>> RULES = List.of(LayerRules::apiIgnoresInfra,
            LayerRules::applicationIgnoresApi, LayerRules::domainUsesOnlyAllowed, LayerRules::domainHasNoWireAnnotations,
            LayerRules::readsRunWithoutATransaction, LayerRules::nativeQueriesNameTheirResult, LayerRules::newIdsAreTimeOrdered);

    @Test
    void shouldPassAWellLayeredService() {
        RULES.forEach(rule -> assertDoesNotThrow(() -> rule.apply(GOOD).check(CLASSES)));
        assertDoesNotThrow(() -> LayerRules.all(GOOD).check(CLASSES));
    }

    @Test
    void shouldFailAllRulesTogetherNamingEveryCulprit() {
        AssertionError failure = assertThrows(AssertionError.class, () -> LayerRules.all(BAD).check(CLASSES));
        for (String culprit : List.of("StoreReadingResource", "ResponseBuildingUseCase", "EventCarryingEntity", "JsonShapedStatus",
                "FindRowsInATransaction", "CountingStore", "RandomlyKeyedRow")) {
            assertTrue(failure.getMessage().contains(culprit), culprit);
        }
    }

    @Test
    void shouldFailAnApiClassThatUsesInfra() {
        assertFailsNaming(LayerRules::apiIgnoresInfra, "StoreReadingResource");
    }

    @Test
    void shouldFailAnApplicationClassThatUsesTheApi() {
        assertFailsNaming(LayerRules::applicationIgnoresApi, "ResponseBuildingUseCase");
    }

    @Test
    void shouldFailADomainClassThatUsesAnEventTypeOfTheContracts() {
        assertFailsNaming(LayerRules::domainUsesOnlyAllowed, "EventCarryingEntity");
    }

    @Test
    void shouldFailADomainClassWithAJsonAnnotation() {
        assertFailsNaming(LayerRules::domainHasNoWireAnnotations, "JsonShapedStatus");
    }

    @Test
    void shouldFailAQueryClassThatOpensATransaction() {
        assertFailsNaming(LayerRules::readsRunWithoutATransaction, "FindRowsInATransaction");
    }

    @Test
    void shouldFailANativeQueryGivenItsResultClass() {
        assertFailsNaming(LayerRules::nativeQueriesNameTheirResult, "CountingStore");
    }

    @Test
    void shouldFailARandomId() {
        assertFailsNaming(LayerRules::newIdsAreTimeOrdered, "RandomlyKeyedRow");
    }

    @Test
    void shouldFailEveryRuleOnAPackageWithNoClasses() {
        String mistyped = FIXTURE + ".gud";
        for (Function<String, ArchRule> rule : RULES) {
            assertThrows(AssertionError.class, () -> rule.apply(mistyped).check(CLASSES), rule.apply(mistyped).getDescription());
        }
    }

    private static void assertFailsNaming(Function<String, ArchRule> rule, String culprit) {
        assertDoesNotThrow(() -> rule.apply(GOOD).check(CLASSES));
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.apply(BAD).check(CLASSES));
        assertTrue(failure.getMessage().contains(culprit), failure.getMessage());
    }
}
