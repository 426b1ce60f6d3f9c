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

    @Message String catalogue_title();

    @Message String filter_legend();

    @Message String filter_kind();

    @Message String filter_language();

    @Message String filter_target_group();

    @Message String filter_area();

    @Message String filter_free_capacity();

    @Message String filter_any();

    @Message String filter_search();

    @Message String results_count(long count);

    @Message String results_count_capped(long count);

    @Message String results_none();

    @Message String col_name();

    @Message String col_kind();

    @Message String col_languages();

    @Message String col_municipality();

    @Message String col_free();

    @Message String col_status();

    @Message String kind(String code);

    @Message String mentor_status(String code);

    @Message String target_group(String code);

    @Message String mentor_title();

    @Message String back_to_catalogue();

    @Message String vetting_title();

    @Message String vetting_complete();

    @Message String vetting_incomplete();

    @Message String vetting_criminal_record();

    @Message String vetting_child_certificate();

    @Message String vetting_intake_interview();

    @Message String vetting_expectations();

    @Message String vetting_missing();

    @Message String screening(String code);

    @Message String not_recorded();

    @Message String training_title();

    @Message String training_start_course();

    @Message String training_hours();

    @Message String training_cost();

    @Message String training_none();

    @Message String training_col_course();

    @Message String training_col_date();

    @Message String yes();

    @Message String no();

    @Message String capacity_title();

    @Message String capacity_citizens();

    @Message String capacity_active();

    @Message String capacity_free_seats();

    @Message String capacity_hours();

    @Message String capacity_free_hours();

    @Message String profile_title();

    @Message String profile_target_groups();

    @Message String plans_title();

    @Message String plans_none();

    @Message String col_opened();

    @Message String col_line();

    @Message String col_caseworker();

    @Message String col_goal();

    @Message String plan_status(String code);

    @Message String plan_line(String code);

    @Message String plan_title();

    @Message String back_to_plans();

    @Message String plan_opened(String date);

    @Message String participants_title();

    @Message String participants_none();

    @Message String legal_basis(String code);

    @Message String participant_role(String code);

    @Message String participant_since(String date);

    @Message String participant_ended(String date);

    @Message String meetings_title();

    @Message String meetings_none();

    @Message String col_date();

    @Message String col_duration();

    @Message String col_attendance();

    @Message String col_mode();

    @Message String col_minutes_by_basis();

    @Message String attendance(String code);

    @Message String meeting_mode(String code);

    @Message String minutes(Integer count);

    @Message String not_found_title();

    @Message String nav_claims();

    @Message String nav_ceilings();

    @Message String claims_title();

    @Message String claims_none();

    @Message String next_page();

    @Message String col_period();

    @Message String col_regime();

    @Message String col_expense();

    @Message String col_refund();

    @Message String col_basis();

    @Message String col_account();

    @Message String col_year();

    @Message String col_ceiling();

    @Message String col_consumed();

    @Message String col_percent();

    @Message String col_forecast();

    @Message String col_overrun();

    @Message String claim_status(String code);

    @Message String claim_move_to(String code);

    @Message String claim_title();

    @Message String back_to_claims();

    @Message String claim_reason();

    @Message String claim_reason_help();

    @Message String claim_csv();

    @Message String claim_document();

    @Message String claim_move_title();

    @Message String claim_lines_title();

    @Message String claim_lines_none();

    @Message String ceilings_title();

    @Message String ceilings_none();

    @Message String ceilings_caption();

    @Message String ceilings_table_caption(String municipality, int year);

    @Message String chart_consumed();

    @Message String chart_forecast();

    @Message String chart_mark80();

    @Message String chart_mark100();

    @Message String ceiling_kind(String code);

    @Message String ceiling_not_set();

    @Message String ceiling_warning();

    @Message String ceiling_reached(String date);

    @Message String ceiling_no_overrun();

    @Message String progression_title();

    @Message String progression_none();

    @Message String progression_score();

    @Message String progression_caption();

    @Message String dimension(String code);

    @Message String nav_citizens();

    @Message String nav_dead_letters();

    @Message String and();

    @Message String double_role_label();

    @Message String double_role(String name);

    @Message String meeting_form_title();

    @Message String meeting_logged();

    @Message String meeting_form_error(String key);

    @Message String meeting_field_error(String field);

    @Message String meeting_participant();

    @Message String meeting_duration();

    @Message String meeting_place_label();

    @Message String meeting_place_none();

    @Message String meeting_place(String code);

    @Message String meeting_minutes_help();

    @Message String meeting_note();

    @Message String meeting_submit();

    @Message String timeline_title();

    @Message String timeline_none();

    @Message String timeline_summary(int count, long meetings);

    @Message String event_kind(String code);

    @Message String closure_outcome(String code);

    @Message String goal_status(String code);

    @Message String goal_target(String date);

    @Message String consent_purpose(String code);

    @Message String consent_basis(String code);

    @Message String consent_expires(String date);

    @Message String hand_over_status(String code);

    @Message String incident_level(Integer level);

    @Message String incident_resolved();

    @Message String incident_open();

    @Message String citizens_title();

    @Message String citizens_none();

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

    @Message String referrals_title();

    @Message String referrals_intro();

    @Message String referrals_none();

    @Message String referrals_caption();

    @Message String col_ordered();

    @Message String col_waiting_reasons();

    @Message String urgent();

    @Message String referral_status(String code);

    @Message String unmet(String code);

    @Message String ruled_out(int ruledOut, int considered);

    @Message String referral_title();

    @Message String back_to_referrals();

    @Message String referral_order();

    @Message String hours_per_week();

    @Message String needs();

    @Message String wishes_title();

    @Message String wishes_none();

    @Message String wishes_help();

    @Message String wish_binding();

    @Message String wish_preferred();

    @Message String wish_relation(String code);

    @Message String gender(String code);

    @Message String criterion(String code);

    @Message String waiting_title();

    @Message String shortlist_button();

    @Message String shortlist_help();

    @Message String shortlist_title();

    @Message String shortlist_none();

    @Message String shortlist_explained();

    @Message String rank(int rank);

    @Message String points(String points);

    @Message String points_of(String points, int weight);

    @Message String explanation_caption(String name);

    @Message String col_criterion();

    @Message String col_contribution();

    @Message String col_points();

    @Message String col_fit();

    @Message String proposal_status(String code);

    @Message String open_referral(String name);

    @Message String round_title();

    @Message String round_intro();

    @Message String round_municipalities();

    @Message String round_cap();

    @Message String round_cap_help();

    @Message String round_run();

    @Message String round_error_none();

    @Message String round_result_title();

    @Message String round_new();

    @Message String round_started();

    @Message String round_referrals();

    @Message String round_mentors();

    @Message String round_pairs();

    @Message String round_pinned();

    @Message String round_proposed();

    @Message String round_total();

    @Message String round_proposals();

    @Message String round_proposals_none();

    @Message String round_proposals_help();

    @Message String supply_title();

    @Message String supply_intro();

    @Message String supply_none();

    @Message String supply_caption();

    @Message String supply_dimension(String code);

    @Message String col_open_referrals();

    @Message String col_balance();

    @Message String col_mentors_free();

    @Message String shortage();

}
