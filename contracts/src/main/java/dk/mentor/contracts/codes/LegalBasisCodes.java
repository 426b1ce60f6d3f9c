package dk.mentor.contracts.codes;

/**
 * The few legal basis codes the services name on purpose (the default basis of a new plan, the basis a kind
 * of mentor exists under). Which bases exist, and what each allows, is the LEGAL_BASIS code list's rows.
 */
public final class LegalBasisCodes {

    public static final String LAB_167 = "LAB_167";
    public static final String LAB_40_3 = "LAB_40_3";
    public static final String INL_23D = "INL_23D";
    public static final String SEL_85 = "SEL_85";
    public static final String SEL_99 = "SEL_99";
    public static final String VOLUNTARY = "VOLUNTARY";

    private LegalBasisCodes() {
    }
}
