using Netpicking.Core.Zoo;

namespace Netpicking.Core.Analysis;

/// <summary>
/// The order families and activations are listed in: the product's order (Basic first, ResNet last; None
/// first), then unknown names alphabetically, so a generated or imported zoo with new families still sorts.
/// </summary>
public static class DisplayOrder
{
    public static IReadOnlyList<string> Families(IEnumerable<string> families) => Order(families, Zoo.Families.All);

    public static IReadOnlyList<string> Activations(IEnumerable<string> activations) =>
        Order(activations, Enum.GetNames<ActivationKind>());

    private static string[] Order(IEnumerable<string> names, IReadOnlyList<string> known) =>
        names.Distinct(StringComparer.Ordinal)
            .OrderBy(n => IndexIn(known, n))
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToArray();

    private static int IndexIn(IReadOnlyList<string> known, string name)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (known[i] == name)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
