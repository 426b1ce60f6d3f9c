package dk.mentor.kit.metrics;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One read of the Prometheus endpoint: every sample by its full series name, labels included. */
record Scrape(Map<String, Double> samples) {

    static Scrape now() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> samples = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int exemplar = line.indexOf(" # "); // a traced counter carries an exemplar after its value
            if (exemplar >= 0) {
                line = line.substring(0, exemplar);
            }
            int space = line.lastIndexOf(' ');
            String value = line.substring(space + 1).replace("Inf", "Infinity");
            samples.put(line.substring(0, space), Double.parseDouble(value));
        }
        return new Scrape(samples);
    }

    /** The metric names without labels, as alert rules and dashboards refer to them. */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.keySet().forEach(series -> names.add(series.contains("{") ? series.substring(0, series.indexOf('{')) : series));
        return names;
    }

    /** The value of the one series of that name whose labels include all the given ones; 0 when there is none yet. */
    double value(String name, String... labels) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .filter(e -> Set.of(labels).stream().allMatch(label -> e.getKey().contains(label)))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
