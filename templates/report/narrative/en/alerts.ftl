<#-- Alert platforms. -->
National alert platforms receive the reports citizens file about offences they came across on the Internet. Their volumes depend on how well known each platform is and on what it accepts, so they describe the platforms' activity rather than the extent of cybercrime.
