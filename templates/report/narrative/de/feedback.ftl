<#-- Rückmeldebogen eines Mitgliedstaats, für seine nationale Kontaktstelle. -->
Dieser Bogen zeigt, wie die Zahlen von ${country.country} für ${year} im Jahresbericht über Cyberkriminalität in der Europäischen Union im Vergleich zur EU27 erscheinen, welche Zahlen in den letzten ${trendYears} Jahren erfasst wurden, Ihre geltenden Lieferungen mit Ihren Anmerkungen, <#if rejected gt 0>die Dateien, die die Validierung zurückgewiesen hat, </#if>und alle Prüfhinweise, die die Validierung dazu gegeben hat.

<#if rejected gt 0>
**${rejected} <#if rejected != 1>Dateien, die Sie geliefert haben, wurden<#else>Datei, die Sie geliefert haben, wurde</#if> zurückgewiesen** (${errors} Fehler, am Ende dieses Bogens aufgeführt): Die Zahlen <#if rejected != 1>dieser Dateien<#else>dieser Datei</#if> stehen nicht im Bericht. Bitte korrigieren Sie sie und liefern Sie sie erneut.<#if deliveries gt 0> Die Zahlen unten stammen aus Ihren geltenden Lieferungen.</#if><#if warnings gt 0> Die Validierung hat außerdem ${warnings} Warnung<#if warnings != 1>en</#if> gegeben.</#if>
<#elseif errors gt 0>
**${errors} Fehler <#if errors gt 1>haben<#else>hat</#if> zur Zurückweisung einer Datei geführt:** Die Zahlen dieser Datei stehen nicht im Bericht. Bitte korrigieren Sie die Datei und liefern Sie sie erneut.<#if warnings gt 0> Die Validierung hat außerdem ${warnings} Warnung<#if warnings != 1>en</#if> gegeben.</#if>
<#elseif warnings gt 0>
**Ihre Zahlen wurden angenommen.** Die Validierung hat ${warnings} Warnung<#if warnings != 1>en</#if> gegeben, die am Ende dieses Bogens aufgeführt <#if warnings != 1>sind<#else>ist</#if>: Bitte prüfen Sie jede vor Ihrer nächsten Lieferung.
<#else>
**Ihre Zahlen wurden angenommen**, ohne jeden Hinweis der Validierung.
</#if>

Datenstand ${asOf} (Lauf ${runId}).
