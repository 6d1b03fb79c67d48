using System.Diagnostics.CodeAnalysis;

// The namespace follows its feature folder, as everywhere here; "Imports" is only a keyword in Visual Basic, which
// nothing here is written in or for.
[assembly: SuppressMessage("Naming", "CA1716", Scope = "namespace", Target = "~N:RetailCrm.Bot.Core.Integration.Imports",
    Justification = "Feature folder name; a Visual Basic keyword only.")]
