package dk.mentor.catalog.domain;

import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The mentor's vetting and intake: statuses and dates only, never a document. */
@Embeddable
public class Vetting {

    @Enumerated(EnumType.STRING)
    @Column(name = "child_certificate_status", nullable = false)
    private ScreeningStatus childCertificate = ScreeningStatus.NOT_REQUESTED;

    @Column(name = "child_certificate_on")
    private LocalDate childCertificateOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "criminal_record_status", nullable = false)
    private ScreeningStatus criminalRecord = ScreeningStatus.NOT_REQUESTED;

    @Column(name = "criminal_record_on")
    private LocalDate criminalRecordOn;

    @Column(name = "intake_interview_on")
    private LocalDate intakeInterviewOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "expectations_agreed", nullable = false)
    private List<String> expectationsAgreed = new ArrayList<>();

    protected Vetting() {
    }

    public static Vetting of(ScreeningStatus childCertificate, LocalDate childCertificateOn, ScreeningStatus criminalRecord,
                             LocalDate criminalRecordOn, LocalDate intakeInterviewOn, Collection<ExpectationPoint> agreed) {
        requireDateWhenChecked("child-protection certificate", childCertificate, childCertificateOn);
        requireDateWhenChecked("criminal-record check", criminalRecord, criminalRecordOn);
        if (intakeInterviewOn == null && !agreed.isEmpty()) {
            throw new RuleViolation("The expectation checklist is agreed at the intake interview; give its date");
        }
        Vetting v = new Vetting();
        v.childCertificate = childCertificate;
        v.childCertificateOn = childCertificateOn;
        v.criminalRecord = criminalRecord;
        v.criminalRecordOn = criminalRecordOn;
        v.intakeInterviewOn = intakeInterviewOn;
        v.expectationsAgreed = new ArrayList<>(agreed.stream().distinct().sorted().map(Enum::name).toList());
        return v;
    }

    private static void requireDateWhenChecked(String what, ScreeningStatus status, LocalDate on) {
        boolean checked = status == ScreeningStatus.CLEARED || status == ScreeningStatus.REMARKS;
        if (checked && on == null) {
            throw new RuleViolation("A " + what + " that was checked needs the date it was checked");
        }
    }

    /** Why the vetting is not in order for these requirements; empty when it is. */
    public List<String> missing(Set<VettingRequirement> required) {
        List<String> reasons = new ArrayList<>();
        if (required.contains(VettingRequirement.CHILD_PROTECTION_CERTIFICATE) && childCertificate != ScreeningStatus.CLEARED) {
            reasons.add("child-protection certificate (børneattest) is " + childCertificate + ", not CLEARED");
        }
        if (required.contains(VettingRequirement.CRIMINAL_RECORD_CHECK) && criminalRecord != ScreeningStatus.CLEARED) {
            reasons.add("criminal-record check is " + criminalRecord + ", not CLEARED");
        }
        if (required.contains(VettingRequirement.INTAKE_INTERVIEW)) {
            if (intakeInterviewOn == null) {
                reasons.add("no intake interview has been held");
            } else {
                Set<ExpectationPoint> open = EnumSet.allOf(ExpectationPoint.class);
                open.removeAll(expectationsAgreed());
                if (!open.isEmpty()) {
                    reasons.add("expectation checklist points not agreed: " + open);
                }
            }
        }
        return reasons;
    }

    public ScreeningStatus childCertificate() { return childCertificate; }
    public LocalDate childCertificateOn() { return childCertificateOn; }
    public ScreeningStatus criminalRecord() { return criminalRecord; }
    public LocalDate criminalRecordOn() { return criminalRecordOn; }
    public LocalDate intakeInterviewOn() { return intakeInterviewOn; }

    public List<ExpectationPoint> expectationsAgreed() {
        return expectationsAgreed.stream().map(ExpectationPoint::valueOf).toList();
    }
}
