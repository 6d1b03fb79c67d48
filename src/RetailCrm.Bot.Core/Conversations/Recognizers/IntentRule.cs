namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>One way of recognising an intent. Several rules may name the same intent.</summary>
internal sealed record IntentRule(string Intent, Func<Utterance, bool> Matches);
