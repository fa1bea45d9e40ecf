# Installe PdN Reporting comme service Windows (exemple à adapter ; PowerShell en administrateur).
# Le service tourne sous un compte de service qui a accès au dépôt, aux annexes et à SQL Server.
param(
    [string]$Dossier = "C:\Program Files\PdN Reporting",
    [string]$Compte = "CAF\svc-pdn-reporting"
)
dotnet publish src/Reporting.Cli -c Release -r win-x64 --self-contained false -o $Dossier
# Configuration : $Dossier\appsettings.json (Depot, Annexes:Sortie, Service:…) ; le mot de passe SQL Server dans une
# variable d'environnement machine REPORTING_SqlServer__MotDePasse, jamais dans un fichier du dépôt.
sc.exe create "PdN Reporting" binPath= "`"$Dossier\reporting.exe`" service" start= delayed-auto obj= $Compte
sc.exe description "PdN Reporting" "Charge les tableaux de suivi des Promeneurs du Net et écrit les annexes mensuelles."
sc.exe failure "PdN Reporting" reset= 86400 actions= restart/60000/restart/60000/restart/300000
sc.exe start "PdN Reporting"
# Arrêt propre : sc.exe stop "PdN Reporting" (le fichier en cours se termine, 30 s au plus).
# État : & "$Dossier\reporting.exe" etat ; journaux : Service:Journaux (défaut : donnees\service\journaux à côté du programme).
