package dk.mentor.matching.domain;

import dk.mentor.matching.domain.ranking.Wish;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a caseworker orders: everything a referral holds before the flow begins. The match group (1-3 of
 * the 2010 regime) is optional; eligibility rows may depend on it.
 */
public record ReferralDraft(UUID planId, String actingMunicipality, String legalBasis, String roleWanted,
                           String purpose, List<String> tasks, BigDecimal hoursPerWeek, String meetingFrequency,
                           LocalDate periodStart, LocalDate periodEnd, List<String> targetGroups, List<String> needs,
                           List<String> languages, String areaMunicipality, String postcode, List<Wish> wishes,
                           String urgency, boolean mentorMandatory, Integer matchGroup) {
}
