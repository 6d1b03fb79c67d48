using System.Text.Json;
using RetailCrm.Bot.Core.Manifests;

namespace RetailCrm.Bot.UnitTests.Manifests;

public sealed class MessageTemplateTests
{
    private static readonly MessageTemplate StockAlert = new(
        "stock_alert", "retailcrm_stock_alert", TemplateCategories.Utility, "en",
        "Good news, {{1}}! The {{2}} you asked about is back at {{3}}. Ask {{1}}'s favourite, {{3}}.",
        ["name", "item", "store"]);

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["name"] = "Priya",
        ["item"] = "Red Saree",
        ["store"] = "Kapoor Fashions",
    };

    [Fact]
    public void Render_fills_every_placeholder_including_repeats()
    {
        Assert.Equal(
            "Good news, Priya! The Red Saree you asked about is back at Kapoor Fashions. Ask Priya's favourite, Kapoor Fashions.",
            StockAlert.Render(Values));
    }

    [Fact]
    public void Content_variables_are_numbered_as_twilio_expects()
    {
        Assert.Equal("""{"1":"Priya","2":"Red Saree","3":"Kapoor Fashions"}""", StockAlert.ContentVariables(Values));
    }

    [Fact]
    public void Content_variables_escape_quotes_and_unicode()
    {
        var values = new Dictionary<string, string>(Values) { ["item"] = "\"Banarasi\" saree – ₹3,450 \\ 🙂", ["name"] = "प्रिया" };

        var parsed = JsonSerializer.Deserialize<Dictionary<string, string>>(StockAlert.ContentVariables(values))!;

        Assert.Equal("\"Banarasi\" saree – ₹3,450 \\ 🙂", parsed["2"]);
        Assert.Equal("प्रिया", parsed["1"]);
    }

    [Fact]
    public void Values_are_written_on_one_line_because_whatsapp_rejects_newlines_in_variables()
    {
        var values = new Dictionary<string, string>(Values) { ["item"] = "  Red\nSaree\t\t(silk)     M  " };

        Assert.Contains("The Red Saree (silk) M you asked", StockAlert.Render(values), StringComparison.Ordinal);
        Assert.Contains("\"2\":\"Red Saree (silk) M\"", StockAlert.ContentVariables(values), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_value_is_an_error_naming_it(string? item)
    {
        var values = new Dictionary<string, string>(Values);
        values.Remove("item");
        if (item is not null)
        {
            values["item"] = item;
        }

        var render = Assert.Throws<ArgumentException>(() => StockAlert.Render(values));
        var variables = Assert.Throws<ArgumentException>(() => StockAlert.ContentVariables(values));

        Assert.Contains("\"item\"", render.Message, StringComparison.Ordinal);
        Assert.Contains("stock_alert", render.Message, StringComparison.Ordinal);
        Assert.Contains("\"item\"", variables.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_the_template_does_not_use_are_ignored()
    {
        var values = new Dictionary<string, string>(Values) { ["offer"] = "10% off" };

        Assert.DoesNotContain("10% off", StockAlert.Render(values), StringComparison.Ordinal);
        Assert.DoesNotContain("10% off", StockAlert.ContentVariables(values), StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_finds_templates_by_kind()
    {
        var catalog = new TemplateCatalog([StockAlert]);

        Assert.True(catalog.TryGet("stock_alert", out var found));
        Assert.Same(StockAlert, found);
        Assert.False(catalog.TryGet("offer", out _));
        Assert.Contains("offer", Assert.Throws<KeyNotFoundException>(() => catalog.Get("offer")).Message, StringComparison.Ordinal);
    }
}
