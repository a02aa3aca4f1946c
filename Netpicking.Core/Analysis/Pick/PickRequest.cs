namespace Netpicking.Core.Analysis;

/// <summary>
/// Constraints (all must hold) and the objective of a pick; <paramref name="RunnersUp"/> is how many to list after the
/// answer. <see cref="Read"/> is the one reader of a pick's request, for the Pick page's URL and <c>analyze pick</c>.
/// </summary>
public sealed record PickRequest(IReadOnlyList<PickConstraint> Constraints, PickObjective Objective, int RunnersUp = PickRequest.DefaultRunnersUp)
{
    public const int DefaultRunnersUp = 5;

    public const string MaxParamsName = "max-params";

    public static RequestKey MaxParamsKey { get; } = new(MaxParamsName, "At most this many parameters.", "maxParams");

    public const string MaxMemoryName = "max-memory";

    public static RequestKey MaxMemoryKey { get; } = new(
        "max-memory", "At most this much memory: elements (float32), or bytes with a unit: 160KB, 1.5MiB, 40000B (4 bytes an element).", "maxMemory");

    public const string MaxTimeName = "max-time";

    public static RequestKey MaxTimeKey { get; } = new(MaxTimeName, "At most this many seconds of training up to the epoch.", "maxTime");

    public const string MaxOpsName = "max-ops";

    public static RequestKey MaxOpsKey { get; } = new(MaxOpsName, "At most this many ops.", "maxOps");

    public const string AtLeastName = "at-least";

    public static RequestKey AtLeastKey { get; } = new(
        "at-least", "At least as good as network X on class k's recall, as X:k (comma-separated or repeated for more).", "atLeast");

    public const string ObjectiveName = "objective";

    public static RequestKey ObjectiveKey { get; } = new(ObjectiveName, $"What to maximise: {PickObjective.Syntax} (default accuracy).");

    public const string WeightsName = "weights";

    public static RequestKey WeightsKey { get; } = new(
        "weights",
        "For set_score: weights of correct & sure, correct & unsure, wrong & sure, wrong & truth outside, wrong & truth inside (default 1,-6,-12,-9,-8).");

    public static IReadOnlyList<RequestKey> Keys { get; } = [MaxParamsKey, MaxMemoryKey, MaxTimeKey, MaxOpsKey, AtLeastKey, ObjectiveKey, WeightsKey];

    /// <summary>
    /// Reads the constraints in a fixed order — params, memory, time, ops, then the recall floors as written — and the
    /// objective. A part that cannot be read is left out and described in <paramref name="values"/>.
    /// </summary>
    public static PickRequest Read(RequestValues values)
    {
        var constraints = new List<PickConstraint>();
        void Limit(RequestKey key, Func<double, PickConstraint> make)
        {
            if (values.OptionalNumber(key, 0) is { } limit)
            {
                constraints.Add(make(limit) with { Written = values.Text(key) });
            }
        }

        void Parsed(RequestKey key, string text, Func<string, PickConstraint> parse)
        {
            try
            {
                constraints.Add(parse(text) with { Written = text });
            }
            catch (FormatException e)
            {
                values.Problem($"{values.NameOf(key)}: {e.Message}");
            }
        }

        Limit(MaxParamsKey, PickConstraint.MaxParams);
        if (values.Text(MaxMemoryKey) is { } memory)
        {
            Parsed(MaxMemoryKey, memory, PickConstraint.ParseMemory);
        }

        Limit(MaxTimeKey, PickConstraint.MaxTrainingSeconds);
        Limit(MaxOpsKey, PickConstraint.MaxOps);
        foreach (var floor in Floors(values.Text(AtLeastKey)))
        {
            Parsed(AtLeastKey, floor, PickConstraint.ParseRecallFloor);
        }

        var weights = PredictionSetsRequest.ReadWeights(values, WeightsKey);
        var name = values.Text(ObjectiveKey) ?? PickObjective.Accuracy.Name;
        if (!PickObjective.TryParse(name, weights, out var objective))
        {
            values.Problem($"Unknown objective '{name}'. Use {PickObjective.Syntax}.");
            objective = PickObjective.Accuracy;
        }

        if (weights is not null && !objective.NeedsProbabilities)
        {
            values.Problem($"{values.NameOf(WeightsKey)} only applies to {values.NameOf(ObjectiveKey)} {PickObjective.SetScore().Name}.");
        }

        return new PickRequest(constraints, objective);
    }

    /// <summary>The recall floors as written, X:k each.</summary>
    public static IReadOnlyList<string> Floors(string? atLeast) =>
        atLeast?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
