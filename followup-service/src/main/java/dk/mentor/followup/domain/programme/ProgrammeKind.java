package dk.mentor.followup.domain.programme;

/** What a programme runs (seed 003 p.1: virksomhedscentre across up to eight municipalities; seed 004 p.7: volunteer corps). */
public enum ProgrammeKind {
    COMPANY_CENTRES,
    VOLUNTEER_MENTORS,
    OTHER
}
