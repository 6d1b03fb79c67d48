using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>The person behind a phone number, with the role that decides what they may ask for.</summary>
public sealed record Sender(string Phone, Role Role, Customer? Customer, StaffMember? StaffMember);
