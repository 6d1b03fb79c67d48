namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>How an import file is written: CSV with a header row, or one JSON object per line.</summary>
public enum ImportFormat
{
    Csv,
    Ndjson,
}
