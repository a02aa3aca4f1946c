using System.Globalization;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Pages.Images;

/// <summary>
/// The Test images page's own settings as they stand in the URL, next to the scope: the good threshold that picks the
/// voters, the three category thresholds (fractions, like <c>gold=0.9</c> elsewhere), the gallery shown and its page,
/// and the network filter the network page links with (<c>network=ID&amp;true=T&amp;predicted=P</c> or <c>network=ID&amp;wrong=1</c>).
/// </summary>
public sealed record ImageGalleryQuery(
    double Good = GoodAndGold.DefaultGoodThreshold,
    double WeirdTrueBelow = TestImageVotes.DefaultWeirdTrueBelow,
    double WeirdWrongAtLeast = TestImageVotes.DefaultWeirdWrongAtLeast,
    double ConfusingAtMost = TestImageVotes.DefaultConfusingAtMost,
    string Set = ImageGalleryQuery.Weird,
    int Page = 1,
    int? Network = null,
    int? TrueClass = null,
    int? Predicted = null,
    bool WrongOnly = false)
{
    public const string GoodKey = "good";
    public const string WeirdTrueKey = "weird-true";
    public const string WeirdWrongKey = "weird-wrong";
    public const string ConfusingKey = "confusing";
    public const string SetKey = "set";
    public const string PageKey = "page";
    public const string NetworkKey = "network";
    public const string TrueKey = "true";
    public const string PredictedKey = "predicted";
    public const string WrongKey = "wrong";

    public const string Easy = "easy";
    public const string Weird = "weird";
    public const string Confusing = "confusing";

    /// <summary>The galleries in tab order: the surprising ones first.</summary>
    public static IReadOnlyList<string> Sets { get; } = [Weird, Confusing, Easy];

    /// <summary>Images per gallery page: divisible by 3 and 4, the column counts between 1280 and 1600 pixels wide.</summary>
    public const int PageSize = 36;

    /// <summary>True when the page lists one network's images instead of the population's galleries.</summary>
    public bool IsNetworkFilter => Network is not null && (WrongOnly || (TrueClass is not null && Predicted is not null));

    /// <summary>
    /// Builds the query from raw URL values: a threshold outside 0–1 or a gallery the page does not know falls back to
    /// its default, and each fallback is described in <paramref name="notes"/> so the page can say so.
    /// </summary>
    public static ImageGalleryQuery From(
        string? good, string? weirdTrue, string? weirdWrong, string? confusing, string? set, string? page,
        string? network, string? trueClass, string? predicted, string? wrong, List<string> notes)
    {
        double Fraction(string? text, double fallback, string key)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return fallback;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                return value;
            }

            notes.Add($"{key}={text} is not a fraction from 0 to 1, so the default {fallback.ToString(CultureInfo.InvariantCulture)} is used");
            return fallback;
        }

        int? Whole(string? text, string key, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            notes.Add(max == int.MaxValue
                ? $"{key}={text} is not a whole number of at least {min}"
                : $"{key}={text} is not a class ({min} to {max})");
            return null;
        }

        var chosen = string.IsNullOrWhiteSpace(set) ? Weird : set.ToLowerInvariant();
        if (!Sets.Contains(chosen))
        {
            notes.Add($"there is no gallery '{set}' (choose {string.Join(", ", Sets)})");
            chosen = Weird;
        }

        const int lastClass = PopulationSnapshot.ClassCount - 1;
        return new ImageGalleryQuery(
            Fraction(good, GoodAndGold.DefaultGoodThreshold, GoodKey),
            Fraction(weirdTrue, TestImageVotes.DefaultWeirdTrueBelow, WeirdTrueKey),
            Fraction(weirdWrong, TestImageVotes.DefaultWeirdWrongAtLeast, WeirdWrongKey),
            Fraction(confusing, TestImageVotes.DefaultConfusingAtMost, ConfusingKey),
            chosen,
            Whole(page, PageKey, 1, int.MaxValue) ?? 1,
            Whole(network, NetworkKey, 0, int.MaxValue),
            Whole(trueClass, TrueKey, 0, lastClass),
            Whole(predicted, PredictedKey, 0, lastClass),
            wrong is "1" or "true");
    }

    /// <summary>The good threshold alone (the image page's only setting besides the scope).</summary>
    public static double GoodFrom(string? good, List<string> notes) =>
        From(good, null, null, null, null, null, null, null, null, null, notes).Good;

    /// <summary>The four thresholds, as URL parameters (defaults left out so plain links stay short).</summary>
    public IReadOnlyDictionary<string, object?> ThresholdParameters => new Dictionary<string, object?>
    {
        [GoodKey] = Text(Good, GoodAndGold.DefaultGoodThreshold),
        [WeirdTrueKey] = Text(WeirdTrueBelow, TestImageVotes.DefaultWeirdTrueBelow),
        [WeirdWrongKey] = Text(WeirdWrongAtLeast, TestImageVotes.DefaultWeirdWrongAtLeast),
        [ConfusingKey] = Text(ConfusingAtMost, TestImageVotes.DefaultConfusingAtMost),
    };

    /// <summary>The query string of an image page link: the scope and the good threshold that picks its voters.</summary>
    public string ImagePageQuery(string scopeQuery) =>
        Good == GoodAndGold.DefaultGoodThreshold
            ? scopeQuery
            : scopeQuery + (scopeQuery.Length == 0 ? "?" : "&") + $"{GoodKey}={Good.ToString(CultureInfo.InvariantCulture)}";

    private static string? Text(double value, double fallback) =>
        value == fallback ? null : value.ToString(CultureInfo.InvariantCulture);
}
