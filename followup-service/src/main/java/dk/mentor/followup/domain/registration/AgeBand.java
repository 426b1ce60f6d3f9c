package dk.mentor.followup.domain.registration;

/** The citizen's age at start in bands, so the dataset holds no birth date (seed 003 p.4: age). */
public enum AgeBand implements Coded {
    UNDER_25,
    AGE_25_29,
    AGE_30_39,
    AGE_40_49,
    AGE_50_59,
    AGE_60_PLUS
}
