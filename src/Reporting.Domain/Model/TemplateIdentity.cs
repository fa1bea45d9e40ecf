namespace Reporting.Domain.Model;

/// <summary>What a pre-filled tracking workbook carries in its Identification sheet.</summary>
public sealed record TemplateIdentity(string PromeneurId, string LastName, string FirstName, string StructureCode, string DepartementCode, string Label);
