package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every action code and default purpose the four services (and the kit's audit writer) put in their audit trails
 * has a Danish and an English name, read from the services' own sources so a new code without a name fails here;
 * an unknown code and a caller's own purpose are shown as written.
 */
class AuditLabelsTest {

    private static final List<String> WRITERS = List.of("catalog-service", "matching-service", "followup-service",
            "refusion-service", "service-kit");

    /** catalog-service's ProgrammePipeline writes "record " + the step's name: the values of its Step enum. */
    private static final Set<String> BUILT_AT_RUN_TIME = Set.of("record interviewed", "record vetted");

    @Test
    void everyActionAndDefaultPurposeTheServicesWriteHasADanishAndAnEnglishName() {
        Path repository = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isDirectory(repository.resolve("followup-service/src/main/java")), "the services' sources beside " + repository);
        AuditCodeScan scan = AuditCodeScan.of(repository, WRITERS);
        assertEquals(List.of("ProgrammePipeline.java: \"record \" + step.name().toLowerCase()"), scan.dynamic,
                "an action only known at run time: name its values in BUILT_AT_RUN_TIME");
        assertTrue(scan.actions.containsAll(Set.of("read", "log-meeting", "list-consents", "post-fee", "verify", "import-meetings")),
                "the scan finds the actions: " + scan.actions);
        assertTrue(scan.purposes.containsAll(Set.of("follow-up", "consent overview", "logging a meeting", "refusion",
                "mentor catalogue (own record)")), "the scan finds the purposes: " + scan.purposes);
        Set<String> actions = new TreeSet<>(scan.actions);
        actions.addAll(BUILT_AT_RUN_TIME);
        for (String language : List.of("da", "en")) {
            Properties labels = AuditLabels.load(language);
            assertEquals(Set.of(), missing(actions, "action.", labels), language + ": actions without a name");
            assertEquals(Set.of(), missing(scan.purposes, "purpose.", labels), language + ": purposes without a name");
        }
        Set<String> named = AuditLabels.load("da").stringPropertyNames().stream()
                .filter(k -> k.startsWith("action.") ? !actions.contains(k.substring("action.".length()))
                        : !scan.purposes.contains(k.substring("purpose.".length())))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), named, "names of codes no service writes any more");
    }

    @Test
    void theNamesFollowTheLanguageAndAnUnknownCodeOrACallersPurposeIsShownAsWritten() {
        assertEquals("Møde registreret", AuditLabels.auditAction("log-meeting", "da"));
        assertEquals("Meeting logged", AuditLabels.auditAction("log-meeting", "en"));
        assertEquals("Overblik over samtykker", AuditLabels.auditPurpose("consent overview", "da"));
        assertEquals("Borgerens anmodning om indsigt", AuditLabels.auditPurpose("citizen's request for access", "da"));
        assertEquals("archive-plan", AuditLabels.auditAction("archive-plan", "da"));
        assertEquals("opfølgning efter telefonsamtale", AuditLabels.auditPurpose("opfølgning efter telefonsamtale", "da"));
        assertTrue(AuditLabels.auditActionKnown("read") && !AuditLabels.auditActionKnown("archive-plan"));
        assertEquals("", AuditLabels.auditPurpose(null, "en"));
    }

    @Test
    void bothLanguagesNameTheSameCodesAndNoNameIsEmpty() {
        Properties danish = AuditLabels.load("da");
        Properties english = AuditLabels.load("en");
        assertEquals(danish.stringPropertyNames(), english.stringPropertyNames());
        assertTrue(danish.values().stream().allMatch(v -> !v.toString().isBlank())
                && english.values().stream().allMatch(v -> !v.toString().isBlank()));
    }

    private static Set<String> missing(Set<String> codes, String prefix, Properties labels) {
        return codes.stream().filter(c -> !labels.containsKey(prefix + c)).collect(Collectors.toCollection(TreeSet::new));
    }
}
