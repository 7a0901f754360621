<#-- One key finding as a sentence. "finding" has kind, geo, offence, shortOffence, year and the numbers n.* (see docs/templates.md). Every kind needs a case. -->
<#switch finding.kind>
<#case "EU_LARGEST_INCREASE">${finding.offence} rose the most in the EU27: ${fmt.signedPct(finding.n.yoyPct!)} in ${finding.year}, to ${fmt.count(finding.n.value!)} offences<#if finding.n.countries??> (${fmt.count(finding.n.countries)} Member States)</#if>.<#break>
<#case "EU_LARGEST_DECREASE">${finding.offence} fell the most in the EU27: ${fmt.signedPct(finding.n.yoyPct!)} in ${finding.year}, to ${fmt.count(finding.n.value!)} offences<#if finding.n.countries??> (${fmt.count(finding.n.countries)} Member States)</#if>.<#break>
<#case "EU_TOTAL_TREND">All cybercrime recorded in the EU27 changed by ${fmt.signedPct(finding.n.yoyPct!)} in ${finding.year}<#if finding.n.cagr5y??>, ${fmt.signedPct(finding.n.cagr5y)} a year on average over five years</#if>.<#break>
<#case "COUNTRY_STEEPEST_RISE">${finding.geo} had the steepest rise in ${finding.offence?lower_case}: ${fmt.signedPct(finding.n.yoyPct!)} in ${finding.year}<#if finding.n.value??>, to ${fmt.count(finding.n.value)} offences</#if>.<#break>
<#case "COVERAGE_CAVEAT">The EU27 figures for ${finding.year} cover ${fmt.count(finding.n.countries!)} Member States and ${fmt.pct(finding.n.populationPct!)} of the EU population; read levels with care.<#break>
<#case "COUNTRY_SERIES_BREAK">The figures of ${finding.geo} for ${finding.year} start a new series (break in series): compare them with earlier years with care.<#break>
</#switch>
