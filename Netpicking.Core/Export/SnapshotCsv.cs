using System.Globalization;
using CsvHelper;
using Netpicking.Core.Analysis;

namespace Netpicking.Core.Export;

/// <summary>
/// Network snapshots as CSV (docs/product.md#export): one row per network × run × tested epoch (time, cpu_time and test_time are
/// cumulative seconds up to the epoch: training wall-clock, training CPU, testing; store_time is the training's total), RFC 4180 through CsvHelper,
/// invariant culture, numbers in round-trip form, text through <see cref="CsvText.Safe"/>. The four rank columns
/// are the chosen score's ranks from <see cref="Rankings"/> (each among the networks of its row's snapshot), computed
/// before the filter applies: a rank is a position in the population, so a filtered file agrees with the unfiltered one.
/// </summary>
public static class SnapshotCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "name", "group", "form", "activation", "dataset", "run", "epoch", "loss", "layers", "params", "ops", "memory", "time",
        "cpu_time", "test_time", "store_time",
        "accuracy", "balanced_accuracy",
        .. Enumerable.Range(0, PopulationSnapshot.ClassCount).Select(c => $"recall_{c}"),
        "auc",
        .. Enumerable.Range(0, PopulationSnapshot.ClassCount).Select(c => $"auc_{c}"),
        "rank_global", "rank_group", "rank_form", "rank_snapshot",
        "zoo",
    ];

    /// <summary>
    /// The ranked metric of a score. <see cref="Rankings"/> ranks accuracy, balanced accuracy and AUC mean; a
    /// per-class score has no ranks there, and ranking it here would compute ranks in a second place.
    /// </summary>
    public static RankedMetric RankedMetricOf(ScoreSelector score) => score.Kind switch
    {
        ScoreKind.Accuracy => RankedMetric.Accuracy,
        ScoreKind.BalancedAccuracy => RankedMetric.BalancedAccuracy,
        ScoreKind.AucMean => RankedMetric.AucMean,
        _ => throw new ExportRequestException(
            $"The snapshot export ranks by accuracy, balanced_accuracy or auc; '{score}' has no ranks."),
    };

    /// <summary>Writes the header and the rows of <paramref name="sources"/> that pass <paramref name="filter"/>; returns the row count.</summary>
    public static int Write(IReadOnlyList<SnapshotExportSource> sources, ScoreSelector score, ExportFilter filter, TextWriter writer)
    {
        var metric = RankedMetricOf(score);
        var ranked = Rankings.Compute(sources.SelectMany(s => Rankings.RowsOf(s.Snapshot)).ToList());

        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Header)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        var next = 0;
        var written = 0;
        foreach (var source in sources)
        {
            var scope = source.Snapshot.Scope;
            foreach (var network in source.Snapshot.Networks)
            {
                foreach (var scores in network.Epochs)
                {
                    // RowsOf yields network × tested epoch in this same order; check it rather than trust it.
                    var row = ranked[next++];
                    if (row.Row.NetworkId != network.Id || row.Row.Epoch != scores.Epoch)
                    {
                        throw new InvalidOperationException(
                            $"Ranking row {next - 1} is network {row.Row.NetworkId} epoch {row.Row.Epoch}, expected {network.Id} epoch {scores.Epoch}.");
                    }

                    if (!filter.Matches(network) || !filter.Includes(scores.Epoch))
                    {
                        continue;
                    }

                    WriteRow(csv, source, scope, network, scores, row[metric]);
                    written++;
                }
            }
        }

        return written;
    }

    private static void WriteRow(
        CsvWriter csv, SnapshotExportSource source, SnapshotScope scope, PopulationNetwork network, EpochScores scores, RankSet ranks)
    {
        csv.WriteField(CsvNumber.Of(network.Id));
        csv.WriteField(CsvText.Safe(network.Name));
        csv.WriteField(CsvText.Safe(network.Group));
        csv.WriteField(CsvText.Safe(network.Form));
        csv.WriteField(CsvText.Safe(network.Activation));
        csv.WriteField(CsvText.Safe(scope.Dataset));
        csv.WriteField(CsvText.Safe(scope.RunSettings));
        csv.WriteField(CsvNumber.Of(scores.Epoch));
        csv.WriteField(CsvNumber.Of(source.TestLoss(network, scores.Epoch)));
        csv.WriteField(CsvNumber.Of(network.Layers));
        csv.WriteField(CsvNumber.Of(network.Params));
        csv.WriteField(CsvNumber.Of(network.Ops));
        csv.WriteField(CsvNumber.Of(network.MemoryElements));
        csv.WriteField(CsvNumber.Of(scores.CumulativeSeconds));
        csv.WriteField(CsvNumber.Of(scores.CumulativeCpuSeconds));
        csv.WriteField(CsvNumber.Of(scores.CumulativeTestSeconds));
        csv.WriteField(CsvNumber.Of(network.StoreSeconds));
        csv.WriteField(CsvNumber.Of(scores.Accuracy));
        csv.WriteField(CsvNumber.Of(scores.BalancedAccuracy));
        WriteClasses(csv, scores.ClassRecall);
        csv.WriteField(CsvNumber.Of(scores.AucMean));
        WriteClasses(csv, scores.ClassAuc);
        csv.WriteField(CsvNumber.Of(ranks.Global?.Position));
        csv.WriteField(CsvNumber.Of(ranks.Group?.Position));
        csv.WriteField(CsvNumber.Of(ranks.Form?.Position));
        csv.WriteField(CsvNumber.Of(ranks.Snapshot?.Position));
        // Last, so files and scripts written before zoos were part of the scope read the same columns where they were.
        csv.WriteField(CsvText.Safe(scope.Zoo));
        csv.NextRecord();
    }

    /// <summary>Ten cells; a store row without per-class values (an empty array) gives empty cells, not a short row.</summary>
    private static void WriteClasses(CsvWriter csv, float[] values)
    {
        for (var c = 0; c < PopulationSnapshot.ClassCount; c++)
        {
            csv.WriteField(c < values.Length ? CsvNumber.Of(values[c]) : string.Empty);
        }
    }
}
