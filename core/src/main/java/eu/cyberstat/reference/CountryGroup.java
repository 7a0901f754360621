package eu.cyberstat.reference;

/** Which family of reporting countries a geo code belongs to. */
public enum CountryGroup {
    EU27, EFTA, CANDIDATE, UK, AGGREGATE
}
