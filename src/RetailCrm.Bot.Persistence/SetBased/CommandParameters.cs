using System.Data.Common;

namespace RetailCrm.Bot.Persistence.SetBased;

internal static class CommandParameters
{
    /// <summary>Adds a named value; every provider here binds "@name".</summary>
    public static void Add(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Adds a number that may be missing, typed, so PostgreSQL reads a NULL in a SELECT list as an integer.</summary>
    public static void Add(this DbCommand command, string name, int? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = System.Data.DbType.Int32;
        parameter.Value = value is { } number ? number : DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
