<#-- EU-Überblick. -->
Zwischen ${firstYear} und ${year} veränderte sich die Zahl der in der EU27 erfassten Cyberstraftaten von ${fmt.count(euFirst.value!)} auf ${fmt.count(eu.value!)}<#if eu.index??> (Index ${fmt.number(eu.index, 1)})</#if>. Die folgenden Diagramme zeigen die Gesamtzahl, jede Straftatengruppe und ihren Index, dann die Veränderung gegenüber dem Vorjahr nach Gruppe.

<#list groups as g>
- **${g.shortLabel}**: ${fmt.count(g.value!)} Straftaten im Jahr ${year}<#if g.countries??> (${fmt.count(g.countries)} Mitgliedstaaten)</#if><#if g.yoyPct??>, ${fmt.signedPct(g.yoyPct)} gegenüber ${year - 1}</#if><#if g.flags?has_content> (Kennzeichen: ${g.flagsExplained})</#if>.
</#list>
<#if coverageNote?has_content>

${coverageNote}
</#if>
