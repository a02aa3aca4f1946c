namespace Netpicking.Web.Components.Pages.Explorer;

/// <summary>What the explorer's points are coloured by.</summary>
public enum ColourBy
{
    Family,
    Form,
    Activation,
    Epoch,
}
