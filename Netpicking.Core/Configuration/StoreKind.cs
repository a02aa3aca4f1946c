namespace Netpicking.Core.Configuration;

/// <summary>Where results and jobs are kept (<c>Netpicking:Store</c>); docs/decisions/0007-stores.md.</summary>
public enum StoreKind
{
    /// <summary>Two files in the data folder: embedded, nothing to install, one machine.</summary>
    Sqlite,

    /// <summary>One PostgreSQL database shared by every process that trains or serves: several machines.</summary>
    Postgres,
}
