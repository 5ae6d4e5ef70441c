package dev.kallsyms.generator.libc;

/**
 * Work done on a thread of its own for a program that, in C, does it in order on one: an exit the work
 * takes ({@link CExit}) or a failure is kept until whoever waits for the work takes it up, at the point
 * where the C would have met it.
 */
public abstract class SideThread extends Thread {
    private CExit exit;
    private RuntimeException failure;

    protected SideThread(String name) {
        super(name);
        setDaemon(true);
    }

    /** The work. */
    protected abstract void work();

    /** Runs after the work however it ended (flushing what it wrote, say). */
    protected void finish() {
    }

    @Override
    public final void run() {
        try {
            work();
        } catch (CExit e) {
            exit = e;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            finish();
        }
    }

    /** Waits for the work; throws its failure; returns the exit it took, or null. */
    public final CExit await() {
        try {
            join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + getName(), e);
        }
        if (failure != null) {
            throw failure;
        }
        return exit;
    }
}
