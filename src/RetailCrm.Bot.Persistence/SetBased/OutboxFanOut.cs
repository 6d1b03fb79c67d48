using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary>
/// <see cref="IOutboxFanOut"/> as one statement: EF Core writes the recipients' SELECT (so segments stay LINQ in the
/// Core), and it is wrapped in an INSERT … SELECT that skips keys already queued in the provider's own way.
/// </summary>
internal sealed class OutboxFanOut(CrmDbContext db) : IOutboxFanOut
{
    private const string Columns =
        """
        "CustomerId", "ToPhone", "Channel", "IdempotencyKey", "Body", "Kind", "Purpose", "Status", "DueAt", "CreatedAt",
        "Attempts", "DelayCount", "WhatsAppWindowClosed", "TemplateValues", "CampaignId"
        """;

    private const string Values =
        """
        r."CustomerId", r."ToPhone", r."Channel", r."IdempotencyKey", '', @fan_kind, @fan_purpose, @fan_status, @fan_now, @fan_now,
        0, 0, @fan_false, @fan_values, @fan_campaign
        """;

    public async Task<int> QueueAsync(IQueryable<FanOutRecipient> recipients, FanOutMessage message, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // The SELECT with its own parameters, as EF would run it; its columns are named after FanOutRecipient.
            await using var command = recipients.CreateDbCommand();
            var select = command.CommandText;
            command.CommandText = db.Database.IsSqlServer()
                ? $"""
                   INSERT INTO outbound_messages ({Columns})
                   SELECT {Values} FROM ({select}) AS r
                   WHERE NOT EXISTS (SELECT 1 FROM outbound_messages AS o WHERE o."IdempotencyKey" = r."IdempotencyKey")
                   """
                // PostgreSQL and SQLite: the unique index decides. (SQLite needs the WHERE so ON CONFLICT is not read as a join.)
                : $"""
                   INSERT INTO outbound_messages ({Columns})
                   SELECT {Values} FROM ({select}) AS r WHERE 1 = 1
                   ON CONFLICT DO NOTHING
                   """;
            command.CommandTimeout = 300; // 100,000 rows take seconds; a slow disk must not turn that into a failure
            command.Add("@fan_kind", message.Kind);
            command.Add("@fan_purpose", message.Purpose.ToString());
            command.Add("@fan_status", OutboundStatus.Pending.ToString());
            command.Add("@fan_now", message.CreatedAt);
            command.Add("@fan_false", false);
            command.Add("@fan_values", message.TemplateValues);
            command.Add("@fan_campaign", message.CampaignId);
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
