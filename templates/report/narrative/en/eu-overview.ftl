<#-- EU overview. -->
Between ${firstYear} and ${year}, the number of cybercrime offences recorded in the EU27 went from ${fmt.count(euFirst.value!)}<#if euFirst.countries??> (${fmt.count(euFirst.countries)} Member States)</#if> to ${fmt.count(eu.value!)}<#if eu.countries??> (${fmt.count(eu.countries)} Member States)</#if>.<#if eu.index??> Counted on the Member States that reported every year without a break in series, so that a change in coverage counts as neither a rise nor a fall, the index stands at ${fmt.number(eu.index, 1)} (${baseYear} = 100).</#if> The charts below show the total, each offence group<#if hasIndex> and their index</#if>, then the change on the previous year by group.

<#list groups as g>
- **${g.shortLabel}**: ${fmt.count(g.value!)} offences in ${year}<#if g.countries??> (${fmt.count(g.countries)} Member States)</#if><#if g.yoyPct??>, ${fmt.signedPct(g.yoyPct)} on ${year - 1}</#if><#if g.flags?has_content> (flags: ${g.flagsExplained})</#if>.
</#list>
<#if coverageNote?has_content>

${coverageNote}
</#if>
