using Netpicking.Core.Training;
using Netpicking.Web.Components.Pages.Training;

namespace Netpicking.Tests.Web;

/// <summary>The Training page's live loss curve: one point per new heartbeat, epochs done across, bounded in size.</summary>
public sealed class LossTrailTests
{
    [Fact]
    public void AHeartbeatAddsItsPointAtTheEpochsDoneSoFarAndARepeatedOneAddsNothing()
    {
        var trail = new LossTrail();

        trail.Add(new TrainingProgress(Epoch: 1, Epochs: 2, Batch: 60, Batches: 240, RunningLoss: 1.5));
        trail.Add(new TrainingProgress(Epoch: 1, Epochs: 2, Batch: 60, Batches: 240, RunningLoss: 1.5));
        trail.Add(new TrainingProgress(Epoch: 2, Epochs: 2, Batch: 120, Batches: 240, RunningLoss: 0.5));

        Assert.Equal([(0.25, 1.5), (1.5, 0.5)], trail.Points);
    }

    [Fact]
    public void ALossThatIsNotANumberOrAnEpochWithoutBatchesIsLeftOut()
    {
        var trail = new LossTrail();

        trail.Add(new TrainingProgress(1, 2, 10, 240, double.NaN));
        trail.Add(new TrainingProgress(1, 2, 0, 0, 2.0));

        Assert.Empty(trail.Points);
    }

    [Fact]
    public void ALongTrainingKeepsABoundedCurveFromItsFirstToItsLatestPoint()
    {
        var trail = new LossTrail();
        for (var batch = 1; batch <= 2_000; batch++)
        {
            trail.Add(new TrainingProgress(1, 1, batch, 2_000, 3.0 - batch / 1_000.0));
        }

        Assert.InRange(trail.Points.Count, 200, 400);
        Assert.Equal(1 / 2_000.0, trail.Points[0].Epochs);
        Assert.Equal((1.0, 1.0), trail.Points[^1]);
        Assert.True(trail.Points.Zip(trail.Points.Skip(1)).All(p => p.First.Epochs < p.Second.Epochs));
    }
}
