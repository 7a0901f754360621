<#-- Fiche de retour d'un État membre, pour son correspondant national. -->
Cette fiche présente les chiffres de ${country.country} pour ${year} tels qu'ils figurent dans le rapport annuel sur la cybercriminalité dans l'Union européenne, comparés à l'UE27, les chiffres enregistrés sur les ${trendYears} dernières années, vos transmissions en vigueur avec les notes que vous y avez jointes, <#if rejected gt 0>les fichiers que la validation a rejetés, </#if>et toutes les anomalies que la validation y a relevées.

<#if rejected gt 0>
**${rejected} fichier<#if rejected gt 1>s</#if> que vous avez transmis <#if rejected gt 1>ont été rejetés<#else>a été rejeté</#if>** (${errors} erreur<#if errors gt 1>s</#if>, énumérée<#if errors gt 1>s</#if> à la fin de cette fiche) : <#if rejected gt 1>leurs<#else>ses</#if> chiffres ne figurent pas dans le rapport. Merci de <#if rejected gt 1>les<#else>le</#if> corriger et de <#if rejected gt 1>les<#else>le</#if> transmettre à nouveau.<#if deliveries gt 0> Les chiffres ci-dessous proviennent de vos transmissions en vigueur.</#if><#if warnings gt 0> La validation a aussi relevé ${warnings} avertissement<#if warnings gt 1>s</#if>.</#if>
<#elseif errors gt 0>
**${errors} erreur<#if errors gt 1>s</#if> <#if errors gt 1>ont<#else>a</#if> entraîné le rejet d'un fichier :** ses chiffres ne figurent pas dans le rapport. Merci de corriger le fichier et de le transmettre à nouveau.<#if warnings gt 0> La validation a aussi relevé ${warnings} avertissement<#if warnings gt 1>s</#if>.</#if>
<#elseif warnings gt 0>
**Vos chiffres ont été acceptés.** La validation a relevé ${warnings} avertissement<#if warnings gt 1>s</#if>, énuméré<#if warnings gt 1>s</#if> à la fin de cette fiche : merci de vérifier chacun avant votre prochaine transmission.
<#else>
**Vos chiffres ont été acceptés**, sans aucune remarque de la validation.
</#if>

Données arrêtées au ${asOf} (exécution ${runId}).
