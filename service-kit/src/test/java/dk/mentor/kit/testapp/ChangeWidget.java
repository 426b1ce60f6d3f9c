package dk.mentor.kit.testapp;

import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.testapp.WidgetRequests.ChangeWidgetRequest;
import dk.mentor.kit.testapp.WidgetRequests.WidgetResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class ChangeWidget {

    @Inject
    EntityManager em;

    @Inject
    WidgetEvents events;

    @Inject
    MunicipalityAccess access;

    @Transactional
    public WidgetResponse change(UUID id, String ifMatch, ChangeWidgetRequest request) {
        Widget widget = em.find(Widget.class, id);
        if (widget == null) {
            throw ProblemException.notFound(Widget.SUBJECT_TYPE, id);
        }
        access.require(widget.scope(), "update", "kit-test widget change");
        Versions.requireMatch(ifMatch, widget.version, Widget.SUBJECT_TYPE, id);
        widget.name = request.name();
        widget.quantity = request.quantity();
        em.flush(); // bumps the version, which the event carries
        events.append(WidgetEvents.CHANGED, widget);
        return WidgetResponse.from(widget);
    }
}
