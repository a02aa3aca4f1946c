namespace Netpicking.Core.Analysis;

/// <summary>Shared grouping for the box-plot analyses: networks by family (and activation), in display order.</summary>
internal static class GroupBoxes
{
    public static IReadOnlyList<GroupBox> By(
        PopulationSnapshot snapshot, GoodGoldResult goodGold, bool withActivation, Func<int, double> value)
    {
        var boxes = new List<GroupBox>();
        var networks = snapshot.Networks;
        foreach (var family in DisplayOrder.Families(networks.Select(n => n.Group)))
        {
            IReadOnlyList<string?> activations = withActivation
                ? [.. DisplayOrder.Activations(networks.Where(n => n.Group == family).Select(n => n.Activation))]
                : [null];
            foreach (var activation in activations)
            {
                var members = new List<int>();
                for (var i = 0; i < networks.Count; i++)
                {
                    if (networks[i].Group == family && (activation is null || networks[i].Activation == activation))
                    {
                        members.Add(i);
                    }
                }

                boxes.Add(new GroupBox(
                    family,
                    activation,
                    BoxStatistics.Of(members.Select(value)),
                    members,
                    members.Where(i => goodGold.Gold[i]).ToArray()));
            }
        }

        return boxes;
    }
}
