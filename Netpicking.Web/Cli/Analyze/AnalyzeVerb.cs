using System.CommandLine;
using Netpicking.Core.Analysis;
using Netpicking.Core.Data;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;
using Netpicking.Web.Text;

namespace Netpicking.Web.Cli.Analyze;

/// <summary>One <c>analyze</c> verb: the command line of one Core analysis (<see cref="Analysis"/>).</summary>
public abstract class AnalyzeVerb
{
    public abstract IAnalysisDefinition Analysis { get; }

    public abstract Command Build();
}

/// <summary>
/// An <c>analyze</c> verb for <paramref name="definition"/>: its options are the scope's and the analysis's request keys,
/// read by the Core as a page reads its URL (anything it cannot read fails the command before the store is opened);
/// the answer is printed as the Core's records (<c>--json</c>) or as the table <see cref="WriteTable"/> writes.
/// </summary>
public abstract class AnalyzeVerb<TRequest, TResult>(AnalysisDefinition<TRequest, TResult> definition) : AnalyzeVerb
{
    private const string DefaultRun = "quick";

    public override IAnalysisDefinition Analysis => definition;

    /// <summary>Options of the table only (how many rows it lists); none by default.</summary>
    protected virtual IReadOnlyList<Option> TableOptions => [];

    /// <summary>The readable table of the result, written under the scope line.</summary>
    protected abstract void WriteTable(TextWriter output, AnalyzeRun<TRequest, TResult> run);

    /// <summary>What the table's analysis cannot print (e.g. a cascade of one network): a message, or null when it can.</summary>
    protected virtual string? Refusal(AnalyzeRun<TRequest, TResult> run) => null;

    public override Command Build()
    {
        var keys = new RequestOptions(ScopeKeys.All.Concat(definition.Keys));
        var json = new Option<bool>("--json") { Description = "Print the analysis records as JSON instead of tables." };
        var command = CommandLineHost.WithServiceOptions(new Command(definition.Key, definition.Summary));
        foreach (var option in keys.Options.Concat(TableOptions).Append(json))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var values = keys.Values(result);
            var scope = ReadScope(values);
            var request = definition.Read(values);
            FailOn(values);
            return await CommandLineHost.RunAsync(result, async services =>
            {
                var snapshot = await LoadAsync(services, scope, definition.ProbabilitiesFor(request), cancellationToken);
                var answer = definition.Compute(snapshot, request, values);
                FailOn(values);
                var run = new AnalyzeRun<TRequest, TResult>(snapshot, request, answer, result);
                if (Refusal(run) is { } refusal)
                {
                    throw new CommandLineException(refusal);
                }

                var output = result.InvocationConfiguration.Output;
                if (result.GetValue(json))
                {
                    output.WriteLine(AnalysisJson.Serialize(new AnalysisDocument(definition.Key, AnalysisScope.Of(snapshot.Scope), snapshot.Networks, answer)));
                }
                else
                {
                    var epochs = string.Join(", ", snapshot.TestedEpochs);
                    var s = snapshot.Scope;
                    var zooText = s.Zoo == ZooCatalog.DefaultZooName ? "" : $"{s.Zoo}: ";
                    output.WriteLine($"{zooText}{s.Dataset} / {s.RunSettings} · epoch {s.Epoch} (tested: {epochs}) · {s.Score} · {Format.Count(snapshot.NetworkCount)} networks");
                    output.WriteLine();
                    WriteTable(output, run);
                }

                return 0;
            }, cancellationToken);
        });
        return command;
    }

    private static (string Zoo, string Dataset, string Run, int? Epoch, ScoreSelector Score) ReadScope(RequestValues values)
    {
        var scoreText = values.Text(ScopeKeys.Score) ?? ScoreSelector.Accuracy.ToString();
        if (!ScoreSelector.TryParse(scoreText, out var score))
        {
            values.Problem($"Unknown score '{scoreText}'. Use {ScoreSelector.Syntax}.");
            score = ScoreSelector.Accuracy;
        }

        return (values.Text(ScopeKeys.Zoo) ?? ZooCatalog.DefaultZooName, values.Text(ScopeKeys.Dataset) ?? DatasetRegistry.DefaultName, values.Text(ScopeKeys.Run) ?? DefaultRun,
            values.OptionalWhole(ScopeKeys.Epoch, min: 1), score);
    }

    private static void FailOn(RequestValues values)
    {
        if (values.Problems.Count > 0)
        {
            throw new CommandLineException(string.Join(Environment.NewLine, values.Problems));
        }
    }

    private static async Task<PopulationSnapshot> LoadAsync(
        IServiceProvider services, (string Zoo, string Dataset, string Run, int? Epoch, ScoreSelector Score) scope, ProbabilityUse probabilities,
        CancellationToken cancellationToken)
    {
        var (zoo, dataset, settings, asked, score) = scope;
        var loader = services.GetRequiredService<PopulationLoader>();
        var epochs = await loader.EpochsAsync(zoo, dataset, settings, cancellationToken);
        if (!epochs.HasResults)
        {
            var datasetOption = dataset == DatasetRegistry.DefaultName ? "" : $" --dataset {dataset}";
            var zooOption = zoo == ZooCatalog.DefaultZooName ? "" : $" --zoo {zoo}";
            var zooText = zoo == ZooCatalog.DefaultZooName ? "" : $"{zoo}: ";
            throw new CommandLineException(
                $"No trained networks for {zooText}{dataset} / {settings} yet — run: train --preset one-per-form --settings {settings}{datasetOption}{zooOption}");
        }

        var epoch = epochs.Resolve(asked);
        var labels = await services.GetRequiredService<DatasetLoader>().LoadTestLabelsAsync(dataset, cancellationToken);
        var loading = probabilities switch
        {
            ProbabilityUse.All => ProbabilityLoading.Eager,
            ProbabilityUse.Some => ProbabilityLoading.OnDemand,
            _ => ProbabilityLoading.None,
        };
        return await loader.LoadAsync(new PopulationRequest(dataset, settings, epoch, score, zoo, loading), labels, cancellationToken);
    }
}
