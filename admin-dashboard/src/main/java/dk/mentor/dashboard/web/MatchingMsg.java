package dk.mentor.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the coordinator's referral queue, a referral's shortlist, matching rounds and supply and demand ({@code match:} in templates), Danish in messages/match_da.properties and English in
 * match_en.properties. Split from {@link Msg} by page area: Quarkus 3.33 generates a broken resolver
 * (VerifyError at start) for a bundle of more than 300 messages, and a page area's texts read better together.
 */
@MessageBundle("match")
public interface MatchingMsg {

    @Message String referrals_title();

    @Message String referrals_intro();

    @Message String referrals_none();

    @Message String referrals_caption();

    @Message String col_ordered();

    @Message String col_waiting_reasons();

    @Message String urgent();

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

    @Message String rounds_recent();

    @Message String rounds_recent_none();

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

    @Message String col_open_referrals();

    @Message String col_balance();

    @Message String col_mentors_free();

    @Message String shortage();
}
