using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Ai;

/// <summary>The model writes the personal touch; code checks it; the template goes out whenever it fails.</summary>
public abstract class PersonalizedMessageTests(Db db) : AiTestBase(db)
{
    private const string Personal = "Priya ji, khushkhabri! Aapki Red Saree wapas aa gayi hai Kapoor Fashions mein. Jaldi aaiye!";

    [Fact]
    public async Task A_personalized_alert_is_sent_as_written_in_the_language_the_shopper_uses()
    {
        OpenAi.WritesMessages(Personal);

        var alert = await AlertPriyaAsync();

        Assert.Equal(Personal, alert.Body);
        Assert.Equal("ai", alert.ComposedBy);
        Assert.Contains(Twilio.Sent, s => s.To == "whatsapp:" + Priya && s.Body == Personal);
        var prompt = Assert.Single(OpenAi.Requests, r => !r.Contains("shopper_intent", StringComparison.Ordinal));
        Assert.Contains("Hinglish", prompt, StringComparison.Ordinal);
        Assert.Contains("Red Saree", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("98765", prompt, StringComparison.Ordinal); // the model gets a first name, not a number
    }

    [Theory]
    [InlineData("Priya, your saree is back at Kapoor Fashions!", "guardrail_missing_fact")]
    [InlineData("Priya, the Red Saree is back at Kapoor Fashions! Call us on 98765 11111 to book it.", "guardrail_phone_number")]
    [InlineData("Priya, the Red Saree is back at Kapoor Fashions! Order at https://cheap-sarees.example.com now.", "guardrail_link")]
    public async Task A_message_that_fails_a_guardrail_is_replaced_by_the_template(string written, string reason)
    {
        OpenAi.WritesMessages(written);

        var alert = await AlertPriyaAsync();

        Assert.Equal("template", alert.ComposedBy);
        Assert.Equal(reason, alert.CompositionNote);
        Assert.StartsWith("Good news, Priya! The Red Saree you asked us about", alert.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Twilio.Sent, s => s.Body == written);
    }

    [Fact]
    public async Task A_message_too_long_for_two_sms_segments_is_replaced_by_the_template()
    {
        OpenAi.WritesMessages("Priya, the Red Saree is back at Kapoor Fashions! " + string.Concat(Enumerable.Repeat("It is lovely. ", 30)));

        var alert = await AlertPriyaAsync(MessageChannel.Sms);

        Assert.Equal(("template", "guardrail_too_long"), (alert.ComposedBy, alert.CompositionNote));
        Assert.Contains(Twilio.Sent, s => s.To == Priya && s.Body.StartsWith("Good news, friend! The Red Saree", StringComparison.Ordinal)); // SMS carries no profile name
    }

    [Fact]
    public async Task An_offer_whose_rewrite_drops_the_discount_goes_out_as_the_template()
    {
        OpenAi.WritesMessages("Hi Priya! Lovely new silk sarees just arrived at Kapoor Fashions, do come and see them.");
        await App.ExecuteAsync(d =>
        {
            d.Customers.Add(new Core.Customers.Customer
            {
                Phone = Priya, Name = "Priya", CreatedAt = DateTime.UtcNow, LastChannel = MessageChannel.WhatsApp,
                WhatsAppWindowOpenedAt = DateTime.UtcNow.AddHours(-1), MarketingConsentAt = DateTime.UtcNow,
            });
            return Task.CompletedTask;
        });

        await Chat.AskAsync(Owner, "offer all 15% off on silk sarees this weekend");
        await Chat.AskAsync(Owner, "YES");

        var offer = await Eventually.ValueAsync(
            () => App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Kind == "offer" && m.SentAt != null)),
            m => m is not null, null, "the offer");
        Assert.Equal(("template", "guardrail_missing_fact"), (offer!.ComposedBy, offer.CompositionNote));
        Assert.Contains("15% off on silk sarees this weekend", offer.Body, StringComparison.Ordinal);
    }
}

public sealed class SqlitePersonalizedMessageTests() : PersonalizedMessageTests(Db.Sqlite);

public sealed class PostgresPersonalizedMessageTests() : PersonalizedMessageTests(Db.Postgres);
