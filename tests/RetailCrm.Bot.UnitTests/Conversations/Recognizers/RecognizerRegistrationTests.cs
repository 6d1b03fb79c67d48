using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>
/// The recognizer needs the phone normalizer, the store clock, the manifests and the model; the Core registrations
/// supply them all, and without a language model configured the rules and the trained model answer alone.
/// </summary>
public sealed class RecognizerRegistrationTests
{
    [Fact]
    public async Task The_core_registrations_build_the_recognizer_on_the_injected_clock()
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
