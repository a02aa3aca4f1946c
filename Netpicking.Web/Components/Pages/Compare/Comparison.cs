using Netpicking.Core.Analysis;
using Netpicking.Core.Storage;

namespace Netpicking.Web.Components.Pages.Compare;

/// <summary>
/// What the Compare page shows for its members (snapshot indices) at one scope: their ranks at the scope's epoch (one
/// <see cref="RankedRow"/> each), where they disagree, their prediction-set figures (null without probabilities) and their
/// stored epochs under the scope's dataset and run settings (loss curves, confusion matrices; empty when not found).
/// Computed off the render thread: ranking a full zoo and RAPS take a few hundred milliseconds.
/// </summary>
public sealed record Comparison(
    IReadOnlyList<int> Members,
    IReadOnlyList<RankedRow> Ranks,
    DisagreementResult Disagreements,
    IReadOnlyList<PredictionSetStats>? Sets,
    IReadOnlyList<IReadOnlyList<StoredEpoch>> Epochs);
