namespace Reporting.Tests.Support;

/// <summary>
/// Approved files (DbUp and ApprovalTests style): a test's output is compared with
/// <c>tests/Reporting.Tests/&lt;folder&gt;/Approved/&lt;name&gt;.approved.txt</c>. On a difference (or a missing
/// file) the output is written beside it as <c>.received.txt</c> and the test fails with the first differing
/// line; review the received file and rename it to approve it.
/// </summary>
public static class Approvals
{
    public static void Verify(string folder, string name, string received)
    {
        var directory = Path.Combine(RepositoryFiles.Root, "tests", "Reporting.Tests", folder, "Approved");
        var approvedPath = Path.Combine(directory, name + ".approved.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        var normalized = received.ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == normalized)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, normalized);
        if (approved is null) Assert.Fail($"No approved file for {name}: review {receivedPath} and rename it to {Path.GetFileName(approvedPath)}.");
        var a = approved.Split('\n');
        var r = normalized.Split('\n');
        var line = Enumerable.Range(0, Math.Max(a.Length, r.Length)).First(i => i >= a.Length || i >= r.Length || a[i] != r[i]);
        Assert.Fail($"{name} differs from its approved file at line {line + 1}:\n  approved: {(line < a.Length ? a[line] : "(end)")}\n  received: {(line < r.Length ? r[line] : "(end)")}\nSee {receivedPath}.");
    }
}
