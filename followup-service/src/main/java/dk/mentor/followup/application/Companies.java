package dk.mentor.followup.application;

import dk.mentor.followup.domain.Company;
import dk.mentor.followup.domain.CompanyContact;
import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.infra.persistence.CompanyContactRepository;
import dk.mentor.followup.infra.persistence.CompanyRepository;
import dk.mentor.followup.infra.persistence.PlacementRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The companies that host placements and their contact persons. A company (a CVR number) is national and
 * shared by every municipality's job centre; the placements at it are listed to each municipality for
 * its own plans only, so the company consultant sees their municipality's history with the company.
 */
@ApplicationScoped
public class Companies {

    @Inject
    CompanyRepository companies;
    @Inject
    CompanyContactRepository contacts;
    @Inject
    PlacementRepository placements;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /** How far a list that can grow large is counted (see CappedCount). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    public record Registration(String cvr, String name, String address, String industry) {
    }

    public record Contact(String name, String title, String phone, String email) {
    }

    /** A company with its contact persons. */
    public record View(Company company, List<CompanyContact> contacts) {
    }

    @Transactional
    public View register(Registration r) {
        String cvr = Company.cvr(r.cvr());
        companies.byCvr(cvr).ifPresent(existing -> {
            throw ProblemException.conflict("A company with CVR number " + cvr + " is already registered as " + existing.id());
        });
        Company company = Company.register(cvr, r.name(), r.address(), r.industry(), caller.username(), clock.instant());
        companies.persist(company);
        return new View(company, List.of());
    }

    @Transactional
    public View byId(UUID id) {
        Company company = company(id);
        return new View(company, contacts.ofCompany(id));
    }

    /** Every registered company, or the one with that CVR number, by name. */
    @Transactional
    public <T> Page<T> list(String cvr, PageRequest page, Function<View, T> mapper) {
        String number = cvr == null ? null : Company.cvr(cvr);
        var query = number == null ? companies.findAll(Sort.by("name").and("id"))
                : companies.find("cvr", Sort.by("name").and("id"), number);
        List<Company> items = query.page(page.page(), page.size()).list();
        CappedCount total = CappedCounts.sql(em, number == null ? "from company c" : "from company c where c.cvr = :cvr",
                number == null ? Map.of() : Map.of("cvr", number), page, items.size(), countCap);
        Map<UUID, List<CompanyContact>> contactsOf = contacts.ofCompanies(items.stream().map(Company::id).toList());
        return Page.of(items, page, total, c -> mapper.apply(new View(c, contactsOf.getOrDefault(c.id(), List.of()))));
    }

    @Transactional
    public CompanyContact addContact(UUID companyId, Contact c) {
        company(companyId);
        CompanyContact contact = CompanyContact.add(companyId, c.name(), c.title(), c.phone(), c.email(),
                caller.username(), clock.instant());
        contacts.persist(contact);
        return contact;
    }

    /**
     * The placements at the company on plans the caller's municipalities own now (a plan handed over takes
     * its placements along), by planned start. Lists without opening any plan, like the plan list.
     */
    @Transactional
    public <T> Page<T> placements(UUID companyId, PageRequest page, Function<Placement, T> mapper) {
        company(companyId);
        if (caller.municipalities().isEmpty()) {
            return Page.slice(List.of(), page, mapper);
        }
        Parameters params = Parameters.with("company", companyId).and("municipalities", caller.municipalities());
        List<Placement> items = placements.find("companyId = :company and planId in (select p.id from Plan p "
                + "where p.ownerMunicipality in :municipalities)", Sort.by("plannedFrom").and("id"), params)
                .page(page.page(), page.size()).list();
        return Page.of(items, page, CappedCounts.sql(em, "from placement pl where pl.company_id = :company and pl.plan_id in"
                + " (select p.id from plan p where p.owner_municipality in (:municipalities))", params.map(), page,
                items.size(), countCap), mapper);
    }

    Company company(UUID id) {
        return companies.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("company", id));
    }

    CompanyContact contact(UUID companyId, UUID contactId) {
        return contacts.atCompany(companyId, contactId)
                .orElseThrow(() -> ProblemException.invalidField("contactId", "no such contact person at the company"));
    }
}
