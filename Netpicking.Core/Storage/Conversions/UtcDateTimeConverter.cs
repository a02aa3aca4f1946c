using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Netpicking.Core.Storage.Conversions;

/// <summary>
/// All times are stored in UTC. SQLite gives them back with an unspecified kind; this restores the kind
/// so callers never mistake a stored UTC time for a local one. DateTime rather than DateTimeOffset
/// because SQLite cannot order or compare DateTimeOffset in queries.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
