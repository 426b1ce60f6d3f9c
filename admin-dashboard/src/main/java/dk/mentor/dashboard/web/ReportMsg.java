package dk.mentor.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the audit log, the citizen's access log and the finance officer's period reports
 * ({@code rep:} in templates), Danish in messages/rep_da.properties and English in rep_en.properties.
 * A bundle of their own because Quarkus 3.33's generated message resolver breaks (VerifyError at start)
 * once one bundle has more than 300 messages; {@link Msg} holds the rest.
 */
@MessageBundle("rep")
public interface ReportMsg {

    @Message String nav_settlements();

    @Message String nav_cost();

    @Message String nav_audit();

    @Message String nav_access_log();

    @Message String audit_title();

    @Message String audit_intro();

    @Message String audit_filter_legend();

    @Message String audit_service();

    @Message String audit_all_services();

    @Message String audit_subject();

    @Message String audit_subject_help();

    @Message String audit_none();

    @Message String audit_caption();

    @Message String audit_caption_subject(String subject);

    @Message String audit_when();

    @Message String audit_actor();

    @Message String audit_action();

    @Message String audit_subject_col();

    @Message String audit_outcome();

    @Message String audit_purpose();

    @Message String audit_outcome_name(String code);

    @Message String pager_label();

    @Message String previous_page();

    @Message String page_number(int number);

    @Message String access_log_title();

    @Message String access_log_intro();

    @Message String access_log_plan();

    @Message String access_log_plan_invalid();

    @Message String access_log_none();

    @Message String access_log_caption();

    @Message String period_from();

    @Message String period_to();

    @Message String total();

    @Message String csv_link();

    @Message String audit_all_outcomes();

    @Message String audit_from();

    @Message String audit_to();

    @Message String settlements_title();

    @Message String settlements_intro();

    @Message String settlements_none(String municipality, String from, String to);

    @Message String settlements_caption(String municipality, String from, String to);

    @Message String settlement_other();

    @Message String settlement_owed_by_us();

    @Message String settlement_owed_to_us();

    @Message String settlement_net();

    @Message String settlement_lines();

    @Message String settlement_we_pay();

    @Message String settlement_they_pay();

    @Message String settlement_even();

    @Message String cost_title();

    @Message String cost_intro();

    @Message String cost_none(String municipality, String from, String to);

    @Message String cost_caption(String municipality, String from, String to);

    @Message String col_target_group();

    @Message String cost_citizens();

    @Message String cost_citizen_months();

    @Message String cost_net();

    @Message String cost_per_month();

    @Message String cost_closed();

    @Message String cost_outcomes();

    @Message String cost_unassigned(String amount);

    @Message String target_group_unspecified();

    @Message String no_mentorship();

    @Message String access_log_link();
}
