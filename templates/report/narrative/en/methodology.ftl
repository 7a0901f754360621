<#-- Methodology annex. -->
**Scope.** The report counts offences recorded by the police, classified by cyberstat's offence classification: each offence is mapped to the article of the Council of Europe Convention on Cybercrime (Budapest Convention, ETS 185) that defines it and, where one exists, to the code of the UNODC International Classification of Crime for Statistical Purposes (ICCS). Only ICCS 0903, acts against computer systems, is cybercrime by definition; other ICCS codes count as cybercrime only with ICCS's "cyber-related" tag.

**Groups and totals.** A group is the sum of its offences only when every offence is present; a figure reported for the group itself takes precedence and is checked against its offences.

**Formulas.**

- Rate per 100 000 inhabitants = offences ÷ population on 1 January × 100 000. No rate is given where the population is missing.
- Change on the previous year = (value − previous value) ÷ previous value × 100.
- Average yearly growth over five years = ((value ÷ value five years earlier)^(1/5) − 1) × 100.
- Three-year moving average = mean of the year and the two before it.
- Index = value ÷ value in the base year × 100.
- Share of total = offence ÷ all cybercrime of the same country and year × 100. Rank: among the reporting countries, by rate.

**The EU27 aggregate** of each offence is the sum over the Member States that reported that offence; it states how many countries it covers and what share of the EU population they hold. Countries report at different levels of detail, so the total, a group and its offences may cover different countries: they need not add up, and an offence can exceed its group. Wherever such figures stand together, their coverage is given beside them. Its trends are computed on the fixed panel of countries that reported every year of the period.

**Flags** travel with every figure: an aggregate carries the flags of its inputs. No change is computed across a break in series (b), and no line joins a country's years either side of its break in the charts. The EU27 level, a sum over Member States, carries the b of any of them: its line runs on through that year, drawn as a hollow point, and its changes are computed on the Member States that reported every year without a break. Confidential figures (c) are used in the EU27 total but never published. Where one could be worked out from published figures (the EU27 total minus the other countries, or a group minus its other offences), as few further figures as possible are withheld too, also shown as c. A rate based on fewer than 20 offences is flagged u.

**Comparability.** Police-recorded figures undercount cybercrime, since many victims do not report it, and they depend on national law, recording rules and police priorities. Compare the trends of a country rather than its level with another's, and read figures flagged b, d or u with care.
