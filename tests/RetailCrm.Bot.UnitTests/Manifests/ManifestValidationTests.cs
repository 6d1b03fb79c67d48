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
    // Replies, in every language.
    [InlineData("replies/en.json", "\"clarify\":", "\"clarify\" ::", "replies/en.json: is not valid JSON")]
    [InlineData("replies/en.json", "\"stock_arrival.ask.quantity\":", "\"stock_arrival.ask.qty\":", "replies/en.json: \"stock_arrival.ask.quantity\" is missing; an intent needs it")]
    [InlineData("replies/en.json", "\"help.staff_list.does\": \"Lists your staff.\"", "\"help.staff_list.does\": 5", "replies/en.json: \"help.staff_list.does\" must be a non-empty string")]
    [InlineData("replies/hi.json", "\"meaning.staff_list\":", "\"meaning.staff_lists\":", "replies/hi.json: \"meaning.staff_list\" is missing (en.json has it)")]
    [InlineData("replies/hi.json", "\"meaning.staff_list\":", "\"meaning.staff_lists\":", "replies/hi.json: \"meaning.staff_lists\" is not in en.json")]
    // The words the bot understands.
    [InlineData("nlu/lexicon.json", "\"brands\": {", "\"brands\": { \"kala\": [],", "nlu/lexicon.json: \"kala\" is listed under both \"colors.black\" and \"brands.kala\"; a word can mean one thing only")]
    [InlineData("nlu/lexicon.json", "\"pegasus\": { \"brand\": \"nike\"", "\"pegasus\": { \"brand\": \"nikey\"", "nlu/lexicon.json: \"models.pegasus.brand\" \"nikey\" is not listed under \"brands\"")]
    [InlineData("nlu/lexicon.json", "\"saree\": [", "\"saree\": [\"silk saree\", ", "nlu/lexicon.json: \"items.saree\" has \"silk saree\": each way of writing it must be one word")]
    [InlineData("nlu/lexicon.json", "\"models\":", "\"model\":", "nlu/lexicon.json: \"model\" is not a section")]
    [InlineData("nlu/phrases.json", "\"staff_list\": [", "\"staff_lists\": [", "nlu/phrases.json: \"staff_lists\" is not one of the bot's intents")]
    [InlineData("nlu/phrases.json", "\"bye\", ", "\"bye\", \"hello\", ", "nlu/phrases.json: \"hello\" is listed under both \"greeting\" and \"small_talk\"")]
    public void A_broken_manifest_is_refused_naming_the_file_and_the_problem(string file, string find, string replace, string expected)
    {
        using var folder = new ManifestFolder();
        folder.Edit(file, find, replace);

        var problems = folder.Problems();

        Assert.True(problems.Contains(expected, StringComparison.Ordinal), $"Expected \"{expected}\" in:\n{problems}");
    }

    [Fact]
    public void An_intent_with_too_few_examples_and_an_example_file_of_no_intent_are_refused()
    {
        using var folder = new ManifestFolder();
        File.WriteAllLines(Path.Combine(folder.Path, "nlu/examples/staff_list.txt"), ["# just two", "staff list", "show staff"]);
        File.WriteAllText(Path.Combine(folder.Path, "nlu/examples/discounts.txt"), "any discount?\n");

        var problems = folder.Problems();

        Assert.Contains("nlu/examples/staff_list.txt: has 2 examples; the model needs at least 10", problems, StringComparison.Ordinal);
        Assert.Contains("nlu/examples/discounts.txt: \"discounts\" is not one of the bot's intents", problems, StringComparison.Ordinal);
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
        folder.Delete("replies/hi.json");
        folder.Delete("nlu/lexicon.json");
        Directory.Delete(Path.Combine(folder.Path, "templates"), recursive: true);

        var problems = folder.Problems();

        Assert.Contains("replies/hi.json: file not found", problems, StringComparison.Ordinal);
        Assert.Contains("nlu/lexicon.json: file not found", problems, StringComparison.Ordinal);
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
        folder.Edit("nlu/phrases.json", "\"staff_list\": [", "\"staff_lists\": [");

        var problems = folder.Problems();

        Assert.StartsWith("The bot manifests in ", problems, StringComparison.Ordinal);
        Assert.Contains("have 3 problems:", problems, StringComparison.Ordinal);
        Assert.Contains("- templates/offer.json: ", problems, StringComparison.Ordinal);
        Assert.Contains("- templates/checkin.json: ", problems, StringComparison.Ordinal);
        Assert.Contains("- nlu/phrases.json: ", problems, StringComparison.Ordinal);
    }
}
