using Netpicking.Core.Analysis;

namespace Netpicking.Web.Cli.Analyze;

/// <summary>The scope of an <c>analyze</c> run under the keys a URL and the command line use for it.</summary>
public sealed record AnalysisScope(string Zoo, string Dataset, string Run, int Epoch, ScoreSelector Score)
{
    public static AnalysisScope Of(SnapshotScope scope) => new(scope.Zoo, scope.Dataset, scope.RunSettings, scope.Epoch, scope.Score);
}
