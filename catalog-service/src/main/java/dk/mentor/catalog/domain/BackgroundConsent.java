package dk.mentor.catalog.domain;

import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The mentor's explicit consent to be matched as a role model by religion or ethnic background, with
 * the tags it covers. These are special categories of personal data (GDPR art. 9): the catalogue holds
 * the tags only while the consent stands, and a withdrawal erases them, so matching stops seeing them.
 */
@Embeddable
public class BackgroundConsent {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "background_tags", nullable = false)
    private List<String> tags = new ArrayList<>();
    @Column(name = "background_consent_given_on")
    private LocalDate givenOn;
    @Column(name = "background_consent_recorded_by")
    private String recordedBy;
    @Column(name = "background_consent_recorded_at")
    private Instant recordedAt;

    protected BackgroundConsent() {
    }

    static BackgroundConsent none() {
        return new BackgroundConsent();
    }

    /** @throws RuleViolation without a tag: a consent covers named tags, not background data in general */
    static BackgroundConsent given(List<String> tags, LocalDate givenOn, String recordedBy, Instant now) {
        List<String> clean = tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .distinct().sorted().toList();
        if (clean.isEmpty()) {
            throw RuleViolation.onField("A background consent names the tags it covers", "tags", "must name at least one tag");
        }
        BackgroundConsent c = new BackgroundConsent();
        c.tags = new ArrayList<>(clean);
        c.givenOn = givenOn;
        c.recordedBy = recordedBy;
        c.recordedAt = now;
        return c;
    }

    public boolean given() {
        return givenOn != null;
    }

    /** The tags matching may use: none without consent. */
    public List<String> tags() { return given() ? List.copyOf(tags) : List.of(); }
    public LocalDate givenOn() { return givenOn; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
