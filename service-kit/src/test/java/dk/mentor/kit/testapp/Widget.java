package dk.mentor.kit.testapp;

import dk.mentor.kit.access.ResourceScope;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A test-only aggregate: owned by a municipality, optionally shared, optimistically locked. */
@Entity
@Table(name = "widget")
public class Widget {

    public static final String SUBJECT_TYPE = "widget";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public String municipality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "widget_share", joinColumns = @JoinColumn(name = "widget_id"))
    @Column(name = "municipality")
    public Set<String> sharedWith = new HashSet<>();

    @Version
    public long version;

    public ResourceScope scope() {
        return ResourceScope.ownedBy(SUBJECT_TYPE, id, municipality).sharedWith(sharedWith);
    }
}
