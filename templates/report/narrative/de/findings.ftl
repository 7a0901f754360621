<#-- Ein wichtiger Befund als Satz. Jede Art (kind) braucht einen Fall. Die Ranglisten-Arten tragen n.place (1 = der stärkste; nur Platz 1 ist „der stärkste“) und n.tied (1, wenn eine andere Veränderung gleich ist). -->
<#function rang place><#switch place><#case 2><#return "zweit"><#case 3><#return "dritt"><#case 4><#return "viert"><#case 5><#return "fünft"><#default><#return place?c + ".-"></#switch></#function>
<#assign place = (finding.n.place!1)?int>
<#assign gleichauf><#if (finding.n.tied!0) gt 0> (gleichauf)</#if></#assign>
<#switch finding.kind>
<#case "EU_LARGEST_INCREASE">${finding.offence}: der <#if place gt 1>${rang(place)}</#if>stärkste Anstieg in der EU27${gleichauf}, ${fmt.signedPct(finding.n.yoyPct!)} im Jahr ${finding.year}, auf ${fmt.count(finding.n.value!)} Straftaten<#if finding.n.countries??> (${fmt.count(finding.n.countries)} Mitgliedstaaten)</#if>.<#break>
<#case "EU_LARGEST_DECREASE">${finding.offence}: der <#if place gt 1>${rang(place)}</#if>stärkste Rückgang in der EU27${gleichauf}, ${fmt.signedPct(finding.n.yoyPct!)} im Jahr ${finding.year}, auf ${fmt.count(finding.n.value!)} Straftaten<#if finding.n.countries??> (${fmt.count(finding.n.countries)} Mitgliedstaaten)</#if>.<#break>
<#case "EU_TOTAL_TREND">Die in der EU27 erfasste Cyberkriminalität insgesamt veränderte sich im Jahr ${finding.year} um ${fmt.signedPct(finding.n.yoyPct!)}<#if finding.n.cagr5y??>, im Durchschnitt der letzten fünf Jahre um ${fmt.signedPct(finding.n.cagr5y)} pro Jahr</#if>.<#break>
<#case "COUNTRY_STEEPEST_RISE">${finding.geo}: der <#if place gt 1>${rang(place)}</#if>stärkste Anstieg unter den Mitgliedstaaten bei „${finding.offence}“${gleichauf}, ${fmt.signedPct(finding.n.yoyPct!)} im Jahr ${finding.year}<#if finding.n.value??>, auf ${fmt.count(finding.n.value)} Straftaten</#if>.<#break>
<#case "COVERAGE_CAVEAT">Die EU27-Zahlen für ${finding.year} umfassen ${fmt.count(finding.n.countries!)} Mitgliedstaaten und ${fmt.pct(finding.n.populationPct!)} der EU-Bevölkerung; Niveaus sind mit Vorsicht zu lesen.<#break>
<#case "COUNTRY_SERIES_BREAK">Die Zahlen von ${finding.geo} für ${finding.year} beginnen eine neue Reihe (Zeitreihenbruch): Vergleiche mit früheren Jahren sind nur eingeschränkt möglich.<#break>
</#switch>
