package dk.mentor.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who the mentor is, as the citizen and the coordinator choose by it (seed 000 pp.18, 20, 30). */
@Embeddable
public class MentorProfile {

    @Enumerated(EnumType.STRING)
    @Column(name = "gender")
    private MentorDetails.Gender gender;
    @Column(name = "birth_year")
    private Integer birthYear;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "languages", nullable = false)
    private List<String> languages;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "competences", nullable = false)
    private List<String> competences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false)
    private List<String> targetGroups;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "role_model_tags", nullable = false)
    private List<String> roleModelTags;
    @Column(name = "motivation")
    private String motivation;
    @Column(name = "background")
    private String background;
    @Column(name = "presentation", nullable = false)
    private String presentation;
    @Column(name = "photo_url")
    private String photoUrl;
    @Column(name = "preferences")
    private String preferences;

    protected MentorProfile() {
    }

    static MentorProfile of(MentorDetails d) {
        MentorProfile p = new MentorProfile();
        p.gender = d.gender();
        p.birthYear = d.birthYear();
        p.languages = tags(d.languages());
        p.competences = tags(d.competences());
        p.targetGroups = new ArrayList<>(d.targetGroups().stream().distinct().sorted().toList());
        p.roleModelTags = tags(d.roleModelTags());
        p.motivation = d.motivation();
        p.background = d.background();
        p.presentation = d.presentation();
        p.photoUrl = d.photoUrl();
        p.preferences = d.preferences();
        return p;
    }

    /** Tags compare case-insensitively in searches, so they are kept trimmed and lower case. */
    private static List<String> tags(List<String> values) {
        return new ArrayList<>(values.stream().map(v -> v.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(v -> !v.isEmpty()).distinct().sorted().toList());
    }

    public MentorDetails.Gender gender() { return gender; }
    public Integer birthYear() { return birthYear; }
    public List<String> languages() { return List.copyOf(languages); }
    public List<String> competences() { return List.copyOf(competences); }
    public List<String> targetGroups() { return List.copyOf(targetGroups); }
    public List<String> roleModelTags() { return List.copyOf(roleModelTags); }
    public String motivation() { return motivation; }
    public String background() { return background; }
    public String presentation() { return presentation; }
    public String photoUrl() { return photoUrl; }
    public String preferences() { return preferences; }
}
