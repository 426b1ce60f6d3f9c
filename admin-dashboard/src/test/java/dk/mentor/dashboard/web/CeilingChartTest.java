package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.dashboard.application.Ceiling;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CeilingChartTest {

    @Test
    void theChartGetsConsumptionForecastAndBothMarksAsPlainNumbers() throws Exception {
        Ceiling trial = new Ceiling("TRIAL", "RAADIGHEDSBELOEB", 2026, new BigDecimal("400000.00"), new BigDecimal("3100.00"),
                BigDecimal.ZERO, 1, LocalDate.of(2026, 1, 31), null, null);
        Ceiling unset = new Ceiling("LAB_2014", "REFUSION_CEILING", 2026, null, new BigDecimal("10"), null, null, null, null, null);

        JsonNode chart = new ObjectMapper().readTree(CeilingChart.json(List.of(trial, unset)));

        assertEquals(2, chart.size());
        assertEquals("TRIAL RAADIGHEDSBELOEB", chart.get(0).get("label").asText());
        assertEquals(new BigDecimal("3100.00"), chart.get(0).get("consumed").decimalValue().setScale(2));
        assertEquals(new BigDecimal("36500.00"), chart.get(0).get("forecast").decimalValue().setScale(2));
        assertEquals(new BigDecimal("320000.00"), chart.get(0).get("mark80").decimalValue().setScale(2));
        assertEquals(new BigDecimal("400000.00"), chart.get(0).get("mark100").decimalValue().setScale(2));
        assertEquals(true, chart.get(1).get("mark80").isNull()); // no ceiling set: no marks drawn
    }

    @Test
    void noCeilingsIsAnEmptyChart() {
        assertEquals("[]", CeilingChart.json(List.of()));
    }
}
