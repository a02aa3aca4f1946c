using Bunit;
using Netpicking.Core.Training;
using Netpicking.Web.Components.Pages.Training;

namespace Netpicking.Tests.Web;

/// <summary>The running network's loss curve on the Training page: epochs across the 120-pixel width, loss up.</summary>
public sealed class LossSparklineTests : BunitContext
{
    [Fact]
    public void ThePointsRunAcrossTheEpochsWithTheHighestLossAtTheTopAndTheLowestAtTheBottom()
    {
        var trail = new LossTrail();
        trail.Add(new TrainingProgress(1, 2, 1, 2, 2.0));
        trail.Add(new TrainingProgress(1, 2, 2, 2, 1.0));
        trail.Add(new TrainingProgress(2, 2, 2, 2, 0.5));

        var line = Render<LossSparkline>(p => p.Add(c => c.Trail, trail).Add(c => c.Epochs, 2));

        // x: 1 + 118 × epochs / 2; y: 24 at the lowest loss, 2 at the highest (26 pixels high).
        Assert.Equal("30.5,2.0 60.0,16.7 119.0,24.0", line.Find("polyline").GetAttribute("points"));
        Assert.Equal("3", line.Find("svg").GetAttribute("data-points"));
    }

    [Fact]
    public void OnePointIsNotYetACurve()
    {
        var trail = new LossTrail();
        trail.Add(new TrainingProgress(1, 2, 1, 10, 2.0));

        var line = Render<LossSparkline>(p => p.Add(c => c.Trail, trail).Add(c => c.Epochs, 2));

        Assert.Empty(line.FindAll("svg"));
    }
}
