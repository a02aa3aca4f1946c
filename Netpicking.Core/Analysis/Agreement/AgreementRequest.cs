namespace Netpicking.Core.Analysis;

/// <summary>
/// The inputs of the agreement (analysis 14): whether the family matrix counts the good networks only, the two
/// networks compared image by image (zoo ids; null: the best network and the best of another family), and networks whose
/// pairwise agreement is tabled.
/// </summary>
public sealed record AgreementRequest(bool GoodOnly = false, int? First = null, int? Second = null, IReadOnlyList<int>? Networks = null)
{
    public const string GoodValue = "good";
    public const string AllValue = "all";

    public const string AmongName = "among";

    public static RequestKey AmongKey { get; } = new(AmongName, "good: only the good networks count in the family matrix; all (default): every network.");

    public const string FirstName = "a";

    public static RequestKey FirstKey { get; } = new(FirstName, "The first network of the pair compared image by image (default: the best network).");

    public const string SecondName = "b";

    public static RequestKey SecondKey { get; } = new(SecondName, "The second network of the pair (default: the best network of another family).");

    public const string NetworksName = "networks";

    public static RequestKey NetworksKey { get; } = new(NetworksName, "Network ids: the agreement of each pair of them.");

    public static IReadOnlyList<RequestKey> Keys { get; } = [AmongKey, FirstKey, SecondKey, NetworksKey];

    public static AgreementRequest Read(RequestValues values)
    {
        var networks = values.Ids(NetworksKey);
        if (networks is { Count: < 2 })
        {
            values.Problem(NetworksKey, "needs at least two ids to compare");
        }

        return new AgreementRequest(
            values.Choice(AmongKey, [AllValue, GoodValue], AllValue) == GoodValue,
            values.OptionalWhole(FirstKey),
            values.OptionalWhole(SecondKey),
            networks);
    }

    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
    [
        .. AmongKey.Write(GoodOnly ? GoodValue : null),
        .. FirstKey.Write(First is { } a ? RequestValues.Number(a) : null),
        .. SecondKey.Write(Second is { } b ? RequestValues.Number(b) : null),
        .. NetworksKey.Write(Networks is null ? null : RequestValues.Ids(Networks)),
    ];

    /// <summary>The family × family matrix, among the good networks when <see cref="GoodOnly"/>.</summary>
    public AgreementMatrix Matrix(PopulationSnapshot snapshot)
    {
        if (!GoodOnly)
        {
            return Agreement.FamilyMatrix(snapshot);
        }

        var good = GoodAndGold.Classify(snapshot).Good;
        return Agreement.FamilyMatrix(snapshot, Enumerable.Range(0, snapshot.NetworkCount).Where(i => good[i]).ToArray());
    }

    /// <summary>
    /// The snapshot indices of the pair: those asked for, or by default the best network and the best of another
    /// family (the second best when there is one family only); (-1, -1) when the snapshot has no scored network.
    /// </summary>
    public (int First, int Second) ResolvePair(PopulationSnapshot snapshot, RequestValues values)
    {
        var a = values.Network(snapshot, First) ?? BestNetwork.BestIndex(snapshot);
        if (values.Network(snapshot, Second) is { } b)
        {
            return (a, b);
        }

        if (a < 0)
        {
            return (-1, -1);
        }

        var ranked = Enumerable.Range(0, snapshot.NetworkCount).Where(i => i != a && !double.IsNaN(snapshot.Score(i)))
            .OrderByDescending(snapshot.Score).ThenBy(i => snapshot.Networks[i].Id).ToArray();
        return (a, ranked.FirstOrDefault(i => snapshot.Networks[i].Group != snapshot.Networks[a].Group, ranked.Length > 0 ? ranked[0] : -1));
    }

    /// <summary>The pair image by image; null when there is no pair.</summary>
    public PairAgreement? Pair(PopulationSnapshot snapshot, RequestValues values) =>
        ResolvePair(snapshot, values) is var (a, b) && a >= 0 && b >= 0 ? Agreement.Pair(snapshot, a, b) : null;

    /// <summary>The agreement of every pair of <see cref="Networks"/>; null when none were asked for.</summary>
    public PairwiseAgreement? Between(PopulationSnapshot snapshot, RequestValues values)
    {
        if (Networks is null)
        {
            return null;
        }

        var members = values.Networks(snapshot, Networks);
        return new PairwiseAgreement(members, members.Select(a => members.Select(b => Agreement.Between(snapshot, a, b)).ToArray()).ToArray());
    }

    public AgreementResult Compute(PopulationSnapshot snapshot, RequestValues values) =>
        new(Matrix(snapshot), Pair(snapshot, values), Between(snapshot, values));

    public bool Equals(AgreementRequest? other) => other is not null && RequestValues.Describe(Parameters) == RequestValues.Describe(other.Parameters);

    public override int GetHashCode() => RequestValues.Describe(Parameters).GetHashCode(StringComparison.Ordinal);
}
