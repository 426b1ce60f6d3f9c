package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The auditor's log: every service keeps its own audit trail ({@code GET /api/v1/audit-entries}, newest
 * first, only entries about data of the auditor's municipalities), so one list across services is a
 * merge. Page {@code p} of the merged list is made of at most the first {@code (p + 1) × PAGE_SIZE}
 * entries of each service: those are asked for at once (in pages of 200), merged newest first, and the
 * page is cut out of the merge.
 */
@ApplicationScoped
public class AuditQueries {

    public static final int PAGE_SIZE = 25;

    /** How deep the merged list pages; further back an auditor narrows by service or subject instead. */
    public static final int MAX_PAGE = 39;

    private static final int SERVICE_PAGE = 200;

    private final ServiceClient services;

    public AuditQueries(ServiceClient services) {
        this.services = services;
    }

    /**
     * Page {@code page} of the entries of one service ({@code catalog}, {@code matching}, {@code followup},
     * {@code refusion}) or, when none is given, of all four; narrowed by the filter, which each service applies.
     */
    public AuditLog log(Optional<String> service, AuditFilter filter, int page, String accessToken) {
        List<Backend> backends = service.flatMap(DeadLetterQueries::backend).map(List::of).orElse(List.of(Backend.values()));
        int chosen = Math.min(Math.max(page, 0), MAX_PAGE);
        int needed = (chosen + 1) * PAGE_SIZE;
        String query = filter.query();
        Map<Backend, List<CompletableFuture<Reply<Page<AuditEntry>>>>> calls = new LinkedHashMap<>();
        for (Backend backend : backends) {
            List<CompletableFuture<Reply<Page<AuditEntry>>>> pages = new ArrayList<>();
            for (int servicePage = 0; servicePage * SERVICE_PAGE < needed; servicePage++) {
                int size = Math.min(SERVICE_PAGE, needed);
                pages.add(services.get(backend, "/api/v1/audit-entries?page=" + servicePage + "&size=" + size + query,
                        accessToken, new TypeReference<Page<AuditEntry>>() { }));
            }
            calls.put(backend, pages);
        }
        List<AuditRow> merged = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long total = 0;
        boolean capped = false;
        for (Map.Entry<Backend, List<CompletableFuture<Reply<Page<AuditEntry>>>>> call : calls.entrySet()) {
            String name = DeadLetterQueries.name(call.getKey());
            List<AuditRow> rows = new ArrayList<>();
            String failure = null;
            for (CompletableFuture<Reply<Page<AuditEntry>>> pageCall : call.getValue()) {
                Section<Page<AuditEntry>> section = Section.from(call.getKey(), pageCall.join());
                if (!section.isAvailable()) {
                    failure = section.messageKey();
                    break;
                }
                section.value().items().forEach(e -> rows.add(new AuditRow(name, e)));
                if (pageCall == call.getValue().get(0)) {
                    total += section.value().totalItems();
                    capped |= section.value().totalItemsCapped();
                }
            }
            if (failure != null) {
                // a service's part is whole or left out, never half there
                missing.add(failure);
                continue;
            }
            merged.addAll(rows.subList(0, Math.min(rows.size(), needed)));
        }
        merged.sort(Comparator.comparing((AuditRow r) -> r.entry().occurredAt(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(AuditRow::service));
        int from = Math.min(chosen * PAGE_SIZE, merged.size());
        List<AuditRow> rows = List.copyOf(merged.subList(from, Math.min(from + PAGE_SIZE, merged.size())));
        boolean more = chosen < MAX_PAGE && ((long) needed < total || capped);
        return new AuditLog(rows, chosen, more, List.copyOf(missing));
    }
}
