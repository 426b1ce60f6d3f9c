package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.CoordinationGroup;
import dk.mentor.catalog.domain.Coordinator;
import dk.mentor.catalog.domain.FreeText;
import dk.mentor.catalog.domain.GroupMeeting;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.VolunteerProgramme;
import dk.mentor.catalog.infra.persistence.ProgrammeWorkRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A programme's coordination groups (004 pp.5, 7-8): volunteers with their coordinator, and the group's meetings. */
@ApplicationScoped
public class CoordinationGroups {

    /** A group with its members, as shown. */
    public record View(CoordinationGroup group, List<ProgrammeEntry> members) {
    }

    @Inject
    ProgrammeAccess programmeAccess;

    @Inject
    CoordinatorAccess coordinatorAccess;

    @Inject
    ProgrammeWorkRepository work;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The group lives in its coordinator's municipality, which the programme must serve. */
    @Transactional
    public CoordinationGroup form(UUID programmeId, String name, UUID coordinatorId) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "form group");
        Coordinator coordinator = coordinatorAccess.load(coordinatorId, "lead group");
        programmeAccess.requireServed(programme, coordinator.municipality(), "coordinatorId");
        FreeText.requireNoCpr(name, "name", "A group's name");
        CoordinationGroup group = CoordinationGroup.form(programme, name, coordinator, caller.username(), clock.instant());
        work.persist(group);
        return group;
    }

    @Transactional
    public List<View> groups(UUID programmeId) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "list groups");
        Set<String> visible = programmeAccess.visibleOf(programme);
        return visible.isEmpty() ? List.of()
                : work.groupsOf(programmeId, visible).stream().map(g -> new View(g, work.membersOf(g.id()))).toList();
    }

    @Transactional
    public View join(UUID programmeId, UUID groupId, UUID entryId) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "add group member");
        CoordinationGroup group = programmeAccess.group(programme, groupId, "add member");
        programmeAccess.entry(programme, entryId, "join group").joinGroup(group);
        work.flush();
        return new View(group, work.membersOf(groupId));
    }

    @Transactional
    public GroupMeeting meeting(UUID programmeId, UUID groupId, LocalDate heldOn, String topic, List<UUID> attendeeIds) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "record group meeting");
        CoordinationGroup group = programmeAccess.group(programme, groupId, "record meeting");
        FreeText.requireNoCpr(topic, "topic", "A meeting's topic");
        List<ProgrammeEntry> attendees = attendeeIds.stream().distinct()
                .map(id -> programmeAccess.entry(programme, id, "attend meeting")).toList();
        GroupMeeting meeting = GroupMeeting.held(group, heldOn, topic, attendees, DanishTime.today(clock), caller.username(),
                clock.instant());
        work.persist(meeting);
        return meeting;
    }

    @Transactional
    public List<GroupMeeting> meetings(UUID programmeId, UUID groupId) {
        CoordinationGroup group = programmeAccess.group(programmeAccess.programme(programmeId, "list group meetings"), groupId,
                "read meetings");
        return work.meetingsOf(group.id());
    }
}
