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

    @Message String back_to_plan();

    @Message String choose();

    @Message String plan_actions();

    @Message String referral_link();

    @Message String handover_link();

    @Message String referral_order_title();

    @Message String referral_basis();

    @Message String referral_purpose();

    @Message String referral_tasks();

    @Message String referral_tasks_help();

    @Message String referral_hours();

    @Message String referral_frequency();

    @Message String frequency(String code);

    @Message String referral_period_start();

    @Message String referral_period_end();

    @Message String referral_needs();

    @Message String referral_comma_help();

    @Message String referral_languages();

    @Message String referral_languages_help();

    @Message String referral_urgency();

    @Message String urgency(String code);

    @Message String wish_gender();

    @Message String wish_gender_binding();

    @Message String wish_place();

    @Message String wish_place_binding();

    @Message String wish_none();

    @Message String referral_submit();

    @Message String steps_title();

    @Message String steps_waiting();

    @Message String choice_legend();

    @Message String choice_help();

    @Message String chosen_by();

    @Message String chosen_by_value(String code);

    @Message String choice_submit();

    @Message String chosen_mentor(String name);

    @Message String meeting_legend();

    @Message String meeting_at();

    @Message String meeting_where();

    @Message String meeting_submit();

    @Message String meeting_scheduled(String at);

    @Message String answers_legend();

    @Message String answers_help();

    @Message String citizen_answered(boolean yes);

    @Message String mentor_answered(boolean yes);

    @Message String party(String code);

    @Message String answer_value(String code);

    @Message String answer_party();

    @Message String answer_legend();

    @Message String answer_reason();

    @Message String answer_submit();

    @Message String matched();

    @Message String handovers_title();

    @Message String handovers_intro();

    @Message String handovers_none();

    @Message String handovers_pages();

    @Message String handover_answered(String what);

    @Message String handover_disputed();

    @Message String handover_move_date();

    @Message String handover_annotation();

    @Message String handover_dispute_reason();

    @Message String handover_disputable_until();

    @Message String handover_accept_note();

    @Message String handover_accept();

    @Message String handover_dispute();

    @Message String handover_no_refusal();

    @Message String handover_offer_title();

    @Message String handover_offer_intro();

    @Message String handover_to();

    @Message String handover_consent();

    @Message String handover_consent_help();

    @Message String handover_offer_submit();
}
