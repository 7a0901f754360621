<#-- Map. "offence" is the EU27 figure of the offence the map shades. -->
The map shades each reporting country by its rate of ${offence.label?lower_case} per 100 000 inhabitants in ${year}. The classes hold about the same number of countries each. Grey countries reported no figure, or a confidential one, for this offence and year.
