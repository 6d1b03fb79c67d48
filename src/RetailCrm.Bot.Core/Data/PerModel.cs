using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RetailCrm.Bot.Core.Data;

/// <summary>
/// An EF compiled query (<c>EF.CompileAsyncQuery</c>) kept per model. A compiled query is bound to the model of the
/// first context that runs it and refuses any other, and one process may hold several (each provider has its own; the
/// tests run SQLite and PostgreSQL side by side), so each model gets its own copy, compiled the first time it is asked for.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext context) => _byModel.GetValue(context.Model, _ => compile());
}

public static class CrmDbContextExtensions
{
    /// <summary>The DbContext behind the Core's view of it: compiled queries take the context itself.</summary>
    public static DbContext AsDbContext(this ICrmDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException($"{db.GetType().Name} is not a DbContext; compiled queries need one.");
}
