using Reporting.Domain.Model;

namespace Reporting.Validation.Tracking;

/// <summary>The valid content of one tracking workbook: who, which year, submitted months and solicitations.</summary>
public sealed record TrackingWorkbook(
    TrackingIdentification Identification,
    IReadOnlyList<MonthActivity> Months,
    IReadOnlyList<Solicitation> Solicitations);
