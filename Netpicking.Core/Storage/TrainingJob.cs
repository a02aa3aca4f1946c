using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>Everything a training job needs to train one network: the spec line, the settings and the dataset.</summary>
public sealed record TrainingJob(
    int TrainingId,
    TrainingStatus Status,
    string ZooName,
    int NetworkId,
    string NetworkName,
    string SpecLine,
    RunSettings RunSettings,
    string DatasetKey);
