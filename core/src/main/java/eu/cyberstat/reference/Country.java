package eu.cyberstat.reference;

/** A reporting country or aggregate, by Eurostat geo code ({@code EL} for Greece). */
public record Country(String geo, CountryGroup group, boolean isEu27Member, Labels name) {

    public boolean isAggregate() {
        return group == CountryGroup.AGGREGATE;
    }
}
