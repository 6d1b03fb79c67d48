using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Core.Store;

/// <summary>
/// The one place that turns the injected <see cref="TimeProvider"/> into the store's local time,
/// so "today" means the shop's today, not the server's.
/// </summary>
public sealed class StoreClock(TimeProvider time, IOptions<StoreOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    /// <summary>Now, in UTC, as stored in the database.</summary>
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>Now, on the shop's wall clock.</summary>
    public DateTime LocalNow => TimeZoneInfo.ConvertTimeFromUtc(UtcNow, _zone);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone);
}
