namespace RetailCrm.Bot.Core.Conversations;

/// <summary>Does what one intent asks: changes CRM data through the turn's unit of work and queues replies.</summary>
public interface IIntentHandler
{
    string Intent { get; }

    Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct);
}
