<#-- Un constat clé en une phrase. Chaque type (kind) doit avoir son cas. Les types classés portent n.place (1 = la plus forte ; seule la place 1 est « la plus forte ») et n.tied (1 quand une autre évolution est égale). -->
<#function rang place><#switch place><#case 2><#return "deuxième"><#case 3><#return "troisième"><#case 4><#return "quatrième"><#case 5><#return "cinquième"><#default><#return place?c + "e"></#switch></#function>
<#assign place = (finding.n.place!1)?int>
<#assign exaequo><#if (finding.n.tied!0) gt 0> (ex aequo)</#if></#assign>
<#switch finding.kind>
<#case "EU_LARGEST_INCREASE">${finding.offence} : la <#if place gt 1>${rang(place)} </#if>plus forte hausse dans l'UE27${exaequo}, ${fmt.signedPct(finding.n.yoyPct!)} en ${finding.year}, à ${fmt.count(finding.n.value!)} infractions<#if finding.n.countries??> (${fmt.count(finding.n.countries)} États membres)</#if>.<#break>
<#case "EU_LARGEST_DECREASE">${finding.offence} : la <#if place gt 1>${rang(place)} </#if>plus forte baisse dans l'UE27${exaequo}, ${fmt.signedPct(finding.n.yoyPct!)} en ${finding.year}, à ${fmt.count(finding.n.value!)} infractions<#if finding.n.countries??> (${fmt.count(finding.n.countries)} États membres)</#if>.<#break>
<#case "EU_TOTAL_TREND">L'ensemble de la cybercriminalité enregistrée dans l'UE27 a évolué de ${fmt.signedPct(finding.n.yoyPct!)} en ${finding.year}<#if finding.n.cagr5y??>, soit ${fmt.signedPct(finding.n.cagr5y)} par an en moyenne sur cinq ans</#if>.<#break>
<#case "COUNTRY_STEEPEST_RISE">${finding.geo} : la <#if place gt 1>${rang(place)} </#if>plus forte hausse des États membres pour la catégorie « ${finding.offence?lower_case} »${exaequo}, ${fmt.signedPct(finding.n.yoyPct!)} en ${finding.year}<#if finding.n.value??>, à ${fmt.count(finding.n.value)} infractions</#if>.<#break>
<#case "COVERAGE_CAVEAT">Les chiffres de l'UE27 pour ${finding.year} couvrent ${fmt.count(finding.n.countries!)} États membres et ${fmt.pct(finding.n.populationPct!)} de la population de l'UE ; les niveaux sont à lire avec prudence.<#break>
<#case "COUNTRY_SERIES_BREAK">Les chiffres de ${finding.geo} pour ${finding.year} ouvrent une nouvelle série (rupture de série) : les comparer avec prudence aux années antérieures.<#break>
</#switch>
