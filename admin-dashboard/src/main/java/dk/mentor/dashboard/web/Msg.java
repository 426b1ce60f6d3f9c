package dk.mentor.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the UI. The Danish texts are in messages/msg_da.properties (the default locale),
 * the English ones in messages/msg_en.properties; MessageBundlesTest keeps both complete. Messages
 * with a code parameter translate a service's code (an enum value) with a {#switch} in the text.
 */
@MessageBundle
public interface Msg {

    @Message String app_name();

    @Message String skip_to_content();

    @Message String nav_label();

    @Message String nav_start();

    @Message String nav_catalogue();

    @Message String nav_plans();

    @Message String signed_in_as();

    @Message String log_out();

    @Message String other_language();

    @Message String other_language_code();

    @Message String role(String code);

    @Message String start_title();

    @Message String start_intro(String name);

    @Message String start_coming(String role);

    @Message String signed_out_title();

    @Message String signed_out_text();

    @Message String log_in_again();

    @Message String section(String key);

    @Message String filter_search();

    @Message String col_name();

    @Message String col_kind();

    @Message String col_languages();

    @Message String col_municipality();

    @Message String col_free();

    @Message String col_status();

    @Message String kind(String code);

    @Message String mentor_status(String code);

    @Message String target_group(String code);

    @Message String yes();

    @Message String no();

    @Message String profile_target_groups();

    @Message String col_opened();

    @Message String col_line();

    @Message String col_caseworker();

    @Message String col_goal();

    @Message String plan_status(String code);

    @Message String plan_line(String code);

    @Message String legal_basis(String code);

    @Message String participant_role(String code);

    @Message String col_date();

    @Message String col_duration();

    @Message String col_attendance();

    @Message String col_mode();

    @Message String attendance(String code);

    @Message String meeting_mode(String code);

    @Message String minutes(Integer count);

    @Message String not_found_title();

    @Message String nav_claims();

    @Message String nav_ceilings();

    @Message String next_page();

    @Message String col_period();

    @Message String col_basis();

    @Message String claim_status(String code);

    @Message String claim_move_to(String code);

    @Message String dimension(String code);

    @Message String nav_citizens();

    @Message String nav_dead_letters();

    @Message String and();

    @Message String meeting_form_error(String key);

    @Message String meeting_field_error(String field);

    @Message String meeting_place(String code);

    @Message String event_kind(String code);

    @Message String closure_outcome(String code);

    @Message String goal_status(String code);

    @Message String consent_purpose(String code);

    @Message String consent_basis(String code);

    @Message String hand_over_status(String code);

    @Message String incident_level(Integer level);

    @Message String dead_letters_title();

    @Message String dead_letters_intro();

    @Message String dead_letters_none();

    @Message String filter_legend_dead_letters();

    @Message String dead_letter_state(String code);

    @Message String service_name(String code);

    @Message String col_failed_at();

    @Message String col_consumer();

    @Message String col_event_type();

    @Message String col_attempts();

    @Message String col_error();

    @Message String col_replay();

    @Message String replay_button();

    @Message String replay_button_label(String type, String at);

    @Message String replay_confirm();

    @Message String replayed_by(String at, String by);

    @Message String replay_result(String key);

    @Message String nav_referrals();

    @Message String nav_rounds();

    @Message String nav_supply();

    @Message String referral_status(String code);

    @Message String unmet(String code);

    @Message String wish_relation(String code);

    @Message String gender(String code);

    @Message String criterion(String code);

    @Message String proposal_status(String code);

    @Message String supply_dimension(String code);
}
