using Reporting.Domain.Model;
using Reporting.Indicators.Questionnaires;

namespace Reporting.Outputs.Formatting;

/// <summary>
/// How questionnaire results are laid out, on screen and in annexes alike: consecutive single-choice
/// questions sharing their options form one opinion matrix; any other question stands alone.
/// </summary>
public static class QuestionBlocks
{
    public static List<List<QuestionResult>> Of(IReadOnlyList<QuestionResult> questions)
    {
        var blocks = new List<List<QuestionResult>>();
        foreach (var q in questions)
        {
            var last = blocks.Count > 0 ? blocks[^1] : null;
            if (last is not null && q.Type == QuestionTypes.ChoixUnique && last[^1].Type == QuestionTypes.ChoixUnique
                && last[^1].Modalites!.Select(m => m.Option).SequenceEqual(q.Modalites!.Select(m => m.Option), StringComparer.Ordinal))
                last.Add(q);
            else
                blocks.Add([q]);
        }
        return blocks;
    }
}
