using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.Operations.Demo;

namespace RetailCrm.Bot.UnitTests.Operations;

/// <summary>The demo store's data holds what the README and the segments promise, whatever database it goes into.</summary>
public sealed class DemoStoreTests
{
    private static readonly EngagementOptions Defaults = new();

    /// <summary>Numbers the README uses, which must still belong to nobody after seeding.</summary>
    private static readonly string[] ReadmeNumbers = ["+919876543210", "+919123409876", "+919123456780", "+919000000001"];

    [Fact]
    public void Every_number_is_a_valid_e164_number_once_and_none_is_the_readmes()
    {
        var phones = new PhoneNumberNormalizer(Options.Create(new StoreOptions()));
        var all = DemoStore.Customers.Select(c => c.Phone).Concat(DemoStore.Staff.Select(s => s.Phone)).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, p => Assert.True(phones.TryNormalize(p, out var e164) && e164 == p, p));
        Assert.Empty(all.Intersect(ReadmeNumbers));
    }

    [Fact]
    public void The_segments_have_the_sizes_the_readme_promises_with_the_default_engagement_options()
    {
        var reachable = DemoStore.Customers.Where(c => c.OfferConsent && c.OptedOutDaysAgo is null).ToList();
        var vip = reachable.Count(c => c.Purchases.Sum(p => p.Amount) >= Defaults.VipMinimumSpend);
        var inactiveDays = Defaults.InactiveAfter.TotalDays;
        var inactive = reachable.Count(c => c.CreatedDaysAgo > inactiveDays && c.Purchases.All(p => p.DaysAgo > inactiveDays));
        var recent = reachable.Count(c => c.CreatedDaysAgo <= Defaults.NewCustomerWithin.TotalDays);

        Assert.Equal((42, 18, 12, 72), (vip, inactive, recent, reachable.Count));
        Assert.Equal((DemoStore.Vip, DemoStore.Inactive, DemoStore.New), (vip, inactive, recent));
    }

    [Fact]
    public void No_purchase_is_before_its_customer_joined_or_on_the_day_of_seeding()
    {
        Assert.All(DemoStore.Customers, c => Assert.All(c.Purchases, p => Assert.InRange(p.DaysAgo, 1, c.CreatedDaysAgo)));
    }

    [Fact]
    public void Red_saree_is_out_of_stock_and_everything_else_is_on_the_shelf_with_a_price()
    {
        var saree = Assert.Single(DemoStore.Catalog, s => s.Item == "red saree");
        Assert.Equal(0, saree.Quantity);
        Assert.All(DemoStore.Catalog.Where(s => s != saree), s => Assert.True(s.Quantity > 0 && s.Price > 0, s.Item));
    }
}
