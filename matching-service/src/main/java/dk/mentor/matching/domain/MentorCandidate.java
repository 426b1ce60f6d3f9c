package dk.mentor.matching.domain;

import dk.mentor.matching.domain.ranking.MentorProfile;
import dk.mentor.matching.domain.ranking.Windows;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A mentor as matching knows them: a read model of the catalogue's events, plus the load of this
 * service's own active mentorships, from which the free capacity for matching follows.
 */
@Entity
@Table(name = "mentor_candidate")
public class MentorCandidate {

    private static final long NO_PROFILE = -1;

    @Id
    @Column(name = "mentor_id")
    private UUID mentorId;

    @Column(name = "home_municipality", nullable = false)
    private String homeMunicipality;

    @Column(nullable = false)
    private String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_bases", nullable = false)
    private List<String> legalBases;

    @Column(name = "capacity_citizens", nullable = false)
    private int capacityCitizens;

    @Column(name = "capacity_hours_per_week", nullable = false)
    private BigDecimal capacityHoursPerWeek;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** How many catalogue events shaped this row; a redelivered or outdated event must not raise it. */
    @Column(name = "events_applied", nullable = false)
    private int eventsApplied;

    @Column(name = "last_event_id", nullable = false)
    private String lastEventId;

    /** The catalogue's version of the profile held; -1 until the first MentorProfileChanged. */
    @Column(name = "profile_version", nullable = false)
    private long profileVersion;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "account_username")
    private String accountUsername;

    @Column(nullable = false)
    private String status = "APPLICANT";

    @Column(name = "vetting_complete", nullable = false)
    private boolean vettingComplete;

    @Column(name = "sharing_scope", nullable = false)
    private String sharingScope = "OWN_MUNICIPALITY";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_with", nullable = false)
    private List<String> sharedWith = List.of();

    private String gender;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> languages = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> competences = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false)
    private List<String> targetGroups = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "role_model_tags", nullable = false)
    private List<String> roleModelTags = List.of();

    /** As "TUESDAY 08:00-16:00". */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "meeting_windows", nullable = false)
    private List<String> meetingWindows = List.of();

    @Column(name = "evenings_and_weekends", nullable = false)
    private boolean eveningsAndWeekends;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "meeting_places", nullable = false)
    private List<String> meetingPlaces = List.of();

    @Column(name = "area_municipality")
    private String areaMunicipality;

    private String postcode;

    private String presentation;

    @Column(name = "hourly_rate")
    private BigDecimal hourlyRate;

    @Column(name = "active_mentorships", nullable = false)
    private int activeMentorships;

    @Column(name = "committed_hours_per_week", nullable = false)
    private BigDecimal committedHoursPerWeek = BigDecimal.ZERO;

    protected MentorCandidate() {
    }

    public static MentorCandidate registered(UUID mentorId, String homeMunicipality, String kind,
                                             List<String> legalBases, int capacityCitizens,
                                             BigDecimal capacityHoursPerWeek, Instant registeredAt, String eventId) {
        MentorCandidate candidate = new MentorCandidate();
        candidate.mentorId = mentorId;
        candidate.homeMunicipality = homeMunicipality;
        candidate.kind = kind;
        candidate.legalBases = List.copyOf(legalBases);
        candidate.capacityCitizens = capacityCitizens;
        candidate.capacityHoursPerWeek = capacityHoursPerWeek;
        candidate.registeredAt = registeredAt;
        candidate.eventsApplied = 1;
        candidate.lastEventId = eventId;
        candidate.profileVersion = NO_PROFILE;
        return candidate;
    }

    /** A profile seen before the registration (or without one): the mentor is known from the snapshot alone. */
    public static MentorCandidate fromProfile(MentorSnapshot snapshot, String eventId) {
        MentorCandidate candidate = new MentorCandidate();
        candidate.mentorId = snapshot.mentorId();
        candidate.registeredAt = snapshot.changedAt();
        candidate.profileVersion = NO_PROFILE;
        candidate.apply(snapshot, eventId);
        candidate.eventsApplied = 1;
        return candidate;
    }

    /**
     * Applies a complete profile unless an equal or newer version is already held; true when applied.
     * The catalogue publishes version 0 of the profile right after the registration: both describe the
     * same version of the mentor, so together they count as one applied event.
     */
    public boolean apply(MentorSnapshot s, String eventId) {
        if (s.version() <= profileVersion) {
            return false;
        }
        boolean sameVersionAsRegistration = profileVersion == NO_PROFILE && s.version() == 0;
        homeMunicipality = s.homeMunicipality();
        kind = s.kind();
        legalBases = List.copyOf(s.legalBases());
        capacityCitizens = s.capacityCitizens();
        capacityHoursPerWeek = s.capacityHoursPerWeek();
        profileVersion = s.version();
        displayName = s.displayName();
        accountUsername = s.accountUsername();
        status = s.status();
        vettingComplete = s.vettingComplete();
        sharingScope = s.sharingScope();
        sharedWith = List.copyOf(s.sharedWith());
        gender = s.gender();
        languages = List.copyOf(s.languages());
        competences = List.copyOf(s.competences());
        targetGroups = List.copyOf(s.targetGroups());
        roleModelTags = List.copyOf(s.roleModelTags());
        meetingWindows = s.meetingWindows().stream().map(Windows::format).toList();
        eveningsAndWeekends = s.eveningsAndWeekends();
        meetingPlaces = List.copyOf(s.meetingPlaces());
        areaMunicipality = s.areaMunicipality();
        postcode = s.postcode();
        presentation = s.presentation();
        hourlyRate = s.hourlyRate();
        eventsApplied += sameVersionAsRegistration ? 0 : 1;
        lastEventId = eventId;
        return true;
    }

    public int freeSeats() {
        return Math.max(0, capacityCitizens - activeMentorships);
    }

    public BigDecimal freeHoursPerWeek() {
        return capacityHoursPerWeek.subtract(committedHoursPerWeek).max(BigDecimal.ZERO);
    }

    /** Takes a seat and the hours; the caller holds the row lock. */
    public void take(BigDecimal hoursPerWeek) {
        activeMentorships++;
        committedHoursPerWeek = committedHoursPerWeek.add(hoursPerWeek);
    }

    /** A renewal changes a running mentorship's hours on the same seat; the caller holds the row lock. */
    public void changeHours(BigDecimal from, BigDecimal to) {
        committedHoursPerWeek = committedHoursPerWeek.subtract(from).add(to).max(BigDecimal.ZERO);
    }

    public void release(BigDecimal hoursPerWeek) {
        activeMentorships = Math.max(0, activeMentorships - 1);
        committedHoursPerWeek = committedHoursPerWeek.subtract(hoursPerWeek).max(BigDecimal.ZERO);
    }

    public MentorProfile profile() {
        return new MentorProfile(mentorId, homeMunicipality, status, vettingComplete, sharingScope,
                new HashSet<>(sharedWith), new HashSet<>(legalBases), gender, new HashSet<>(languages),
                new HashSet<>(competences), new HashSet<>(targetGroups), new HashSet<>(roleModelTags),
                Windows.parseAll(meetingWindows), new HashSet<>(meetingPlaces), areaMunicipality, postcode,
                capacityCitizens, freeSeats(), Hours.centi(freeHoursPerWeek()), kind);
    }

    public UUID mentorId() { return mentorId; }
    public String homeMunicipality() { return homeMunicipality; }
    public String kind() { return kind; }
    public List<String> legalBases() { return legalBases; }
    public int capacityCitizens() { return capacityCitizens; }
    public BigDecimal capacityHoursPerWeek() { return capacityHoursPerWeek; }
    public Instant registeredAt() { return registeredAt; }
    public int eventsApplied() { return eventsApplied; }
    public String lastEventId() { return lastEventId; }
    public long profileVersion() { return profileVersion; }
    public String displayName() { return displayName; }
    public String accountUsername() { return accountUsername; }
    public String status() { return status; }
    public boolean vettingComplete() { return vettingComplete; }
    public String sharingScope() { return sharingScope; }
    public List<String> sharedWith() { return sharedWith; }
    public String gender() { return gender; }
    public List<String> languages() { return languages; }
    public List<String> competences() { return competences; }
    public List<String> targetGroups() { return targetGroups; }
    public List<String> roleModelTags() { return roleModelTags; }
    public List<String> meetingWindows() { return meetingWindows; }
    public boolean eveningsAndWeekends() { return eveningsAndWeekends; }
    public List<String> meetingPlaces() { return meetingPlaces; }
    public String areaMunicipality() { return areaMunicipality; }
    public String postcode() { return postcode; }
    public String presentation() { return presentation; }
    public BigDecimal hourlyRate() { return hourlyRate; }
    public int activeMentorships() { return activeMentorships; }
}
