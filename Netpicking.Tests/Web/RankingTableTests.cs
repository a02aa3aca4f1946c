using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Netpicking.Core.Analysis;
using Netpicking.Tests.Analysis;
using Netpicking.Web.Components.Pages.Ranking;

namespace Netpicking.Tests.Web;

/// <summary>The rankings table on the hand-computed fixture (six networks, epochs 1 and 2, scope epoch 2).</summary>
public sealed class RankingTableTests : IDisposable
{
    private readonly BunitContext context = new();
    private readonly List<RankingQuery> changes = [];
    private readonly IReadOnlyList<RankingEntry> entries = RankingEntry.Of(AnalysisFixture.Snapshot());

    public RankingTableTests()
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        // Virtualize draws rows only in an interactive renderer (the table shows 40 static rows otherwise).
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void EntriesAreTheScopesEpochRankedAmongTheNetworksAtThatEpoch()
    {
        Assert.Equal(6, entries.Count);
        var basic = entries.Single(e => e.Id == 0);
        // Accuracy 0.90 at epoch 2; above it at epoch 2: 0.995, 0.99, 0.99, 0.985 → global 5 of 6 networks (its epoch-1
        // row and the others' count for nothing here).
        Assert.Equal(new Rank(5, 6), basic.RankOf(RankedMetric.Accuracy, RankScope.Global));
        // The only Basic network at epoch 2: first of 1 in its family.
        Assert.Equal(new Rank(1, 1), basic.RankOf(RankedMetric.Accuracy, RankScope.Group));
        // Epoch 2 alone: 0.995, 0.99 (×2, dense), 0.985, then 0.90 → 4 of 6.
        Assert.Equal(new Rank(4, 6), basic.RankOf(RankedMetric.Accuracy, RankScope.Snapshot));
    }

    [Fact]
    public void ByDefaultRowsFollowTheSnapshotAccuracyRank()
    {
        var table = Render(new RankingQuery());

        // 0.995 (5), 0.99 (1 and 2, ties by id), 0.985 (4), 0.90 (0), 0.80 (3).
        Assert.Equal([5, 1, 2, 4, 0, 3], Ids(table));
        Assert.Equal("6 of 6 networks", table.Find("#rank-count").TextContent);
    }

    [Fact]
    public void SearchAndFamilyFilterTheRows()
    {
        var table = Render(new RankingQuery());

        table.Find("#rank-search").Input("conv2d");
        Assert.Equal([5, 4, 3], Ids(table));
        Assert.Equal("3 of 6 networks", table.Find("#rank-count").TextContent);

        table.Find("#rank-search").Input("");
        table.Find("#rank-family").Change("Linear");
        Assert.Equal([1, 2], Ids(table));
        Assert.Equal("Linear", changes[^1].Family);
        Assert.Null(changes[^1].Search);
    }

    [Fact]
    public void NothingMatchingOffersToClearTheFilters()
    {
        var table = Render(new RankingQuery(Search: "nothing-like-this"));

        Assert.Empty(Ids(table));
        table.Find("#rank-none button").Click();
        Assert.Equal(6, Ids(table).Count);
    }

    [Fact]
    public void ClickingAHeaderSortsByItAndAgainReverses()
    {
        var table = Render(new RankingQuery());

        Header(table, "Params").Click();
        // Params 5000 (3), 7850 (0), 9000 (4 and 5, tied), 20000 (1), 30000 (2).
        Assert.Equal([3, 0, 4, 5, 1, 2], Ids(table));
        Assert.Equal(("params", false), (changes[^1].SortBy, changes[^1].Descending));

        Header(table, "Params").Click();
        Assert.Equal([2, 1, 5, 4, 0, 3], Ids(table));
        Assert.True(changes[^1].Descending);

        Header(table, "Network").Click();
        Assert.Equal(["Basic_0", "Conv2dReLU_3", "Conv2dReLU_4", "Conv2dTanh_5", "LinearReLU_1", "LinearSELU_2"], Names(table));
    }

