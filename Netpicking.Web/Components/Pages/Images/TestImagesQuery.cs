using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;

namespace Netpicking.Web.Components.Pages.Images;

/// <summary>
/// The Test images page's URL state beside the scope: the votes' thresholds (the Core's request, as <c>analyze images</c>
/// reads them: the good threshold that picks the voters and the three category thresholds, as fractions), and what only
/// the page has: the gallery shown and its page, and the network filter the network page links with
/// (<c>network=ID&amp;true=T&amp;predicted=P</c> or <c>network=ID&amp;wrong=1</c>).
/// </summary>
public sealed record TestImagesQuery(
    ImageVotesRequest Votes,
    string Set = TestImagesQuery.Weird,
    int Page = 1,
    int? Network = null,
    int? TrueClass = null,
    int? Predicted = null,
    bool WrongOnly = false)
{
    public const string GoodKey = ImageVotesRequest.GoodName;
    public const string WeirdTrueKey = ImageVotesRequest.WeirdTrueName;
    public const string WeirdWrongKey = ImageVotesRequest.WeirdWrongName;
    public const string ConfusingKey = ImageVotesRequest.ConfusingName;
    public const string SetKey = "set";
    public const string PageKey = "page";
    public const string NetworkKey = "network";
    public const string TrueKey = "true";
    public const string PredictedKey = "predicted";
    public const string WrongKey = "wrong";

    public TestImagesQuery()
        : this(ImageVotesRequest.Default)
    {
    }

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
    /// Reads the URL: the thresholds by the Core's reader, the gallery and the network filter here. A threshold outside
    /// 0–1 or a gallery the page does not know falls back to its default, and each fallback is described in
    /// <paramref name="values"/>' problems so the page can say so.
    /// </summary>
    public static TestImagesQuery From(RequestValues values)
    {
        const int lastClass = PopulationSnapshot.ClassCount - 1;
        return new TestImagesQuery(
            ImageVotesRequest.Read(values),
            values.Choice(new RequestKey(SetKey, "The gallery."), Sets, Weird),
            values.Whole(new RequestKey(PageKey, "The gallery's page."), 1, min: 1),
            values.OptionalWhole(new RequestKey(NetworkKey, "One network's images.")),
            values.OptionalWhole(new RequestKey(TrueKey, "Its confusion-matrix cell's true class."), 0, lastClass),
            values.OptionalWhole(new RequestKey(PredictedKey, "… and predicted class."), 0, lastClass),
            values.Flag(new RequestKey(WrongKey, "All its mistakes.")));
    }

    /// <summary>The four thresholds, as URL parameters (defaults left out so plain links stay short).</summary>
    public IReadOnlyDictionary<string, object?> ThresholdParameters => QueryValues.Parameters(Votes.Parameters);

    /// <summary>The query string of an image page link: the scope and the good threshold that picks its voters.</summary>
    public string ImagePageQuery(string scopeQuery) =>
        Votes.Good == GoodAndGold.DefaultGoodThreshold
            ? scopeQuery
            : scopeQuery + (scopeQuery.Length == 0 ? "?" : "&") + $"{GoodKey}={RequestValues.Number(Votes.Good)}";
}
