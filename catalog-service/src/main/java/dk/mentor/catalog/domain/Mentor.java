package dk.mentor.catalog.domain;

import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.codes.SharingScope;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentor in the catalogue, owned by their home municipality. */
@Entity
@Table(name = "mentor")
public class Mentor {

    @Id
    private UUID id;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorStatus status;
    @Column(name = "status_reason", nullable = false)
    private String statusReason;
    @Column(name = "home_municipality", nullable = false)
    private String homeMunicipality;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_bases", nullable = false)
    private List<String> legalBases;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "sharing_scope", nullable = false)
    private SharingScope sharingScope;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_with", nullable = false)
    private List<String> sharedWith;
    @Column(name = "account_username")
    private String accountUsername;
    @Embedded
    private ContactDetails contact;
    @Embedded
    private MentorProfile profile;
    @ElementCollection
    @CollectionTable(name = "mentor_meeting_window", joinColumns = @JoinColumn(name = "mentor_id"))
    @OrderBy("dayOfWeek, startsAt") // loaded for a whole page at once: the kit's quarkus.hibernate-orm.fetch.batch-size
    private List<WeeklyWindow> meetingWindows = new ArrayList<>();
    @Column(name = "evenings_and_weekends", nullable = false)
    private boolean eveningsAndWeekends;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "meeting_places", nullable = false)
    private List<String> meetingPlaces;
    @Column(name = "area_municipality", nullable = false)
    private String areaMunicipality;
    @Column(name = "postcode")
    private String postcode;
    @Column(name = "capacity_citizens", nullable = false)
    private int capacityCitizens;
    @Column(name = "capacity_hours_per_week", nullable = false)
    private BigDecimal capacityHoursPerWeek;
    @Embedded
    private PaidTerms paidTerms;
    @Column(name = "commitment_months")
    private Integer commitmentMonths;
    @Embedded
    private Vetting vetting = new Vetting();
    @Embedded
    private Load load = new Load();
    @Embedded
    private BackgroundConsent backgroundConsent = BackgroundConsent.none();
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Version
    private long version;

    protected Mentor() {
    }

    /** A new mentor starts as an applicant: vetting and intake come before any citizen. */
    public static Mentor register(String homeMunicipality, MentorDetails details, Instant now) {
        Mentor mentor = new Mentor();
        mentor.id = NewIds.next();
        mentor.homeMunicipality = homeMunicipality;
        mentor.status = MentorStatus.APPLICANT;
        mentor.statusReason = "Registered";
        mentor.registeredAt = now;
        mentor.apply(details, now);
        return mentor;
    }

    /** Replaces the profile; the kind may change only while the mentor is not yet approved. */
    public void edit(MentorDetails details, Instant now) {
        checkEdit(details);
        apply(details, now);
    }

    /** The rules a mentor's details must keep, checked without changing anything (an import's dry run). */
    public static void checkDetails(String homeMunicipality, MentorDetails d) {
        d.check();
        if (d.sharedWith().contains(homeMunicipality)) {
            throw new RuleViolation("The home municipality " + homeMunicipality + " cannot also be in sharedWith");
        }
    }

    /** Whether {@link #edit} would accept these details. */
    public void checkEdit(MentorDetails details) {
        if (details.kind() != kind && status != MentorStatus.APPLICANT) {
            throw new RuleViolation("The kind of an approved mentor cannot change (" + kind + " to "
                    + details.kind() + "); retire the mentor and register them again");
        }
        checkDetails(homeMunicipality, details);
    }

    private void apply(MentorDetails d, Instant now) {
        checkDetails(homeMunicipality, d);
        displayName = d.displayName();
        kind = d.kind();
        legalBases = new ArrayList<>(d.legalBases().stream().distinct().sorted().toList());
        organisationId = d.organisationId();
        sharingScope = d.sharingScope();
        sharedWith = new ArrayList<>(d.sharedWith().stream().distinct().sorted().toList());
        accountUsername = d.accountUsername();
        contact = d.contact();
        profile = MentorProfile.of(d);
        changeAvailability(d.meetingWindows(), d.eveningsAndWeekends(), d.meetingPlaces(),
                d.areaMunicipality() == null ? homeMunicipality : d.areaMunicipality(), d.postcode(), now);
        capacityCitizens = d.capacityCitizens();
        capacityHoursPerWeek = d.capacityHoursPerWeek();
        paidTerms = d.paidTerms();
        commitmentMonths = d.commitmentMonths();
        changedAt = now;
    }

    /** What a mentor may change themselves: when and where they meet. */
    public void changeAvailability(List<WeeklyWindow> windows, boolean eveningsAndWeekends, List<MeetingPlace> places,
                                   String areaMunicipality, String postcode, Instant now) {
        MentorDetails.checkWindows(windows);
        meetingWindows.clear();
        windows.stream().sorted(Comparator.comparing(WeeklyWindow::day).thenComparing(WeeklyWindow::from))
                .forEach(meetingWindows::add);
        this.eveningsAndWeekends = eveningsAndWeekends;
        meetingPlaces = new ArrayList<>(places.stream().distinct().map(Enum::name).sorted().toList());
        this.areaMunicipality = areaMunicipality;
        this.postcode = postcode;
        changedAt = now;
    }

    public void changeContact(ContactDetails contact, Instant now) {
        this.contact = contact;
        changedAt = now;
    }

    public void recordVetting(Vetting vetting, Instant now) {
        this.vetting = vetting;
        changedAt = now;
    }

    /**
     * Moves the mentor in the lifecycle. Becoming active needs every vetting the kind requires; a mentor
     * who still follows citizens cannot retire (end or hand over the mentorships first).
     */
    public MentorStatus moveTo(MentorStatus target, String reason, Set<VettingRequirement> required, Instant now) {
        MentorStatus previous = status;
        if (!MentorLifecycle.allows(status, target)) {
            throw new RuleViolation("A mentor cannot move from " + status + " to " + target
                    + "; allowed: " + MentorLifecycle.next(status));
        }
        if (target == MentorStatus.ACTIVE) {
            List<String> missing = vetting.missing(required);
            if (!missing.isEmpty()) {
                throw new RuleViolation("A " + kind + " cannot become active before the vetting is in order: "
                        + String.join("; ", missing));
            }
        }
        if (target == MentorStatus.RETIRED && load.activeMentorships() > 0) {
            throw new RuleViolation("The mentor still follows " + load.activeMentorships()
                    + " citizen(s); end or hand over those mentorships before retiring the mentor");
        }
        status = target;
        statusReason = reason;
        changedAt = now;
        return previous;
    }

    public boolean vettingComplete(Set<VettingRequirement> required) {
        return vetting.missing(required).isEmpty();
    }

    /** The mentor consents to religion or ethnicity role-model tags being used in matching; replaces an earlier consent. */
    public void giveBackgroundConsent(List<String> tags, LocalDate givenOn, String recordedBy, Instant now) {
        backgroundConsent = BackgroundConsent.given(tags, givenOn, recordedBy, now);
        changedAt = now;
    }

    /** A withdrawal erases the tags with the consent. */
    public void withdrawBackgroundConsent(Instant now) {
        backgroundConsent = BackgroundConsent.none();
        changedAt = now;
    }

    /** The role-model tags matching may use: the profile's own, and the background tags only under consent. */
    public List<String> matchableRoleModelTags() {
        List<String> all = new ArrayList<>(profile.roleModelTags());
        backgroundConsent().tags().stream().filter(t -> !all.contains(t)).forEach(all::add);
        return List.copyOf(all);
    }

    public void mentorshipStarted(BigDecimal hoursPerWeek, Instant now) {
        load = load.plus(hoursPerWeek);
        changedAt = now;
    }

    public void mentorshipRenewed(BigDecimal previousHours, BigDecimal hoursPerWeek, Instant now) {
        load = load.rehoured(previousHours, hoursPerWeek);
        changedAt = now;
    }

    public void mentorshipEnded(BigDecimal hoursPerWeek, Instant now) {
        load = load.minus(hoursPerWeek);
        changedAt = now;
    }

    /** Whether a coordinator may offer the mentor to one more citizen now. */
    public boolean hasFreeCapacity() {
        return status == MentorStatus.ACTIVE && load.activeMentorships() < capacityCitizens;
    }

    public boolean isOwnAccount(String username) {
        return accountUsername != null && accountUsername.equals(username);
    }

    public UUID id() { return id; }
    public String displayName() { return displayName; }
    public MentorKind kind() { return kind; }
    public MentorStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public String homeMunicipality() { return homeMunicipality; }
    public List<String> legalBases() { return List.copyOf(legalBases); }
    public UUID organisationId() { return organisationId; }
    public SharingScope sharingScope() { return sharingScope; }
    public List<String> sharedWith() { return List.copyOf(sharedWith); }
    public String accountUsername() { return accountUsername; }
    public ContactDetails contact() { return contact == null ? ContactDetails.NONE : contact; }
    public MentorProfile profile() { return profile; }
    public BackgroundConsent backgroundConsent() { return backgroundConsent == null ? BackgroundConsent.none() : backgroundConsent; }
    public List<WeeklyWindow> meetingWindows() { return List.copyOf(meetingWindows); }
    public boolean eveningsAndWeekends() { return eveningsAndWeekends; }
    public List<MeetingPlace> meetingPlaces() { return meetingPlaces.stream().map(MeetingPlace::valueOf).toList(); }
    public String areaMunicipality() { return areaMunicipality; }
    public String postcode() { return postcode; }
    public int capacityCitizens() { return capacityCitizens; }
    public BigDecimal capacityHoursPerWeek() { return capacityHoursPerWeek; }
    public PaidTerms paidTerms() { return paidTerms == null ? PaidTerms.UNPAID : paidTerms; }
    public Integer commitmentMonths() { return commitmentMonths; }
    public Vetting vetting() { return vetting; }
    public Load load() { return load; }
    public Instant registeredAt() { return registeredAt; }
    public Instant changedAt() { return changedAt; }
    public long version() { return version; }

    public List<String> targetGroups() { return profile.targetGroups(); }
}
