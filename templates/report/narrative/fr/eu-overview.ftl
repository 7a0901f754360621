<#-- Vue d'ensemble de l'UE. -->
Entre ${firstYear} et ${year}, le nombre d'infractions de cybercriminalité enregistrées dans l'UE27 est passé de ${fmt.count(euFirst.value!)}<#if euFirst.countries??> (${fmt.count(euFirst.countries)} États membres)</#if> à ${fmt.count(eu.value!)}<#if eu.countries??> (${fmt.count(eu.countries)} États membres)</#if>.<#if eu.index??> Calculé sur les États membres ayant déclaré chaque année sans rupture de série, afin qu'un changement de couverture ne compte ni comme une hausse ni comme une baisse, l'indice s'établit à ${fmt.number(eu.index, 1)} (${baseYear} = 100).</#if> Les graphiques ci-dessous présentent le total, chaque groupe d'infractions<#if hasIndex> et leur indice</#if>, puis l'évolution sur un an par groupe.

<#list groups as g>
- **${g.shortLabel}** : ${fmt.count(g.value!)} infractions en ${year}<#if g.countries??> (${fmt.count(g.countries)} États membres)</#if><#if g.yoyPct??>, ${fmt.signedPct(g.yoyPct)} par rapport à ${year - 1}</#if><#if g.flags?has_content> (indicateurs : ${g.flagsExplained})</#if>.
</#list>
<#if coverageNote?has_content>

${coverageNote}
</#if>
