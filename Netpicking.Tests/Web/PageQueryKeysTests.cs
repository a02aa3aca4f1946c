using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Netpicking.Web.Analyses;
using Netpicking.Web.Cli.Analyze;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Pages.Images;
using Netpicking.Web.Components.Pages.Networks;

namespace Netpicking.Tests.Web;

/// <summary>Which URL keys a page reads, so the others are named on the page; and one spelling convention for all of them.</summary>
public sealed partial class PageQueryKeysTests
{
    private static IEnumerable<Type> RoutedPages => typeof(AnalysisRegistry).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes<RouteAttribute>().Any());

    [Fact]
    public void KeysThePageDoesNotReadAreNamedInTheOrderWritten()
    {
        var known = PageQueryKeys.Of(typeof(TestImagesPage), AnalysisRegistry.TestImages);

        var unknown = PageQueryKeys.Unknown("http://x/images?dataset=mnist&zoom=2&set=easy&weird-true=0.2&maxParams=3&page=2#top", known);

        Assert.Equal(["zoom", "maxParams"], unknown);
        Assert.Equal("This page does not read 'zoom' or 'maxParams' in the address; they were left out.", PageQueryKeys.Describe(unknown));
        Assert.Null(PageQueryKeys.Describe([]));
    }

    [Fact]
    public void OlderSpellingsStillReadAreNotNamed()
    {
        var known = PageQueryKeys.Of(null, AnalysisRegistry.Pick);

        Assert.Empty(PageQueryKeys.Unknown("http://x/pick?maxParams=20000&max-memory=160KB&atLeast=0:3&settings=quick", known));
    }

    [Fact]
    public void APageWithoutAnAnalysisReadsTheKeysItDeclares()
    {
        var known = PageQueryKeys.Of(typeof(NetworkPage), null);

        Assert.Empty(PageQueryKeys.Unknown("http://x/networks/3?zoo=mnistk-1001&dataset=mnist&run=quick&epoch=2&vs=1", known));
        Assert.Equal(["colour"], PageQueryKeys.Unknown("http://x/networks/3?epoch=2&colour=red", known));
    }

    [Fact]
    public void EveryUrlKeyOfEveryPageIsLowerCaseKebab()
    {
        var keys = AnalysisRegistry.Analyses.SelectMany(a => a.Analysis.Keys).Select(k => k.Name)
            .Concat(RoutedPages.SelectMany(PageQueryKeys.Declared))
            .Distinct()
            .ToArray();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Matches(Kebab(), key));
    }

    [Fact]
    public void EveryAnalysisKeyIsTheSameWordOnTheCommandLine()
    {
        var verbs = AnalyzeCommand.Build().Subcommands.ToDictionary(c => c.Name);

        Assert.All(AnalysisRegistry.Analyses, entry =>
        {
            var options = verbs[entry.Analysis.Key].Options.Select(o => o.Name).ToHashSet();
            Assert.All(entry.Analysis.Keys, key => Assert.Contains("--" + key.Name, options));
        });
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();
}
