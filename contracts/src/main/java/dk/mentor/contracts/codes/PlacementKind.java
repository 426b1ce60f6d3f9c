package dk.mentor.contracts.codes;

/** The kind of a citizen's placement with a company (seed 002 p.4, seed 003 pp.1-4); events carry the name. */
public enum PlacementKind {
    /** Virksomhedspraktik: an unpaid work placement. */
    VIRKSOMHEDSPRAKTIK,
    /** Løntilskud: a job with a wage subsidy. */
    LOENTILSKUD,
    /** A place at a virksomhedscenter, a company hosting activation places with a company mentor (seed 003). */
    VIRKSOMHEDSCENTER
}
