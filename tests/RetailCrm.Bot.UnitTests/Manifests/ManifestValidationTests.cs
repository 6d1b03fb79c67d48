namespace RetailCrm.Bot.UnitTests.Manifests;

/// <summary>Each rule the loader enforces, shown by breaking a copy of the real manifests in exactly that way.</summary>
public sealed class ManifestValidationTests
{
    [Theory]
    // Not JSON, or not the shape Twilio takes.
    [InlineData("templates/offer.json", "\"language\": \"en\",", "\"language\": \"en\"", "templates/offer.json: is not valid JSON")]
    [InlineData("templates/offer.json", "\"friendly_name\": \"retailcrm_offer\",", "", "templates/offer.json: \"friendly_name\" is missing")]
    [InlineData("templates/offer.json", "\"language\": \"en\"", "\"language\": \"\"", "templates/offer.json: \"language\" must be a non-empty string")]
    [InlineData("templates/offer.json", "\"body\":", "\"text\":", "templates/offer.json: \"types.twilio/text.body\" is missing")]
    [InlineData("templates/offer.json", "\"twilio/text\"", "\"twilio/media\"", "templates/offer.json: \"types.twilio/text\" is missing")]
    [InlineData("templates/offer.json", "\"x-retailcrm\"", "\"x-crm\"", "templates/offer.json: \"x-retailcrm\" is missing")]
    [InlineData("templates/offer.json", "\"kind\": \"offer\",", "", "templates/offer.json: \"x-retailcrm.kind\" is missing")]
    // Our extension.
    [InlineData("templates/stock_alert.json", "\"category\": \"utility\"", "\"category\": \"promo\"", "templates/stock_alert.json: \"x-retailcrm.category\" is \"promo\"; it must be \"utility\" or \"marketing\"")]
    [InlineData("templates/stock_alert.json", "\"1\": \"name\"", "\"one\": \"name\"", "templates/stock_alert.json: \"x-retailcrm.variables\" has the key \"one\"")]
    [InlineData("templates/stock_alert.json", "\"2\": \"item\"", "\"2\": \"\"", "templates/stock_alert.json: \"x-retailcrm.variables.2\" must be a non-empty string")]
    [InlineData("templates/stock_alert.json", "\"2\": \"item\"", "\"2\": \"name\"", "templates/stock_alert.json: \"x-retailcrm.variables\" names \"name\" more than once")]
    // Placeholders against x-retailcrm.variables and Twilio's sample values.
    [InlineData("templates/stock_alert.json", "in stock at {{3}}.", "in stock at {{3}} ({{4}}).", "templates/stock_alert.json: the body uses {{4}} but \"x-retailcrm.variables\" does not name it")]
    [InlineData("templates/checkin.json", "from {{3}}.", "from us.", "templates/checkin.json: \"x-retailcrm.variables\" names {{3}} \"store\" but the body does not use it")]
    [InlineData("templates/stock_alert.json", "\"3\": \"store\"", "\"4\": \"store\"", "templates/stock_alert.json: \"x-retailcrm.variables\" must number the variables 1 to 3 without gaps")]
    [InlineData("templates/stock_alert.json", "\"3\": \"Kapoor Fashions\"", "\"5\": \"Kapoor Fashions\"", "templates/stock_alert.json: \"variables\" has no sample value for {{3}}")]
    [InlineData("templates/stock_alert.json", "\"2\": \"Red Saree\",", "", "templates/stock_alert.json: \"variables\" has no sample value for {{2}}")]
    // What WhatsApp rejects.
    [InlineData("templates/stock_alert.json", "Good news, {{1}}!", "{{1}}, good news!", "templates/stock_alert.json: the body starts with a variable")]
    [InlineData("templates/team_alert.json", "\\nSend HELP to see what I can do.", "", "templates/team_alert.json: the body ends with a variable")]
    [InlineData("templates/offer.json", "{{2}}. Do visit us at {{3}}", "{{2}} {{3}}", "templates/offer.json: the body has two variables side by side")]
    [InlineData("templates/stock_alert.json", "The {{2}}", "The {{ 2 }}", "templates/stock_alert.json: the body has a placeholder that is not {{1}}, {{2}}")]
    [InlineData("templates/offer.json", " Reply STOP to opt out.", "", "templates/offer.json: a marketing body must say how to opt out")]
    [InlineData("templates/reengagement.json", "Reply STOP to opt out.", "Reply stop to opt out.", "templates/reengagement.json: a marketing body must say how to opt out")]
    // Kinds.
    [InlineData("templates/inquiry_nudge.json", "\"kind\": \"inquiry_nudge\"", "\"kind\": \"stock_alert\"", "templates/stock_alert.json: kind \"stock_alert\" is already defined in templates/inquiry_nudge.json")]
    [InlineData("templates/inquiry_nudge.json", "\"kind\": \"inquiry_nudge\"", "\"kind\": \"stock_alert\"", "templates/: no template has kind \"inquiry_nudge\"")]
    // Commands.
    [InlineData("commands.json", "\"shopper\": [", "\"shopper\": [,", "commands.json: is not valid JSON")]
    [InlineData("commands.json", "\"intent\": \"log_sale\"", "\"intent\": \"log_sael\"", "commands.json: \"staff[1].intent\" \"log_sael\" is not one of the bot's intents")]
    [InlineData("commands.json", "\"intent\": \"product_inquiry\"", "\"intent\": \"log_sale\"", "commands.json: \"shopper[0].intent\" \"log_sale\" is not allowed for shopper")]
    [InlineData("commands.json", "\"intent\": \"my_followups\"", "\"intent\": \"loyalty_balance\"", "commands.json: \"staff[8].intent\" \"loyalty_balance\" is not allowed for staff")]
    [InlineData("commands.json", "\"intent\": \"top_customers\"", "\"intent\": \"daily_summary\"", "commands.json: \"owner[0].intent\" \"daily_summary\" is a staff command")]
    [InlineData("commands.json", "\"say\": \"my followups\"", "\"sat\": \"my followups\"", "commands.json: \"staff[8].say\" is missing")]
    [InlineData("commands.json", "\"does\": \"Lists your staff.\"", "\"does\": 5", "commands.json: \"owner[5].does\" must be a non-empty string")]
    [InlineData("commands.json", "\"owner\": [", "\"owners\": [", "commands.json: \"owners\" is not a role")]
    [InlineData("commands.json", "\"owner\": [", "\"owners\": [", "commands.json: \"owner\" is missing")]
    [InlineData("commands.json", "\"staff\": [", "\"staff\": {} , \"x\": [", "commands.json: \"staff\" must be an array")]
    public void A_broken_manifest_is_refused_naming_the_file_and_the_problem(string file, string find, string replace, string expected)
    {
        using var folder = new ManifestFolder();
        folder.Edit(file, find, replace);

        var problems = folder.Problems();

        Assert.True(problems.Contains(expected, StringComparison.Ordinal), $"Expected \"{expected}\" in:\n{problems}");
    }

