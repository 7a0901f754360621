<#-- Rückmeldebogen eines Mitgliedstaats. -->
Dieser Bogen zeigt, wie die Zahlen von ${country.country} für ${year} im Jahresbericht über Cyberkriminalität in der Europäischen Union im Vergleich zur EU27 erscheinen, welche Zahlen in den letzten ${trendYears} Jahren erfasst wurden und alle Prüfhinweise der Validierung zu Ihren Lieferungen (<#if checks == 0>keine<#else>${errors} Fehler, ${warnings} Warnung<#if warnings != 1>en</#if></#if>).

Bitte prüfen Sie die Zahlen und Hinweise und senden Sie bei Bedarf eine korrigierte Datei. Datenstand ${asOf} (Lauf ${runId}).
