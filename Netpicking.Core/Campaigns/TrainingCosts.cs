using Netpicking.Core.Compute;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Campaigns;

/// <summary>
/// The cost model of this machine: <see cref="TrainingCostModel"/> fitted on the trainings done on its compute path,
/// refitted at most every <see cref="Refresh"/>.
/// </summary>
public sealed class TrainingCosts(ResultsStore store, TimeProvider time)
{
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);
    private const int Samples = 2000;
    private readonly SemaphoreSlim gate = new(1, 1);
    private (TrainingCostModel Model, DateTimeOffset At)? fitted;

    public async Task<TrainingCostModel> ModelAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (fitted is { } current && time.GetUtcNow() - current.At < Refresh)
            {
                return current.Model;
            }

            var measured = await store.Trainings.GetMeasuredTrainingsAsync(TorchRuntime.Current.Tag, Samples, cancellationToken);
            var model = TrainingCostModel.Fit(measured
                .Select(m => (Work: TrainingWork.Of(ZooJsonl.ReadLine(m.SpecLine), m.RunSettings), m.TrainSeconds, m.TestSeconds))
                .ToList());
            fitted = (model, time.GetUtcNow());
            return model;
        }
        finally
        {
            gate.Release();
        }
    }
}
