<#-- EU-Überblick. -->
Zwischen ${firstYear} und ${year} veränderte sich die Zahl der in der EU27 erfassten Cyberstraftaten von ${fmt.count(euFirst.value!)}<#if euFirst.countries??> (${fmt.count(euFirst.countries)} Mitgliedstaaten)</#if> auf ${fmt.count(eu.value!)}<#if eu.countries??> (${fmt.count(eu.countries)} Mitgliedstaaten)</#if>.<#if eu.index??> Über die Mitgliedstaaten gerechnet, die jedes Jahr ohne Zeitreihenbruch gemeldet haben, damit eine geänderte Abdeckung weder als Anstieg noch als Rückgang zählt, liegt der Index bei ${fmt.number(eu.index, 1)} (${baseYear} = 100).</#if> Die folgenden Diagramme zeigen die Gesamtzahl, jede Straftatengruppe<#if hasIndex> und ihren Index</#if>, dann die Veränderung gegenüber dem Vorjahr nach Gruppe.

<#list groups as g>
- **${g.shortLabel}**: ${fmt.count(g.value!)} Straftaten im Jahr ${year}<#if g.countries??> (${fmt.count(g.countries)} Mitgliedstaaten)</#if><#if g.yoyPct??>, ${fmt.signedPct(g.yoyPct)} gegenüber ${year - 1}</#if><#if g.flags?has_content> (Kennzeichen: ${g.flagsExplained})</#if>.
</#list>
<#if coverageNote?has_content>

${coverageNote}
</#if>
