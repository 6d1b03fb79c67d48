using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RetailCrm.Bot.Persistence.Providers;

// One subclass per provider so each has its own migrations folder and model snapshot; the model itself
// is CrmDbContext's. The design-time factories let `dotnet ef` build each without starting the app.

public sealed class SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options) : CrmDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ConfigureSharedConventions(configurationBuilder);
        // SQLite has no decimal type and EF Core cannot SUM one stored as text; REAL keeps money arithmetic in
        // SQL, and amounts are rounded to the paisa wherever they are shown.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class SqlServerCrmDbContext(DbContextOptions<SqlServerCrmDbContext> options) : CrmDbContext(options);

public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options);

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCrmDbContext>
{
    public SqliteCrmDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteCrmDbContext>();
        builder.UseCrmSqlite("Data Source=design.db");
        return new(builder.Options);
    }
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCrmDbContext>
{
    public SqlServerCrmDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqlServerCrmDbContext>();
        builder.UseCrmSqlServer("Server=design;Database=crm");
        return new(builder.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCrmDbContext>
{
    public PostgresCrmDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresCrmDbContext>();
        builder.UseCrmPostgres("Host=design;Database=crm");
        return new(builder.Options);
    }
}
