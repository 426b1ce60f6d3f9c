package dk.mentor.catalog.domain;

/**
 * Where a check (børneattest, criminal record) stands. The catalogue keeps the status and date only,
 * never the certificate itself (it is assessed, noted and deleted).
 */
public enum ScreeningStatus {
    NOT_REQUESTED,
    REQUESTED,
    /** Checked, with nothing that stands in the way. */
    CLEARED,
    /** Checked, with remarks: the mentor may not work with citizens until a coordinator decides. */
    REMARKS
}
