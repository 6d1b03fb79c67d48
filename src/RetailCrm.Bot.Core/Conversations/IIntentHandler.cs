namespace RetailCrm.Bot.Core.Conversations;

/// <summary>Does what one intent asks: changes CRM data through the turn's unit of work and queues replies.</summary>
public interface IIntentHandler
{
    /// <summary>The intent this handler answers (its definition's name).</summary>
    string Intent { get; }

    Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct);
}

/// <summary>
/// A handler together with the one declaration of its intent. The static member makes the compiler insist that
/// every handler declares what it answers, who may ask, and which slots it needs.
/// </summary>
public interface IIntentHandler<TSelf> : IIntentHandler
    where TSelf : IIntentHandler<TSelf>
{
    static abstract IntentDefinition Definition { get; }

    string IIntentHandler.Intent => TSelf.Definition.Name;
}
