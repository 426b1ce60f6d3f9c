package dk.mentor.catalog.domain;

/**
 * Where a volunteer or a mentee came from, after the channels the corps used (004 §5.8 p.10 for mentors,
 * §5.10 pp.3, 15-19 for mentees; networks and housing associations on both sides, p.17). Coded, so the
 * yield per channel can be counted; the Danish label is what users read.
 */
public enum RecruitmentChannel {
    /** Newspapers and local TV (004 p.10). */
    LOCAL_MEDIA("Avis og lokale medier"),
    /** The corps' website: mostly mentors with a higher education (004 p.10). */
    WEBSITE("Hjemmeside"),
    /** Facebook and other social media, the main mentee channel next to schools (004 pp.7, 19). */
    SOCIAL_MEDIA("Sociale medier"),
    /** A job centre's referral: adult women, unaccompanied young refugees (004 pp.15-16). */
    JOBCENTRE("Jobcenter"),
    /** Study counsellors at a gymnasium, HTX, business college or university (004 pp.10, 15, 18). */
    EDUCATION_INSTITUTION("Uddannelsesinstitution"),
    /** Ungdommens Uddannelsesvejledning (004 p.3). */
    YOUTH_GUIDANCE("Ungdommens Uddannelsesvejledning (UU)"),
    /** A company or a company network under a cooperation agreement (004 pp.10, 16). */
    COMPANY("Virksomhed eller virksomhedsnetværk"),
    /** Rotary, KvIK, ONE and other networks and associations (004 pp.10, 17). */
    NETWORK("Netværk og foreninger"),
    /** Housing associations (004 p.17). */
    HOUSING_ASSOCIATION("Boligforening"),
    /** An ethnic association (004 pp.18-19). */
    ETHNIC_ASSOCIATION("Etnisk forening"),
    /** Homework help and other volunteer projects (004 pp.18-19). */
    PROJECT("Lektiehjælp og andre projekter"),
    /** Libraries (004 p.10). */
    LIBRARY("Bibliotek"),
    /** Talks and events that make the offer visible (004 p.7). */
    EVENT("Arrangement eller oplæg"),
    /** Students and mentors recommending it to each other (004 p.18). */
    WORD_OF_MOUTH("Mund til mund"),
    OTHER("Andet");

    private final String label;

    RecruitmentChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
