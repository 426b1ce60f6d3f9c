package dk.mentor.kit.codes;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.rules.RuleViolation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import dk.mentor.kit.time.DanishTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's code lists as its own {@code code_list_entry} rows say (the owner's rows in catalog, a
 * replica elsewhere), for validating codes and reading a legal basis's attributes.
 *
 * <p>The rows change seldom and are read on nearly every request, so they are cached in memory. The cache
 * is dropped when this instance writes a row, and otherwise at most {@code mentor.code-lists.refresh}
 * old (30 s by default): another instance of the service may have applied the change, and this one cannot
 * know, so a new code is accepted everywhere within that time, without a restart.
 */
@ApplicationScoped
public class CodeLists {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private record Snapshot(long loadedAtNanos, Map<CodeList, Map<String, CodeListEntry>> byList) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mentor.code-lists.refresh", defaultValue = "PT30S")
    Duration refresh;

    private volatile Snapshot snapshot;

    /** Every entry of the list, in force or not, by code. */
    public List<CodeListEntry> entries(CodeList list) {
        return List.copyOf(current().byList().getOrDefault(list, Map.of()).values());
    }

    /** The entries in force on that day, by code. */
    public List<CodeListEntry> inForce(CodeList list, LocalDate on) {
        return entries(list).stream().filter(entry -> entry.inForceOn(on)).toList();
    }

    /** The entry with that code, in force or not; empty for a code this service does not know (yet). */
    public Optional<CodeListEntry> find(CodeList list, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().byList().getOrDefault(list, Map.of()).get(code));
    }

    /**
     * The entry, which must be in force on {@code on}.
     *
     * @throws RuleViolation (422) naming the field and the codes in force that day
     */
    public CodeListEntry requireInForce(CodeList list, String code, LocalDate on, String field) {
        Optional<CodeListEntry> entry = find(list, code);
        if (entry.isPresent() && entry.get().inForceOn(on)) {
            return entry.get();
        }
        List<String> allowed = inForce(list, on).stream().map(CodeListEntry::code).toList();
        String why = entry.isPresent() ? "gælder ikke den " + DANISH_DATE.format(on) : "findes ikke";
        throw RuleViolation.onField("Koden " + code + " i " + field + " " + why + "; gyldige koder: " + String.join(", ", allowed),
                field, "must be a " + list + " code in force on " + on + ", one of " + allowed);
    }

    /** Each code must be in force on {@code on}; see {@link #requireInForce(CodeList, String, LocalDate, String)}. */
    public void requireAllInForce(CodeList list, Collection<String> codes, LocalDate on, String field) {
        if (codes != null) {
            codes.forEach(code -> requireInForce(list, code, on, field));
        }
    }

    /**
     * The entry, which must be in force on at least one day from {@code from} to {@code to}: for data about a
     * period, such as a budget year.
     */
    public CodeListEntry requireInForceDuring(CodeList list, String code, LocalDate from, LocalDate to, String field) {
        Optional<CodeListEntry> entry = find(list, code);
        if (entry.isPresent() && !entry.get().validFrom().isAfter(to)
                && (entry.get().validTo() == null || !entry.get().validTo().isBefore(from))) {
            return entry.get();
        }
        return requireInForce(list, code, from, field);
    }

    /** Each code must be in force today (Danish time): for new data that names no date of its own. */
    public void requireAllInForceToday(CodeList list, Collection<String> codes, String field) {
        requireAllInForce(list, codes, DanishTime.today(clock), field);
    }

    /**
     * The entry, which must exist but may be out of force: for data that names a period of its own, such
     * as a report or a rule of a past regime.
     */
    public CodeListEntry requireKnown(CodeList list, String code, String field) {
        return find(list, code).orElseThrow(() -> RuleViolation.onField(
                "Koden " + code + " i " + field + " findes ikke; kendte koder: "
                        + String.join(", ", entries(list).stream().map(CodeListEntry::code).toList()),
                field, "must be a " + list + " code, one of " + entries(list).stream().map(CodeListEntry::code).toList()));
    }

    /**
     * The terms of a legal basis in force on {@code on}, from its row.
     *
     * @throws RuleViolation (422) naming the field and the bases in force that day
     */
    public LegalBasisTerms requireLegalBasis(String code, LocalDate on, String field) {
        return requireInForce(CodeList.LEGAL_BASIS, code, on, field).toLegalBasisTerms();
    }

    /** The terms of a legal basis, or empty for a code this service does not know (yet): an event may bring one. */
    public Optional<LegalBasisTerms> findLegalBasis(String code) {
        return find(CodeList.LEGAL_BASIS, code).map(CodeListEntry::toLegalBasisTerms);
    }

    /**
     * As {@link #findLegalBasis}, but a code missing from the cache is looked for once more in the rows: another
     * instance may have applied its event moments ago. For events, which may carry a code that is new.
     */
    public Optional<LegalBasisTerms> findLegalBasisNow(String code) {
        Optional<LegalBasisTerms> cached = findLegalBasis(code);
        if (cached.isPresent()) {
            return cached;
        }
        invalidate();
        return findLegalBasis(code);
    }

    /**
     * The terms of a legal basis the service recorded earlier, in force or not. Rows are never deleted, so a
     * recorded code is always found.
     *
     * @throws IllegalStateException when the code has no row, which would be a defect
     */
    public LegalBasisTerms legalBasis(String code) {
        return find(CodeList.LEGAL_BASIS, code).map(CodeListEntry::toLegalBasisTerms)
                .orElseThrow(() -> new IllegalStateException("no LEGAL_BASIS row for the recorded code " + code));
    }

    /** Forgets the cache, so the next look-up reads the rows again; called after this instance wrote one. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null || System.nanoTime() - now.loadedAtNanos() > refresh.toNanos()) {
            now = load();
            snapshot = now;
        }
        return now;
    }

    private Snapshot load() {
        Map<CodeList, Map<String, CodeListEntry>> byList = new EnumMap<>(CodeList.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select list, code, name_da, name_en, valid_from, valid_to,"
                     + " version, legal_line, law, paragraph, anonymous_allowed, grant_months, roles, kind from code_list_entry");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Optional<CodeList> list = CodeList.named(rows.getString("list"));
                if (list.isEmpty()) {
                    continue;
                }
                CodeListEntry entry = read(list.get(), rows);
                byList.computeIfAbsent(entry.list(), l -> new TreeMap<>()).put(entry.code(), entry);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the code lists", e);
        }
        return new Snapshot(System.nanoTime(), byList);
    }

    private static CodeListEntry read(CodeList list, ResultSet row) throws SQLException {
        String roles = row.getString("roles");
        int months = row.getInt("grant_months");
        Integer grantMonths = row.wasNull() ? null : months;
        return new CodeListEntry(list, row.getString("code"), row.getString("name_da"), row.getString("name_en"),
                row.getObject("valid_from", LocalDate.class), row.getObject("valid_to", LocalDate.class),
                row.getLong("version"), row.getString("legal_line"), row.getString("law"), row.getString("paragraph"),
                row.getBoolean("anonymous_allowed"), grantMonths,
                roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(",")), row.getString("kind"));
    }
}
