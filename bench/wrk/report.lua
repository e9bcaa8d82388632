-- Shared by the benchmark's wrk scripts: one machine-readable line with what the table needs.
-- "ok" counts answers below 400; wrk counts 4xx/5xx answers in errors.status.
function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d ok=%d failed=%d seconds=%.3f p50_ms=%.2f p99_ms=%.2f\n",
      summary.requests, summary.requests - summary.errors.status, failed, summary.duration / 1e6,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
