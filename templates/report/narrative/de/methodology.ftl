<#-- Methodischer Anhang. -->
**Gegenstand.** Der Bericht zählt polizeilich erfasste Straftaten, gegliedert nach der Straftatenklassifikation von cyberstat: Jede Straftat ist dem Artikel des Übereinkommens des Europarats über Computerkriminalität (Budapester Konvention, SEV 185) zugeordnet, der sie definiert, und, soweit vorhanden, dem Code der Internationalen Klassifikation der Straftaten für statistische Zwecke der UNODC (ICCS). Nur ICCS 0903, Handlungen gegen Computersysteme, ist per Definition Cyberkriminalität; andere ICCS-Codes zählen nur mit dem ICCS-Merkmal „cyberbezogen“ dazu.

**Gruppen und Summen.** Eine Gruppe ist die Summe ihrer Straftaten nur, wenn alle vorliegen; eine für die Gruppe selbst gemeldete Zahl hat Vorrang und wird gegen ihre Straftaten geprüft.

**Formeln.**

- Rate je 100 000 Einwohner = Straftaten ÷ Bevölkerung am 1. Januar × 100 000. Fehlt die Bevölkerung, wird keine Rate angegeben.
- Veränderung gegenüber dem Vorjahr = (Wert − Vorjahreswert) ÷ Vorjahreswert × 100.
- Durchschnittliches jährliches Wachstum über fünf Jahre = ((Wert ÷ Wert fünf Jahre zuvor)^(1/5) − 1) × 100.
- Gleitender Dreijahresdurchschnitt = Mittel des Jahres und der beiden Vorjahre.
- Index = Wert ÷ Wert im Basisjahr × 100.
- Anteil an insgesamt = Straftat ÷ Cyberkriminalität insgesamt desselben Landes und Jahres × 100. Rang: unter den meldenden Ländern nach Rate.

**Das EU27-Aggregat** jedes Delikts ist die Summe über die Mitgliedstaaten, die dieses Delikt gemeldet haben; es gibt an, wie viele Länder es umfasst und welchen Anteil der EU-Bevölkerung sie stellen. Die Länder melden unterschiedlich detailliert: Gesamtwert, Gruppe und Delikte können daher verschiedene Länder umfassen, ergeben nicht unbedingt eine Summe, und ein Delikt kann seine Gruppe übersteigen. Wo solche Zahlen zusammen stehen, steht ihr Erfassungsbereich dabei. Seine Entwicklungen werden über das feste Panel der Länder berechnet, die in jedem Jahr des Zeitraums gemeldet haben.

**Kennzeichen** begleiten jede Zahl: Ein Aggregat trägt die Kennzeichen seiner Bestandteile. Über einen Zeitreihenbruch (b) wird keine Veränderung berechnet, und in den Diagrammen verbindet keine Linie die Jahre eines Landes vor und nach seinem Bruch. Das EU27-Niveau, eine Summe über Mitgliedstaaten, trägt das b jedes von ihnen: Seine Linie läuft durch dieses Jahr, als hohler Punkt gezeichnet, und seine Veränderungen werden über die Mitgliedstaaten berechnet, die jedes Jahr ohne Zeitreihenbruch gemeldet haben. Vertrauliche Zahlen (c) gehen in die EU27-Summe ein, werden aber nie veröffentlicht. Wo sich eine vertrauliche Zahl aus veröffentlichten errechnen ließe (EU27-Summe minus die übrigen Länder oder Gruppe minus ihre übrigen Delikte), werden so wenige weitere Zahlen wie möglich ebenfalls zurückgehalten und ebenfalls mit c gekennzeichnet. Eine Rate aus weniger als 20 Straftaten trägt das Kennzeichen u.

**Vergleichbarkeit.** Polizeilich erfasste Zahlen unterschätzen die Cyberkriminalität, da viele Opfer keine Anzeige erstatten, und sie hängen vom nationalen Recht, von Erfassungsregeln und polizeilichen Schwerpunkten ab. Vergleichen Sie die Entwicklung eines Landes, nicht sein Niveau mit dem eines anderen, und lesen Sie Zahlen mit den Kennzeichen b, d oder u mit Vorsicht.
