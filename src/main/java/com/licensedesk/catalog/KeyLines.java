package com.licensedesk.catalog;

/**
 * The line each key of a file was first seen on, for reporting a key given twice, in 12 bytes a slot instead of a map
 * of strings (a million keys: 24 MB, not 130; ten million: 200 MB). The table is at most three quarters full, where
 * linear probing still finds a key in a few steps. Keys are told apart by a 64-bit hash; two different keys of one
 * file sharing one has a chance of about 3 in 100 million at a million keys.
 */
final class KeyLines {
    private long[] hashes = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** Remembers the key's line; returns the line it was seen on before, or 0 the first time. */
    int putIfAbsent(String key, int line) {
        if (size >= hashes.length / 4 * 3) {
            grow();
        }
        long hash = hash(key);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (lines[slot] == 0) {
                hashes[slot] = hash;
                lines[slot] = line;
                size++;
                return 0;
            }
            if (hashes[slot] == hash) {
                return lines[slot];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldLines[i] != 0) {
                int slot = (int) oldHashes[i] & mask;
                while (lines[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** FNV-1a over the characters, then SplitMix64's finaliser to spread the bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
