package dk.mentor.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Quarkus application of the repository serves and reads, taken from its own configuration
 * and pom, so the manifests are checked against the code and not against a copy of it: the HTTP
 * port, whether it serves health and metrics, the environment variables its prod profile needs,
 * and the topics it consumes. Applications built on service-kit inherit the kit's defaults.
 */
record Application(String name, int httpPort, boolean health, boolean metrics, boolean kit,
        Set<String> requiredVariables, Set<String> readVariables, Set<String> consumedTopics) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");

    static Application of(String name) {
        Path root = Repo.root();
        Path module = root.resolve(name);
        if (!Files.isDirectory(module)) {
            throw new IllegalArgumentException("no module " + name + " for the Deployment of that name");
        }
        String pom = text(module.resolve("pom.xml"));
        boolean kit = pom.contains("<artifactId>service-kit</artifactId>");
        String kitPom = text(root.resolve("service-kit/pom.xml"));
        Properties config = new Properties();
        if (kit) {
            config.putAll(properties(root.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties")));
        }
        config.putAll(properties(module.resolve("src/main/resources/application.properties")));

        Set<String> required = new TreeSet<>();
        Set<String> read = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        for (String key : config.stringPropertyNames()) {
            String value = config.getProperty(key);
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                topics.add(value);
            }
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            Matcher matcher = VARIABLE.matcher(value);
            while (matcher.find()) {
                read.add(matcher.group(1));
                // no default, or an empty one the application refuses to start with
                if (matcher.group(2) == null || matcher.group(3).isEmpty()) {
                    required.add(matcher.group(1));
                }
            }
        }
        return new Application(name, Integer.parseInt(config.getProperty("quarkus.http.port", "8080")),
                has(pom, "quarkus-smallrye-health") || kit && has(kitPom, "quarkus-smallrye-health"),
                has(pom, "quarkus-micrometer-registry-prometheus") || kit && has(kitPom, "quarkus-micrometer-registry-prometheus"),
                kit, required, read, topics);
    }

    /**
     * Whether the application reads this variable: one its configuration names, any QUARKUS_*
     * (Quarkus maps every such variable onto its setting), KAFKA_* where service-kit passes them on
     * as kafka.* client settings, and the JVM's own JAVA_TOOL_OPTIONS.
     */
    boolean reads(String variable) {
        return readVariables.contains(variable) || variable.startsWith("QUARKUS_")
                || kit && variable.startsWith("KAFKA_") || variable.equals("JAVA_TOOL_OPTIONS");
    }

    private static boolean has(String pom, String artifact) {
        return pom.contains("<artifactId>" + artifact + "</artifactId>");
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
