package dk.mentor.contracts.events.catalog;

import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * A mentor moved in the lifecycle (applicant, approved, active, paused, retired). Topic
 * {@code catalog.mentor.v1}, key and subject {@code mentorId}.
 *
 * @param mentorId         the mentor's id
 * @param homeMunicipality the kommunekode of the owning municipality
 * @param version          the mentor's version after the change
 * @param previousStatus   the {@code MentorStatus} before
 * @param status           the {@code MentorStatus} now
 * @param reason           the coordinator's reason, free text without personal data about citizens
 * @param changedAt        when the status changed
 */
public record MentorStatusChanged(UUID mentorId, String homeMunicipality, long version, String previousStatus,
                                  String status, String reason, Instant changedAt) implements MentorEvent {

    public static final EventType TYPE = new EventType("catalog", "MentorStatusChanged", 1);

    public MentorStatusChanged {
        present(mentorId, "mentorId");
        homeMunicipality = MunicipalityCode.of(homeMunicipality).code();
        present(previousStatus, "previousStatus");
        present(status, "status");
        present(reason, "reason");
        present(changedAt, "changedAt");
    }
}
