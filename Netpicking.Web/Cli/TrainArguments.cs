using System.CommandLine;
using System.Globalization;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Training;

namespace Netpicking.Web.Cli;

/// <summary>
/// The arguments of <c>train</c>, checked before anything starts: a bad one is one line on stderr and exit code
/// <see cref="BadArgument"/>, with nothing stored or queued. What needs the store (zoo, run settings, dataset) is
/// checked next by <see cref="CampaignService.CheckLaunchAsync"/>.
/// </summary>
public sealed record TrainArguments(
    string Zoo,
    IReadOnlyCollection<int>? NetworkIds,
    string? Preset,
    int? Sample,
    int Seed,
    string Settings,
    RunSettings? NewSettings,
    string Dataset,
    int? Workers,
    int Threads,
    bool SharedQueue,
    string? Label)
{
    public const int BadArgument = 2;

    public const string OnePerForm = "one-per-form";

    /// <summary>Whether this process trains at all; with 0 workers it only enqueues and watches.</summary>
    public bool TrainsHere => Workers is not 0;

    public static TrainArguments Check(
        string zoo, string? networks, string? preset, int? sample, int seed, string settings, int? epochs, double? learningRate,
        int? testEvery, int? trainSize, string dataset, int? workers, int threads, bool sharedQueue, string? label)
    {
        if (new object?[] { networks, preset, sample }.Count(o => o is not null) > 1)
        {
            throw Bad("Give at most one of --networks, --preset and --sample.");
        }

        if (workers is < 0)
        {
            throw Bad($"--workers must be 0 (only enqueue and watch) or more (got {workers}).");
        }

        if (threads < 1)
        {
            throw Bad($"--threads must be at least 1 (got {threads}).");
        }

        if (sample is < 1)
        {
            throw Bad($"--sample must be at least 1 (got {sample}).");
        }

        if (preset is not null and not OnePerForm)
        {
            throw Bad($"Unknown preset '{preset}'. Known: {OnePerForm}.");
        }

        if (string.IsNullOrWhiteSpace(settings))
        {
            throw Bad("--settings needs a name: t1, t2, t3, quick or your own.");
        }

        return new TrainArguments(zoo, ParseIds(networks), preset, sample, seed, settings,
            Define(settings, epochs, learningRate, testEvery, trainSize), dataset, workers, threads, sharedQueue, label);
    }

    /// <summary>The request, once the zoo is known (a preset or a sample is drawn from it).</summary>
    public LaunchRequest ToRequest(Core.Zoo.ZooDefinition zoo)
    {
        var ids = Sample is { } n
            ? NetworkSelection.SampleSizeProblem(zoo, n) is { } problem
                ? throw Bad($"--sample: {problem}")
                : NetworkSelection.StratifiedSample(zoo, n, Seed)
            : Preset is not null ? NetworkSelection.OnePerForm(zoo) : NetworkIds;
        return new LaunchRequest(Zoo, Settings, Dataset, ids, Label, NewSettings);
    }

    public static CommandLineException Bad(string message) => new(message, BadArgument);

    private static RunSettings? Define(string name, int? epochs, double? learningRate, int? testEvery, int? trainSize)
    {
        if (epochs is not { } e)
        {
            return learningRate is null && testEvery is null && trainSize is null
                ? null
                : throw Bad("--lr, --test-every and --train-size define new run settings together with --epochs; give --epochs too.");
        }

        var lr = learningRate ?? throw Bad("--lr is needed with --epochs to define run settings.");
        var defined = new RunSettings(name, e, testEvery ?? 1, lr, TrainSize: trainSize);
        return defined.Problems() is { Count: > 0 } problems ? throw Bad(string.Join(" ", problems)) : defined;
    }

    private static IReadOnlyCollection<int>? ParseIds(string? networks)
    {
        if (networks is null)
        {
            return null;
        }

        var parts = networks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bad = parts.Where(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
        return bad.Count > 0 ? throw Bad($"--networks takes ids separated by commas; '{string.Join("', '", bad)}' is not an id.")
            : parts.Length == 0 ? throw Bad("--networks needs at least one id.")
            : parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
    }
}
