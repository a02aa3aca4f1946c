using System.Collections.Concurrent;
using System.Globalization;

namespace Netpicking.Web.Jobs;

/// <summary>
/// Which Hangfire queue this process takes trainings from and puts them on. The dashboard and <c>worker</c> share one
/// queue; a <c>train</c> run has a queue of its own, so it trains its own campaign and nothing else, while trainings of
/// other campaigns that it puts back (their worker vanished) go to the shared queue (docs/decisions/0018).
/// </summary>
public sealed class TrainingQueues(string listen)
{
    public const string Shared = TrainNetworkJob.Queue;

    private readonly ConcurrentDictionary<int, byte> own = new();

    /// <summary>The queue this process's job server takes jobs from.</summary>
    public string Listen { get; } = listen;

    public bool IsPrivate => Listen != Shared;

    public static TrainingQueues SharedQueue() => new(Shared);

    /// <summary>A queue no other process listens to (Hangfire: lowercase letters, digits, '-' and '_').</summary>
    public static TrainingQueues OwnQueue() =>
        new($"train-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..40]);

    /// <summary>Trainings of this process's campaign: when one is put back after its worker vanished, this process trains it.</summary>
    public void Claim(IEnumerable<int> trainingIds)
    {
        foreach (var id in trainingIds)
        {
            own[id] = 0;
        }
    }

    /// <summary>A launch goes to this process's queue; a training put back goes there only when it is this process's own.</summary>
    public string For(Core.Campaigns.TrainingTicket ticket) =>
        ticket.CampaignId is not null || own.ContainsKey(ticket.TrainingId) ? Listen : Shared;
}
