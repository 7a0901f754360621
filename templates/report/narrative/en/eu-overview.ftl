<#-- EU overview. -->
Between ${firstYear} and ${year}, the number of cybercrime offences recorded in the EU27 went from ${fmt.count(euFirst.value!)} to ${fmt.count(eu.value!)}<#if eu.index??> (index ${fmt.number(eu.index, 1)})</#if>. The charts below show the total, each offence group and their index, then the change on the previous year by group.

<#list groups as g>
- **${g.shortLabel}**: ${fmt.count(g.value!)} offences in ${year}<#if g.countries??> (${fmt.count(g.countries)} Member States)</#if><#if g.yoyPct??>, ${fmt.signedPct(g.yoyPct)} on ${year - 1}</#if><#if g.flags?has_content> (flags: ${g.flagsExplained})</#if>.
</#list>
<#if coverageNote?has_content>

${coverageNote}
</#if>
