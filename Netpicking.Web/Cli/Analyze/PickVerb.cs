using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze pick</c>: the Pick page's answer, its runners-up, what each constraint costs and the front.</summary>
public sealed class PickVerb() : AnalyzeVerb<PickRequest, PickResult>(NetworkPicker.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<PickRequest, PickResult> run)
    {
        var (snapshot, _, pick, _) = run;
        var objective = pick.Objective;
        output.WriteLine($"Objective: {objective.Title} · constraints: {(pick.Effects.Count == 0 ? "none" : string.Join("; ", pick.Effects.Select(e => e.Label)))}");
        output.WriteLine(pick.Summary);
        if (pick.Recommended is { } answer)
        {
            output.WriteLine();
            output.WriteLine($"The answer and the runners-up ({Int(pick.Satisfying)} of {Int(pick.Candidates)} networks meet the constraints):");
            var table = new TextTable(3, "", "id", "network", objective.Title, "params", "memory", "ops", "time");
            foreach (var (candidate, place) in new[] { answer }.Concat(pick.RunnersUp).Select((c, i) => (c, i)))
            {
                table.Add(place == 0 ? "→" : Int(place + 1), Int(candidate.Id), candidate.Name, objective.Format(candidate.Objective), Int(candidate.Params),
                    Int(candidate.MemoryElements), Int(candidate.Ops), CostText.Cell(CostKind.TrainingTime, candidate.TrainingSeconds));
            }

            table.Write(output, "  ");
            if (pick.RecommendedAccuracy is { } accuracy)
            {
                output.WriteLine($"  The pick's accuracy: {Format.Percent(accuracy.Estimate)} (95 % interval {StatsText.Interval(accuracy)}).");
            }

            foreach (var (test, place) in pick.RunnerUpTests.Select((t, i) => (t, i + 2)))
            {
                output.WriteLine($"  The pick is {StatsText.Sentence(test, $"#{place}")}.");
            }

            if (pick.RunnerUpTests.Count > 0)
            {
                output.WriteLine($"  ({StatsText.Basis})");
            }
        }

        if (pick.Effects.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("What each constraint costs (the answer if it alone were dropped):");
            // With an answer, the gain is what a constraint costs; without one, how far it must move to admit a network.
            var solved = pick.Recommended is not null;
            var table = new TextTable(1, "constraint", "rules out", "best without it", objective.Title, solved ? "gain" : "loosest that admits one");
            foreach (var (effect, c) in pick.Effects.Select((e, c) => (e, c)))
            {
                var needed = effect.Constraint.Cost is { } cost ? PickConstraint.CostText(cost, effect.Needed) : Format.Percent(effect.Needed);
                table.Add(effect.Label + (pick.Binding == c ? " (binds)" : pick.Relax == c ? " (relax this)" : ""), Int(effect.Excluded),
                    effect.BestWithout is { } b ? NetworkText(snapshot, b.Index) : "none", objective.Format(effect.BestWithout?.Objective ?? double.NaN),
                    solved ? objective.FormatGain(effect.Gain) : needed);
            }

            table.Write(output, "  ");
        }

        output.WriteLine();
        output.WriteLine($"Front of {objective.Title} against {PickConstraint.CostName(pick.FrontCost)} among the networks meeting the other constraints{(pick.RecommendedOnFront ? " (the answer is on it)" : "")}:");
        var front = new TextTable(2, "id", "network", PickConstraint.CostName(pick.FrontCost), objective.Title);
        foreach (var c in pick.Front)
        {
            front.Add(Int(c.Id), c.Name + (c.Index == pick.Recommended?.Index ? " →" : ""), CostText.Cell(pick.FrontCost, c.Cost(pick.FrontCost)), objective.Format(c.Objective));
        }

        front.Write(output, "  ");
    }
}
