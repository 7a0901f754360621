package eu.cyberstat.ingest.alerts;

import java.util.function.Function;

/**
 * A small direct-mapped cache: the result for a key is kept in the slot its hash selects,
 * replacing whatever was there. Constant memory and no eviction work, so it costs almost
 * nothing when keys rarely repeat (a HashMap cache that must be cleared when full costs more
 * than it saves on exports with millions of distinct hosts) and saves the computation when they
 * do. Not thread-safe; null results are not cached.
 */
public final class RecentValues<K, V> {

    private final Object[] keys;
    private final Object[] values;
    private final int mask;
    private final Function<K, V> compute;

    /** @param slots a power of two */
    public RecentValues(int slots, Function<K, V> compute) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two");
        }
        this.keys = new Object[slots];
        this.values = new Object[slots];
        this.mask = slots - 1;
        this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    public V get(K key) {
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        Object k = keys[slot];
        if (k != null && k.equals(key)) {
            return (V) values[slot];
        }
        V v = compute.apply(key);
        if (v != null) {
            keys[slot] = key;
            values[slot] = v;
        }
        return v;
    }
}
