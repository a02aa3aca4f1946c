using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Campaigns;

/// <summary>The cost model and the time-left estimate on hand-computed fixtures.</summary>
public sealed class TrainingCostModelTests
{
    // The base model prices 30e9 multiply-adds at one second; work with no steps, layers or test batches costs just that.
    private const double PerSecond = 30e9;
    private static readonly DateTime Now = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TheWorkOfBasicUnderQuickSettingsIsCountedFromItsShape()
    {
        var work = TrainingWork.Of(ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Basic"), RunSettings.Quick, evaluationBatch: 100);

        // 784 × 10 multiply-adds an image; 6,000 images × 2 epochs, forward and backward ≈ 3 passes; 10,000 test images × 2.
        Assert.Equal(3.0 * 7_840 * 6_000 * 2, work.TrainMultiplyAdds);
        Assert.Equal(7_840.0 * 10_000 * 2, work.TestMultiplyAdds);
        Assert.Equal(480, work.Steps);
        Assert.Equal(200, work.TestBatches);
        Assert.Equal(1, work.Layers);
    }

    [Fact]
    public void EachFamilyIsScaledByHowItRanHereAndUnmeasuredFamiliesByAllOfThem()
    {
        var measured = new List<(TrainingWork, double, double)>
        {
            (Work("Conv3d", 10), 30, 0), // ran 3× the base model
            (Work("Conv3d", 20), 40, 0), // 2×: the family's median is 2.5×
            (Work("Linear", 10), 10, 0), // 1×
        };

        var model = TrainingCostModel.Fit(measured);

        Assert.Equal(25, model.TrainSeconds(Work("Conv3d", 10)), 9);
        Assert.Equal(10, model.TrainSeconds(Work("Linear", 10)), 9);
        Assert.Equal(20, model.TrainSeconds(Work("Conv2d", 10)), 9); // the median of 3, 2 and 1
        Assert.Equal(3, model.Samples);
    }

    [Fact]
    public void TimeLeftLaysTheRemainingWorkLongestFirstOnTheWorkers()
    {
        // Waiting: 10 s, 6 s and 4 s of work on two workers: 10 | 6 + 4 → 10 s.
        var trainings = new[] { Row(1, TrainingStatus.Queued, 10), Row(2, TrainingStatus.Queued, 6), Row(3, TrainingStatus.Queued, 4) };

        var forecast = CampaignEstimate.Forecast(trainings, TrainingCostModel.Base, workers: 2, Now);

        Assert.Equal(TimeSpan.FromSeconds(10), forecast.Remaining);
        Assert.Contains("2 at once", forecast.Basis);
    }

    [Fact]
    public void FinishedTrainingsScaleThePredictionsOfTheRest()
    {
        // One network predicted at 10 s took 20 s: the 6 s still waiting will take 12 s.
        var trainings = new[]
        {
            Row(1, TrainingStatus.Done, 10, started: Now.AddSeconds(-30), finished: Now.AddSeconds(-10)),
            Row(2, TrainingStatus.Queued, 6),
        };

        var forecast = CampaignEstimate.Forecast(trainings, TrainingCostModel.Base, workers: 1, Now);

        Assert.Equal(12, forecast.Remaining!.Value.TotalSeconds, 6);
        Assert.Contains("1 finished ran at 2.00× the model", forecast.Basis);
    }

    [Fact]
    public void ARunningTrainingCountsOnlyWhatIsLeftOfIt()
    {
        // 20 s predicted, half its batches done 10 s ago: 10 s left.
        var trainings = new[]
        {
            Row(1, TrainingStatus.Running, 20, started: Now.AddSeconds(-10), progress: new TrainingProgress(1, 2, 240, 240, 0.5)),
        };

        var forecast = CampaignEstimate.Forecast(trainings, TrainingCostModel.Base, workers: 2, Now);

        Assert.Equal(10, forecast.Remaining!.Value.TotalSeconds, 6);
    }

    [Fact]
    public void NothingLeftIsZero() =>
        Assert.Equal(TimeSpan.Zero, CampaignEstimate.Forecast([Row(1, TrainingStatus.Done, 3, Now.AddSeconds(-3), Now)], TrainingCostModel.Base, 2, Now).Remaining);

    private static TrainingWork Work(string family, double seconds) => new(family, seconds * PerSecond, 0, 0, 0, 0);

    private static (TrainingWork, CampaignTrainingRow) Row(
        int id, TrainingStatus status, double seconds, DateTime? started = null, DateTime? finished = null, TrainingProgress? progress = null) =>
        (Work("Conv2d", seconds), new CampaignTrainingRow(id, id, $"n{id}", "Conv2d", status, 1, null, null, started, finished, null, progress));
}
