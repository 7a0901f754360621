<#-- Couverture. -->
Le premier tableau indique, pour chaque pays et chaque année, combien de catégories d'infractions ont un chiffre. Le second indique la part de l'UE couverte chaque année par l'agrégat UE27. ${reportingCountries} pays ont déclaré au moins un chiffre pour la période ${firstYear}–${year}.
