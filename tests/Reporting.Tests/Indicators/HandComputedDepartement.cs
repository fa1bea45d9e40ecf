using Reporting.Tests.Support;

namespace Reporting.Tests.Indicators;

/// <summary>
/// A small département 50 for 2019, every figure of which is computed by hand in the tests, plus
/// one promeneur of département 14 whose figures must never leak into 50.
/// <code>
/// P1 PDN-50-0001 Parentalité  labellisé 01/10/2018, sans fin        → actif toute l'année 2019
/// P2 PDN-50-0002 Jeunesse     labellisé 01/01/2015, sans fin        → actif toute l'année 2019
/// P3 PDN-50-0003 Parentalité  labellisé 15/03/2019 (arrive en mars)  → mars…décembre : 10 mois
/// P4 PDN-50-0004 Jeunesse     01/01/2017 → 10/06/2019 (part en juin) → janvier…juin : 6 mois
/// P5 PDN-50-0005 Parentalité  01/01/2016 → 31/12/2018               → absent de 2019
/// Q1 PDN-14-0001 Parentalité  (Calvados) labellisé 01/01/2018
///
/// Temps (Mois: en ligne, hors ligne, permanences, amis public, amis pro, publications)
/// P1  Janvier 10 | 4 | 2 | 100 | 20 | 5     Février 8,5 | 2 | 1 | 110 | 22 | 3
///     Mars (ligne vide : non transmis)      Avril 12 | (vide) | 3 | 120 | 25 | 4
/// P2  Janvier 5 | 5 | 1 | 50 | 10 | 2       Juin 20 | 0 | 4 | 60 | 12 | 6      Décembre 7,25 | 1,75 | 1 | 70 | 15 | 1
/// P3  Mars 3 | 1 | 0 | 5 | 2 | 1            Avril 6 | 2 | 1 | 15 | 4 | 2
/// P4  Janvier 4 | 4 | 1 | 30 | 5 | 1        Mai 2 | 1 | 0 | 35 | 6 | 0
/// Q1  Janvier 100 | 100 | 9 | 999 | 99 | 9
///
/// Sollicitations (date, sens, interlocuteur, modalité, thème, tranche d'âge, nouveau participant)
/// s1 P1 05/01 Reçue   Parent        Message privé                  Scolarité                    6-11 ans    Oui
/// s2 P1 10/02 Initiée Jeune         Action collective              Loisirs et culture           15-18 ans   Non
/// s3 P1 20/04 Reçue   Futur parent  Rendez-vous en face à face     Santé et bien-être           0-3 ans     (vide = Non)
/// s4 P1 31/12 Reçue   Parent        Message privé                  Parentalité et éducation     3-6 ans     Oui
/// s5 P2 31/01 Initiée Professionnel Orientation vers un partenaire Accès aux droits             18-25 ans   Non
/// s6 P2 01/06 Reçue   Jeune         Appel téléphonique             Numérique et écrans          11-15 ans   Oui
/// s7 P2 15/06 Reçue   Autre         Visioconférence                Vie quotidienne              Non précisé Non
/// s8 P3 02/04 Initiée Parent        Commentaire ou publication     Information sur la structure 6-11 ans    Oui
/// s9 P4 05/05 Reçue   Jeune         Autre                          Activités de la structure    15-18 ans   Non
/// q1 Q1 10/01 Reçue   Parent        Message privé                  Scolarité                    6-11 ans    Oui
/// </code>
/// </summary>
public static class HandComputedDepartement
{
    public static void WriteInto(string depot)
    {
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"),
            "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/10/2018;",
            "PDN-50-0002;BERNARD;Bruno;MJ-50-002;50;Jeunesse;Animateur;01/01/2015;",
            "PDN-50-0003;PETIT;Chloé;CS-50-001;50;Parentalité;Référent famille;15/03/2019;",
            "PDN-50-0004;DURAND;David;MJ-50-002;50;Jeunesse;Animateur;01/01/2017;10/06/2019",
            "PDN-50-0005;LEROY;Emma;CS-50-003;50;Parentalité;Référent famille;01/01/2016;31/12/2018",
            "PDN-14-0001;MOREAU;Farid;CS-14-001;14;Parentalité;Référent famille;01/01/2018;");

        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 10, 4, 2, 100, 20, 5)
            .Month("Février", 8.5, 2, 1, 110, 22, 3)
            .Month("Mars", null, null, null, null, null, null)
            .Month("Avril", 12, null, 3, 120, 25, 4)
            .Solicitation(new DateTime(2019, 1, 5), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Solicitation(new DateTime(2019, 2, 10), "Initiée", "Jeune", "Action collective", "Loisirs et culture", "15-18 ans", "Non")
            .Solicitation(new DateTime(2019, 4, 20), "Reçue", "Futur parent", "Rendez-vous en face à face", "Santé et bien-être", "0-3 ans", null)
            .Solicitation(new DateTime(2019, 12, 31), "Reçue", "Parent", "Message privé", "Parentalité et éducation", "3-6 ans", "Oui")
            .Save(Path.Combine(depot, "suivi_P1_2019.xlsx"));

        new TrackingWorkbookBuilder("PDN-50-0002", "50", "Jeunesse", 2019)
            .Month("Janvier", 5, 5, 1, 50, 10, 2)
            .Month("Juin", 20, 0, 4, 60, 12, 6)
            .Month("Décembre", 7.25, 1.75, 1, 70, 15, 1)
            .Solicitation(new DateTime(2019, 1, 31), "Initiée", "Professionnel", "Orientation vers un partenaire", "Accès aux droits", "18-25 ans", "Non")
            .Solicitation(new DateTime(2019, 6, 1), "Reçue", "Jeune", "Appel téléphonique", "Numérique et écrans", "11-15 ans", "Oui")
            .Solicitation(new DateTime(2019, 6, 15), "Reçue", "Autre", "Visioconférence", "Vie quotidienne", "Non précisé", "Non")
            .Save(Path.Combine(depot, "suivi_P2_2019.xlsx"));

        new TrackingWorkbookBuilder("PDN-50-0003", "50", "Parentalité", 2019)
            .Month("Mars", 3, 1, 0, 5, 2, 1)
            .Month("Avril", 6, 2, 1, 15, 4, 2)
            .Solicitation(new DateTime(2019, 4, 2), "Initiée", "Parent", "Commentaire ou publication", "Information sur la structure", "6-11 ans", "Oui")
            .Save(Path.Combine(depot, "suivi_P3_2019.xlsx"));

        new TrackingWorkbookBuilder("PDN-50-0004", "50", "Jeunesse", 2019)
            .Month("Janvier", 4, 4, 1, 30, 5, 1)
            .Month("Mai", 2, 1, 0, 35, 6, 0)
            .Solicitation(new DateTime(2019, 5, 5), "Reçue", "Jeune", "Autre", "Activités de la structure", "15-18 ans", "Non")
            .Save(Path.Combine(depot, "suivi_P4_2019.xlsx"));

        new TrackingWorkbookBuilder("PDN-14-0001", "14", "Parentalité", 2019)
            .Identification("Code structure", "CS-14-001")
            .Month("Janvier", 100, 100, 9, 999, 99, 9)
            .Solicitation(new DateTime(2019, 1, 10), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Save(Path.Combine(depot, "suivi_Q1_2019.xlsx"));
    }

    /// <summary>A warehouse loaded with the data set; every file loads with no rejection.</summary>
    public static TestWarehouse Load()
    {
        var w = new TestWarehouse();
        WriteInto(w.Depot);
        var report = w.Load();
        Assert.Equal(6, report.Count(Reporting.Warehouse.Loading.FileStatus.Loaded));
        Assert.Equal(0, report.RowsRejected);
        return w;
    }
}
