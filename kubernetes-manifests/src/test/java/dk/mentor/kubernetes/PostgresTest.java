package dk.mentor.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

/** The CloudNativePG cluster against the services that use it. */
class PostgresTest {

    /** Connections PostgreSQL keeps for superusers (superuser_reserved_connections) and the operator's own. */
    private static final int RESERVED = 10;
    /** Agroal's default pool size, where a service does not set QUARKUS_DATASOURCE_JDBC_MAX_SIZE. */
    private static final int DEFAULT_POOL = 20;

    /**
     * Every instance the autoscalers may start, with a full pool each, and every Keycloak instance
     * with its pool, must fit within max_connections: else a scale-out ends in refused connections.
     */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void theConnectionsOfTheLargestScaleOutFit(String overlay) {
        List<Document> rendered = Overlays.render(Repo.kubernetes().resolve(overlay));
        JsonNode cluster = one(rendered, "Cluster").path("spec");
        JsonNode keycloak = one(rendered, "Keycloak").path("spec");
        Map<String, String> services = TypedModels.as(rendered.stream()
                .filter(d -> d.kind().equals("ConfigMap") && d.name().equals("mentor-services")).findFirst().orElseThrow(),
                ConfigMap.class).getData();
        int pool = Integer.parseInt(services.getOrDefault("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", String.valueOf(DEFAULT_POOL)));

        int servicesAtMost = rendered.stream().filter(d -> d.kind().equals("HorizontalPodAutoscaler"))
                .filter(d -> !d.name().equals("admin-dashboard"))
                .mapToInt(d -> TypedModels.as(d, HorizontalPodAutoscaler.class).getSpec().getMaxReplicas() * pool).sum();
        int keycloakAtMost = keycloak.path("instances").asInt() * keycloak.path("db").path("poolMaxSize").asInt(100);
        int allowed = cluster.path("postgresql").path("parameters").path("max_connections").asInt(100);

        assertTrue(servicesAtMost + keycloakAtMost + RESERVED <= allowed,
                overlay + ": " + servicesAtMost + " + " + keycloakAtMost + " + " + RESERVED + " connections > max_connections " + allowed);
    }

    /** A login role with its password Secret and its own schema for each service, a role for Keycloak, and backups. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void everyServiceHasItsRoleAndSchema(String overlay) {
        JsonNode cluster = one(Overlays.render(Repo.kubernetes().resolve(overlay)), "Cluster").path("spec");
        Set<String> roles = new TreeSet<>();
        cluster.path("managed").path("roles").forEach(role -> {
            assertEquals("mentor-db-" + role.path("name").asText(), role.path("passwordSecret").path("name").asText());
            roles.add(role.path("name").asText());
        });
        Set<String> sql = new TreeSet<>();
        cluster.path("bootstrap").path("initdb").path("postInitApplicationSQL").forEach(line -> sql.add(line.asText()));

        assertEquals(Set.of("catalog", "matching", "followup", "refusion", "keycloak"), roles);
        for (String schema : List.of("catalog", "matching", "followup", "refusion")) {
            assertTrue(sql.contains("CREATE SCHEMA " + schema + " AUTHORIZATION " + schema), schema);
        }
        assertTrue(cluster.path("plugins").findValuesAsText("name").contains("barman-cloud.cloudnative-pg.io"));
    }

    /** Production archives WAL continuously and takes the nightly base backup: point-in-time recovery. */
    @Test
    void productionArchivesWalAndBacksUpNightly() {
        List<Document> production = Overlays.render(Repo.kubernetes().resolve("overlays/production"));
        JsonNode plugin = one(production, "Cluster").path("spec").path("plugins").get(0);
        JsonNode backup = one(production, "ScheduledBackup").path("spec");
        JsonNode store = one(production, "ObjectStore");

        assertTrue(plugin.path("isWALArchiver").asBoolean() && plugin.path("enabled").asBoolean(true), plugin.toString());
        assertEquals(store.path("metadata").path("name").asText(), plugin.path("parameters").path("barmanObjectName").asText());
        assertFalse(backup.path("suspend").asBoolean(false));
        assertEquals("plugin", backup.path("method").asText());
        assertEquals("30d", store.path("spec").path("retentionPolicy").asText());
    }

    private static JsonNode one(List<Document> rendered, String kind) {
        List<JsonNode> found = rendered.stream().filter(d -> d.kind().equals(kind)).map(Document::tree).collect(Collectors.toList());
        assertEquals(1, found.size(), kind);
        return found.get(0);
    }
}
