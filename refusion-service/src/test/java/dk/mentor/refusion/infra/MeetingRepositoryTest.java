package dk.mentor.refusion.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.MinutesUnderBasis;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A meeting's minutes per legal basis are stored as a JSON array and read back as they were logged. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class MeetingRepositoryTest {

    @Inject
    MeetingRepository meetings;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void shouldStoreTheMinutesAsJsonAndReadThemBackInOrder() {
        UUID meetingId = UUID.randomUUID();
        List<MinutesUnderBasis> minutes = List.of(new MinutesUnderBasis("LAB_167", 60), new MinutesUnderBasis("SEL_85", 30));
        meetings.persist(Meeting.of(new Meeting.Facts(UUID.randomUUID(), meetingId, 1, "0751", UUID.randomUUID(), null,
                LocalDate.of(2026, 3, 2), "HELD", minutes, 15, List.of()), "event-1"));
        em.flush();
        em.clear();

        assertEquals(minutes, meetings.find(meetingId).orElseThrow().minutes());
        Object stored = em.createNativeQuery("select minutes = cast(?1 as jsonb) from meeting where meeting_id = ?2")
                .setParameter(1, "[{\"legalBasis\": \"LAB_167\", \"minutes\": 60}, {\"legalBasis\": \"SEL_85\", \"minutes\": 30}]")
                .setParameter(2, meetingId).getSingleResult();
        assertTrue((Boolean) stored, "the column holds the same JSON the migration writes for old rows");
    }
}
