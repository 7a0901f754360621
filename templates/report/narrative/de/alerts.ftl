<#-- Meldeplattformen. -->
Nationale Meldeplattformen nehmen Meldungen von Bürgerinnen und Bürgern über Straftaten entgegen, auf die sie im Internet gestoßen sind. Ihr Umfang hängt davon ab, wie bekannt eine Plattform ist und was sie annimmt; er beschreibt daher die Tätigkeit der Plattformen und nicht das Ausmaß der Cyberkriminalität.
