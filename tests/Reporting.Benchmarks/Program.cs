using Reporting.Demo;

// Usage: Reporting.Benchmarks <depot> [départements=100] [promeneurs par département=40]
if (args.Length < 1)
{
    Console.Error.WriteLine("Usage : Reporting.Benchmarks <dossier> [départements=100] [promeneurs par département=40]");
    return 2;
}
var departements = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
var perDepartement = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40;
var count = DemoDataset.GenerateScale(args[0], departements, perDepartement);
Console.WriteLine($"{count} classeurs écrits dans {args[0]}");
return 0;
