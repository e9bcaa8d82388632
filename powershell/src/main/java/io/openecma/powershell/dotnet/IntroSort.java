package io.openecma.powershell.dotnet;

import java.util.Comparator;
import java.util.List;

/**
 * .NET Framework's List&lt;T&gt;.Sort (Array.Sort's introspective sort): not stable, and scripts
 * see which of two equal elements comes first (Sort-Object -Unique keeps the first of a run).
 * Small ranges use .NET's fixed swap sequences for 2 and 3 elements and insertion sort up to 16;
 * larger ones quicksort with a median-of-three pivot, falling back to heapsort when too deep.
 */
public final class IntroSort {
    private static final int SIZE_THRESHOLD = 16;

    private IntroSort() {
    }

    public static <T> void sort(List<T> items, Comparator<? super T> comparer) {
        int n = items.size();
        if (n < 2) {
            return;
        }
        new Run<>(items, comparer).introSort(0, n - 1, 2 * floorLog2(n));
    }

    private static int floorLog2(int n) {
        int result = 0;
        while (n >= 1) {
            result++;
            n /= 2;
        }
        return result;
    }

    private record Run<T>(List<T> keys, Comparator<? super T> comparer) {

        void introSort(int lo, int hi, int depthLimit) {
            while (hi > lo) {
                int size = hi - lo + 1;
                if (size <= SIZE_THRESHOLD) {
                    if (size == 2) {
                        swapIfGreater(lo, hi);
                    } else if (size == 3) {
                        swapIfGreater(lo, hi - 1);
                        swapIfGreater(lo, hi);
                        swapIfGreater(hi - 1, hi);
                    } else if (size > 3) {
                        insertionSort(lo, hi);
                    }
                    return;
                }
                if (depthLimit == 0) {
                    heapsort(lo, hi);
                    return;
                }
                depthLimit--;
                int p = pickPivotAndPartition(lo, hi);
                introSort(p + 1, hi, depthLimit);
                hi = p - 1;
            }
        }

        private void swapIfGreater(int a, int b) {
            if (a != b && comparer.compare(keys.get(a), keys.get(b)) > 0) {
                swap(a, b);
            }
        }

        private void swap(int a, int b) {
            T t = keys.get(a);
            keys.set(a, keys.get(b));
            keys.set(b, t);
        }

        private int pickPivotAndPartition(int lo, int hi) {
            int middle = lo + ((hi - lo) >> 1);
            swapIfGreater(lo, middle);
            swapIfGreater(lo, hi);
            swapIfGreater(middle, hi);
            T pivot = keys.get(middle);
            swap(middle, hi - 1);
            int left = lo;
            int right = hi - 1;
            while (left < right) {
                while (comparer.compare(keys.get(++left), pivot) < 0) {
                    // advance
                }
                while (comparer.compare(pivot, keys.get(--right)) < 0) {
                    // retreat
                }
                if (left >= right) {
                    break;
                }
                swap(left, right);
            }
            if (left != hi - 1) {
                swap(left, hi - 1);
            }
            return left;
        }

        private void insertionSort(int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                int j = i;
                T t = keys.get(i + 1);
                while (j >= lo && comparer.compare(t, keys.get(j)) < 0) {
                    keys.set(j + 1, keys.get(j));
                    j--;
                }
                keys.set(j + 1, t);
            }
        }

        private void heapsort(int lo, int hi) {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) {
                downHeap(i, n, lo);
            }
            for (int i = n; i > 1; i--) {
                swap(lo, lo + i - 1);
                downHeap(1, i - 1, lo);
            }
        }

        private void downHeap(int i, int n, int lo) {
            T d = keys.get(lo + i - 1);
            while (i <= n >> 1) {
                int child = 2 * i;
                if (child < n && comparer.compare(keys.get(lo + child - 1), keys.get(lo + child)) < 0) {
                    child++;
                }
                if (comparer.compare(d, keys.get(lo + child - 1)) >= 0) {
                    break;
                }
                keys.set(lo + i - 1, keys.get(lo + child - 1));
                i = child;
            }
            keys.set(lo + i - 1, d);
        }
    }
}
