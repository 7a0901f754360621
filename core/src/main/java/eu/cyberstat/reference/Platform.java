package eu.cyberstat.reference;

/** A national alert platform: the id its exports are ingested under, its country and its name. */
public record Platform(String id, String geo, Labels name) {
}