    [Fact]
    public void A_role_with_no_commands_is_refused()
    {
        using var folder = new ManifestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "commands.json"), """{"shopper": [], "staff": [], "owner": []}""");

        var problems = folder.Problems();

        Assert.Contains("commands.json: \"shopper\" lists no commands", problems, StringComparison.Ordinal);
        Assert.Contains("commands.json: \"owner\" lists no commands", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_is_refused_with_the_kind_it_lacks()
    {
        using var folder = new ManifestFolder();
        folder.Delete("templates/checkin.json");

        Assert.Contains("templates/: no template has kind \"checkin\", which the bot sends", folder.Problems(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_files_and_folders_are_named()
    {
        using var folder = new ManifestFolder();
        folder.Delete("commands.json");
        Directory.Delete(Path.Combine(folder.Path, "templates"), recursive: true);

        var problems = folder.Problems();

        Assert.Contains("commands.json: file not found", problems, StringComparison.Ordinal);
        Assert.Contains("templates/: folder not found", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_refused_with_the_setting_to_change()
    {
        var missing = Path.Combine(Path.GetTempPath(), "retailcrm-no-such-manifests-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<InvalidDataException>(() => Core.Manifests.BotManifests.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("Manifests:Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        using var folder = new ManifestFolder();
        folder.Edit("templates/offer.json", " Reply STOP to opt out.", "");
        folder.Edit("templates/checkin.json", "\"category\": \"utility\"", "\"category\": \"transactional\"");
        folder.Edit("commands.json", "\"intent\": \"log_sale\"", "\"intent\": \"sell\"");

        var problems = folder.Problems();

        Assert.StartsWith("The bot manifests in ", problems, StringComparison.Ordinal);
        Assert.Contains("have 3 problems:", problems, StringComparison.Ordinal);
        Assert.Contains("- templates/offer.json: ", problems, StringComparison.Ordinal);
        Assert.Contains("- templates/checkin.json: ", problems, StringComparison.Ordinal);
        Assert.Contains("- commands.json: ", problems, StringComparison.Ordinal);
    }
}
