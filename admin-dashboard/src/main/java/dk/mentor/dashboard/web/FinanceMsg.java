package dk.mentor.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the finance officer's claims and ceilings ({@code fin:} in templates), Danish in messages/fin_da.properties and English in
 * fin_en.properties. Split from {@link Msg} by page area: Quarkus 3.33 generates a broken resolver
 * (VerifyError at start) for a bundle of more than 300 messages, and a page area's texts read better together.
 */
@MessageBundle("fin")
public interface FinanceMsg {

    @Message String claims_title();

    @Message String claims_none();

    @Message String col_regime();

    @Message String col_expense();

    @Message String col_refund();

    @Message String col_account();

    @Message String col_year();

    @Message String col_ceiling();

    @Message String col_consumed();

    @Message String col_percent();

    @Message String col_forecast();

    @Message String col_overrun();

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
}
