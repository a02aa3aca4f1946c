using Netpicking.Core.Analysis;
using Netpicking.Core.Export;

namespace Netpicking.Tests.Export;

/// <summary>
/// Three networks × two tested epochs × four images, made by hand for the CSV writers. Names test quoting
/// (a comma and a quote) and formula neutralising (a leading '='); the values carry many digits so that a
/// round trip that lost any would show.
///
/// | id | name              | group  | form       | act  | acc e1 | acc e2 | answers e2 (labels 0 1 2 3) |
/// | 0  | Basic             | Basic  | Basic      | None | 0.8    | 0.9    | 0 1 5 3 | good
/// | 7  | Conv, "quoted"    | Conv2d | Conv2dReLU | ReLU | 0.85   | 0.95   | 0 1 5 4 | good
/// | 9  | =1+2              | Linear | LinearTanh | Tanh | 0.7    | 0.9    | 9 9 9 9 | not good (e1 &lt; 0.8)
/// With the two good networks voting: images 0 and 1 easy, 2 weird (both say 5), 3 confusing (half 3, half 4).
/// Only Basic has CPU, test and store times, as results stored before they were recorded have none.
/// </summary>
internal static class ExportFixture
{
    public const string QuotedName = "Conv, \"quoted\"";
    public const string FormulaName = "=1+2";

    public static readonly byte[] Labels = [0, 1, 2, 3];

    public static readonly IReadOnlyList<string> ClassNames = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public static PopulationSnapshot Snapshot() =>
        new(new SnapshotScope("mnist", "tiny", 2), [1, 2], Networks(), Labels, [[0, 1, 5, 3], [0, 1, 5, 4], [9, 9, 9, 9]]);

    public static SnapshotExportSource Source() => new(Snapshot(), new Dictionary<(int, string, int), double>
    {
        [(0, "Basic", 1)] = 0.6931471805599453,
        [(0, "Basic", 2)] = 0.31234567890123456,
        [(7, QuotedName, 1)] = 0.5,
        [(7, QuotedName, 2)] = 0.25,
        [(9, FormulaName, 1)] = 2.302585092994046,

        // (9, FormulaName, 2) is missing: a diverged network's loss is not stored.
    });

    private static IReadOnlyList<PopulationNetwork> Networks() =>
    [
        new(0, "Basic", "Basic", "Basic", "None", 7850, 1588, 15680, 1,
            [Scores(1, 0.8, 12.345678901234567) with { CumulativeCpuSeconds = 11.5, CumulativeTestSeconds = 0.25 },
             Scores(2, 0.9, 24.691357802469134) with { CumulativeCpuSeconds = 23.25, CumulativeTestSeconds = 0.5 }]) { StoreSeconds = 0.125 },
        new(7, QuotedName, "Conv2d", "Conv2dReLU", "ReLU", 123456789012, 20000, 987654321, 4, [Scores(1, 0.85, 30.1), Scores(2, 0.95, 60.2)]),
        new(9, FormulaName, "Linear", "LinearTanh", "Tanh", 50000, 3000, 100000, 3, [Scores(1, 0.7, 5), Scores(2, 0.9, 10)]),
    ];

    /// <summary>Balanced accuracy and AUC are offsets of the accuracy; class c's recall and AUC add c / 1000 and a float's noise.</summary>
    private static EpochScores Scores(int epoch, double accuracy, double seconds) => new(
        epoch, accuracy, accuracy - 0.0123456789, Math.Min(1, accuracy + 0.0456789),
        [.. Enumerable.Range(0, 10).Select(c => (float)(accuracy - c / 1000.0 + 1e-7))],
        [.. Enumerable.Range(0, 10).Select(c => (float)(0.99 - c / 1000.0 + 1e-7))],
        seconds);
}
