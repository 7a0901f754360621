<#-- Plateformes de signalement. -->
Les plateformes nationales de signalement reçoivent les signalements des citoyens sur les infractions rencontrées sur Internet. Leurs volumes dépendent de la notoriété de chaque plateforme et de ce qu'elle accepte : ils décrivent l'activité des plateformes plutôt que l'ampleur de la cybercriminalité.
