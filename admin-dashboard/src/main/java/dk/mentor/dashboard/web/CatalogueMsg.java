package dk.mentor.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the coordinator's mentor catalogue and a mentor's page (vetting, training, capacity, profile) ({@code cat:} in templates), Danish in messages/cat_da.properties and English in
 * cat_en.properties. Split from {@link Msg} by page area: Quarkus 3.33 generates a broken resolver
 * (VerifyError at start) for a bundle of more than 300 messages, and a page area's texts read better together.
 */
@MessageBundle("cat")
public interface CatalogueMsg {

    @Message String catalogue_title();

    @Message String filter_legend();

    @Message String filter_kind();

    @Message String filter_language();

    @Message String filter_target_group();

    @Message String filter_area();

    @Message String filter_free_capacity();

    @Message String filter_any();

    @Message String results_count(long count);

    @Message String results_count_capped(long count);

    @Message String results_none();

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

    @Message String capacity_title();

    @Message String capacity_citizens();

    @Message String capacity_active();

    @Message String capacity_free_seats();

    @Message String capacity_hours();

    @Message String capacity_free_hours();

    @Message String profile_title();
}
