package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.dashboard.application.Progression;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressionChartTest {

    @Test
    void eachRatingIsAPointWithItsDanishDateScoreAndTheSixDimensionsInOrder() throws Exception {
        Progression first = new Progression(LocalDate.of(2026, 3, 2), 3, Map.of("MOTIVATION", 4, "HEALTH", 6));
        Progression later = new Progression(LocalDate.of(2026, 6, 1), 7, Map.of("NETWORK", 5));

        JsonNode chart = new ObjectMapper().readTree(ProgressionChart.json(List.of(first, later)));

        assertEquals(2, chart.size());
        assertEquals("02-03-2026", chart.get(0).get("date").asText());
        assertEquals(3, chart.get(0).get("score").asInt());
        assertEquals(6, chart.get(0).get("dimensions").size());
        assertEquals(4, chart.get(0).get("dimensions").get(Progression.DIMENSIONS.indexOf("MOTIVATION")).asInt());
        assertEquals(6, chart.get(0).get("dimensions").get(Progression.DIMENSIONS.indexOf("HEALTH")).asInt());
        assertTrue(chart.get(0).get("dimensions").get(Progression.DIMENSIONS.indexOf("NETWORK")).isNull(), "left out: a gap, not 0");
        assertEquals(7, chart.get(1).get("score").asInt());
    }

    @Test
    void noRatingsIsAnEmptyChart() {
        assertEquals("[]", ProgressionChart.json(List.of()));
    }
}
