using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Campaigns;

/// <summary>Estimates a campaign's time left from its trainings and this machine's cost model (<see cref="CampaignEstimate"/>).</summary>
public sealed class CampaignForecaster(ResultsStore store, ZooResolver zoos, TrainingCosts costs, TimeProvider time)
{
    public async Task<CampaignForecast> ForecastAsync(
        CampaignSummary campaign, IReadOnlyList<CampaignTrainingRow> trainings, int workers, CancellationToken cancellationToken = default)
    {
        var zoo = await zoos.FindAsync(campaign.ZooName, cancellationToken);
        var settings = await store.Catalog.GetRunSettingsAsync(campaign.RunSettingsName, cancellationToken);
        if (zoo is null || settings is null)
        {
            return new CampaignForecast(null, "its zoo or run settings are gone");
        }

        var model = await costs.ModelAsync(cancellationToken);
        var planned = trainings
            .Where(t => zoo.TryGetById(t.NetworkId, out _))
            .Select(t => (TrainingWork.Of(zoo.GetById(t.NetworkId), settings), t))
            .ToList();
        return CampaignEstimate.Forecast(planned, model, workers, time.GetUtcNow().UtcDateTime);
    }
}
