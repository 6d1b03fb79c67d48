using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Recognizers;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>
/// The recognizer needs the phone normalizer and the store clock; the Core registrations supply both, and
/// without a language model configured the rules answer alone.
/// </summary>
public sealed class RecognizerRegistrationTests
{
    [Fact]
    public async Task The_core_registrations_build_a_rule_based_recognizer_on_the_injected_clock()
    {
        var services = new ServiceCollection();
        services.AddOptions();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestRecognizer.Now));
        services.AddRetailCrmCore();
        await using var provider = services.BuildServiceProvider();

        var recognizer = provider.GetRequiredService<IIntentRecognizer>();
        var result = await recognizer.RecognizeAsync("inquiry 98765 43210 blue kurta follow up tomorrow", Role.Staff, CancellationToken.None);

        Assert.IsType<Core.Ai.AiAssistedRecognizer>(recognizer);
        Assert.False(provider.GetRequiredService<Core.Ai.AiGateway>().IsEnabled);
        Assert.Equal(Intents.LogInquiry, result.Intent);
        Assert.Equal("2025-06-12", result.Slot(Slots.Date));
        Assert.Equal("rules", result.Source);
    }
}
