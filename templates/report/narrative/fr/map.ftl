<#-- Carte. -->
La carte colore chaque pays déclarant selon son taux pour 100 000 habitants en ${year} (${offence.label?lower_case}). Chaque classe regroupe à peu près le même nombre de pays. Les pays en gris n'ont déclaré aucun chiffre, ou un chiffre confidentiel, pour cette infraction et cette année.
