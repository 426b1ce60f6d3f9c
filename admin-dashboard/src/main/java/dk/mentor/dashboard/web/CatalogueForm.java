package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.MentorFilter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The catalogue's filter form as the browser sends it; the field names are the catalogue's own parameters. */
public class CatalogueForm {

    @QueryParam("kind")
    public String kind;

    @QueryParam("language")
    public String language;

    @QueryParam("targetGroup")
    public String targetGroup;

    @QueryParam("municipality")
    public String municipality;

    @QueryParam("freeCapacity")
    public boolean freeCapacity;

    @QueryParam("page")
    @DefaultValue("0")
    public int page;

    MentorFilter filter() {
        return new MentorFilter(kind, language, targetGroup, municipality, freeCapacity, page);
    }

    /** For the select boxes: is this value the chosen one? */
    public boolean chosen(String field, String value) {
        String current = switch (field) {
            case "kind" -> kind;
            case "language" -> language;
            case "targetGroup" -> targetGroup;
            case "municipality" -> municipality;
            default -> null;
        };
        return value.equals(current);
    }
}
