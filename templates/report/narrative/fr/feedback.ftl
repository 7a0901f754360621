<#-- Fiche de retour d'un État membre. -->
Cette fiche présente les chiffres de ${country.country} pour ${year} tels qu'ils figurent dans le rapport annuel sur la cybercriminalité dans l'Union européenne, comparés à l'UE27, les chiffres enregistrés sur les ${trendYears} dernières années et toutes les anomalies relevées par la validation sur vos transmissions (<#if checks == 0>aucune<#else>${errors} erreur<#if errors gt 1>s</#if>, ${warnings} avertissement<#if warnings gt 1>s</#if></#if>).

Merci de vérifier les chiffres et les anomalies, et de transmettre un fichier corrigé si nécessaire. Données arrêtées au ${asOf} (exécution ${runId}).
