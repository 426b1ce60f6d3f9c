package dk.mentor.catalog.domain;

/** How far an entry has come: inquiry -> interview -> vetted -> matched (004 pp.7-8), or dropped on the way. */
public enum PipelineStage {
    INQUIRY("Henvendelse"),
    INTERVIEWED("Samtale holdt"),
    VETTED("Godkendt"),
    MATCHED("Matchet"),
    DROPPED("Udgået");

    private final String label;

    PipelineStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
