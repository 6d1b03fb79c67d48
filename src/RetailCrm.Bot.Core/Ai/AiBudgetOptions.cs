using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Core.Ai;

/// <summary>The part of the <c>AzureOpenAI</c> section the Core needs: how many tokens a day it may spend.</summary>
public sealed class AiBudgetOptions
{
    /// <summary>After this many tokens in a store day, the bot goes back to rules and templates until tomorrow.</summary>
    [Range(0, 1_000_000_000)]
    public long DailyTokenBudget { get; set; } = 200_000;
}
