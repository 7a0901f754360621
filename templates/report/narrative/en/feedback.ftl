<#-- A Member State's feedback sheet, for its national contact. "country" is its total figure; checks, errors and warnings count the validation issues, deliveries its submissions in force and notes the notes given with them. -->
This sheet shows how the figures of ${country.country} for ${year} appear in the annual report on cybercrime in the European Union, next to the EU27, which figures were recorded over the last ${trendYears} years, your deliveries in force with the notes you gave, <#if rejected gt 0>the files the validation rejected, </#if>and every issue the validation raised on them.

<#if rejected gt 0>
**${rejected} file<#if rejected != 1>s</#if> you sent <#if rejected != 1>were<#else>was</#if> rejected** (${errors} error<#if errors != 1>s</#if>, listed at the end of this sheet): <#if rejected != 1>their<#else>its</#if> figures are not in the report. Please correct <#if rejected != 1>them<#else>it</#if> and send <#if rejected != 1>them<#else>it</#if> again.<#if deliveries gt 0> The figures below come from your deliveries in force.</#if><#if warnings gt 0> The validation also raised ${warnings} warning<#if warnings != 1>s</#if>.</#if>
<#elseif errors gt 0>
**${errors} error<#if errors != 1>s</#if> led to the rejection of a file:** its figures are not in the report. Please correct the file and send it again.<#if warnings gt 0> The validation also raised ${warnings} warning<#if warnings != 1>s</#if>.</#if>
<#elseif warnings gt 0>
**Your figures were accepted.** The validation raised ${warnings} warning<#if warnings != 1>s</#if>, listed at the end of this sheet: please check each before your next delivery.
<#else>
**Your figures were accepted**, without any remark from the validation.
</#if>

The data are as of ${asOf} (run ${runId}).
