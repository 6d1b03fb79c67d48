using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.UnitTests.Messaging;

public sealed class OutboundStatusRulesTests
{
    [Theory]
    [InlineData(OutboundStatus.Queued, OutboundStatus.Sent, true)]
    [InlineData(OutboundStatus.Sent, OutboundStatus.Delivered, true)]
    [InlineData(OutboundStatus.Delivered, OutboundStatus.Read, true)]
    [InlineData(OutboundStatus.Read, OutboundStatus.Delivered, false)]
    [InlineData(OutboundStatus.Delivered, OutboundStatus.Sent, false)]
    [InlineData(OutboundStatus.Sent, OutboundStatus.Queued, false)]
    [InlineData(OutboundStatus.Sent, OutboundStatus.Failed, true)]
    [InlineData(OutboundStatus.Failed, OutboundStatus.Delivered, false)]
    [InlineData(OutboundStatus.Undelivered, OutboundStatus.Sent, false)]
    [InlineData(OutboundStatus.Delivered, OutboundStatus.Delivered, false)]
    public void Status_only_moves_forward_and_failures_are_final(OutboundStatus current, OutboundStatus next, bool allowed)
    {
        Assert.Equal(allowed, current.CanMoveTo(next));
    }

    [Theory]
    [InlineData("queued", OutboundStatus.Queued)]
    [InlineData("accepted", OutboundStatus.Queued)]
    [InlineData("sending", OutboundStatus.Sending)]
    [InlineData("sent", OutboundStatus.Sent)]
    [InlineData("delivered", OutboundStatus.Delivered)]
    [InlineData("READ", OutboundStatus.Read)]
    [InlineData("undelivered", OutboundStatus.Undelivered)]
    [InlineData("failed", OutboundStatus.Failed)]
    public void Twilio_status_words_map_to_statuses(string word, OutboundStatus expected)
    {
        Assert.Equal(expected, TwilioVocabulary.Status(word));
    }

    [Fact]
    public void Unknown_status_words_are_not_guessed()
    {
        Assert.Null(TwilioVocabulary.Status("partially_delivered"));
        Assert.Null(TwilioVocabulary.Status(null));
    }

    [Theory]
    [InlineData(21610, SendRefusal.RecipientOptedOut)]
    [InlineData(63016, SendRefusal.OutsideWhatsAppWindow)]
    [InlineData(21211, null)]
    [InlineData(null, null)]
    public void Twilio_error_codes_that_ask_for_more_than_a_failure_are_named_for_the_core(int? code, SendRefusal? expected)
    {
        Assert.Equal(expected, TwilioVocabulary.Refusal(code));
    }
}
