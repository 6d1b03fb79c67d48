using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Integration.Imports;

namespace RetailCrm.Bot.Persistence.SetBased;

public static class ImportWrites
{
    /// <summary>The integration API's bulk imports, written set-based for the registered CrmDbContext's provider.</summary>
    public static IServiceCollection AddImportWrites(this IServiceCollection services) =>
        services.AddScoped<IImportWriter, ImportWriter>();
}
