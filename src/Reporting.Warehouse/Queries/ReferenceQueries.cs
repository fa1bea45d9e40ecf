using Reporting.Domain.Model;
using Reporting.Domain.Periods;
using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Queries;

/// <summary>Read-only questions on the reference data.</summary>
public sealed class ReferenceQueries(WarehouseSession session)
{
    /// <summary>Promeneurs of a département active during a year, as their workbook must name them.</summary>
    public IReadOnlyList<TemplateIdentity> TemplateIdentities(string departement, int year)
    {
        var period = Period.Year(year);
        return session.Query<TemplateIdentity>("queries/template_promeneurs.sql",
            new { departement, first_day = period.FirstDay, last_day = period.LastDay }).ToList();
    }

    /// <summary>How many promeneurs the warehouse knows (0: nothing loaded yet).</summary>
    public long PromeneurCount() => session.ExecuteScalar<long>("queries/promeneur_count.sql");
}
