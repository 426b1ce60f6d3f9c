package dk.mentor.kit.testapp;

import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.testapp.WidgetRequests.CreateWidgetRequest;
import dk.mentor.kit.testapp.WidgetRequests.WidgetResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class CreateWidget {

    public static final int MAX_QUANTITY = 1_000;

    @Inject
    EntityManager em;

    @Inject
    WidgetEvents events;

    @Inject
    Caller caller;

    @Transactional
    public WidgetResponse create(CreateWidgetRequest request) {
        if (!caller.actsFor(request.municipality())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You do not act for municipality " + request.municipality());
        }
        long sameName = em.createQuery("select count(w) from Widget w where w.municipality = :m and w.name = :n", Long.class)
                .setParameter("m", request.municipality()).setParameter("n", request.name()).getSingleResult();
        if (sameName > 0) {
            throw ProblemException.conflict("A widget with that name already exists in " + request.municipality());
        }
        Widget widget = new Widget();
        widget.id = UUID.randomUUID();
        widget.name = request.name();
        widget.quantity = request.quantity();
        widget.municipality = request.municipality();
        widget.sharedWith.addAll(request.sharedWith() == null ? Set.of() : request.sharedWith());
        em.persist(widget);
        em.flush();
        events.append(WidgetEvents.CREATED, widget);
        // Checked after the event is written on purpose: a rule that fails late must take the event with it.
        if (widget.quantity > MAX_QUANTITY) {
            throw new RuleViolation("A widget holds at most " + MAX_QUANTITY + " items");
        }
        return WidgetResponse.from(widget);
    }
}
