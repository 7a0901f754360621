<#-- Un constat clé en une phrase. Chaque type (kind) doit avoir son cas. -->
<#switch finding.kind>
<#case "EU_LARGEST_INCREASE">${finding.offence} : la plus forte hausse dans l'UE27, ${fmt.signedPct(finding.n.yoyPct!)} en ${finding.year}, à ${fmt.count(finding.n.value!)} infractions<#if finding.n.countries??> (${fmt.count(finding.n.countries)} États membres)</#if>.<#break>
<#case "EU_LARGEST_DECREASE">${finding.offence} : la plus forte baisse dans l'UE27, ${fmt.signedPct(finding.n.yoyPct!)} en ${finding.year}, à ${fmt.count(finding.n.value!)} infractions<#if finding.n.countries??> (${fmt.count(finding.n.countries)} États membres)</#if>.<#break>
<#case "EU_TOTAL_TREND">L'ensemble de la cybercriminalité enregistrée dans l'UE27 a évolué de ${fmt.signedPct(finding.n.yoyPct!)} en ${finding.year}<#if finding.n.cagr5y??>, soit ${fmt.signedPct(finding.n.cagr5y)} par an en moyenne sur cinq ans</#if>.<#break>
<#case "COUNTRY_STEEPEST_RISE">${finding.geo} : la plus forte hausse pour la catégorie « ${finding.offence?lower_case} », ${fmt.signedPct(finding.n.yoyPct!)} en ${finding.year}<#if finding.n.value??>, à ${fmt.count(finding.n.value)} infractions</#if>.<#break>
<#case "COVERAGE_CAVEAT">Les chiffres de l'UE27 pour ${finding.year} couvrent ${fmt.count(finding.n.countries!)} États membres et ${fmt.pct(finding.n.populationPct!)} de la population de l'UE ; les niveaux sont à lire avec prudence.<#break>
<#case "COUNTRY_SERIES_BREAK">Les chiffres de ${finding.geo} pour ${finding.year} ouvrent une nouvelle série (rupture de série) : les comparer avec prudence aux années antérieures.<#break>
</#switch>
