package dk.mentor.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the caseworker's plans and a plan's page (participants, meetings, the timeline, progression) and the mentor's citizens ({@code plan:} in templates), Danish in messages/plan_da.properties and English in
 * plan_en.properties. Split from {@link Msg} by page area: Quarkus 3.33 generates a broken resolver
 * (VerifyError at start) for a bundle of more than 300 messages, and a page area's texts read better together.
 */
@MessageBundle("plan")
public interface PlanMsg {

    @Message String plans_title();

    @Message String plans_none();

    @Message String plan_title();

    @Message String back_to_plans();

    @Message String plan_opened(String date);

    @Message String participants_title();

    @Message String participants_none();

    @Message String participant_since(String date);

    @Message String participant_ended(String date);

    @Message String meetings_title();

    @Message String meetings_none();

    @Message String col_minutes_by_basis();

    @Message String progression_title();

    @Message String progression_none();

    @Message String progression_score();

    @Message String progression_caption();

    @Message String double_role_label();

    @Message String double_role(String name);

    @Message String meeting_form_title();

    @Message String meeting_logged();

    @Message String meeting_participant();

    @Message String meeting_duration();

    @Message String meeting_place_label();

    @Message String meeting_place_none();

    @Message String meeting_minutes_help();

    @Message String meeting_note();

    @Message String meeting_submit();

    @Message String timeline_title();

    @Message String timeline_none();

    @Message String timeline_summary(int count, long meetings);

    @Message String goal_target(String date);

    @Message String consent_expires(String date);

    @Message String incident_resolved();

    @Message String incident_open();

    @Message String citizens_title();

    @Message String citizens_none();
}
