using System.Globalization;

namespace Netpicking.Core.Analysis;

/// <summary>
/// Issue 7's pick: the network that maximises an objective within cost limits and per-class recall floors.
/// <list type="bullet">
/// <item>Order: objective (higher first), then fewer params, then lower id. Networks without an objective value are left out.</item>
/// <item>A constraint <em>binds</em> when dropping it alone would improve the answer; the binding one is the one whose
/// removal alone improves it most (ties: the first given). When the best network breaks two or more constraints,
/// none binds on its own.</item>
/// <item>The front is the objective against the binding cost (else the relaxed cost, else the first cost limit, else
/// params) among the networks that meet every constraint except the limits on that cost, so it shows the trade-off the
/// limit cuts, and the answer lies on it unless a network with the same objective is cheaper there.</item>
/// <item>When no network meets every constraint, the loosest constraint to relax is the one that, dropped alone,
/// needs the smallest relative change to admit a network (see <see cref="PickConstraintEffect"/>).</item>
/// </list>
/// </summary>
public static class NetworkPicker
{
    public static PickResult Pick(PopulationSnapshot snapshot, PickRequest request)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(request);
        var objective = request.Objective;
        var constraints = request.Constraints;
        var values = objective.Values(snapshot);
        var limits = constraints.Select(c => Limit(snapshot, c)).ToArray();

        var ranked = Enumerable.Range(0, snapshot.NetworkCount)
            .Where(i => !double.IsNaN(values[i]))
            .OrderByDescending(i => values[i]).ThenBy(i => snapshot.Networks[i].Params).ThenBy(i => snapshot.Networks[i].Id)
            .ToArray();

        // admits[c][i]: constraint c holds for network i; failures[i]: how many constraints network i breaks.
        var admits = constraints.Select((c, k) => Enumerable.Range(0, snapshot.NetworkCount).Select(i => Admits(snapshot, c, limits[k], i)).ToArray()).ToArray();
        var failures = new int[snapshot.NetworkCount];
        foreach (var row in admits)
        {
            for (var i = 0; i < row.Length; i++)
            {
                failures[i] += row[i] ? 0 : 1;
            }
        }

        // Meets every constraint except (possibly) those in the mask.
        bool MeetsAllBut(int i, Func<int, bool> skipped)
        {
            for (var c = 0; c < admits.Length; c++)
            {
                if (!skipped(c) && !admits[c][i])
                {
                    return false;
                }
            }

            return true;
        }

        PickCandidate Candidate(int i) => PickCandidate.Of(snapshot, i, values[i]);

        var satisfying = ranked.Where(i => failures[i] == 0).ToArray();
        var recommended = satisfying.Length > 0 ? Candidate(satisfying[0]) : null;
        var runnersUp = satisfying.Skip(1).Take(Math.Max(request.RunnersUp, 0)).Select(Candidate).ToArray();
        var bestUnconstrained = ranked.Length > 0 ? Candidate(ranked[0]) : null;
        var gain = recommended is null || bestUnconstrained is null ? double.NaN : bestUnconstrained.Objective - recommended.Objective;

        var effects = new PickConstraintEffect[constraints.Count];
        for (var c = 0; c < constraints.Count; c++)
        {
            var k = c;
            var others = ranked.Where(i => MeetsAllBut(i, skip => skip == k)).ToArray();
            var bestWithout = others.Length > 0 ? Candidate(others[0]) : null;
            var effectGain = recommended is null || bestWithout is null ? double.NaN : bestWithout.Objective - recommended.Objective;
            var (needed, relaxation, admitted) = Needed(snapshot, constraints[c], limits[c], others, values);
            effects[c] = new PickConstraintEffect(
                constraints[c], constraints[c].Describe(snapshot), limits[c], ranked.Count(i => !admits[k][i]),
                bestWithout, effectGain, needed, relaxation, admitted is { } a ? Candidate(a) : null);
        }

