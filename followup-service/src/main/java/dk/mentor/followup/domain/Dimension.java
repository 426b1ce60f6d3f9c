package dk.mentor.followup.domain;

/** The dimensions a citizen's progression is rated on besides the labour-market score, each 1 to 10. */
public enum Dimension { MOTIVATION, PERSONAL_RESOURCES, PROFESSIONAL_SKILLS, NETWORK, ECONOMY, HEALTH }
