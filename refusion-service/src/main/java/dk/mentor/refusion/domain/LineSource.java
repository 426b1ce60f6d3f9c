package dk.mentor.refusion.domain;

import java.util.List;
import java.util.UUID;

/**
 * Where a ledger line comes from: the paying municipality, the provider (the mentor's municipality),
 * the plan, citizen, mentor, meeting or training attendance, and the event that caused it.
 */
public record LineSource(String municipality, String providerMunicipality, UUID planId, UUID citizenRef,
                         UUID mentorId, String mentorKind, UUID meetingId, Integer meetingVersion,
                         UUID attendanceId, List<String> targetGroups, String eventId, String eventType) {
}