        int? binding = null;
        if (recommended is not null)
        {
            for (var c = 0; c < effects.Length; c++)
            {
                if (effects[c].Gain > 0 && (binding is null || effects[c].Gain > effects[binding.Value].Gain))
                {
                    binding = c;
                }
            }
        }

        int? relax = null;
        if (recommended is null && ranked.Length > 0)
        {
            for (var c = 0; c < effects.Length; c++)
            {
                if (!double.IsNaN(effects[c].Relaxation) && (relax is null || effects[c].Relaxation < effects[relax.Value].Relaxation))
                {
                    relax = c;
                }
            }
        }

        var frontCost = (binding is { } b ? constraints[b].Cost : null)
            ?? (relax is { } r ? constraints[r].Cost : null)
            ?? constraints.Select(c => c.Cost).FirstOrDefault(c => c is not null)
            ?? CostKind.Params;
        var frontMembers = ranked.Where(i => MeetsAllBut(i, c => constraints[c].Cost == frontCost)).ToArray();
        var front = ParetoFront.Of(snapshot, frontMembers, i => values[i], frontCost);

        var result = new PickResult(
            objective, constraints, ranked.Length, satisfying.Length, recommended, runnersUp, bestUnconstrained, gain, effects,
            binding, frontCost, front.Select(Candidate).ToArray(), recommended is not null && front.Contains(recommended.Index),
            relax, "")
        {
            Values = values,
            RunnerUpTests = recommended is null ? [] : runnersUp.Select(r => McNemar.Of(snapshot, recommended.Index, r.Index)).ToArray(),
            RecommendedAccuracy = recommended is null ? null : ProportionInterval.OfAccuracy(snapshot, recommended.Index),
            SatisfyingIndices = satisfying,
            FrontCandidates = frontMembers,
        };
        return result with { Summary = Summarise(snapshot, result, failures) };
    }

    /// <summary>The value a constraint compares against: its limit, or the reference network's recall for a floor.</summary>
    private static double Limit(PopulationSnapshot snapshot, PickConstraint constraint)
    {
        if (constraint.Kind != PickConstraintKind.RecallAtLeast)
        {
            return !double.IsNaN(constraint.Limit)
                ? constraint.Limit
                : throw new ArgumentException($"The {constraint.Kind} constraint has no limit.", nameof(constraint));
        }

        var index = snapshot.IndexOf(constraint.ReferenceId ?? -1);
        if (index < 0)
        {
            throw new ArgumentException(
                $"Network #{constraint.ReferenceId} has no results in {snapshot.Scope.Dataset} / {snapshot.Scope.RunSettings} at epoch " +
                $"{snapshot.Scope.Epoch}, so 'at least as good as #{constraint.ReferenceId}' cannot be judged.", nameof(constraint));
        }

        return Recall(snapshot, index, constraint.ClassIndex ?? 0);
    }

    private static double Recall(PopulationSnapshot snapshot, int index, int classIndex) =>
        snapshot.Networks[index].At(snapshot.Scope.Epoch) is { } at && classIndex < at.ClassRecall.Length ? at.ClassRecall[classIndex] : double.NaN;

    private static bool Admits(PopulationSnapshot snapshot, PickConstraint constraint, double limit, int index)
    {
        // NaN on either side compares false: a network without the value is not admitted.
        var value = constraint.Cost is { } cost ? snapshot.Cost(index, cost) : Recall(snapshot, index, constraint.ClassIndex ?? 0);
        return constraint.Cost is not null ? value <= limit : value >= limit;
    }

    /// <summary>How loose the constraint must be to admit one of <paramref name="others"/> (ranked, meeting every other constraint).</summary>
    private static (double Needed, double Relaxation, int? Admitted) Needed(
        PopulationSnapshot snapshot, PickConstraint constraint, double limit, int[] others, double[] values)
    {
        if (others.Length == 0)
        {
            return (double.NaN, double.NaN, null);
        }

        double Value(int i) => constraint.Cost is { } cost ? snapshot.Cost(i, cost) : Recall(snapshot, i, constraint.ClassIndex ?? 0);
        var usable = others.Where(i => !double.IsNaN(Value(i))).ToArray();
        if (usable.Length == 0)
        {
            return (double.NaN, double.NaN, null);
        }

        // The cheapest (or highest-recall) value, then the best-ranked network at that value: `others` is in rank order.
        if (constraint.Cost is not null)
        {
            var needed = usable.Min(Value);
            var relaxation = limit > 0 ? (needed / limit) - 1 : needed <= limit ? 0 : double.PositiveInfinity;
            return (needed, relaxation, usable.First(i => Value(i) <= needed));
        }

        var reachable = usable.Max(Value);
        var lowering = limit > 0 ? (limit - reachable) / limit : 0;
        return (reachable, lowering, usable.First(i => Value(i) >= reachable));
    }

    private static string Summarise(PopulationSnapshot snapshot, PickResult result, int[] failures)
    {
        var objective = result.Objective;
        var scope = snapshot.Scope;
        string Name(PickCandidate c) => $"{c.Name} (#{c.Id})";
        var constraintCount = result.Constraints.Count;
        var constraintsText = constraintCount == 1 ? "the constraint" : $"all {constraintCount} constraints";

        if (result.Candidates == 0)
        {
            return $"No network has results for {objective.Title} in {scope.Dataset} / {scope.RunSettings} at epoch {scope.Epoch}: " +
                   "train some networks first, or pick another epoch.";
        }

        if (result.Recommended is not { } answer)
        {
            var opening = $"No network meets {constraintsText}; {Count(result.Candidates)} networks were considered.";
            if (result.RelaxEffect is { } relax)
            {
                var admitted = relax.AdmittedAtNeeded!;
                var change = relax.Constraint.Cost is { } cost
                    ? $"raising it to {PickConstraint.CostText(cost, relax.Needed)} ({Percent(relax.Relaxation)} more)"
                    : $"lowering the bar from {RecallText(relax.Limit)} to {RecallText(relax.Needed)} ({Percent(relax.Relaxation)} lower)";
                return $"{opening} The loosest constraint to relax is {relax.Label}: {change} admits {Name(admitted)} " +
                       $"with {objective.Title} {objective.Format(admitted.Objective)}.";
            }

            var worst = result.Effects.Select((e, c) => (e, c)).MaxBy(x => x.e.Excluded);
            return $"{opening} Relaxing any one constraint alone is not enough: " +
                   string.Join("; ", result.Effects.Select(e => $"{e.Label} rules out {Count(e.Excluded)}")) +
                   $". Start with {worst.e.Label}, which rules out the most.";
        }

        var text = $"Recommended: {Name(answer)} with {objective.Title} {objective.Format(answer.Objective)}; " +
                   $"{Count(result.Satisfying)} of {Count(result.Candidates)} networks meet " +
                   (constraintCount == 0 ? "the (no) constraints." : $"{constraintsText}.");
        var best = result.BestUnconstrained!;
        if (result.Gain <= 0)
        {
            return text + (constraintCount == 0 ? "" : " The constraints cost nothing: it is also the best without them.");
        }

        text += $" The best without constraints, {Name(best)}, is {objective.FormatGain(result.Gain)} better.";
        if (result.BindingEffect is { } binding)
        {
            return text + $" {Capital(binding.Label)} binds: without it alone the answer would be {Name(binding.BestWithout!)} " +
                   $"({objective.FormatGain(binding.Gain)} better).";
        }

        var broken = failures[best.Index];
        return text + $" No single constraint binds: {Name(best)} breaks {broken} of them.";
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double fraction) => (fraction * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    private static string RecallText(double fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + " %";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<PickRequest, PickResult> Definition { get; } = new(
        0, "pick", "Pick a network: the best by an objective within cost limits and recall floors; what each constraint costs.",
        PickRequest.Keys, PickRequest.Read, (snapshot, request, _) => Pick(snapshot, request),
        request => request.Objective.NeedsProbabilities ? ProbabilityUse.All : ProbabilityUse.None,
        _ => []);
}
