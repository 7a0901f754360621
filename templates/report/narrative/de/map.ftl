<#-- Karte. -->
Die Karte färbt jedes meldende Land nach seiner Rate je 100 000 Einwohner im Jahr ${year} (${offence.label}). Jede Klasse enthält etwa gleich viele Länder. Grau dargestellte Länder haben für diese Straftat und dieses Jahr keine oder eine vertrauliche Zahl gemeldet.
