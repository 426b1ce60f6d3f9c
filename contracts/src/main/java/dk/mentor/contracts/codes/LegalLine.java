package dk.mentor.contracts.codes;

/**
 * The administrative line a legal basis belongs to. Information about a citizen may not flow
 * freely between lines: sharing a plan across the employment and social lines needs the
 * citizen's consent or a legal basis, so every participant's basis tells which line they are on.
 */
public enum LegalLine {
    /** Lov om en aktiv beskæftigelsesindsats (LAB): the job centre's side. */
    EMPLOYMENT,
    /** Serviceloven (SEL): the social services' side. */
    SOCIAL,
    /** Integrationsloven (INL): the integration programme for newly arrived foreigners. */
    INTEGRATION,
    /**
     * Civil society: a volunteer's mentor friendship outside any act. No authority acts on it, so no
     * public grant or refund follows; sharing the plan with it needs the citizen's consent like any line.
     */
    VOLUNTARY
}
