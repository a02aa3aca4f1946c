using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Core.Campaigns;

/// <summary>A campaign's estimated time left and what the estimate rests on, in words.</summary>
public sealed record CampaignForecast(TimeSpan? Remaining, string Basis);

public static class CampaignEstimate
{
    /// <summary>
    /// Time left: each waiting or running training's predicted seconds (the cost model, scaled by how this campaign's
    /// finished trainings compared with their predictions), less what a running one has done, laid out longest first
    /// on <paramref name="workers"/> workers. The estimate only grows when trainings run slower than predicted.
    /// </summary>
    public static CampaignForecast Forecast(
        IReadOnlyList<(TrainingWork Work, CampaignTrainingRow Row)> trainings, TrainingCostModel model, int workers, DateTime now)
    {
        var left = trainings.Where(t => t.Row.Status is TrainingStatus.Queued or TrainingStatus.Running).ToList();
        if (left.Count == 0)
        {
            return new CampaignForecast(TimeSpan.Zero, "nothing left to train");
        }

        var finished = trainings
            .Where(t => t.Row is { Status: TrainingStatus.Done, StartedAt: { } start, FinishedAt: { } end } && end > start)
            .Select(t => (Actual: (t.Row.FinishedAt!.Value - t.Row.StartedAt!.Value).TotalSeconds, Predicted: model.Seconds(t.Work)))
            .ToList();
        var scale = finished.Count == 0 ? 1 : finished.Sum(f => f.Actual) / Math.Max(finished.Sum(f => f.Predicted), 1e-9);

        var remaining = left.Select(t => Remaining(t.Work, t.Row, model, scale, now)).OrderDescending().ToList();
        var slots = new double[Math.Max(1, Math.Max(workers, left.Count(t => t.Row.Status == TrainingStatus.Running)))];
        foreach (var seconds in remaining)
        {
            var free = Array.IndexOf(slots, slots.Min());
            slots[free] += seconds;
        }

        var basis = $"cost model: multiply-adds × images, calibrated on {model.Samples:N0} training{(model.Samples == 1 ? "" : "s")} measured on this machine" +
                    (finished.Count == 0 ? "" : $"; this campaign's {finished.Count:N0} finished ran at {scale:F2}× the model") +
                    $"; {slots.Length} at once";
        return new CampaignForecast(TimeSpan.FromSeconds(slots.Max()), basis);
    }

    private static double Remaining(TrainingWork work, CampaignTrainingRow row, TrainingCostModel model, double scale, DateTime now)
    {
        var predicted = model.Seconds(work) * scale;
        if (row.Status != TrainingStatus.Running)
        {
            return predicted;
        }

        var done = row.Progress is { } p ? ((p.Epoch - 1) + ((double)p.Batch / Math.Max(p.Batches, 1))) / Math.Max(p.Epochs, 1) : 0;
        var byProgress = predicted * (1 - Math.Clamp(done, 0, 1));
        var byClock = row.StartedAt is { } start ? predicted - (now - start).TotalSeconds : predicted;
        return Math.Max(0, Math.Min(byProgress, Math.Max(byClock, 0.1 * predicted)));
    }
}
