using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Customers;

/// <summary>How staff see a customer in replies: "Priya (+91 98765 43210)".</summary>
public static class CustomerNames
{
    public static string Who(Customer customer) =>
        string.IsNullOrWhiteSpace(customer.DisplayName)
            ? PhoneNumberNormalizer.Display(customer.Phone)
            : $"{customer.DisplayName} ({PhoneNumberNormalizer.Display(customer.Phone)})";
}
