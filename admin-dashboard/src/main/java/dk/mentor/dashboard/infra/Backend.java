package dk.mentor.dashboard.infra;

/** The four services the dashboard reads from; each one's base URL is configuration ({@link ServiceUrls}). */
public enum Backend {
    CATALOG, MATCHING, FOLLOWUP, REFUSION
}
