using Netpicking.Core.Training;

namespace Netpicking.Web.Components.Pages.Training;

/// <summary>
/// The running loss of one training as the page saw it, one point per heartbeat (TrainingProgress: epoch, batch, loss):
/// the store keeps only the latest, so the curve starts when the page was opened.
/// </summary>
public sealed class LossTrail
{
    private const int MaxPoints = 400;
    private readonly List<(double Epochs, double Loss)> points = [];

    public IReadOnlyList<(double Epochs, double Loss)> Points => points;

    /// <summary>Adds the heartbeat's point when it is new: x is epochs done, fractional (epoch 2, batch 60 of 240 → 1.25).</summary>
    public void Add(TrainingProgress progress)
    {
        if (progress.Batches <= 0 || !double.IsFinite(progress.RunningLoss))
        {
            return;
        }

        var x = progress.Epoch - 1 + (double)progress.Batch / progress.Batches;
        if (points.Count > 0 && points[^1].Epochs >= x)
        {
            return;
        }

        points.Add((x, progress.RunningLoss));
        if (points.Count > MaxPoints)
        {
            // Every other point of the older half goes: the curve keeps its shape and its newest detail.
            for (var i = points.Count / 2; i >= 1; i -= 2)
            {
                points.RemoveAt(i);
            }
        }
    }
}
