using System.Globalization;
using CsvHelper;
using Netpicking.Core.Analysis;

namespace Netpicking.Core.Export;

/// <summary>
/// The per-image vote table as CSV (docs/product.md#export): every test image with its true label and class name, the vote
/// share of each class among the good networks (analysis 5, <see cref="TestImageVotes"/>), and its category.
/// </summary>
public static class VotesCsv
{
    public const string Easy = "easy";
    public const string Weird = "weird";
    public const string Confusing = "confusing";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> Header =
    [
        "image", "label", "class",
        .. Enumerable.Range(0, PopulationSnapshot.ClassCount).Select(c => $"share_{c}"),
        "category",
    ];

    /// <summary>
    /// Votes of the good networks of <paramref name="snapshot"/> (judged by its scope's score, default thresholds)
    /// that pass <paramref name="filter"/>'s group, form and activation; its epoch is the snapshot's. Returns the row count.
    /// </summary>
    public static int Write(PopulationSnapshot snapshot, IReadOnlyList<string> classNames, ExportFilter filter, TextWriter writer)
    {
        var voters = GoodAndGold.Classify(snapshot).GoodIndices.Where(i => filter.Matches(snapshot.Networks[i])).ToArray();
        return Write(TestImageVotes.Compute(snapshot, voters), snapshot.Labels, classNames, writer);
    }

    public static int Write(ImageVotesResult votes, byte[] labels, IReadOnlyList<string> classNames, TextWriter writer)
    {
        if (votes.ImageCount != labels.Length)
        {
            throw new ArgumentException($"{votes.ImageCount} images of votes but {labels.Length} labels.", nameof(labels));
        }

        var categories = Categories(votes);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Header)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        for (var image = 0; image < labels.Length; image++)
        {
            var label = labels[image];
            csv.WriteField(CsvNumber.Of(image));
            csv.WriteField(CsvNumber.Of(label));
            csv.WriteField(CsvText.Safe(label < classNames.Count ? classNames[label] : string.Empty));
            for (var c = 0; c < PopulationSnapshot.ClassCount; c++)
            {
                csv.WriteField(CsvNumber.Of(votes.Share(image, c)));
            }

            csv.WriteField(categories[image]);
            csv.NextRecord();
        }

        return labels.Length;
    }

    /// <summary>
    /// One category per image. With the default thresholds the three sets cannot overlap (easy has a top share of 1,
    /// weird a wrong share ≥ 0.9, confusing none above 0.5); edited thresholds can make them, and then the first of
    /// easy, weird, confusing wins so each row still has one category.
    /// </summary>
    private static string[] Categories(ImageVotesResult votes)
    {
        var categories = Enumerable.Repeat(Other, votes.ImageCount).ToArray();
        foreach (var image in votes.Confusing)
        {
            categories[image] = Confusing;
        }

        foreach (var image in votes.Weird)
        {
            categories[image] = Weird;
        }

        foreach (var image in votes.Easy)
        {
            categories[image] = Easy;
        }

        return categories;
    }
}
