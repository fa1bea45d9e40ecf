namespace Reporting.Warehouse.Loading.SqlServer;

/// <summary>
/// The staging tables the writer bulk-copies into and their columns, in the order of
/// <c>sql/sqlserver/Tables/stage.*.sql</c> (a test compares them with the DacFx model).
/// </summary>
public static class StagingTables
{
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["stage.structure"] = ["load_key", "code", "name", "structure_type", "commune", "departement_code", "source_row"],
        ["stage.promeneur"] = ["load_key", "promeneur_id", "last_name", "first_name", "structure_code", "departement_code", "label", "job", "labelled_from", "labelled_to", "source_row"],
        ["stage.event"] = ["load_key", "code", "event_date", "date_key", "event_type", "title", "departement_code", "duration_hours", "audience", "source_row"],
        ["stage.attendance"] = ["load_key", "event_code", "promeneur_id", "attendance_status_key", "source_row"],
        ["stage.monthly_activity"] = ["load_key", "promeneur_id", "version_date", "month_key", "online_hours", "offline_hours", "permanences", "public_friends", "professional_friends", "publications", "source_row"],
        ["stage.solicitation"] = ["load_key", "promeneur_id", "solicitation_date", "date_key", "month_key", "direction_key", "interlocutor_key", "contact_mode_key", "theme_key", "age_band_key", "new_participant", "source_row"],
        ["stage.question"] = ["load_key", "question_number", "code", "label", "question_type", "scale_min", "scale_max"],
        ["stage.question_option"] = ["load_key", "question_code", "option_number", "label"],
        ["stage.response"] = ["load_key", "question_code", "respondent_number", "respondent_type", "promeneur_id", "answered_at", "option_number", "numeric_value", "text_value", "source_row"],
        ["stage.rejected_row"] = ["load_key", "file_key", "sheet", "source_row", "column_name", "cell_ref", "cell_value", "message"],
        ["stage.calendar"] = ["load_key", "date_key", "full_date", "calendar_year", "quarter_number", "month_number", "day_of_month", "month_key", "month_name", "day_of_week", "day_name"],
    };
}
