using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Conversations;

/// <summary>Every intent is declared once, by its one handler; anything else stops the app at start.</summary>
public sealed class IntentCatalogTests
{
    private static readonly Type[] CoreTypes = typeof(IntentCatalog).Assembly.GetTypes();

    [Fact]
    public void Every_intent_name_has_exactly_one_handler_and_definition()
    {
        var names = typeof(Intents).GetFields().Select(f => (string)f.GetValue(null)!).Order();

        Assert.Equal(names, IntentCatalog.Names.Order());
        Assert.All(IntentCatalog.All, i => Assert.True(typeof(IIntentHandler).IsAssignableFrom(i.Handler), i.Name));
    }

    [Fact]
    public void Two_handlers_for_one_intent_stop_the_start_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IntentCatalog.Build([.. CoreTypes, typeof(SecondGreetingHandler)]));

        Assert.Contains("intent \"greeting\" has two handlers: GreetingHandler and SecondGreetingHandler", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intent_without_a_handler_stops_the_start_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IntentCatalog.Build(CoreTypes.Where(t => t.Name != "StaffListHandler")));

        Assert.Contains("intent \"staff_list\" has no handler", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_slots_are_typed_and_every_question_and_help_line_exists_in_every_language()
    {
        var texts = Recognizers.TestRecognizer.Manifests.Replies;
        foreach (var intent in IntentCatalog.All)
        {
            foreach (var slot in intent.Required)
            {
                Assert.Same(slot.Type, SlotTypes.Find(slot.Type.Name));
                Assert.True(texts.Has(intent.QuestionKey(slot.Type)), $"{intent.Name} asks for {slot.Type.Name} with no question");
            }
        }
    }

    private sealed class SecondGreetingHandler : IIntentHandler<SecondGreetingHandler>
    {
        public static IntentDefinition Definition { get; } = new(Intents.Greeting, Role.Shopper);

        public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct) => Task.CompletedTask;
    }
}
