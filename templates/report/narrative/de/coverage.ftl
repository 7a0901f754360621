<#-- Abdeckung. -->
Die erste Tabelle zeigt für jedes Land und Jahr, für wie viele Straftatenkategorien eine Zahl vorliegt. Die zweite zeigt, welchen Teil der EU das EU27-Aggregat in jedem Jahr abdeckt. ${reportingCountries} Länder haben für den Zeitraum ${firstYear}–${year} mindestens eine Zahl gemeldet.
