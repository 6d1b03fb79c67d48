using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>Loads and saves <see cref="DialogState"/>; expired state reads as empty.</summary>
public sealed class ConversationStateStore(ICrmDbContext db, StoreClock clock)
{
    /// <summary>How long the bot waits for an answer before it forgets the question.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(ConversationState Row, DialogState State)> LoadAsync(string phone, CancellationToken ct) =>
        Use(phone, await db.ConversationStates.SingleOrDefaultAsync(s => s.Phone == phone, ct));

    /// <summary>The state in a row already read (tracked), or a new row added to the unit of work when there is none.</summary>
    public (ConversationState Row, DialogState State) Use(string phone, ConversationState? row)
    {
        if (row is null)
        {
            row = new ConversationState { Phone = phone, UpdatedAt = clock.UtcNow, ExpiresAt = clock.UtcNow };
            db.ConversationStates.Add(row);
            return (row, new DialogState());
        }

        if (row.ExpiresAt <= clock.UtcNow)
        {
            return (row, new DialogState());
        }

        return (row, Deserialize(row.Data));
    }

    public void Save(ConversationState row, DialogState state)
    {
        row.Data = JsonSerializer.Serialize(state, Json);
        row.UpdatedAt = clock.UtcNow;
        row.ExpiresAt = clock.UtcNow + Lifetime;
        row.Version++;
    }

    /// <summary>Forgets everything about the conversation (used by the turn error handler and by STOP).</summary>
    public async Task ResetAsync(string phone, CancellationToken ct)
    {
        var row = await db.ConversationStates.SingleOrDefaultAsync(s => s.Phone == phone, ct);
        if (row is not null)
        {
            Save(row, new DialogState());
        }
    }

    private static DialogState Deserialize(string data)
    {
        try
        {
            return JsonSerializer.Deserialize<DialogState>(data, Json) ?? new DialogState();
        }
        catch (JsonException)
        {
            // State written by an older version that no longer fits: start afresh rather than fail the turn.
            return new DialogState();
        }
    }
}
