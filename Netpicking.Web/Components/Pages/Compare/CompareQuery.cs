using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;

namespace Netpicking.Web.Components.Pages.Compare;

/// <summary>The Compare page's URL state beside the scope bar's: the networks compared, by zoo id, in the order they were added.</summary>
public sealed record CompareQuery(IReadOnlyList<int> Ids)
{
    public const string IdsKey = "ids";

    /// <summary>More would not fit side by side.</summary>
    public const int MaxMembers = 4;

    private static readonly RequestKey Networks = new(IdsKey, "The networks compared, by id.");

    /// <summary>The ids in the URL, in order, without repeats, at most <see cref="MaxMembers"/>; what was wrong with the rest, in <paramref name="values"/>' problems.</summary>
    public static CompareQuery From(RequestValues values)
    {
        var ids = values.Ids(Networks) ?? [];
        if (ids.Count > MaxMembers)
        {
            values.Problem($"The page compares at most {MaxMembers} networks; showing the first {MaxMembers} of {ids.Count}.");
        }

        return new CompareQuery(ids.Take(MaxMembers).ToArray());
    }

    /// <summary>The query parameters of a comparison of <paramref name="ids"/> (none: the parameter goes).</summary>
    public static IReadOnlyDictionary<string, object?> Parameters(IEnumerable<int> ids) => QueryValues.Parameters(Networks.Write(RequestValues.Ids(ids)));
}
