namespace Netpicking.Core.Campaigns;

/// <summary>Puts one training on the job queue (Hangfire in the app; the queue is never home-made).</summary>
public interface ITrainingScheduler
{
    void Enqueue(int trainingId);

    /// <summary>Puts a training on the queue under a name a person can read in the job list (the network, the campaign).</summary>
    void Enqueue(TrainingTicket ticket) => Enqueue(ticket.TrainingId);
}
