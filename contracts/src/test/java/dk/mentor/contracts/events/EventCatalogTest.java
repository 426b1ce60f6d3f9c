package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.events.catalog.MentorRegistered;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void shouldListEveryPayloadClassOfTheModule() throws Exception {
        assertEquals(payloadClassesInModule(), catalogued(EventDefinition::payloadClass));
    }

    @Test
    void shouldHaveASchemaFileForEveryEvent() throws IOException {
        for (EventDefinition definition : EventCatalog.all()) {
            try (InputStream schema = EventJson.open(definition)) {
                assertNotNull(schema, "no schema file " + definition.schemaResource());
            }
        }
    }

    @Test
    void shouldHaveNoSchemaFileWithoutEvent() throws Exception {
        Path schemas = Path.of(EventJson.class.getClassLoader().getResource("schemas").toURI());
        try (Stream<Path> files = Files.list(schemas)) {
            assertEquals(catalogued(EventDefinition::schemaResource),
                    files.map(file -> "schemas/" + file.getFileName()).collect(Collectors.toSet()));
        }
    }

    @Test
    void shouldHaveASampleForEveryEventSoItsSchemaGetsTested() {
        assertEquals(catalogued(EventDefinition::payloadClass), SamplePayloads.byClass().keySet());
    }

    @Test
    void shouldHaveUniqueTypesOnTopicsOwnedByTheProducer() {
        assertEquals(EventCatalog.all().size(), catalogued(EventDefinition::type).size());
        for (EventDefinition definition : EventCatalog.all()) {
            assertTrue(definition.topic().startsWith(definition.type().service() + "."),
                    definition.type() + " published on another service's topic " + definition.topic());
        }
    }

    @Test
    void shouldFindDefinitionByHeaderAndByPayload() {
        EventDefinition definition = EventCatalog.find("dk.mentor.catalog.MentorRegistered.v1").orElseThrow();

        assertEquals(MentorRegistered.class, definition.payloadClass());
        assertEquals(Topics.CATALOG_MENTOR, definition.topic());
        assertEquals("schemas/dk.mentor.catalog.MentorRegistered.v1.json", definition.schemaResource());
        assertEquals(definition, EventCatalog.of(SamplePayloads.mentorRegistered()));
        assertTrue(EventCatalog.find("dk.mentor.catalog.MentorRegistered.v2").isEmpty());
    }

    private static <T> Set<T> catalogued(Function<EventDefinition, T> attribute) {
        return EventCatalog.all().stream().map(attribute).collect(Collectors.toSet());
    }

    // Scans the compiled main classes, so a payload record nobody registered cannot slip through.
    private static Set<Class<?>> payloadClassesInModule() throws IOException, URISyntaxException {
        Path root = Path.of(EventPayload.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> load(root.relativize(file)))
                    .filter(type -> EventPayload.class.isAssignableFrom(type) && !type.isInterface())
                    .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(Path classFile) {
        String name = classFile.toString().replace(classFile.getFileSystem().getSeparator(), ".")
                .replaceFirst("\\.class$", "");
        try {
            return Class.forName(name, false, EventPayload.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