    [Fact]
    public void TheRankScopeChangesEveryRankShown()
    {
        var table = Render(new RankingQuery());
        Assert.Equal("4 / 6", AccuracyCell(table, 0));

        // Global: 0.995, 0.99, 0.99, 0.985 above it at epoch 2 → 5 of the 6 networks there (min-rank).
        table.Find("#rank-within-global").Click();
        Assert.Equal("5 / 6", AccuracyCell(table, 0));

        // The only Basic network at epoch 2.
        table.Find("#rank-within-group").Click();
        Assert.Equal("1 / 1", AccuracyCell(table, 0));
        Assert.Equal(RankScope.Group, changes[^1].Within);
    }

    [Fact]
    public void OneMetricShowsItsValueAndAllFourRanks()
    {
        var table = Render(new RankingQuery(Metric: RankedMetric.Params));

        var headers = table.FindAll("thead th").Select(h => h.TextContent.Trim().TrimEnd('▲', '▼', ' ')).ToArray();
        Assert.Contains("Global rank", headers);
        Assert.Contains("Snapshot rank", headers);
        Assert.Empty(table.FindAll("[role=radiogroup]"));
        // Sorted by the global params rank: Conv2dReLU_3 has the fewest (5,000), ranked among the 6 networks at epoch 2.
        var first = table.FindAll("#rank-table tbody tr[data-id]")[0];
        Assert.Equal("3", first.GetAttribute("data-id"));
        Assert.Contains("5,000", first.TextContent);
        Assert.Contains("1 / 6", first.TextContent);
    }

    [Fact]
    public void EachRowSaysWhetherItIsApartFromTheNextBetterByAccuracy()
    {
        var table = Render(new RankingQuery());

        // Network 1 differs from network 5, the next better, on one image only (RankingsTests): not distinguishable.
        var one = table.Find("#rank-table tbody tr[data-id='1'] td.rank-versus");
        Assert.Equal("0", one.GetAttribute("data-verdict"));
        Assert.Equal("not distinguishable at 95 %", one.TextContent.Trim());
        Assert.Contains("1 image it gets right that LinearReLU_1 gets wrong", table.Find("#rank-table tbody tr[data-id='5'] td.rank-versus").GetAttribute("title"));
        Assert.StartsWith("top;", table.Find("#rank-table tbody tr[data-id='5'] td.rank-versus").TextContent.Trim());
    }

    [Fact]
    public void AViewFromTheAddressReplacesTheShownOne()
    {
        var table = Render(new RankingQuery());
        table.Find("#rank-search").Input("linear");

        table.Render(p => p.Add(c => c.View, new RankingQuery(Family: "Conv2d")));

        Assert.Equal([5, 4, 3], Ids(table));
    }

    public void Dispose() => context.Dispose();

    private IRenderedComponent<RankingTable> Render(RankingQuery view) =>
        context.Render<RankingTable>(p => p
            .Add(c => c.Entries, entries)
            .Add(c => c.View, view)
            .Add(c => c.Families, DisplayOrder.Families(entries.Select(e => e.Family)))
            .Add(c => c.LinkOf, e => $"networks/{e.Id}")
            .Add(c => c.FormatValue, (_, v) => v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
            .Add(c => c.Epoch, 2)
            .Add(c => c.OnViewChange, (RankingQuery v) => changes.Add(v)));

    private static List<int> Ids(IRenderedComponent<RankingTable> table) =>
        table.FindAll("#rank-table tbody tr[data-id]").Select(r => int.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static List<string> Names(IRenderedComponent<RankingTable> table) =>
        table.FindAll("#rank-table tbody tr[data-id] a").Select(a => a.TextContent.Trim()).ToList();

    private static IElement Header(IRenderedComponent<RankingTable> table, string title) =>
        table.FindAll("thead th").Single(h => h.TextContent.Trim().TrimEnd('▲', '▼', ' ') == title);

    /// <summary>The accuracy rank cell of network <paramref name="id"/> (the fifth metric, after id, network, family and four costs).</summary>
    private static string AccuracyCell(IRenderedComponent<RankingTable> table, int id)
    {
        var row = table.FindAll("#rank-table tbody tr").Single(r => r.GetAttribute("data-id") == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cells = row.QuerySelectorAll("td");
        return string.Join(" ", cells[3 + (int)RankedMetric.Accuracy].TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
