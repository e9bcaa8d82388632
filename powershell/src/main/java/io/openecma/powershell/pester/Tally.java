package io.openecma.powershell.pester;

/** Passed, failed, skipped and excluded It counts, added up per file, folder and run. */
final class Tally {

    long passed;
    long failed;
    long skipped;
    long excluded;

    void add(Tally other) {
        passed += other.passed;
        failed += other.failed;
        skipped += other.skipped;
        excluded += other.excluded;
    }

    long total() {
        return passed + failed + skipped + excluded;
    }

    @Override
    public String toString() {
        return String.format("%5d passed, %5d failed, %5d skipped, %5d excluded", passed, failed, skipped, excluded);
    }
}
