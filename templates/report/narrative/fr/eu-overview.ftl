<#-- Vue d'ensemble de l'UE. -->
Entre ${firstYear} et ${year}, le nombre d'infractions de cybercriminalité enregistrées dans l'UE27 est passé de ${fmt.count(euFirst.value!)} à ${fmt.count(eu.value!)}<#if eu.index??> (indice ${fmt.number(eu.index, 1)})</#if>. Les graphiques ci-dessous présentent le total, chaque groupe d'infractions et leur indice, puis l'évolution sur un an par groupe.

<#list groups as g>
- **${g.shortLabel}** : ${fmt.count(g.value!)} infractions en ${year}<#if g.countries??> (${fmt.count(g.countries)} États membres)</#if><#if g.yoyPct??>, ${fmt.signedPct(g.yoyPct)} par rapport à ${year - 1}</#if><#if g.flags?has_content> (indicateurs : ${g.flagsExplained})</#if>.
</#list>
<#if coverageNote?has_content>

${coverageNote}
</#if>
