namespace Netpicking.Core.Campaigns;

/// <summary>Puts one training on the job queue (Hangfire in the app; the queue is never home-made).</summary>
public interface ITrainingScheduler
{
    void Enqueue(int trainingId);
}
