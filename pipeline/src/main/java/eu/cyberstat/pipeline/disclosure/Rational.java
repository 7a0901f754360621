package eu.cyberstat.pipeline.disclosure;

import java.math.BigInteger;

/** An exact fraction, always in lowest terms with a positive denominator: elimination must not round. */
record Rational(BigInteger numerator, BigInteger denominator) {

    static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

    Rational {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    Rational plus(Rational o) {
        return new Rational(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    Rational minus(Rational o) {
        return plus(o.negate());
    }

    Rational times(Rational o) {
        return new Rational(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    Rational dividedBy(Rational o) {
        return new Rational(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    int signum() {
        return numerator.signum();
    }

    boolean isZero() {
        return numerator.signum() == 0;
    }
}
