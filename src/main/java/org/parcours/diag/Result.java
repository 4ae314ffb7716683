package org.parcours.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a stage returns: a value (absent when errors made it impossible to produce) and every diagnostic
 * found on the way, sorted by position.
 */
public record Result<T>(Optional<T> value, List<Diagnostic> diagnostics) {

    public Result {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(null);
        diagnostics = List.copyOf(sorted);
    }

    public static <T> Result<T> of(T value, Diagnostics diags) {
        return new Result<>(Optional.ofNullable(value), diags.list());
    }

    public static <T> Result<T> failed(Diagnostics diags) {
        return new Result<>(Optional.empty(), diags.list());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError) || value.isEmpty();
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    /** Runs the next stage on the value, keeping this stage's diagnostics in front of the next one's. */
    public <U> Result<U> then(Function<T, Result<U>> next) {
        if (value.isEmpty()) return new Result<>(Optional.empty(), diagnostics);
        Result<U> r = next.apply(value.get());
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(r.diagnostics);
        return new Result<>(r.value, all);
    }
}
