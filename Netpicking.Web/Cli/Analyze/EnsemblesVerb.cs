using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze ensembles</c>: the size curve, a chosen set and the greedy set, as on the Ensembles page.</summary>
public sealed class EnsemblesVerb() : AnalyzeVerb<EnsemblesRequest, EnsemblesResult>(Ensembles.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<EnsemblesRequest, EnsemblesResult> run)
    {
        var (snapshot, request, (curve, set, greedy), _) = run;
        if (set is not null)
        {
            output.WriteLine($"Ensemble of {string.Join(", ", set.Members.Select(i => NetworkText(snapshot, i)))}:");
            output.WriteLine($"  accuracy {Format.Percent(set.Accuracy)} · balanced accuracy {Format.Percent(set.BalancedAccuracy)}");
            output.WriteLine();
        }

        var cost = CostKeys.Key(request.CurveCost);
        output.WriteLine($"Ensembles of the cheapest networks by {cost}; the best network's accuracy is {Format.Percent(curve.TargetAccuracy)}.");
        output.WriteLine(curve.SizeToMatch is { } match
            ? $"{match} of the cheapest networks match it."
            : $"No ensemble of up to {curve.Steps.Count} of the cheapest networks matches it.");
        EnsembleSteps(snapshot, curve.Steps, request.CurveCost).Write(output, "  ");
        if (greedy is not null)
        {
            output.WriteLine();
            output.WriteLine($"Greedy ensemble within {CostText.Cell(greedy.Cost, greedy.Budget)} of {CostKeys.Key(greedy.Cost)} (chosen on the test set itself, so optimistic): {Format.Percent(greedy.Accuracy)}");
            EnsembleSteps(snapshot, greedy.Steps, greedy.Cost).Write(output, "  ");
            if (greedy.HeldOut is { } held)
            {
                output.WriteLine(
                    $"Held-out check: chosen on one seeded half ({Format.Count(held.SelectionImages)} images), {string.Join(", ", held.Members.Select(i => $"#{snapshot.Networks[i].Id}"))} "
                    + $"reach {Format.Percent(held.SelectionAccuracy)} there and {Format.Percent(held.HeldOutAccuracy)} on the other {Format.Count(held.HeldOutImages)} images.");
            }
        }
    }
}
