package dk.mentor.matching.domain.round;

import java.util.Arrays;

/** A binary min-heap of (distance, node) with lazy deletion: a stale entry is skipped when popped. */
final class Heap {

    private long[] keys;
    private int[] nodes;
    private int size;

    Heap(int capacity) {
        keys = new long[capacity];
        nodes = new int[capacity];
    }

    void clear() { size = 0; }
    boolean isEmpty() { return size == 0; }
    long topKey() { return keys[0]; }

    void push(long key, int node) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int up = (i - 1) >>> 1;
            if (keys[up] <= key) {
                break;
            }
            keys[i] = keys[up];
            nodes[i] = nodes[up];
            i = up;
        }
        keys[i] = key;
        nodes[i] = node;
    }

    int pop() {
        int top = nodes[0];
        size--;
        if (size > 0) {
            long key = keys[size];
            int node = nodes[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }
            keys[i] = key;
            nodes[i] = node;
        }
        return top;
    }
}
