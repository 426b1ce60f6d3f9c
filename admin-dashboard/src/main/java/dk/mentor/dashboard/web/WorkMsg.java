package dk.mentor.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the daily-work forms and lists ({@code work:} in templates): the caseworker's alerts,
 * the progression form, the referral to a mentor and its steps, hand-overs between municipalities and
 * the catalogue import. Danish in messages/work_da.properties, English in work_en.properties.
 */
@MessageBundle("work")
public interface WorkMsg {

    /** One sentence for a form's outcome as a whole, by the key of {@code FormOutcome.formError}. */
    @Message String form_error(String key);

    /** One sentence next to a field, by the key of {@code FormOutcome.fieldErrors}. */
    @Message String field_error(String key);

    @Message String page_previous();

    @Message String page_next();

    @Message String nav_alerts();

    @Message String nav_hand_overs();

    @Message String plans_alerts_link();

    @Message String alerts_title();

    @Message String alerts_intro();

    @Message String alerts_kind();

    @Message String alerts_all_kinds();

    @Message String alert_kind(String code);

    @Message String alerts_none();

    @Message String alerts_due();

    @Message String alerts_detail();

    @Message String alerts_overdue();

    @Message String alerts_open_plan();

    @Message String alerts_pages();

    @Message String rating_form_title();

    @Message String rating_saved();

    @Message String rating_dimensions();

    @Message String rating_dimensions_help();

    @Message String rating_next_step();

    @Message String rating_mentor_support();

    @Message String rating_submit();

    @Message String import_link();

    @Message String back_to_catalogue();

    @Message String import_title();

    @Message String import_intro();

    @Message String import_file();

    @Message String import_file_help();

    @Message String import_dry_run();

    @Message String import_preview_title(String fileName);

    @Message String import_preview_intro();

    @Message String import_rows();

    @Message String import_registered();

    @Message String import_updated();

    @Message String import_refused();

    @Message String import_errors_caption();

    @Message String import_row();

    @Message String import_column();

    @Message String import_reason();

    @Message String import_blocked();

    @Message String import_confirm(int registered, int updated);

    @Message String import_done(int registered, int updated);
}
