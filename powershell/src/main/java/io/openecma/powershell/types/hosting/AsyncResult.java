package io.openecma.powershell.types.hosting;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.List;

/** BeginInvoke's IAsyncResult: the invocation already ran; EndInvoke returns or rethrows its outcome. */
public final class AsyncResult {
    private final PSObjectCollection output;
    private final PSRuntimeException failure;

    AsyncResult(PSObjectCollection output, PSRuntimeException failure) {
        this.output = output;
        this.failure = failure;
    }

    public boolean getIsCompleted() {
        return true;
    }

    public boolean getCompletedSynchronously() {
        return true;
    }

    PSObjectCollection outcome() {
        if (failure != null) {
            throw failure;
        }
        return output;
    }
}
