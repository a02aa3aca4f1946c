using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Netpicking.Core.Configuration;

namespace Netpicking.Core.Compute;

/// <summary>
/// Applies the machine's compute path once per process, at start (a hosted service registered before the job server,
/// so no training starts before it), and hands out the convolution planner measured on that path.
/// </summary>
public sealed class ComputeSetup(ComputePathResolver resolver, IOptions<NetpickingOptions> options, ILogger<ComputeSetup> logger) : IHostedService
{
    private readonly Lock gate = new();
    private Task<ComputeDecision>? resolving;
    private TunedConvolutions? convolutions;
    private TunedEvaluationBatches? evaluationBatches;

    /// <summary>The decision, once <see cref="EnsureAsync"/> has finished.</summary>
    public ComputeDecision? Decision => resolving is { IsCompletedSuccessfully: true } done ? done.Result : null;

    public Task<ComputeDecision> EnsureAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            resolving ??= ResolveAsync(cancellationToken);
            return resolving.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Each convolution's method, timed once per shape on this machine's path and remembered in the data folder.</summary>
    public async Task<TunedConvolutions> ConvolutionsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken);
        lock (gate)
        {
            return convolutions ??= new TunedConvolutions(
                Path.Combine(options.Value.ComputeFolder, $"{MachineIdentity.Current.Key}.convolutions-v{TunedConvolutions.MethodsVersion}.{TorchRuntime.Current.Tag}.json"));
        }
    }

    /// <summary>Each network's test batch size, measured once per architecture on this machine's path and remembered.</summary>
    public async Task<TunedEvaluationBatches> EvaluationBatchesAsync(CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken);
        lock (gate)
        {
            return evaluationBatches ??= new TunedEvaluationBatches(
                Path.Combine(options.Value.ComputeFolder, $"{MachineIdentity.Current.Key}.evaluation-v1.{TorchRuntime.Current.Tag}.json"));
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken) => await EnsureAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<ComputeDecision> ResolveAsync(CancellationToken cancellationToken)
    {
        var decision = await resolver.ResolveAsync(checkAgain: false, cancellationToken);
        var applied = TorchRuntime.Use(decision.Path);
        if (applied.MklIntel != decision.Path.MklIntel)
        {
            // Only where something loaded libtorch before the host started (tests, benchmarks).
            logger.LogWarning("libtorch was loaded before the compute path was chosen; MKL keeps its {Path} code path in this process",
                applied.MklIntel ? "Intel" : "default");
        }

        logger.LogInformation("Netpicking {Path} ({Source})", decision.Path.Explanation, decision.Source);
        return decision with { Path = TorchRuntime.Current with { Explanation = decision.Path.Explanation } };
    }
}
