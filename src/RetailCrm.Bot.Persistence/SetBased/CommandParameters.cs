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
}
