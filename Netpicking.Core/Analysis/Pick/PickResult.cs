using System.Text.Json.Serialization;

namespace Netpicking.Core.Analysis;

/// <summary>
/// The answer of <see cref="NetworkPicker"/>: the recommended network (null when no network meets every constraint), the
/// runners-up within the constraints, the best network without constraints and how much better it is
/// (<paramref name="Gain"/>), what each constraint costs (<paramref name="Effects"/>, in the request's order), which one
/// binds (<paramref name="Binding"/>, an index into the effects), the front of the objective against
/// <paramref name="FrontCost"/> among the networks that meet every other constraint, and, when nothing meets them all,
/// the loosest constraint to relax (<paramref name="Relax"/>). <paramref name="Summary"/> says it in words.
/// </summary>
public sealed record PickResult(
    PickObjective Objective,
    IReadOnlyList<PickConstraint> Constraints,
    int Candidates,
    int Satisfying,
    PickCandidate? Recommended,
    IReadOnlyList<PickCandidate> RunnersUp,
    PickCandidate? BestUnconstrained,
    double Gain,
    IReadOnlyList<PickConstraintEffect> Effects,
    int? Binding,
    CostKind FrontCost,
    IReadOnlyList<PickCandidate> Front,
    bool RecommendedOnFront,
    int? Relax,
    string Summary)
{
    /// <summary>The objective of every snapshot network by index (NaN: none), for charts; left out of JSON.</summary>
    [JsonIgnore]
    public IReadOnlyList<double> Values { get; init; } = [];

    /// <summary>
    /// Per runner-up (same order), McNemar's test of the recommended network (first) against it on the same test images:
    /// whether the pick is more often right than the runner-up at 95 %, per-image correctness whatever the objective.
    /// </summary>
    public IReadOnlyList<PairedTest> RunnerUpTests { get; init; } = [];

    /// <summary>The 95 % Wilson interval of the recommended network's accuracy.</summary>
    public ProportionInterval? RecommendedAccuracy { get; init; }

    /// <summary>Snapshot indices of the networks that meet every constraint, best first; left out of JSON.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> SatisfyingIndices { get; init; } = [];

    /// <summary>Snapshot indices of the networks the front is drawn from (they meet every constraint not on the front's cost).</summary>
    [JsonIgnore]
    public IReadOnlyList<int> FrontCandidates { get; init; } = [];

    public PickConstraintEffect? BindingEffect => Binding is { } b ? Effects[b] : null;

    public PickConstraintEffect? RelaxEffect => Relax is { } r ? Effects[r] : null;
}
