<#-- Coverage. -->
The first table shows, for each country and year, how many offence categories have a figure. The second shows how much of the EU the EU27 aggregate covers each year. ${reportingCountries} countries reported at least one figure for the period ${firstYear}–${year}.
