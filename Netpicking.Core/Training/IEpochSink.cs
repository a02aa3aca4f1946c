namespace Netpicking.Core.Training;

/// <summary>Receives each finished epoch; the store writes it in one transaction.</summary>
public interface IEpochSink
{
    Task SaveEpochAsync(EpochOutcome outcome, CancellationToken cancellationToken);
}
