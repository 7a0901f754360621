<#-- A Member State's feedback sheet. "country" is its total figure; checks, errors and warnings count the validation issues. -->
This sheet shows how the figures of ${country.country} for ${year} appear in the annual report on cybercrime in the European Union, next to the EU27, which figures were recorded over the last ${trendYears} years, and every issue the validation raised on your submissions (<#if checks == 0>none<#else>${errors} error<#if errors != 1>s</#if>, ${warnings} warning<#if warnings != 1>s</#if></#if>).

Please check the figures and the issues, and send a corrected file where needed. The data are as of ${asOf} (run ${runId}).
