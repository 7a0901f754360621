<#-- Annexe méthodologique. -->
**Champ.** Le rapport compte les infractions enregistrées par la police, classées selon la classification des infractions de cyberstat : chaque infraction est rattachée à l'article de la Convention du Conseil de l'Europe sur la cybercriminalité (Convention de Budapest, STE 185) qui la définit et, lorsqu'il existe, au code de la Classification internationale des infractions à des fins statistiques de l'ONUDC (ICCS). Seul le code ICCS 0903, actes contre les systèmes informatiques, relève par définition de la cybercriminalité ; les autres codes ICCS n'en relèvent qu'avec la marque « lié au cyberespace » de l'ICCS.

**Groupes et totaux.** Un groupe est la somme de ses infractions seulement lorsque toutes sont présentes ; un chiffre déclaré pour le groupe lui-même prévaut et est contrôlé par rapport à ses infractions.

**Formules.**

- Taux pour 100 000 habitants = infractions ÷ population au 1er janvier × 100 000. Aucun taux n'est donné lorsque la population manque.
- Évolution sur un an = (valeur − valeur précédente) ÷ valeur précédente × 100.
- Croissance annuelle moyenne sur cinq ans = ((valeur ÷ valeur cinq ans plus tôt)^(1/5) − 1) × 100.
- Moyenne mobile sur trois ans = moyenne de l'année et des deux précédentes.
- Indice = valeur ÷ valeur de l'année de base × 100.
- Part du total = infraction ÷ ensemble de la cybercriminalité du même pays et de la même année × 100. Rang : parmi les pays déclarants, selon le taux.

**L'agrégat UE27** de chaque infraction est la somme des États membres qui l'ont déclarée ; il indique combien de pays il couvre et quelle part de la population de l'UE ils représentent. Les pays déclarent à des niveaux de détail différents : le total, un groupe et ses infractions peuvent donc couvrir des pays différents, ne s'additionnent pas forcément, et une infraction peut dépasser son groupe. Partout où de tels chiffres figurent ensemble, leur couverture est indiquée à côté. Ses évolutions sont calculées sur le panel fixe des pays ayant déclaré chaque année de la période.

**Les indicateurs** accompagnent chaque chiffre : un agrégat porte les indicateurs de ses composantes. Aucune évolution n'est calculée au travers d'une rupture de série (b), et aucune ligne ne relie dans les graphiques les années d'un pays situées de part et d'autre de sa rupture. Le niveau de l'UE27, somme d'États membres, porte le b de chacun d'eux : sa ligne se poursuit à travers cette année, marquée d'un point creux, et ses évolutions sont calculées sur les États membres ayant déclaré chaque année sans rupture de série. Les chiffres confidentiels (c) entrent dans le total UE27 mais ne sont jamais publiés. Lorsqu'un chiffre confidentiel pourrait être déduit de chiffres publiés (le total UE27 moins les autres pays, ou un groupe moins ses autres infractions), le moins possible d'autres chiffres sont également retenus, eux aussi marqués c. Un taux fondé sur moins de 20 infractions porte l'indicateur u.

**Comparabilité.** Les chiffres enregistrés par la police sous-estiment la cybercriminalité, car beaucoup de victimes ne portent pas plainte, et ils dépendent du droit national, des règles d'enregistrement et des priorités de la police. Comparer les évolutions d'un pays plutôt que son niveau avec celui d'un autre, et lire avec prudence les chiffres portant les indicateurs b, d ou u.
