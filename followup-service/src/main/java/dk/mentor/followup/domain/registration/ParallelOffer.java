package dk.mentor.followup.domain.registration;

/** Parallel offers under other legislation (seed 003 p.4: parallelle tilbud efter anden lovgivning). */
public enum ParallelOffer implements Coded {
    SOCIAL_MENTOR,
    SUPPORT_CONTACT_PERSON,
    ADDICTION_TREATMENT,
    PSYCHIATRIC_TREATMENT,
    HEALTH_REHABILITATION,
    HOUSING_SUPPORT,
    DEBT_COUNSELLING,
    OTHER
}
