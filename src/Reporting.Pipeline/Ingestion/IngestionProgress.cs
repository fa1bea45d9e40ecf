namespace Reporting.Pipeline.Ingestion;

/// <summary>Progress of a run, for a progress bar or a log.</summary>
public interface IIngestionProgress
{
    void Started(int files);

    void Processed(string path);
}
