using Netpicking.Web.Components.Shared;

namespace Netpicking.Tests.Web;

public sealed class LatestComputationTests
{
    [Fact]
    public async Task AppliesTheResultOffTheCallingThread()
    {
        using var computation = new LatestComputation();
        using var gate = new ManualResetEventSlim();
        string? applied = null;

        // Had the computation run on the calling thread, RunAsync would only return once the gate gave up waiting
        // (thread ids prove nothing here: the pool may hand the worker the caller's own thread once it awaits).
        var run = computation.RunAsync(_ =>
        {
            gate.Wait(TimeSpan.FromSeconds(10));
            return "answer";
        }, r => applied = r);
        Assert.False(run.IsCompleted);
        Assert.Null(applied);

        gate.Set();
        Assert.True(await run);
        Assert.Equal("answer", applied);
        Assert.False(computation.Running);
    }

    [Fact]
    public async Task ANewerComputationCancelsAndDiscardsTheOlderOne()
    {
        using var computation = new LatestComputation();
        using var started = new ManualResetEventSlim();
        var applied = new List<string>();
        var cancelled = false;

        var slow = computation.RunAsync(token =>
        {
            started.Set();
            cancelled = token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
            return "stale";
        }, applied.Add);
        started.Wait(TestContext.Current.CancellationToken);
        Assert.True(computation.Running);
        var fresh = computation.RunAsync(_ => "fresh", applied.Add);

        Assert.True(await fresh);
        Assert.False(await slow);
        Assert.True(cancelled);
        Assert.Equal(["fresh"], applied);
    }

    [Fact]
    public async Task WorkThatStopsOnCancellationIsNotAnError()
    {
        using var computation = new LatestComputation();
        using var started = new ManualResetEventSlim();
        var slow = computation.RunAsync<int>(token =>
        {
            started.Set();
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
            token.ThrowIfCancellationRequested();
            return 1;
        }, _ => Assert.Fail("A cancelled result must not be applied."));
        started.Wait(TestContext.Current.CancellationToken);

        computation.Cancel();

        Assert.False(await slow);
        Assert.False(computation.Running);
    }

    [Fact]
    public async Task ErrorsOfTheWorkReachTheCaller()
    {
        using var computation = new LatestComputation();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            computation.RunAsync<int>(_ => throw new InvalidOperationException("broken store"), _ => { }));
        Assert.False(computation.Running);
    }
}
