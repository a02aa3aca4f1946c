using System.Globalization;
using System.Text.Json.Serialization;

namespace Netpicking.Core.Analysis;

/// <summary>
/// One constraint of a pick. Cost limits admit a network whose cost is at most <paramref name="Limit"/> (memory in
/// elements, training time in seconds cumulated up to the snapshot's epoch; a network with no value for the cost, e.g.
/// no recorded time, is not admitted). <see cref="PickConstraintKind.RecallAtLeast"/> admits a network whose recall on
/// <paramref name="ClassIndex"/> is at least the reference network's (<paramref name="ReferenceId"/>, a zoo id) at the
/// same epoch; the reference itself always passes.
/// </summary>
public sealed record PickConstraint(PickConstraintKind Kind, double Limit = double.NaN, int? ReferenceId = null, int? ClassIndex = null)
{
    /// <summary>The constraint as the request wrote it ("160KB", "974:3"), so a page can link to the request without it.</summary>
    [JsonIgnore]
    public string? Written { get; init; }

    /// <summary>Memory is counted in float32 elements (static metrics), 4 bytes each; a limit in bytes is divided by this.</summary>
    public const int BytesPerElement = 4;

    public static PickConstraint MaxParams(double max) => new(PickConstraintKind.MaxParams, max);

    public static PickConstraint MaxMemoryElements(double max) => new(PickConstraintKind.MaxMemory, max);

    public static PickConstraint MaxMemoryBytes(double bytes) => new(PickConstraintKind.MaxMemory, bytes / BytesPerElement);

    public static PickConstraint MaxOps(double max) => new(PickConstraintKind.MaxOps, max);

    public static PickConstraint MaxTrainingSeconds(double max) => new(PickConstraintKind.MaxTrainingTime, max);

    public static PickConstraint RecallAtLeast(int referenceId, int classIndex) =>
        (uint)classIndex < PopulationSnapshot.ClassCount
            ? new(PickConstraintKind.RecallAtLeast, double.NaN, referenceId, classIndex)
            : throw new ArgumentOutOfRangeException(nameof(classIndex), classIndex, "A class is 0 to 9.");

    /// <summary>How <see cref="ParseMemory"/> reads a memory limit, for help texts.</summary>
    public const string MemorySyntax = "elements (float32), or bytes with a unit: B, KB, MB, GB (powers of 1000), KiB, MiB, GiB (of 1024)";

    /// <summary>
    /// A memory limit as the page and the command line write it: a number of elements, or of bytes with a unit
    /// ("160KB", "1.5MiB", "40000B"; 4 bytes an element).
    /// </summary>
    /// <exception cref="FormatException">Not a number, a negative one, or an unknown unit; the message says which.</exception>
    public static PickConstraint ParseMemory(string text)
    {
        var trimmed = text.Trim();
        var split = trimmed.Length;
        while (split > 0 && char.IsLetter(trimmed[split - 1]))
        {
            split--;
        }

        double? bytesPerUnit = trimmed[split..].ToLowerInvariant() switch
        {
            "" => null,
            "b" => 1,
            "kb" => 1e3,
            "mb" => 1e6,
            "gb" => 1e9,
            "kib" => 1024,
            "mib" => 1024 * 1024,
            "gib" => 1024 * 1024 * 1024,
            _ => throw new FormatException($"Memory: unknown unit '{trimmed[split..]}'. Give {MemorySyntax}."),
        };
        if (!double.TryParse(trimmed[..split], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
        {
            throw new FormatException($"Memory takes a number of elements, or of bytes with a unit (e.g. 160KB); '{text}' is neither.");
        }

        return bytesPerUnit is { } factor ? MaxMemoryBytes(value * factor) : MaxMemoryElements(value);
    }

    /// <summary>"At least as good as network X on class k" written as X:k (e.g. 974:3).</summary>
    /// <exception cref="FormatException">Not of that form; the message shows it.</exception>
    public static PickConstraint ParseRecallFloor(string text)
    {
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < PopulationSnapshot.ClassCount
            ? RecallAtLeast(id, k)
            : throw new FormatException($"'At least as good as' takes a network id and a class 0–9 as X:k, like 974:3 (got '{text}').");
    }

    /// <summary>The cost a limit is on; null for the recall floor.</summary>
    public CostKind? Cost => Kind switch
    {
        PickConstraintKind.MaxParams => CostKind.Params,
        PickConstraintKind.MaxMemory => CostKind.Memory,
        PickConstraintKind.MaxOps => CostKind.Ops,
        PickConstraintKind.MaxTrainingTime => CostKind.TrainingTime,
        _ => null,
    };

    /// <summary>The limit in words, as the summaries and the pages write it ("params ≤ 20,000").</summary>
    public string Describe(PopulationSnapshot snapshot) => Kind switch
    {
        PickConstraintKind.RecallAtLeast => $"recall of class {ClassIndex} ≥ {ReferenceName(snapshot)}'s{ReferenceRecall(snapshot)}",
        _ => $"{CostName(Cost!.Value)} ≤ {CostText(Cost.Value, Limit)}",
    };

    /// <summary>"Basic_0 (#0)", or "#7" when the snapshot does not hold it.</summary>
    public string ReferenceName(PopulationSnapshot snapshot) =>
        ReferenceId is { } id && snapshot.IndexOf(id) is var index and >= 0 ? $"{snapshot.Networks[index].Name} (#{id})" : $"#{ReferenceId}";

    private string ReferenceRecall(PopulationSnapshot snapshot) =>
        ReferenceId is { } id && snapshot.IndexOf(id) is var index and >= 0
        && snapshot.Networks[index].At(snapshot.Scope.Epoch)?.ClassRecall is { } recall && ClassIndex < recall.Length
            ? " " + (recall[ClassIndex ?? 0] * 100.0).ToString("F2", CultureInfo.InvariantCulture) + " %"
            : "";

    public static string CostName(CostKind cost) => cost switch
    {
        CostKind.TrainingTime => "training time",
        _ => cost.ToString().ToLowerInvariant(),
    };

    /// <summary>A cost value: counts with thousands separators (memory also in bytes), time in seconds.</summary>
    public static string CostText(CostKind cost, double value) => cost switch
    {
        _ when double.IsNaN(value) => "–",
        _ when double.IsPositiveInfinity(value) => "∞",
        CostKind.TrainingTime => value.ToString("N1", CultureInfo.InvariantCulture) + " s",
        CostKind.Memory => $"{Math.Floor(value).ToString("N0", CultureInfo.InvariantCulture)} elements ({(Math.Floor(value) * BytesPerElement).ToString("N0", CultureInfo.InvariantCulture)} bytes)",
        _ => Math.Floor(value).ToString("N0", CultureInfo.InvariantCulture),
    };
}
