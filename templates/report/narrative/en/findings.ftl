<#-- One key finding as a sentence. "finding" has kind, geo, offence, shortOffence, year and the numbers n.* (see docs/templates.md). Every kind needs a case. The ranked kinds carry n.place (1 = the largest; only place 1 may be called "the most") and n.tied (1 when another change is equal). -->
<#function ordinal place><#switch place><#case 2><#return "second"><#case 3><#return "third"><#case 4><#return "fourth"><#case 5><#return "fifth"><#default><#return place?c + "th"></#switch></#function>
<#assign place = (finding.n.place!1)?int>
<#assign jointly><#if (finding.n.tied!0) gt 0> (jointly)</#if></#assign>
<#switch finding.kind>
<#case "EU_LARGEST_INCREASE"><#if place == 1>${finding.offence} rose the most in the EU27${jointly}<#else>${finding.offence} had the ${ordinal(place)}-largest rise in the EU27${jointly}</#if>: ${fmt.signedPct(finding.n.yoyPct!)} in ${finding.year}, to ${fmt.count(finding.n.value!)} offences<#if finding.n.countries??> (${fmt.count(finding.n.countries)} Member States)</#if>.<#break>
<#case "EU_LARGEST_DECREASE"><#if place == 1>${finding.offence} fell the most in the EU27${jointly}<#else>${finding.offence} had the ${ordinal(place)}-largest fall in the EU27${jointly}</#if>: ${fmt.signedPct(finding.n.yoyPct!)} in ${finding.year}, to ${fmt.count(finding.n.value!)} offences<#if finding.n.countries??> (${fmt.count(finding.n.countries)} Member States)</#if>.<#break>
<#case "EU_TOTAL_TREND">All cybercrime recorded in the EU27 changed by ${fmt.signedPct(finding.n.yoyPct!)} in ${finding.year}<#if finding.n.cagr5y??>, ${fmt.signedPct(finding.n.cagr5y)} a year on average over five years</#if>.<#break>
<#case "COUNTRY_STEEPEST_RISE">${finding.geo} had the <#if place == 1>steepest<#else>${ordinal(place)}-steepest</#if> rise in ${finding.offence?lower_case} among the Member States${jointly}: ${fmt.signedPct(finding.n.yoyPct!)} in ${finding.year}<#if finding.n.value??>, to ${fmt.count(finding.n.value)} offences</#if>.<#break>
<#case "COVERAGE_CAVEAT">The EU27 figures for ${finding.year} cover ${fmt.count(finding.n.countries!)} Member States and ${fmt.pct(finding.n.populationPct!)} of the EU population; read levels with care.<#break>
<#case "COUNTRY_SERIES_BREAK">The figures of ${finding.geo} for ${finding.year} start a new series (break in series): compare them with earlier years with care.<#break>
</#switch>
