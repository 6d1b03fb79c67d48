using RetailCrm.Bot.Core.Messaging.Consent;

namespace RetailCrm.Bot.UnitTests.Messaging;

public sealed class ConsentKeywordsTests
{
    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData(" Stop. ")]
    [InlineData("STOPALL")]
    [InlineData("unsubscribe")]
    [InlineData("END")]
    [InlineData("quit")]
    [InlineData("CANCEL")]
    [InlineData("revoke")]
    [InlineData("OPTOUT")]
    public void Opt_out_keywords(string body)
    {
        Assert.Equal(ConsentKeywordKind.OptOut, ConsentKeywords.Match(body)?.Kind);
    }

    [Theory]
    [InlineData("START")]
    [InlineData("unstop")]
    public void Opt_in_keywords(string body)
    {
        Assert.Equal(ConsentKeywordKind.OptIn, ConsentKeywords.Match(body)?.Kind);
    }

    [Theory]
    [InlineData("stop sending me offers")]
    [InlineData("don't stop")]
    [InlineData("cancel my alert")]
    [InlineData("")]
    public void A_keyword_inside_a_sentence_is_not_a_keyword(string body)
    {
        Assert.Null(ConsentKeywords.Match(body));
    }

    [Theory]
    [InlineData("STOP", ConsentKeywordKind.OptOut)]
    [InlineData("START", ConsentKeywordKind.OptIn)]
    [InlineData("HELP", ConsentKeywordKind.Help)]
    public void Twilio_opt_out_types_are_understood(string optOutType, ConsentKeywordKind kind)
    {
        Assert.Equal(kind, ConsentKeywords.FromOptOutType(optOutType));
    }
}
