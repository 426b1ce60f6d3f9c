package dk.mentor.kit.testapp;

import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.testapp.WidgetRequests.WidgetResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class ReadWidget {

    public static final String PURPOSE = "kit-test widget read";

    @Inject
    EntityManager em;

    @Inject
    MunicipalityAccess access;

    @Transactional
    public WidgetResponse read(UUID id) {
        Widget widget = em.find(Widget.class, id);
        if (widget == null) {
            throw ProblemException.notFound(Widget.SUBJECT_TYPE, id);
        }
        access.require(widget.scope(), "read", PURPOSE);
        return WidgetResponse.from(widget);
    }
}
