using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Core.Campaigns;

/// <summary>Writes a training's epochs to the results store, each in one transaction, and times the writing.</summary>
public sealed class StoreSink(ResultsStore store, int trainingId) : IEpochSink
{
    /// <summary>Seconds spent encoding and writing epochs so far.</summary>
    public double Seconds { get; private set; }

    public async Task SaveEpochAsync(EpochOutcome outcome, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var evaluation = outcome.Evaluation;
        var record = evaluation is null
            ? new EpochRecord(trainingId, outcome.Epoch, outcome.TrainLoss, outcome.Seconds, EpochCpuSeconds: outcome.CpuSeconds)
            : new EpochRecord(trainingId, outcome.Epoch, outcome.TrainLoss, outcome.Seconds,
                new TestScores(evaluation.TestLoss, evaluation.Accuracy, evaluation.BalancedAccuracy, evaluation.Auc,
                    evaluation.Recall.Select(r => (float)r).ToArray(), evaluation.ClassAuc.Select(a => (float)a).ToArray(),
                    evaluation.Confusion.ToArray()),
                new EncodedPredictions(PredictionCodec.PackLogProbabilities(outcome.LogProbabilities), outcome.Predictions!),
                outcome.CpuSeconds,
                outcome.TestSeconds);
        await store.Epochs.SaveEpochAsync(record, cancellationToken);
        Seconds += System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
