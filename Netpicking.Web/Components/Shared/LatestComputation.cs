namespace Netpicking.Web.Components.Shared;

/// <summary>
/// Runs a page's heavy computation off the render thread (docs/interface.md#interaction: the page stays usable, a spinner shows meanwhile).
/// Starting one cancels the one before, so the inputs that were changed last always win and an answer for inputs that
/// are no longer shown is never applied.
/// </summary>
public sealed class LatestComputation : IDisposable
{
    private CancellationTokenSource? current;

    /// <summary>True from the start of the latest computation until it ends.</summary>
    public bool Running { get; private set; }

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and hands its result to <paramref name="apply"/> unless a newer
    /// computation was started (or this was disposed) in the meantime. Returns whether the result was applied; the work's
    /// own exceptions come out of the returned task.
    /// </summary>
    public async Task<bool> RunAsync<T>(Func<CancellationToken, T> work, Action<T> apply)
    {
        var source = new CancellationTokenSource();
        var previous = Interlocked.Exchange(ref current, source);
        previous?.Cancel();
        Running = true;
        try
        {
            var result = await Task.Run(() => work(source.Token), source.Token);
            if (source.IsCancellationRequested)
            {
                return false;
            }

            apply(result);
            return true;
        }
        catch (OperationCanceledException) when (source.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            if (ReferenceEquals(Volatile.Read(ref current), source))
            {
                Running = false;
            }
        }
    }

    /// <summary>Drops the computation in flight: its result will not be applied.</summary>
    public void Cancel()
    {
        Interlocked.Exchange(ref current, null)?.Cancel();
        Running = false;
    }

    public void Dispose() => Cancel();
}
