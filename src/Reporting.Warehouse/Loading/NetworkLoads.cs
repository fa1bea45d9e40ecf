using System.Data;
using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Periods;
using Reporting.Domain.Text;
using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Loading;

/// <summary>A local group as loaded: its key, département, spelling and matching key.</summary>
public sealed record LocalGroup(int LocalGroupKey, string DepartementCode, string Name, string NameKey);

/// <summary>
/// The loads of the version 2 inputs (INPUTS.md §5–7), the same on both engines: a few hundred rows per file, one
/// parameterised statement each (<c>sql/network</c>, shared by DuckDB and SQL Server), inside the writer's transaction.
/// </summary>
public static class NetworkLoads
{
    private const string Folder = "network/";

    /// <summary>The typed steps then « Premier mois transmis »; key = position.</summary>
    public static short StepKey(string etape) => (short)(Lists.EtapesIndicateur.ToList().IndexOf(etape) + 1);

    public static IReadOnlyList<LocalGroup> Groups(WarehouseSession session, IDbTransaction? tx = null) =>
        session.Query<LocalGroup>(Folder + "local_group_list.sql", null, tx).ToList();

    /// <summary>The loaded spelling of a group of a département from any spelling of its name, or null.</summary>
    public static Func<string, string, string?> GroupFinder(IReadOnlyList<LocalGroup> groups)
    {
        var byKey = groups.ToDictionary(g => (g.DepartementCode, g.NameKey), g => g.Name);
        return (departement, name) => byKey.GetValueOrDefault((departement, TextKey.Of(name)));
    }

    public static IReadOnlyDictionary<string, DateOnly> Interviews(WarehouseSession session) =>
        session.Query<Interview>(Folder + "onboarding_interviews.sql")
            .ToDictionary(r => r.PromeneurId, r => r.StepDate, StringComparer.Ordinal);

    private sealed record Interview(string PromeneurId, DateOnly StepDate);

    public static void NetworkActivity(WarehouseSession session, IDbTransaction tx, int fileKey, IReadOnlyList<NetworkActivityRecord> records)
    {
        foreach (var r in records)
        {
            var key = new { departement_code = r.Departement, month_key = r.Year * 100 + r.Month, audience = r.Label };
            session.Execute(Folder + "network_activity_delete.sql", key, tx);
            session.Execute(Folder + "network_activity_insert.sql", new
            {
                key.departement_code, key.month_key, key.audience,
                documents = r.Documents, photos = r.Photos, posts = r.Posts,
                posts_organisation = r.PostsOrganisation, posts_network_life = r.PostsVieReseau, posts_resources = r.PostsRessources,
                member_promeneurs = r.MembresPromeneurs, member_others = r.MembresAutres,
                file_key = fileKey, source_row = r.SourceRow,
            }, tx);
        }
    }

    public static void Onboarding(WarehouseSession session, IDbTransaction tx, int fileKey, IReadOnlyList<OnboardingStepRecord> records)
    {
        foreach (var r in records)
        {
            var key = new { promeneur_id = r.Identifiant, onboarding_step_key = StepKey(r.Etape) };
            session.Execute(Folder + "onboarding_step_delete.sql", key, tx);
            session.Execute(Folder + "onboarding_step_insert.sql", new
            {
                key.promeneur_id, key.onboarding_step_key, step_date = r.Date, date_key = Period.DateKey(r.Date), file_key = fileKey, source_row = r.SourceRow,
            }, tx);
        }
    }

    /// <summary>Creates the groups the file names for the first time, then replaces the membership of every group it names.</summary>
    public static void Memberships(WarehouseSession session, IDbTransaction tx, int fileKey, IReadOnlyList<GroupMembershipRecord> records)
    {
        var known = Groups(session, tx).ToDictionary(g => (g.DepartementCode, g.NameKey), g => g.LocalGroupKey);
        foreach (var g in records.Select(r => (r.Departement, r.Groupe)).Distinct())
            if (!known.ContainsKey((g.Departement, TextKey.Of(g.Groupe))))
                session.Execute(Folder + "local_group_insert.sql", new { departement_code = g.Departement, name = g.Groupe, name_key = TextKey.Of(g.Groupe), source_file_key = fileKey }, tx);
        known = Groups(session, tx).ToDictionary(g => (g.DepartementCode, g.NameKey), g => g.LocalGroupKey);
        int KeyOf(GroupMembershipRecord r) => known[(r.Departement, TextKey.Of(r.Groupe))];
        foreach (var key in records.Select(KeyOf).Distinct())
            session.Execute(Folder + "group_membership_delete.sql", new { local_group_key = key }, tx);
        foreach (var r in records)
            session.Execute(Folder + "group_membership_insert.sql", new
            {
                local_group_key = KeyOf(r), promeneur_id = r.Identifiant, valid_from = r.DateEntree, valid_to = r.DateSortie, file_key = fileKey, source_row = r.SourceRow,
            }, tx);
    }

    /// <summary>Points each event of a regroupements list at the group it names (or at none), after the events' upsert.</summary>
    public static void EventGroups(WarehouseSession session, IDbTransaction tx, IReadOnlyList<EventRecord> records)
    {
        var groups = Groups(session, tx).ToDictionary(g => (g.DepartementCode, g.Name), g => g.LocalGroupKey);
        foreach (var r in records)
            session.Execute(Folder + "event_group_update.sql", new
            {
                code = r.Code,
                local_group_key = r.Groupe is null ? (int?)null : groups[(r.Departement, r.Groupe)],
            }, tx);
    }
}
