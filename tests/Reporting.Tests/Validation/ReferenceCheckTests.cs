using Reporting.Domain.Model;
using Reporting.Validation.Tracking;

namespace Reporting.Tests.Validation;

public sealed class ReferenceCheckTests
{
    private static readonly TrackingIdentification Id = new("PDN-SUIVI-1", "PDN-50-0001", "DUPONT", "Camille", "CS-50-001", "50", "Parentalité", 2019);

    [Fact]
    public void A_known_promeneur_that_agrees_passes()
    {
        Assert.Null(ReferenceCheck.Check(Id, new PromeneurReference("PDN-50-0001", "50", ["Parentalité"])));
        Assert.Null(ReferenceCheck.Check(Id, new PromeneurReference("PDN-50-0001", "50", ["Jeunesse", "Parentalité"])));
        Assert.Null(ReferenceCheck.Check(Id, new PromeneurReference("PDN-50-0001", "50", [])));
    }

    [Fact]
    public void An_unknown_promeneur() =>
        Assert.Equal("Promeneur PDN-50-0001 inconnu de la liste des promeneurs : ajoutez-le à la liste de référence (fichier promeneurs), puis déposez à nouveau ce tableau de suivi.",
            ReferenceCheck.Check(Id, null));

    [Fact]
    public void Another_departement() =>
        Assert.Equal("Le tableau de suivi indique le département 50, mais la liste des promeneurs rattache PDN-50-0001 au département 14 : corrigez le tableau ou la liste de référence.",
            ReferenceCheck.Check(Id, new PromeneurReference("PDN-50-0001", "14", ["Parentalité"])));

    [Fact]
    public void Another_label()
    {
        Assert.Equal("Le tableau de suivi indique le label « Parentalité », mais la liste des promeneurs donne « Jeunesse » pour PDN-50-0001 en 2019 : corrigez le tableau ou la liste de référence.",
            ReferenceCheck.Check(Id, new PromeneurReference("PDN-50-0001", "50", ["Jeunesse"])));
        Assert.Equal("Le tableau de suivi indique le label « Jeunesse », mais la liste des promeneurs donne « Parentalité » / « Autre » pour PDN-50-0001 en 2019 : corrigez le tableau ou la liste de référence.",
            ReferenceCheck.Check(Id with { Label = "Jeunesse" }, new PromeneurReference("PDN-50-0001", "50", ["Parentalité", "Autre"])));
    }
}
